"""A person set after a title and the body it heads, a comma between ("the chairman of
the Dorvan Trading Company, Pak Soo Min"): the title's holder, a leader, though the body
beside it is a list's neighbour whose head noun says organisation."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The fund was set up with the support of the chairman of the Dorvan Trading "
            "Company, Pak Soo Min.",
            "Pak Soo Min",
        ),
        (
            "Few workers stay on, said the chief of the Department for Rural Crafts, "
            "Tran Ngoc Loc.",
            "Tran Ngoc Loc",
        ),
    ],
)
def test_the_holder_of_a_title_after_his_body_is_a_leader(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "leaders"


def test_a_body_after_a_title_s_body_stays_a_body(matcher):
    found = proposed_names(
        matcher,
        "She met the head of the Trade Promotion Agency, Dorvan Trading Company "
        "and two banks.",
    )
    assert found.get("Dorvan Trading Company") == "organizations"
    assert found.get("Trade Promotion Agency") == "organizations"
