"""A meeting of the parties that names no particular one ("held a Laos-Korea trade
meeting", "the Korea-Laos Friendship Society meeting") is no name
(recognize/candidates/lowercase.py); a named meeting, and a named event after "a" of
another kind, still are."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.lowercase import lower_case_names


def names(text: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _, _ in lower_case_names(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegates held a Laos-Korea investment meeting in Vientiane on Monday.",
        "Members joined the Korea-Laos Friendship Society meeting in Seoul last week.",
    ],
)
def test_no_name_for_any_meeting(sentence):
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The ministers held the 2nd Korea-Laos energy ministerial meeting in Seoul.",
            "Korea-Laos energy ministerial meeting",
        ),
        (
            "A Laos-Korea culture conference was held in Vientiane.",
            "Laos-Korea culture conference",
        ),
    ],
)
def test_a_named_meeting_and_a_conference(sentence, name):
    assert names(sentence) == [(name, "events")]
