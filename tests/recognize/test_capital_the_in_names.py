"""A "The" written in capitals mid-sentence, after a word in lower case, is the name's
own ("the dance crew The Moonwalkers", "dinner at The Orchard"); not where it opens the
sentence, nor a Vietnamese name's syllable after a capitalised word ("Tran The Vinh"),
nor an outlet's name cut at a registered place ("The Hanoi Times")."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("the"),
        ("cities", "seoul", "name: Seoul"),
        ("cities", "hanoi", "name: Hanoi"),
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The prize went to the dance crew The Moonwalkers this year.",
            "The Moonwalkers",
        ),
        ("Guests dined at The Orchard near the river.", "The Orchard"),
        ("She writes for The Weekly Lantern in Busan.", "The Weekly Lantern"),
    ],
)
def test_a_capital_the_after_a_lower_case_word_is_the_names(matcher, text, name):
    found = proposed_names(matcher, text)
    assert name in found
    assert name.removeprefix("The ") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Gangwon Tourism Foundation opened an office.",
            "Gangwon Tourism Foundation",
        ),
        ("Vice Minister Tran The Vinh spoke first.", "Tran The Vinh"),
        (
            "Doctors came from The Delta Research Institute in May.",
            "Delta Research Institute",
        ),
    ],
)
def test_an_opening_the_or_a_syllable_stays_as_it_was(matcher, text, name):
    assert name in proposed_names(matcher, text)


def test_no_the_before_a_registered_place_cut_from_an_outlet(matcher):
    found = proposed_names(matcher, "He told The Hanoi Times on Monday.")
    assert not any(n.startswith("The Hanoi") for n in found)
