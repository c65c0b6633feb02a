"""A city's Korean name followed by a person's title or tomb names the man the city is
named after, not the city."""

from builders import make_entity, make_registry
from dossier.recognize.matcher import build_matcher, find_in_text

MATCHER = build_matcher(
    make_registry(
        make_entity("cities", "Ho Chi Minh City", aliases=["호찌민", "호치민"]),
        make_entity("cities", "Hanoi", aliases=["하노이"]),
    )
)


def _linked(text: str) -> list[str]:
    return [text[a:b] for _, a, b in find_in_text(text, MATCHER, set())]


def test_the_man_a_city_is_named_after_is_not_the_city():
    text = (
        "대표단은 하노이에 있는 호치민 묘소를 찾았고, 호찌민 주석이 살던 집과 "
        "호찌민 생가도 둘러본 뒤 호찌민으로 떠났다."
    )
    assert _linked(text) == ["하노이", "호찌민"]
    assert text.count("호찌민으로") == 1


def test_the_city_before_other_words_is_linked():
    assert _linked("호찌민 시내와 호치민 공항") == ["호찌민", "호치민"]
