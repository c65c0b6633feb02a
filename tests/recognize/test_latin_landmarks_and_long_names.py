"""English names whose head noun or shape says what they are: a landmark (a mausoleum, a
palace, a citadel, a tower), a house that reigned, a committee on several fields, a
national university's member, a plan that carries out a pact (recognize/candidates)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("landmarks"), ("cities", "seoul", "name: Seoul")
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # named for a person: a surname opens it, the head says a place
        (
            "The delegation laid a wreath at the Le Van Tam Mausoleum on Monday.",
            "Le Van Tam Mausoleum",
        ),
        (
            "A ceremony was held at the Quang Trung Mausoleum on Sunday.",
            "Quang Trung Mausoleum",
        ),
        # "held at": the context says an event, the head a place
        (
            "The poetry night was held at the Phu Xuan Imperial Citadel.",
            "Phu Xuan Imperial Citadel",
        ),
        (
            "Guests then visited the Harmony Friendship Palace and a museum.",
            "Harmony Friendship Palace",
        ),
        (
            "The group toured the Sambong Peace Tower near the border.",
            "Sambong Peace Tower",
        ),
    ],
)
def test_a_landmark_is_a_place(matcher, text, place):
    assert proposed_names(matcher, text).get(place) == "cities"


def test_a_dynasty_capitalised_is_a_body_not_a_person(matcher):
    found = proposed_names(
        matcher,
        "The exhibition shows the legacy of Vietnam's Tran Dynasty in the province.",
    )
    assert found.get("Tran Dynasty") == "organizations"


def test_a_committee_on_several_fields_is_one_body(matcher):
    found = proposed_names(
        matcher,
        "Le Thi Hoa, a member of the NA Committee on Culture, Education, and Youth "
        "Affairs, welcomed the guests.",
    )
    assert found.get("NA Committee on Culture, Education, and Youth Affairs") == (
        "organizations"
    )
    assert "NA Committee on Culture" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Students of Vietnam National University, Hanoi (VNU) joined the camp.",
            "Vietnam National University, Hanoi",
        ),
        (
            "The award was given at Viet Nam National University, Ho Chi Minh City, on "
            "Friday.",
            "Viet Nam National University, Ho Chi Minh City",
        ),
        (
            "Scholarships went to Vietnam National University, Da Nang; more will follow.",
            "Vietnam National University, Da Nang",
        ),
    ],
)
def test_a_national_university_s_member_named_with_its_city(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "organizations"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a university and where it is: not named for its city
        (
            "He studied at Kyung Hee University, Seoul, for four years.",
            "Kyung Hee University",
        ),
        # a list of two universities, not a campus
        (
            "Vietnam National University, Hanoi University and Hue University signed.",
            "Vietnam National University",
        ),
    ],
)
def test_a_university_and_its_city_or_a_list_stay_apart(matcher, text, kept):
    found = proposed_names(matcher, text)
    assert kept in found
    assert not any(name.startswith(f"{kept},") for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "They reviewed the Action Programme to implement the Enhanced Strategic "
            "Partnership, signed last year.",
            "Action Programme to implement the Enhanced Strategic Partnership",
        ),
        (
            "Both sides adopted the Action Plan to implement a Joint Vision Declaration "
            "between the two countries.",
            "Action Plan to implement a Joint Vision Declaration",
        ),
    ],
)
def test_a_plan_carrying_out_a_pact_is_an_agreement(matcher, text, name):
    found = proposed_names(matcher, text)
    assert found.get(name) == "agreements"
    assert "Action Programme" not in found and "Action Plan" not in found


def test_a_plan_to_implement_no_pact_stays_a_plan(matcher):
    found = proposed_names(
        matcher, "The Green Growth Plan to implement the Net Zero Goals was unveiled."
    )
    assert not any("to implement" in name for name in found)
