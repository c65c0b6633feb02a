"""A year written onto a Korean name without a space ("2030부산세계박람회": Korean titles an
event by its year so) hides no place: the city after the year is linked, as it is after a
space ("2030 부산세계박람회"). Every text here is invented."""

import pytest
from builders import make_entity, make_registry
from dossier.recognize.matcher import build_matcher, find_in_text

MATCHER = build_matcher(
    make_registry(
        make_entity("cities", "Busan", aliases=["부산"]),
        make_entity("cities", "Hanoi", aliases=["하노이"]),
        make_entity("organizations", "Korea Trade Board", aliases=["무역위원회"]),
    )
)


def _linked(text: str) -> list[tuple[str, str]]:
    return [(slug, text[a:b]) for slug, a, b in find_in_text(text, MATCHER, set())]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("양국은 2030부산세계박람회 유치에 힘을 모으기로 했다.", ("busan", "부산")),
        ("그는 2026하노이국제포럼에 참석한다.", ("hanoi", "하노이")),
        ("2031부산엑스포를 앞두고 준비가 한창이다.", ("busan", "부산")),
        # the same name with a space after its year, as before
        ("양국은 2030 부산세계박람회 유치에 힘을 모으기로 했다.", ("busan", "부산")),
    ],
)
def test_a_city_after_a_year_written_onto_it_is_linked(text, place):
    assert _linked(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "2030무역박람회가 열린다.",  # a year before a word that opens no place
        "모두 2030명이 참가했다.",  # a count, its unit after it
        "12부산 노선이 늘었다.",  # a number that is no year
    ],
)
def test_a_number_before_no_place_links_nothing(text):
    assert _linked(text) == []
