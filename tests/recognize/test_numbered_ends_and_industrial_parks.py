"""Two English shapes of one name the capitals alone cut short: a works, unit or venue
numbered after "No." ("… Factory No. 2", "Construction Corporation No.1"), and an
industrial park or zone with its kind in lower case ("the Gian Khau industrial park"),
its first syllable no title where written without a title's marks ("Ba Thien II …")."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The carmaker put the Kestrel Motor Assembly Factory No. 2 into operation.",
            "Kestrel Motor Assembly Factory No. 2",
            "organizations",
        ),
        (
            "The bridge was built by Vietnam’s Harbour Construction Corporation No.4 "
            "last year.",
            "Harbour Construction Corporation No.4",
            "organizations",
        ),
        (
            "The final was played at Stadium of Army No.9 in Hue.",
            "Stadium of Army No.9",
            None,
        ),
    ],
)
def test_the_number_after_no_is_the_names(matcher, text, name, kind):
    found = proposed_names(matcher, text)
    assert name in found
    assert kind is None or found[name] == kind
    assert not any(n.endswith(" No") for n in found)


@pytest.mark.parametrize(
    "text",
    [
        "Lotus Motors is the No. 2 carmaker in the region.",
        "It was set out by Decree No. 12/ND-CP of the Government.",
        "Under Resolution No. 36, the port grew.",
    ],
)
def test_a_rank_or_a_document_number_is_no_numbered_name(matcher, text):
    found = proposed_names(matcher, text)
    assert not any("No. " in n or "No.1" in n for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Its plant in the Dong Lam industrial park in Kim Son employs 900.",
            "Dong Lam industrial park",
        ),
        (
            "The Phu Thai II industrial zone of Kim Son grew.",
            "Phu Thai II industrial zone",
        ),
        # "Ba" written without its marks: a syllable of the name, not the title "Bà"
        (
            "Firms at the Ba Tri II industrial zone of Kim Son grew.",
            "Ba Tri II industrial zone",
        ),
    ],
)
def test_an_industrial_park_with_its_kind_in_lower_case(matcher, text, name):
    found = proposed_names(matcher, text)
    assert found.get(name) == "cities"
    assert " ".join(name.split()[:2]) not in found
