"""A verb's -ing form or an adverb opening a sentence frames the name after it."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("openers"),
        ("cities", "seoul", "name: Seoul"),
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Representing KOFIH, Dr. Lim thanked the hosts.", "KOFIH"),
        ("Notably the Daewon Textile Group opened a plant.", "Daewon Textile Group"),
        ("Greeting the Hanbit Foundation board, she smiled.", "Hanbit Foundation"),
    ],
)
def test_an_opening_verb_is_not_part_of_the_name(matcher, text, name):
    found = proposed_names(matcher, text)
    assert name in found
    assert not any(n.startswith(text.split()[0]) for n in found)


@pytest.mark.parametrize(
    "text",
    [
        "Mobilising Vietnam for growth was the aim.",
        "Owning 29 percent, they led.",
    ],
)
def test_an_opening_verb_and_its_object_name_nothing(matcher, text):
    assert proposed_names(matcher, text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Organizing Committee members met on Monday.", "Organizing Committee"),
        ("Housing Corporation Daewon signed the deal.", "Housing Corporation Daewon"),
    ],
)
def test_a_body_named_with_such_a_word_keeps_it(matcher, text, name):
    assert name in proposed_names(matcher, text)
