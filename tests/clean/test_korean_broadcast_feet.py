"""What a Korean page prints around a story that is never its headline or its text: a
broadcast's crew in angle brackets, a copyright notice closed by a dash, a section's or a
paper's one-word name over the story, a picture's file name. Every text is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs, reasons

STORY = "베트남과 한국은 월요일 하노이에서 새로운 협력 사무소를 열기로 합의했다고 관계자들이 밝혔다."
MORE = "양측은 내년 봄까지 첫 사업을 시작하고 두 도시의 기업을 연결할 계획이다."


@pytest.mark.parametrize(
    "crew", ["<영상취재: 김하늘/영상편집: 이수진>", "(촬영기자: 박민수 / 편집: 정하늘)"]
)
def test_a_broadcasts_crew_in_brackets_is_no_paragraph(crew):
    article = article_from_text(
        f"항만 협력 사무소 개설\n\n{STORY}\n\n{MORE}\n\n{crew}\n"
    )
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[crew] == "broadcast crew"


def test_a_copyright_notice_closed_by_a_dash_is_no_paragraph():
    foot = "- ⓒ한빛일보(www.example.co.kr).\n무단전재&재배포 금지 -"
    article = article_from_text(f"항만 협력 사무소 개설\n\n{STORY}\n{MORE}\n{foot}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["무단전재&재배포 금지 -"] == "copyright line"


@pytest.mark.parametrize("word", ["축구", "에너지경제", "clip20181223112118"])
def test_one_korean_word_or_a_file_name_over_the_story_is_no_headline(word):
    """No headline is printed: the section's name, the paper's or a picture's file name
    over the story is not taken for one, and the story keeps both paragraphs."""
    article = article_from_text(f"{word}\n{STORY}\n{MORE}\n")
    assert article.title != word
    assert paragraphs(article) == [STORY, MORE]


def test_a_headline_of_several_korean_words_is_still_the_headline():
    article = article_from_text(f"항만 협력 사무소 개설\n{STORY}\n{MORE}\n")
    assert article.title == "항만 협력 사무소 개설"


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("[HBTV(한빛경제TV) 문정태 기자]", "HBTV"),
        ("[한빛뉴스라인, 신기철기자]", "한빛뉴스라인"),
    ],
)
def test_a_korean_leads_paper_without_its_gloss_or_a_comma(lead, outlet):
    """A paper named in letters with its Hangul name in brackets is the name in letters;
    a comma between the paper and its reporter is no part of the paper's name."""
    article = article_from_text(f"항만 협력 사무소 개설\n\n{lead} {STORY}\n\n{MORE}\n")
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [STORY, MORE]
