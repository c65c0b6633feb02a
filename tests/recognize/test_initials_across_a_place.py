"""A company's name whose initials the brackets after it give is proposed whole, though
a registered place inside it cut it: "Lotte Foods Vietnam Bình Dương (LFVB)"; the
initials go with it as its short form."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("initials"),
        ("cities", "binh-duong", "name: Bình Dương"),
    )


def test_the_initials_keep_a_name_whole_over_a_place(matcher):
    text = (
        "The group also runs Lotte Foods Vietnam Bình Dương (LFVB) in Thuận An, "
        "a plant opened in 2019."
    )
    assert proposed_names(matcher, text).get("Lotte Foods Vietnam Bình Dương") == (
        "organizations"
    )


def test_initials_that_spell_other_words_keep_nothing(matcher):
    text = "The talks with Lotte Foods Vietnam Bình Dương (XYZ) ended in May."
    assert "Lotte Foods Vietnam Bình Dương" not in proposed_names(matcher, text)
