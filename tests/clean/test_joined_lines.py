"""A hard-wrapped paragraph's lines joined into one text: the hyphen at a line's end is
tested on the text joined so far, however short its last lines are. Invented text."""

from __future__ import annotations

from dossier.clean.lines import Line
from dossier.clean.units import joined


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


def test_a_word_broken_over_several_short_lines_is_whole_again():
    assert joined(_lines("The co-", "op-", "eration grew,", "a", "b-", "c")) == (
        "The cooperation grew, a bc"
    )


def test_a_hyphen_after_a_digit_or_a_space_is_kept_with_a_space():
    assert joined(_lines("In 2024-", "25 the", "-", "port grew")) == (
        "In 2024- 25 the - port grew"
    )


def test_a_capital_after_a_broken_line_keeps_its_hyphen():
    assert joined(_lines("Korea-", "Vietnam and Busan-", "Da Nang")) == (
        "Korea-Vietnam and Busan-Da Nang"
    )


def test_a_long_wrapped_paragraph_joins_every_line_once():
    wrapped = [
        "Speaking at the fair, the deputy mayor",
        "said the port would grow.",
    ] * 3000
    text = joined(_lines(*wrapped))
    assert text == " ".join(wrapped)
