"""Lines of a hard-wrapped copy that are short and yet no label: the first line of a
paragraph a print page set short, as it indented it ("The M.O.U has" / "the following
section:", "Speaking at the event, Deputy Director of the" / "city's tourism department
said …"), and the rest of a wrapped sentence in small letters. A heading or a caption's
line over a paragraph opens the line below it with a capital."""

from __future__ import annotations

from dossier.clean.columns import columns
from dossier.clean.lines import Line

# a sentence's last mark, as paragraphs.SENTENCE_END (which imports this module)
SENTENCE_END = tuple('.!?…"”’)')
FILLED = 0.8  # of the wrap's width: a line the wrapper filled


def short_first_line(run: list[Line], index: int) -> bool:
    """A paragraph's first line set short, as a print page indents it ("The M.O.U has" /
    "the following section:"): under a line that ends a sentence, over one that goes on
    in small letters; a heading over its paragraph opens the line below with a capital."""
    return (
        0 < index < len(run) - 1
        and run[index - 1].text.endswith((*SENTENCE_END, ":"))
        and run[index + 1].text[:1].islower()
    )


def goes_on_from_above(run: list[Line], index: int) -> bool:
    """ "The M.O.U has" / "the following section:": a line in small letters under one that
    ends no sentence is the rest of that sentence, no label."""
    return (
        index > 0
        and run[index].text[:1].islower()
        and not run[index - 1].text.endswith(SENTENCE_END)
    )


def opens_short(text: str, width: int) -> bool:
    """A line the wrapper left short that ends no sentence, under a full stop: the
    paragraph's first line, set short as a print page indents it (its sentence goes on
    in the line below)."""
    return columns(text) < FILLED * width and not text.endswith((*SENTENCE_END, ":"))


def short_label(run: list[Line], index: int, width: int) -> bool:
    """A line under half the wrap's width that ends no sentence, neither a paragraph's
    short first line nor the rest of a sentence: a heading or a label, no wrapped text."""
    text = run[index].text
    return (
        columns(text) < 0.5 * width
        and not text.endswith(SENTENCE_END)
        and not short_first_line(run, index)
        and not goes_on_from_above(run, index)
    )
