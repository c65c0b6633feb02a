"""A city whose name ends in "City", written without it where the words stand for a place
(after "in", "at", "from", or a registered city and "and"). The texts are invented."""

from __future__ import annotations

import pytest
from builders import make_entity, make_registry
from dossier.recognize.matcher import build_matcher, find_in_text

MATCHER = build_matcher(
    make_registry(
        make_entity("cities", "Hanoi", aliases=["Hà Nội"], country="Viet Nam"),
        make_entity(
            "cities", "Ho Chi Minh City", aliases=["Saigon"], country="Viet Nam"
        ),
        make_entity("cities", "Quy Nhon City", country="Viet Nam"),
    )
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(slug, text[a:b]) for slug, a, b in find_in_text(text, MATCHER, set())]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The lender opened a branch in Ho Chi Minh last spring.", "Ho Chi Minh"),
        ("Dinner was held at the consulate in HoChiMinh (Consul Lee).", "HoChiMinh"),
        ("Buyers flew in from Ho Chi Minh.", "Ho Chi Minh"),
        ("The firm is based in Ho Chi Minh, where it has 300 staff.", "Ho Chi Minh"),
        ("Prices rose in Ho Chi Minh on Monday.", "Ho Chi Minh"),
        ("The fair moved to a hall at Quy Nhon, near the port.", "Quy Nhon"),
    ],
)
def test_a_city_without_its_word_city_after_in_at_or_from(text, name):
    slug = "quy-nhon-city" if name == "Quy Nhon" else "ho-chi-minh-city"
    assert _found(text) == [(slug, name)]


def test_a_city_without_its_word_city_before_and_another_city():
    assert _found("Traders came from Ho Chi Minh and Hanoi on Monday.") == [
        ("ho-chi-minh-city", "Ho Chi Minh"),
        ("hanoi", "Hanoi"),
    ]


def test_a_city_without_its_word_city_after_a_city_and_and():
    assert _found(
        "The bank keeps one desk each in Hanoi and Ho Chi Minh, it said."
    ) == [
        ("hanoi", "Hanoi"),
        ("ho-chi-minh-city", "Ho Chi Minh"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The pupils paid tribute to Ho Chi Minh on Sunday.",
        "Wreaths were laid in Ho Chi Minh Mausoleum.",
        "A line in Ho Chi Minh's testament was quoted.",
        "The Busan-Ho Chi Minh friendship turned thirty.",
        "Ho Chi Minh led the country then.",
        "Their faith in Ho Chi Minh-era ideals endured.",
        "Old soldiers kept their faith in Ho Chi Minh and the party.",
        "The archive holds a letter from Ho Chi Minh to the fishermen.",
        "Officials sat a short class in Ho Chi Minh ideology in May.",
        "The hall shows presents from Ho Chi Minh to visiting envoys.",
        "Children drew lessons from Ho Chi Minh, their teacher said.",
        "She drew strength in Ho Chi Minh, whose photo hung nearby.",
        "Belief in Ho Chi Minh thought runs deep, the editorial said.",
        "The poem was a tribute from pupils at Ho Chi Minh's old school.",
    ],
)
def test_the_mans_name_elsewhere_is_no_city(text):
    assert _found(text) == []


def test_the_full_name_is_found_as_before():
    assert _found("Talks in Ho Chi Minh City went well.") == [
        ("ho-chi-minh-city", "Ho Chi Minh City")
    ]


def test_two_cities_and_the_plural_word_city():
    assert _found("The agency keeps offices in Hanoi and Ho Chi Minh cities.") == [
        ("hanoi", "Hanoi"),
        ("ho-chi-minh-city", "Ho Chi Minh"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ho Chi Minh (HCM) City officials said they would act.",
        "Last week, Ho Chi Minh (HCMC) City announced a plan.",
    ],
)
def test_the_city_with_its_initials_in_brackets_before_its_word_city(text):
    # the link ends before the brackets: the initials are the city's short form
    assert _found(text) == [("ho-chi-minh-city", "Ho Chi Minh")]


@pytest.mark.parametrize(
    "text",
    [
        "Ho Chi Minh (HCM) wrote the declaration in 1945.",
        "Ho Chi Minh (1890-1969) City streets bear his name.",
    ],
)
def test_brackets_that_are_no_initials_before_city_name_no_city(text):
    assert _found(text) == []
