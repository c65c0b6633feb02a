"""A name that holds its short form in brackets, its head noun after them, is one name:
"the Southeast Asian (SEA) Games", "the AFF (ASEAN Football Federation) Suzuki Cup"."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The squad will defend its title at the Southeast Asian (SEA) Games in May.",
            "Southeast Asian (SEA) Games",
            "events",
        ),
        (
            "Fans cheered the win in the AFF (ASEAN Football Federation) Suzuki Cup.",
            "AFF (ASEAN Football Federation) Suzuki Cup",
            "events",
        ),
        (
            "The film was restored by the Mekong Broadcasting (MBT) Archive Center.",
            "Mekong Broadcasting (MBT) Archive Center",
            "organizations",
        ),
        (
            "Delegates met at the Asia- Pacific Tourism (APT) Forum last week.",
            "Asia- Pacific Tourism (APT) Forum",
            "events",
        ),
    ],
)
def test_the_short_form_stands_inside_the_name(matcher, text, name, kind):
    names = proposed_names(matcher, text)
    assert names.get(name) == kind
    inner = name.split("(")[1].split(")")[0]
    assert inner not in names  # what the brackets hold is no name of its own here


def test_a_whole_name_before_the_brackets_is_kept(matcher):
    text = "The Asian Football Confederation (AFC) U23 Championship starts today."
    names = proposed_names(matcher, text)
    assert names.get("Asian Football Confederation (AFC) U23 Championship") == "events"
    assert names.get("Asian Football Confederation") == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        # a person after the brackets: no head noun ends the words after them
        "The Korea Trade Agency (KTA) Chang Won Sam said on Monday.",
        # a word in brackets that is no short form
        "The Christian Charter (Home) School opened in May.",
        # one word before the brackets, cut from a longer name
        "The Vehicle component Solutions (VS) Company opened a plant.",
    ],
)
def test_no_name_across_brackets(matcher, text):
    assert not any("(" in name for name in proposed_names(matcher, text))
