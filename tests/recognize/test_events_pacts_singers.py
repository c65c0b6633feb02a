"""Names in letters whose kind their own words tell: one event with its fields stays
whole; a sea at the end of a pact's name ("Convention on the Law of the Sea") leaves it a
pact; "ca sỹ", the other spelling of "ca sĩ" (singer), names a person
(recognize/candidates/scoring.py, performers.py); a short form in brackets folds into the
name before it though a capital and a comma stand before that name (defined_acronyms.py)."""

from __future__ import annotations

from builders import proposed_names


def test_one_event_with_its_fields_stays_whole(matcher):
    found = proposed_names(
        matcher, "Firms met at the Hanoi Furniture Conference and Exhibition in May."
    )
    assert "Hanoi Furniture Conference and Exhibition" in found


def test_a_convention_on_a_sea_is_a_pact(matcher):
    found = proposed_names(
        matcher,
        "Both sides cited the Regional Convention on the Protection of the Arafura Sea"
        " in their talks.",
    )
    name = "Regional Convention on the Protection of the Arafura Sea"
    assert found.get(name) == "agreements"


def test_a_sea_alone_is_a_place(matcher):
    found = proposed_names(matcher, "Patrols cross the Arafura Sea every week.")
    assert found.get("Arafura Sea") == "cities"


def test_a_singer_spelt_with_y_is_a_person(matcher):
    found = proposed_names(
        matcher, "Khán giả cổ vũ ca sỹ Moranzi và nhóm nhảy trẻ suốt buổi tối."
    )
    assert found.get("Moranzi") == "leaders"


def test_a_short_form_after_a_comma_and_a_capital_folds_into_the_name(matcher):
    found = proposed_names(
        matcher,
        "Với vốn 2 tỷ USD, Công ty TNHH Orion Vina Bắc Ninh (OVBN) mở rộng nhà máy.",
    )
    assert "OVBN" not in found
