"""Initials of a registered name, and a person named inside a longer registered name."""

from __future__ import annotations

import pytest
from building import write_entity
from dossier.read.registry import read_registry
from dossier.recognize.matcher import build_matcher, find_in_text


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("initials")
    write_entity(root, "cities", "ho-chi-minh-city", "name: Ho Chi Minh City")
    write_entity(
        root, "organizations", "vietnam-news-agency", "name: Vietnam News Agency"
    )
    write_entity(root, "leaders", "to-lam", "name: Tô Lâm\naliases: [To Lam]")
    write_entity(
        root,
        "events",
        "to-lam-state-visit-to-south-korea",
        "name: To Lam State Visit to South Korea\n"
        "aliases: [state visit to South Korea]",
    )
    registry, problems = read_registry(root)
    assert not problems
    return build_matcher(registry)


def found(text: str, matcher) -> list[tuple[str, str]]:
    return [(slug, text[a:b]) for slug, a, b in find_in_text(text, matcher, set())]


@pytest.mark.parametrize("form", ["HCMC", "HCM City"])
def test_a_city_is_found_by_its_initials_in_capitals(matcher, form):
    assert found(f"Sales in {form} rose.", matcher) == [("ho-chi-minh-city", form)]


@pytest.mark.parametrize("form", ["HCMC’s", "HCMC's"])
def test_initials_with_a_possessive_are_the_name(matcher, form):
    text = f"The park in {form} District 7 is busy."
    assert found(text, matcher) == [("ho-chi-minh-city", form)]


def test_initials_in_lower_case_are_a_word_not_a_name(matcher):
    assert found("The hcmc tag.", matcher) == []


def test_an_outlets_initials_are_not_its_name(matcher):
    assert found("Hanoi (VNA) said.", matcher) == []


def test_a_person_inside_a_longer_name_is_a_mention_after_it(matcher):
    text = "It followed To Lam's state visit to South Korea in August."
    assert found(text, matcher) == [
        ("to-lam-state-visit-to-south-korea", "To Lam's state visit to South Korea"),
        ("to-lam", "To Lam's"),
    ]
