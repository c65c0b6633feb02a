"""A Korean lead opening on the paper's name in round brackets, then its reporter and an
equals sign ("(한빛데일리) 김철수 기자 = …", the reporter's name in letters as often: a
Vietnamese correspondent's), and a story's closing quote signed off "/김철수 기자", which
is the reporter's, not a picture's credit; a paper's tool buttons one to a line under
the headline ("• 페이스북 공유하기", "• 주소복사") and a caption placing someone in the top
row ("(윗줄 왼쪽 두 번째)"). Every text here is invented."""

from __future__ import annotations

import pytest
from builders import KO_HEAD, KO_MORE, KO_STORY, article_from_text, captions, paragraphs
from dossier.clean.korean_leads import korean_lead


@pytest.mark.parametrize(
    ("tag", "author"),
    [
        ("(한빛데일리) Tran Van Nam 기자 = ", "Tran Van Nam"),
        ("(한빛데일리) 김철수 기자 = ", "김철수"),
        ("(한빛데일리) 박영희 특파원 = ", "박영희"),
    ],
)
def test_the_paper_in_round_brackets_then_its_reporter_opens_the_lead(tag, author):
    article = article_from_text(f"{KO_HEAD}\n\n{tag}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == author
    assert article.metadata.outlet == "한빛데일리"
    assert article.metadata.dateline is None


def test_a_place_in_round_brackets_before_the_reporter_is_the_dateline():
    lead = korean_lead(f"(하노이) 김철수 특파원 = {KO_STORY}")
    assert lead is not None
    assert (lead.place, lead.outlet, lead.author) == ("하노이", None, "김철수")


def test_a_bracketed_aside_before_a_name_without_equals_sign_is_no_lead():
    # "(사진) …", "(서울) 김철수 기자가 …": no equals sign after the reporter, no lead
    assert korean_lead("(서울) 김철수 기자가 현장을 찾았다.") is None
    assert korean_lead("(한빛데일리) 김철수 기자는 현장을 찾았다.") is None


QUOTED_CLOSE = (
    "도 관계자는 “두 지역의 교류가 늘어 기쁘다”며 “앞으로 지원을 넓혀 나가겠다”고 "
    "말했다."
)


def test_a_closing_quote_signed_by_the_reporter_after_a_slash_stays_the_story():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{QUOTED_CLOSE} /김철수 기자\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE, QUOTED_CLOSE]
    assert captions(article) == []
    assert article.byline == "김철수"


def test_a_scene_credited_to_its_photographer_after_a_slash_is_still_a_caption():
    scene = "지난 8일 하노이의 한 상점 진열대에 한국산 음료가 가득 놓여 있다. /김철수 특파원"
    text = f"{KO_HEAD}\n\n{scene}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert captions(article) == [scene]
    assert paragraphs(article) == [KO_STORY, KO_MORE]


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
