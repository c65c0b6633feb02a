"""Related headlines a page sets over the picture its headline names: under the story's
lead, lines of a headline's length that end no sentence stand right over a line repeating
the headline (the picture's alt text), no blank line between ("Tăng cường hợp tác …" /
"Thúc đẩy giao lưu …" / <the headline> / <the caption>). They are links to other stories,
no paragraph of this one; the lead above them ends its sentence. It takes two headlines
to make such a list: two lines, or one line two headlines long; one short line over the
picture is the story's crosshead ("청년 교류 20년, 새로운 출발")."""

from __future__ import annotations

from dossier.clean import notes
from dossier.clean.paragraphs import SENTENCE_END
from dossier.clean.units import Unit, drop_unit
from dossier.model import DroppedLine

RELATED = "related headline"
MAX_RELATED_WORDS = (
    50  # two headlines run together on one line ("… Trung Phi Việt Nam cùng …")
)
MAX_ONE_HEADLINE_WORDS = 24  # a single line longer runs two headlines together


def _related(unit: Unit, below: Unit) -> bool:
    """One line of a headline's length, no sentence ended, right over ``below``."""
    text = unit.text
    return (
        not unit.caption
        and len(unit.lines) == 1
        and unit.lines[-1].number + 1 == below.lines[0].number
        and len(text.split()) <= MAX_RELATED_WORDS
        and not text.endswith((*SENTENCE_END, ":", ","))
    )


def without_related(
    dropped: list[DroppedLine], units: list[Unit], headline: str | None
) -> list[Unit]:
    """The units without the related headlines right over a repeat of ``headline`` (each
    logged); the first unit, the story's lead, always stays."""
    if not headline:
        return units
    gone: set[int] = set()
    for index in range(2, len(units)):
        # "[Photo] Headline" under lines of a list is no picture's alt text
        if not notes.repeats_headline(units[index].text, headline, labelled=False):
            continue
        above = index - 1
        while above >= 1 and _related(units[above], units[above + 1]):
            above -= 1
        run = range(above + 1, index)
        if len(run) >= 2 or (
            len(run) == 1 and len(units[run[0]].text.split()) > MAX_ONE_HEADLINE_WORDS
        ):
            gone.update(run)
    for index in sorted(gone):
        drop_unit(dropped, units[index], RELATED)
    return [unit for index, unit in enumerate(units) if index not in gone]
