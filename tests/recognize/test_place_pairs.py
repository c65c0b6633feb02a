"""A route or a pairing written as two places joined by a hyphen ("Incheon-Da Lat
flights") names the two places, not a third thing (recognize/candidates/place_pairs.py).
"""

from __future__ import annotations

from builders import matcher_with, proposed_names


def test_a_route_between_two_places_names_each_place(matcher):
    found = proposed_names(
        matcher,
        "The carrier will fly the Incheon-Nha Trang route four times a week from May.",
    )
    assert found.get("Incheon") == "cities"
    assert found.get("Nha Trang") == "cities"
    assert "Incheon-Nha Trang" not in found


def test_a_route_to_an_unlisted_town_names_the_town(matcher):
    found = proposed_names(
        matcher,
        "A new Yeosu-Da Lat service starts in June, the airline said on Friday.",
    )
    assert found.get("Yeosu") == "cities"
    assert found.get("Da Lat") == "cities"
    assert "Yeosu-Da Lat" not in found


def test_a_route_from_a_registered_city_names_the_other_end(tmp_path):
    seoul = matcher_with(tmp_path, ("cities", "seoul", "name: Seoul"))
    found = proposed_names(
        seoul, "The carrier said its Seoul-Phu Quoc flights sold out within a day."
    )
    assert found.get("Phu Quoc") == "cities"
    assert "Seoul-Phu Quoc" not in found
    assert "Seoul" not in found


def test_a_province_spelt_with_a_hyphen_stays_whole(matcher):
    found = proposed_names(
        matcher, "The delegation later visited Ba Ria-Vung Tau to meet port officials."
    )
    assert "Ba Ria" not in found
    assert "Vung Tau" not in found


def test_months_or_a_kind_beside_a_place_are_no_route(matcher):
    found = proposed_names(
        matcher,
        "Exports from Gyeonggi-do rose in the January-August period, the office said.",
    )
    assert "January" not in found
    assert "August" not in found
    assert "do" not in found
    assert "Do" not in found


def test_a_firm_a_club_or_a_person_beside_a_place_is_no_city(matcher):
    for sentence, other in (
        (
            "Fans packed the stadium for the Viettel-Hanoi derby. Viettel won 2-1 after "
            "extra time, the league said.",
            "Viettel",
        ),
        (
            "The Samsung-Bac Ninh plant employs about 40,000 workers. Samsung said on "
            "Monday it would hire 2,000 more in Bac Ninh.",
            "Samsung",
        ),
        (
            "Analysts said the Trump-Hanoi summit ended without a deal on sanctions.",
            "Trump",
        ),
    ):
        found = proposed_names(matcher, sentence)
        assert found.get(other) != "cities", sentence


def test_a_listed_route_after_its_word_names_the_town(matcher):
    found = proposed_names(
        matcher,
        "Its services to Vietnam are Incheon-Da Nang and Muan-Da Nang, twice a week.",
    )
    assert found.get("Muan") == "cities"
