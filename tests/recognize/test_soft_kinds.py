"""A firm, a street, a temple or a centre named with its kind in lower case after it
("the Posco group", "Lieu Giai street", "the Magok temple", "the KOPIA Vietnam center"):
the name with its kind where the page never writes the name alone, the name alone where
it does ("the LG group's plant" beside "LG told …"), nothing where the name alone is
registered, and no name where the capital only opens the sentence or a compound
describes ("• Commercial center, …", "a Seoul-based group")."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Dorvan group said it would build a second plant.", "Dorvan group", None),
        (
            "Shops line Hang Bong street in the evening.",
            "Hang Bong street",
            "cities",
        ),
        ("Monks of the Haeun temple welcomed them.", "Haeun temple", "cities"),
        ("Visitors prayed at the Phuc Lam pagoda on Sunday.", "Phuc Lam pagoda", None),
        (
            "Experts at the KOPEX Vietnam center tested the seeds.",
            "KOPEX Vietnam center",
            "organizations",
        ),
        ("The Samsung R&D center opened in Hanoi.", "Samsung R&D center", None),
    ],
)
def test_a_name_never_written_alone_keeps_its_kind(matcher, text, name, kind):
    found = proposed_names(matcher, text)
    assert name in found
    assert kind is None or found[name] == kind


def test_a_name_written_alone_too_is_proposed_alone(matcher):
    found = proposed_names(
        matcher,
        "Shares of the Dorvan group's chip arm rose.",
        "Dorvan told reporters it would hire more.",
    )
    assert "Dorvan" in found
    assert "Dorvan group" not in found


def test_a_registered_place_before_the_kind_is_no_new_name(matcher):
    found = proposed_names(matcher, "Traffic on Ho Chi Minh City street was slow.")
    assert not any(n.endswith(" street") for n in found)


@pytest.mark.parametrize(
    "text",
    [
        "• Commercial center, 700-seat cinema and offices",
        "The medical corps, a Seoul-based group, visited the village.",
        "'We are looking at it.' Allegations centre on the firm.",
    ],
)
def test_an_opening_capital_or_a_describing_compound_names_nothing(matcher, text):
    found = proposed_names(matcher, text)
    assert not any(n.endswith((" center", " centre", " group")) for n in found)
