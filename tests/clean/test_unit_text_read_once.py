"""A unit's text is read again whenever its lines or its caption flag change, and is the
same text a fresh reading gives."""

from dossier.clean.lines import Line
from dossier.clean.units import Unit, joined


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


def test_the_text_follows_the_units_lines_and_caption_flag():
    unit = Unit(_lines("The ferry from the port of Cam Ranh is", "now running daily."))
    assert unit.text == "The ferry from the port of Cam Ranh is now running daily."
    assert unit.text == joined(unit.lines)
    unit.caption = True
    assert unit.text == "The ferry from the port of Cam Ranh is\nnow running daily."
    unit.caption = False
    unit.lines = _lines("A new ferry-", "line opened.")
    assert unit.text == "A new ferryline opened."
    unit.lines.append(Line(3, "It runs at night."))
    assert unit.text == "A new ferryline opened. It runs at night."
    unit.lines[0] = Line(1, "A second ferry-")
    assert unit.text == "A second ferryline opened. It runs at night."
    del unit.lines[1:]
    assert unit.text == "A second ferry-"


def test_units_with_the_same_lines_compare_equal_whatever_was_read():
    one, other = (
        Unit(_lines("Both mayors said so.")),
        Unit(_lines("Both mayors said so.")),
    )
    assert one.text == "Both mayors said so."
    assert one == other
    assert repr(one) == repr(other)
