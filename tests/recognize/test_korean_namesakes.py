"""A city's Korean name followed by a person's title or tomb names the man the city is
named after, not the city: only for a city named after a man (Ho Chi Minh City)."""

import pytest
from builders import make_entity, make_registry
from dossier.recognize.matcher import build_matcher, find_in_text

MATCHER = build_matcher(
    make_registry(
        make_entity("cities", "Ho Chi Minh City", aliases=["호찌민", "호치민"]),
        make_entity("cities", "Hanoi", aliases=["하노이"]),
        make_entity("cities", "Busan", aliases=["부산"]),
        make_entity("cities", "Seoul", aliases=["서울"]),
        make_entity("cities", "Daegu", aliases=["대구"]),
    )
)


def _linked(text: str) -> list[tuple[str, int]]:
    """Each linked name with where it starts."""
    return [(text[a:b], a) for _, a, b in find_in_text(text, MATCHER, set())]


def test_the_man_a_city_is_named_after_is_not_the_city():
    text = (
        "사절단은 하노이에 있는 호치민 묘소에 들렀고, 호찌민 주석이 머물던 집과 "
        "호찌민 생가까지 본 다음 호찌민으로 향했다."
    )
    # the city the delegation went on to, its last 호찌민, alone is linked
    assert _linked(text) == [("하노이", 5), ("호찌민", text.rindex("호찌민"))]


def test_the_city_with_its_kind_before_a_title_is_the_city():
    text = "응우옌 호찌민시 주석이 축사를 했다."
    assert _linked(text) == [("호찌민", text.index("호찌민"))]


def test_the_city_before_other_words_is_linked():
    assert _linked("호찌민 시내와 호치민 공항") == [("호찌민", 0), ("호치민", 8)]


@pytest.mark.parametrize(
    "text, city",
    [
        ("방문단은 시인의 부산 생가를 찾아 헌화했다.", "부산"),
        ("대구 생가에서 탄생 100주년 기념식이 열렸다.", "대구"),
        ("유족은 서울 묘소를 돌본 뒤 고향으로 내려갔다.", "서울"),
        ("김 주석은 하노이 영묘 앞에서 묵념했다.", "하노이"),
    ],
)
def test_a_city_named_after_no_man_keeps_its_link_before_those_words(text, city):
    assert _linked(text) == [(city, text.index(city))]
