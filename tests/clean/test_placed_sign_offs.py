"""A broadcast report's reporter named with the place the report is filed from ("하노이에서
김하늘 기자입니다.", "호찌민에서 YTN 김하늘입니다."). Every text is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs, reasons

STORY = "베트남과 한국은 월요일 하노이에서 새로운 협력 사무소를 열기로 합의했다고 관계자들이 밝혔다."
MORE = "양측은 내년 봄까지 첫 사업을 시작하고 두 도시의 기업을 연결할 계획이다."


@pytest.mark.parametrize("place", ["하노이에서", "베트남 다낭에서"])
def test_the_anchors_hand_over_from_a_place_names_the_reporter(place):
    handed = f"{place} 김하늘 기자입니다."
    article = article_from_text(
        f"항만 협력 사무소 개설\n\n<앵커>{STORY}\n{handed}\n<기자>\n{MORE}\n"
    )
    assert article.byline == "김하늘"
    assert reasons(article)[handed] == "reporter introduced"
    assert handed not in " ".join(paragraphs(article))


def test_a_sign_off_from_a_place_names_the_reporter_and_the_broadcaster():
    signed = "호찌민에서 채널A 뉴스 김하늘입니다."
    article = article_from_text(f"{STORY}\n{MORE}\n{signed}\n")
    assert article.byline == "김하늘"
    assert article.metadata.outlet == "채널A"
    assert reasons(article)[signed] == "broadcaster's sign-off"
    assert paragraphs(article) == [STORY, MORE]


def test_a_sentence_of_the_story_about_a_reporter_is_no_sign_off():
    said = "그의 아들은 지금 하노이에서 일하는 방송 기자입니다."
    article = article_from_text(f"항만 협력 사무소 개설\n\n{STORY}\n{said}\n{MORE}\n")
    assert article.byline is None or article.byline == ""
    assert said in paragraphs(article)


def test_a_wires_foot_that_lost_its_equals_sign_names_the_reporter():
    foot = "(서울연합뉴스) 김하늘 기자 sky@example.co.kr"
    article = article_from_text(
        f"항만 협력 사무소 개설\n\n{STORY}\n\n{MORE}\n\n{foot}\n"
    )
    assert article.byline == "김하늘"
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "said",
    [
        "그녀는 다낭에서 이름난 뉴스 앵커입니다.",
        "그의 형은 부산에서 일한 사진 기자입니다.",
        "하노이에서 유명한 뉴스 진행자입니다.",
        "서울에서 근무한 경제 기자입니다.",
    ],
)
def test_a_story_line_with_a_place_in_it_is_no_sign_off(said):
    article = article_from_text(
        f"항만 협력 사무소 개설\n\n{STORY}\n\n{said}\n\n{MORE}\n"
    )
    assert not article.byline
    assert said in paragraphs(article)
