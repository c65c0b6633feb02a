"""A Korean's name written given name first in three words is one person, though its
second syllable is a surname too: "Dong Ho Kim", not "Dong" and "Ho Kim"."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The forum was opened by Mr. Tae Ho Kim, director of the port.", "Tae Ho Kim"),
        ("Also, Dr. Kap Sung Lee gave a lecture on surgery.", "Kap Sung Lee"),
        ("Hang Won Ryu, chief executive of the firm, spoke first.", "Hang Won Ryu"),
        ("Dr. Jai Min Pyon led the surgical team.", "Jai Min Pyon"),
        # after a title of two words, which the finder does not know
        ("Brigadier General Heung Seok Kim stressed the ties.", "Heung Seok Kim"),
    ],
)
def test_one_person(matcher, text, name):
    names = proposed_names(matcher, text)
    assert names.get(name) == "leaders"
    assert not any(n != name and n in name for n in names)  # no scrap of the name


def test_a_surname_first_name_keeps_its_first_word(matcher):
    names = proposed_names(matcher, "Professor Huh Hyang Jin of the university said.")
    assert names.get("Huh Hyang Jin") == "leaders"
