"""A Korean deck's line that is a saying in quotes cut short of its sentence's end
('"서두르지 않되 멈추지 말아야"') is a heading, not the lead; a quoted paragraph ends
its sentence. Text invented for the shape, never a page's."""

from __future__ import annotations

from builders import article_from_text, paragraphs

HEAD = "두 도시 청소년 교류 10년째 이어간다"
MORE = (
    "교류단은 시청과 지역 학교를 찾아 또래 학생들과 수업을 함께 듣고, 전통시장과 "
    "박물관을 둘러볼 예정이다."
)
LAST = "시 관계자는 “두 도시 청소년들이 서로의 문화를 이해하는 계기가 되길 바란다”고 말했다."


def test_a_saying_in_quotes_among_the_decks_lines_is_no_lead():
    # a deck of five lines, its third a saying cut short of its sentence's end
    deck = (
        "푸른성 첫 교류 담당관\n두 도시 교류의 기틀 다진 인물\n"
        '"서두르지 않되 멈추지 말아야"\n학교 교류 덕에 관계 넓어져\n시민 관심도 한몫'
    )
    quoted = '"두 도시는 서로 배울 것이 많았습니다. 그래서 교류가 이어졌습니다."'
    text = (
        f"{HEAD}\n\n홍길동 기자\n\n입력 2024.03.05 10:20\n\n{deck}\n"
        f"【가람일보 푸른성=홍길동 특파원】 {quoted}\n\n{MORE}\n\n{LAST}\n"
    )
    assert paragraphs(article_from_text(text)) == [quoted, MORE, LAST]
