"""A Korean headline over its date with a blank line between, its decks under the date:
the headline, not the first deck."""

from __future__ import annotations

from builders import article_from_text

HEADLINE = "부산시, 베트남 다낭과 관광 협력 강화"
DECK = "직항 노선 늘리고 공동 홍보 추진"
DECK_TWO = "내년까지 관광객 50만명 목표"
STORY = (
    "부산시는 베트남 다낭시와 관광 교류를 넓히기 위한 협약을 맺었다고 12일 밝혔다. "
    "두 도시는 직항 노선을 늘리고 관광 상품을 함께 홍보하기로 했다."
)
MORE = "시 관계자는 두 도시를 오가는 관광객이 해마다 늘고 있다고 말했다."


def test_the_headline_over_its_date_with_a_blank_line_between_not_its_deck():
    text = (
        f"• 검색\n\n{HEADLINE}\n\n  • 2021.05.12(수) 10:20\n\n{DECK}\n{DECK_TWO}\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == HEADLINE
    assert article.metadata.published == "2021-05-12"
