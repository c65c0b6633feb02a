"""A name opening with a genre is proposed whole, and its tail without the genre is no
second name ("the K-pop Fan Dance Contest", not "Fan Dance Contest" too;
recognize/candidates/genre_names.py and the scrap filter of candidates/__init__.py)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("genre"), ("cities", "seoul", "name: Seoul")
    )


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Many students also entered the K-pop Fan Dance Contest.",
            "K-pop Fan Dance Contest",
            "events",
        ),
        (
            "Fans said tickets for the K-pop Friends Club Festival sold out fast.",
            "K-pop Friends Club Festival",
            "initiatives",
        ),
    ],
)
def test_the_whole_genre_name_and_not_its_tail(matcher, sentence, name, kind):
    assert proposed_names(matcher, sentence) == {name: kind}
