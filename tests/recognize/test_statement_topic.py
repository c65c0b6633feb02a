"""A joint statement on a thing the story named before ("a joint statement on the
issue", "… for reporters afterwards") is no name (recognize/candidates/lowercase.py); a
statement on its topic still is."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.lowercase import lower_case_names


def names(text: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _, _ in lower_case_names(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Both ministers released a joint statement for the media afterwards.",
        "The leaders adopted a joint statement on the issue.",
    ],
)
def test_no_name_for_a_statement_on_a_thing(sentence):
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The two sides issued a joint statement on building a strategic partnership.",
            "joint statement on building a strategic partnership",
        ),
        (
            "They signed a joint vision statement for maritime cooperation out to 2035.",
            "joint vision statement for maritime cooperation",
        ),
        (
            "They adopted a joint statement on the Comprehensive Strategic Partnership.",
            "joint statement on the Comprehensive Strategic Partnership",
        ),
    ],
)
def test_a_statement_on_its_topic(sentence, name):
    assert names(sentence) == [(name, "agreements")]
