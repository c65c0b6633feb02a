"""Words that open no name: a short title and its stop before a given name written first
("Dr. Jun Hur"), ranks alone ("Brigadier General", "Rear Admiral"), a number word before a
name with a short form in brackets, a headline's verb right after the brackets."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr. Jun Hur, a professor in Seoul, visited Hanoi on Monday.", "Jun Hur"),
        ("The lecture was given by Prof. Jun Choi of a Busan college.", "Jun Choi"),
    ],
)
def test_a_month_word_after_a_short_title_opens_a_name(matcher, text, name):
    names = proposed_names(matcher, text)
    assert names.get(name) == "leaders"
    assert not any(n != name and n in name for n in names)  # no scrap of it


def test_a_month_after_a_stop_that_ends_a_sentence_stays_a_date(matcher):
    names = proposed_names(matcher, "The talks ended. Jun 5 is the next date in Hanoi.")
    assert not any(n.startswith("Jun") for n in names)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Brigadier General Nguyen Van Minh met the officers in Hanoi on Monday.",
            "Nguyen Van Minh",
        ),
        ("Rear Admiral Seo Dong-min thanked the crew in Cam Ranh.", "Seo Dong-min"),
    ],
)
def test_a_rank_alone_is_no_name(matcher, text, person):
    names = proposed_names(matcher, text)
    assert names.get(person) == "leaders"
    assert not any(n.split()[0] in ("Brigadier", "Rear", "Admiral") for n in names)


def test_a_number_word_before_a_bracketed_short_form_is_no_part_of_it(matcher):
    names = proposed_names(
        matcher, "The Ten Southeast Asian (SEA) Games open in Hanoi next month."
    )
    assert names.get("Southeast Asian (SEA) Games") == "events"
    assert not any(n.startswith("Ten ") for n in names)


def test_a_headline_verb_after_the_brackets_ends_the_name(matcher):
    names = proposed_names(
        matcher,
        "Korea International Cooperation Agency (KOICA) Opens New Training Center "
        "in Hue, the agency said.",
    )
    assert names.get("Korea International Cooperation Agency") == "organizations"
    assert not any("Opens" in n for n in names)
