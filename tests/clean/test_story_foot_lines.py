"""A line under a story's last paragraph that only a page's foot holds: the wire whose copy
a Korean paper prints, named alone in angle brackets ("<연합>")."""

from __future__ import annotations

from builders import article_from_text, paragraphs

KOREAN_STORY = (
    "부산시는 지난 3일 베트남 다낭시와 관광 교류 확대를 위한 협약을 맺었다고 밝혔다.\n\n"
    "양 도시는 내년부터 청소년 교류단을 해마다 보내고 공동 홍보관을 운영하기로 했다.\n\n"
    '시 관계자는 "두 도시를 오가는 관광객이 꾸준히 늘 것"이라고 말했다.'
)
LAST_KO = '시 관계자는 "두 도시를 오가는 관광객이 꾸준히 늘 것"이라고 말했다.'


def test_a_wire_named_in_angle_brackets_under_the_story_is_no_paragraph() -> None:
    article = article_from_text(KOREAN_STORY + "\n\n<연합>\n")
    assert paragraphs(article)[-1] == LAST_KO
    assert len(paragraphs(article)) == 3


def test_markup_in_angle_brackets_that_names_no_outlet_stays() -> None:
    # not an outlet's name: what the page shows is kept as it was
    article = article_from_text(KOREAN_STORY + "\n\n<사진 설명 생략 표시 없음 부분>\n")
    assert paragraphs(article)[:3][-1] == LAST_KO


def test_a_short_last_paragraph_stays() -> None:
    article = article_from_text(KOREAN_STORY + "\n\n행사는 오는 10일까지 열린다.\n")
    assert paragraphs(article)[-1] == "행사는 오는 10일까지 열린다."
