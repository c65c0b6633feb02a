"""A Korean TV anchor's paragraph handing over to the reporter in its last sentence
("… 보도에 X 기자입니다.", "… X 기자가 취재했습니다.", "… X 리포터가 소개합니다.") names
the report's author and stays the anchor's paragraph. Every text is invented; each test
keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import KO_HEAD, KO_MORE, KO_STORY, article_from_text, paragraphs
from dossier.clean.korean_handovers import reporter_handed_over

LEAD = "두 도시가 새로운 협력 사무소를 열었습니다."


@pytest.mark.parametrize(
    ("hand_over", "reporter"),
    [
        ("보도에 박하늘 기자입니다.", "박하늘"),
        ("그 현장을 박하늘 기자가 취재했습니다.", "박하늘"),
        ("사무소가 왜 필요한지, 박하늘 기자가 하노이 현지에 다녀왔습니다.", "박하늘"),
        ("달라진 거리 풍경을 박하늘 리포터가 소개합니다.", "박하늘"),
        (
            "그 열기를 느낄 수 있는 현장에 박하늘 글로벌 국민기자가 다녀왔습니다.",
            "박하늘",
        ),
        ("박하늘 피디가 현장에 다녀왔습니다.", "박하늘"),  # a producer reports
        ("박하늘 기자입니다.", "박하늘"),  # the name alone, run on after the lead
        ("하노이 현지에서 박하늘 기자입니다.", "박하늘"),  # filed from there
    ],
)
def test_an_anchors_hand_over_names_the_reporter(hand_over, reporter):
    intro = f"{LEAD} {hand_over}"
    article = article_from_text(f"{KO_HEAD}\n\n{intro}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline == reporter
    assert paragraphs(article) == [intro, KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "sentence",
    [
        "우리 기자가 현장에 다녀왔습니다.",  # "our reporter": no name
        "박하늘 기자가 취재한 내용은 다음과 같습니다.",  # the sentence goes on
        "박하늘 기자가 취재했습니다. 사무소는 내년에 문을 엽니다.",  # not the last sentence
        "그는 기자입니다.",  # what he does: no name
        "제 아버지는 오래 일한 기자입니다.",  # a story's sentence about a reporter
        "서울에서 근무한 경제 기자입니다.",
        "사무소를 열었습니다. 나는 기자입니다.",  # "I": no family name
    ],
)
def test_a_sentence_with_no_hand_over_names_no_reporter(sentence):
    assert reporter_handed_over(sentence) is None


def test_a_reporter_the_page_credits_twice_is_one_author():
    text = (
        f"{KO_HEAD}\n\n{LEAD}\n\n박하늘 기자입니다.\n\n{KO_STORY}\n\n{KO_MORE}\n\n"
        "한빛방송 뉴스 박하늘입니다.\n"
    )
    assert article_from_text(text).byline == "박하늘"
