"""Names in English text: a country after ``of`` that only says whose a company, a
place's body or a person is ("the Daewoo Group of South Korea", "the Gimhae City Council
of the Republic of Korea", "The Daewoo Group of …" opening a sentence); a party whose
name a title follows in a list is no person ("the ruling Green Dawn Party, the head of
…"); a coach called a national team's boss, not a firm called someone's; a highway is
a place; a squad's age grade ("U-23", "U21 Thailand") and an aircraft's model code
("B787-900", "KT-27") are no names, but a factory's letter and digits ("Z135") is one."""

from __future__ import annotations

import pytest
from dossier.model import HEADLINE, PARAGRAPH, Article, Metadata, Passage
from dossier.recognize.candidates import find_candidates


def _proposed(matcher, story: str) -> dict[str, str]:
    passages = (
        Passage(HEADLINE, "h-1", "Delegations meet in the capital", 1),
        Passage(PARAGRAPH, "p-1", story, 2),
    )
    article = Article("a", "seeds/a.txt", "A", passages, None, (), Metadata(), 1)
    return {c.name: c.type for c in find_candidates(article, matcher)}


@pytest.mark.parametrize(
    ("story", "name", "kind"),
    [
        (
            "The supermarket belongs to the Daewoo Group of South Korea, which opened "
            "it last spring.",
            "Daewoo Group",
            "organizations",
        ),
        (
            "A delegation from the Gimhae City Council of the Republic of Korea held "
            "talks with the province on Friday.",
            "Gimhae City Council",
            "organizations",
        ),
        (  # opening the sentence, "The" before it
            "The Daewoo Group of South Korea opened a depot in the port last spring.",
            "Daewoo Group",
            "organizations",
        ),
        (  # the second of two, a weekday after it
            "A pact was signed by the Daewoo Group of South Korea and the Gimhae City "
            "Council of the Republic of Korea on Friday.",
            "Gimhae City Council",
            "organizations",
        ),
    ],
)
def test_a_country_after_of_is_no_part_of_the_name(matcher, story, name, kind):
    proposed = _proposed(matcher, story)
    assert proposed.get(name) == kind
    assert not any(n.startswith(name) and n != name for n in proposed)


def test_a_body_named_by_common_words_keeps_its_country(matcher):
    story = "The Export Credit Bank of Korea lent the money to the builder."
    assert "Export Credit Bank of Korea" in _proposed(matcher, story)


def test_a_party_a_title_follows_in_a_list_is_a_body(matcher):
    story = (
        "The envoy met leaders of the ruling Green Dawn Party, the head of the "
        "Senior Council and the labour minister."
    )
    assert _proposed(matcher, story).get("Green Dawn Party") == "organizations"


def test_a_person_a_title_follows_is_still_a_person(matcher):
    story = "She also met Hwang Min-seo, the head of the Trade Council, on Tuesday."
    assert _proposed(matcher, story).get("Hwang Min-seo") == "leaders"


def test_a_team_s_boss_is_a_person(matcher):
    story = "Former Laos boss Somchai Kittirat has taken charge of a club in Bangkok."
    assert _proposed(matcher, story).get("Somchai Kittirat") == "leaders"


def test_a_firm_that_is_someone_s_boss_is_still_a_firm(matcher):
    story = "The club, whose boss Bluewave Sports paid the fee, won the cup."
    assert _proposed(matcher, story).get("Bluewave Sports") == "organizations"


def test_a_numbered_highway_is_a_place(matcher):
    story = "National Highway No. 18 links the coal mines to the port, traders say."
    assert _proposed(matcher, story).get("National Highway No. 18") == "cities"


@pytest.mark.parametrize(
    "code", ["U-23", "U19", "B787-900", "A321neo", "KT-27", "U21 Thailand"]
)
def test_an_age_grade_or_a_model_code_is_no_name(matcher, code):
    story = f"The airline flew the {code} squad home, and the club thanked it warmly."
    assert code not in _proposed(matcher, story)


def test_a_factory_named_by_a_letter_and_digits_is_a_name(matcher):
    story = "Shells made at Z135 reached the depot, the ministry said on Monday."
    assert "Z135" in _proposed(matcher, story)
