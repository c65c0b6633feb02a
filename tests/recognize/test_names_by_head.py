"""English names read by their head noun and their shape: a long name of common words, a
name whose kind comes last, a quotation that is no title (recognize/candidates)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("heads"), ("cities", "seoul", "name: Seoul")
    )


def names(matcher, text: str) -> dict[str, str]:
    return proposed_names(matcher, text)


def test_four_common_words_name_one_body(matcher):
    """Each word is common or a kind ("National", "Agriculture", "Federation"), but four
    of them say which body; its short form in brackets is the same body."""
    found = names(
        matcher,
        "The National Agriculture Cooperative Federation (NACF) said the NACF would "
        "talk to its partner.",
    )
    assert found == {"National Agriculture Cooperative Federation": "organizations"}


def test_two_common_words_still_name_nothing(matcher):
    assert "Joint Committee" not in names(matcher, "The Joint Committee met in Seoul.")


def test_the_kind_a_name_ends_in_when_none_stands_before_of(matcher):
    found = names(
        matcher,
        "The Korean Victims of Agent Orange Veterans Association said it would sue.",
    )
    assert found["Korean Victims of Agent Orange Veterans Association"] == (
        "organizations"
    )


def test_a_quoted_remark_is_no_quoted_title(matcher):
    """Capitalised words fill the quotation, but a clause after its comma makes it
    speech: the name inside it is proposed, not the quotation."""
    found = names(
        matcher,
        '"We cheer the Vietnamese Under-23 side, especially the Korean coach (Park '
        'Hang-seo)," said a fan in Seoul.',
    )
    assert found.get("Park Hang-seo") == "leaders"
    assert not any(name.startswith("We love") for name in found)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Son scored twice at the Asian Games in Seoul.", "Asian Games", "events"),
        (
            "Seoul's New Southern Policy courts Hanoi and Jakarta.",
            "New Southern Policy",
            "initiatives",
        ),
    ],
)
def test_games_are_events_and_a_policy_an_initiative(matcher, text, name, kind):
    assert names(matcher, text).get(name) == kind


@pytest.mark.parametrize(
    "text, person",
    [
        ("In the video, Park Joon Geum relaxes on a beach in Seoul.", "Park Joon Geum"),
        ("The actress Myung Se Bin joined the cast in Seoul.", "Myung Se Bin"),
    ],
)
def test_a_korean_surname_opening_a_name_is_no_kind_word(matcher, text, person):
    """ "Park" opens a person's name, though an industrial park is a body."""
    assert names(matcher, text).get(person) == "leaders"


@pytest.mark.parametrize(
    "text, name",
    [
        ("PM Chinh met executives from Samsung in Seoul on Monday.", "Samsung"),
        (
            "He spoke with Samsung Vietnam’s general director in Seoul.",
            "Samsung Vietnam",
        ),
        ("The partnership between Vietnam and Hyosung began in Seoul.", "Hyosung"),
        ("Vingroup signed the deal in Seoul last week.", "Vingroup"),
    ],
)
def test_a_company_the_news_names_often_is_an_organization(matcher, text, name):
    # "companies" in candidates.yml: not a person after "from", not an agreement after
    # "partnership between", not a place spelt in Vietnamese syllables
    assert names(matcher, text).get(name) == "organizations"


def test_and_before_a_known_company_joins_two_names(matcher):
    found = names(
        matcher,
        "The Danang Department of Tourism and Vietjet Air welcomed 220 guests in Seoul.",
    )
    assert found.get("Danang Department of Tourism") == "organizations"
    assert found.get("Vietjet Air") == "organizations"


def test_an_airport_is_a_place(matcher):
    """Editors of real pages typed twelve airports of fifteen as places (where one
    flies to), not as the company operating them."""
    text = "Flights land at Danang International Airport from Seoul every day."
    assert names(matcher, text).get("Danang International Airport") == "cities"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officers of the Vietnam People’s Navy visited Seoul.",
            "Vietnam People’s Navy",
        ),
        ("The RoK Navy sent a frigate to Seoul.", "RoK Navy"),
    ],
)
def test_a_navy_is_an_organization_and_its_officers_no_part_of_it(matcher, text, name):
    found = names(matcher, text)
    assert found.get(name) == "organizations", found


def test_the_body_after_a_title_of_the_is_no_person(matcher):
    # "Acting Director of the Institute …": the title is the person's before it
    text = (
        "On KNDA, there were Dr. Choi Woosen, Acting Director of the Institute for "
        "Diplomacy and National Security Studies, KNDA; Ambassador Lee Hyuk, former envoy."
    )
    found = names(matcher, text)
    assert found.get("Institute for Diplomacy and National Security Studies") == (
        "organizations"
    )


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "On Tuesday, Judge Park Jin-soo ruled that the claim was lawful.",
            "Park Jin-soo",
        ),
        ("Coach Park Hang-seo said the team was ready.", "Park Hang-seo"),
    ],
)
def test_a_judges_or_a_coachs_title_is_no_part_of_the_name(matcher, text, person):
    found = names(matcher, text)
    assert found.get(person) == "leaders"
    assert not any(name.split()[0] in ("Judge", "Coach") for name in found)


def test_the_ministry_of_justice_keeps_its_name(matcher):
    found = names(matcher, "The Ministry of Justice said the rules would change.")
    assert found.get("Ministry of Justice") == "organizations"


@pytest.mark.parametrize("platform", ["Facebook", "YouTube", "WhatsApp"])
def test_the_platform_a_story_is_posted_on_is_no_name(matcher, platform):
    found = names(
        matcher, f"The company said on {platform} that it had committed funds."
    )
    assert platform not in found


def test_a_prosecutors_office_keeps_its_name(matcher):
    found = names(
        matcher, "Investigators from the Prosecutor General's Office raided it."
    )
    assert found.get("Prosecutor General's Office") == "organizations"


def test_a_messaging_app_that_is_the_storys_subject_is_a_name(matcher):
    found = names(
        matcher, "The regulator also warned Zalo over its handling of user data."
    )
    assert "Zalo" in found


def test_a_nationality_before_a_known_company_is_no_part_of_its_name(matcher):
    found = names(matcher, "It is a unit of the South Korean LG Corporation, it said.")
    assert found.get("LG Corporation") == "organizations"
    assert "South Korean LG Corporation" not in found


def test_a_nationality_that_opens_a_name_stays(matcher):
    found = names(matcher, "Korean Air flew the team to the Korean FA Cup final.")
    assert {"Korean Air", "Korean FA Cup"} <= set(found)
