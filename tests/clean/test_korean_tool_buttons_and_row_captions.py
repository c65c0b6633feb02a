"""A Korean paper's tool buttons one to a line under the headline ("• 페이스북 공유하기",
"• 주소복사"), and a caption placing someone in a row of a group photo: the front or back
row read as always ("(앞줄 가운데)"), the top or bottom row with a side and a caption's end
("(윗줄 왼쪽 두 번째)과 기념촬영을 하고 있다."); a story's sentence pointing at a table's row
or placing guests in the top or bottom row is no caption. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import (
    KO_HEAD,
    KO_LAST,
    KO_MORE,
    KO_STORY,
    article_from_text,
    captions,
    paragraphs,
)

TOOLS = (
    "  • 페이스북 공유하기",
    "  • 트위터 공유하기",
    "  • 카카오톡 링크",
    "  • 주소복사",
    "  • 기사듣기실행 기사듣기중지",
    "  • 글자사이즈",
    "  • 기사프린트",
)


def test_a_korean_papers_tool_buttons_one_to_a_line_are_no_story():
    # over a line the header rules cannot place (a long line, no stop, no credit), the
    # buttons are still no story
    unplaced = (
        "행사에 참석한 한빛시 주민들과 베트남 공동체 회원들이 시장과 함께 시청 앞 광장에서 "
        "열린 봄맞이 잔치를 즐기는 가운데 박수를 치며 환호"
    )
    text = (
        f"{KO_HEAD}\n\n기사승인 2024. 03. 05. 00:00\n"
        + "\n".join(TOOLS)
        + f"\n{unplaced}\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    told = paragraphs(article_from_text(text))
    assert told[-2:] == [KO_STORY, KO_MORE]
    assert not any(button.strip(" •") in told for button in TOOLS)


def test_a_caption_placing_someone_in_the_top_row_is_a_caption():
    caption = (
        "행사에 참석한 한빛시 주민들과 베트남 공동체 회원들이 시장(윗줄 왼쪽 두 번째)과 "
        "기념촬영을 하고 있다./제공=한빛시 국제교류과"
    )
    text = (
        f"{KO_HEAD}\n\n기사승인 2024. 03. 05. 00:00\n"
        + "\n".join(TOOLS)
        + f"\n시장 주재로 열려\n{caption}\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert captions(article) == [caption]


def test_a_story_line_naming_a_share_is_no_tool_button():
    told = "페이스북 공유하기 기능은 지난해부터 한빛시 누리집에 도입됐다."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{told}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, told, KO_MORE]


def test_a_sentence_pointing_at_a_tables_bottom_row_is_no_caption():
    told = "지역별 투자 규모(아랫줄 표 참조)는 박닌성이 가장 크고 하이퐁시와 타이응우옌성이 뒤를 이었다."
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{told}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, told, KO_MORE, KO_LAST]
    assert captions(article) == []


@pytest.mark.parametrize("row", ["아랫줄", "윗줄"])
def test_a_story_sentence_placing_guests_in_rows_is_no_caption(row):
    told = (
        f"이날 협약식에는 김철수 한빛시장({row} 왼쪽 세 번째)과 응우옌 반 남 박닌성 "
        f"인민위원장({row} 오른쪽 세 번째) 등 양측 관계자 30여 명이 참석했다."
    )
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{told}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, told, KO_MORE]
    assert captions(article) == []


def test_a_posed_picture_placing_someone_in_the_front_row_is_a_caption():
    caption = "협약식에 참석한 양측 관계자들이 김철수 한빛시장(앞줄 가운데)과 기념촬영을 하고 있다."
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{caption}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_storys_bullet_list_of_a_sites_features_is_kept():
    intro = "한빛시는 새 누리집에 다음 기능을 넣었다."
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{intro}\n• 카카오톡 공유\n• 링크 복사\n\n"
        f"{KO_LAST}\n"
    )
    told = paragraphs(article_from_text(text))
    assert told[:3] == [KO_STORY, KO_MORE, intro]
    assert told[-1] == KO_LAST
    assert any("카카오톡 공유" in line for line in told)
    assert any("링크 복사" in line for line in told)


@pytest.mark.parametrize(
    "told",
    [
        "김철수 한빛시장(아랫줄 왼쪽 세 번째)은 이번 협약으로 두 도시의 교류가 더 활발해질 수 "
        "있다고 기대했다.",
        "김철수 한빛시장(윗줄 가운데)은 협약식 내내 밝은 모습이었고 참석자들과 일일이 악수했다.",
        "한빛시는 박닌성 학생 20명에게 장학금을 제공했으며 김철수 시장(아랫줄 오른쪽 두 번째)이 "
        "직접 전달했다.",
        "이날 협약식에는 김철수 한빛시장(아랫줄 왼쪽 세 번째)과 2024/25 교류단원 30여 명이 "
        "참석했다.",
    ],
)
def test_a_story_sentence_with_a_pose_word_inside_is_no_row_caption(told):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{told}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, told, KO_MORE]
    assert captions(article) == []


@pytest.mark.parametrize(
    "caption",
    [
        "김철수 한빛시장(앞줄 가운데)이 7일 하노이에서 열린 한-베 협력 포럼 참석자들과 손을 "
        "맞잡았다.",
        "김철수 한빛시장(앞줄 왼쪽 세 번째)과 참석자들이 7일 하노이에서 단체사진을 찍었다.",
        "김철수 한빛시장(앞줄 왼쪽 세 번째) 등 참석자들이 파이팅을 외쳤다.",
        "7일 하노이에서 열린 한-베 협력 포럼 참석자들(앞줄 가운데 김철수 한빛시장).",
    ],
)
def test_a_front_row_caption_without_a_pose_word_is_a_caption(caption):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{caption}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert paragraphs(article) == [KO_STORY, KO_MORE]
