"""A head noun glued by a hyphen to a letter, a brand or a place ("K-League",
"V-Project", "… University-Hanoi", "… Ministers' Meeting-Plus"): the part of it that is
a kind's noun says what the name is; a person's hyphened given name holds none."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("hyphened"),
        ("cities", "seoul", "name: Seoul"),
    )


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The striker joined the J-League last winter.", "J-League", "organizations"),
        (
            "He plays in the K-League 1 for a second year.",
            "K-League 1",
            "organizations",
        ),
        ("The Q-Project began in three towns.", "Q-Project", "initiatives"),
        (
            "She taught at Mekong Technical University-Cantho for years.",
            "Mekong Technical University-Cantho",
            "organizations",
        ),
        (
            "Envoys met at the Pacific Trade Ministers' Meeting-Plus in May.",
            "Pacific Trade Ministers' Meeting-Plus",
            "events",
        ),
    ],
)
def test_the_hyphened_part_that_is_a_kind_types_the_name(matcher, text, name, kind):
    assert proposed_names(matcher, text).get(name) == kind


def test_a_hyphened_given_name_is_still_a_person(matcher):
    found = proposed_names(matcher, "Choi Hye-jin said the talks went well.")
    assert found.get("Choi Hye-jin") == "leaders"
