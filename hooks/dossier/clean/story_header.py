"""What stands between the headline and the story: kickers, section names, menus, a
deck, and a summary printed above the story and again as its opening. Each is logged as
dropped; captions stay where they are."""

from __future__ import annotations

import re

from dossier.clean import forms, notes
from dossier.clean import metadata as meta
from dossier.clean.evidence import Evidence
from dossier.clean.header_credits import dates_from, names_over_date
from dossier.clean.headline import DASHED_DECK
from dossier.clean.lines import Furniture
from dossier.clean.shapes import paragraph_like
from dossier.clean.signed_headlines import COLUMN_TITLE
from dossier.clean.unit_bylines import byline_shaped
from dossier.clean.units import Unit, drop_unit
from dossier.model import DroppedLine

# "- Minister to visit … from Aug 28 to 29 -" over "- Signing an MOU … –": a deck's line
# between dashes, its closing one a hyphen or an en dash
_DASHED = re.compile(r"[-–]\s*[^\s–-].{4,160}[^\s–-]\s*[-–]")
MAX_SUMMARY_INDEX = 3
MAX_DECK_UNITS = 3  # a deck of bullet points runs to three at most


def without_header(
    dropped: list[DroppedLine],
    units: list[Unit],
    evidence: Evidence,
    facts: list[Furniture],
) -> list[Unit]:
    """The units from the story's start: kickers, section names, menus and a deck between
    the headline and the first paragraph are not story text (a one-line byline is read
    later; captions stay where they are)."""
    dated = frozenset(fact.line for fact in facts if fact.date)
    body = _without_labels(dropped, units, evidence, dated)
    story = [u for u in body if not u.caption and not u.deck]
    if not notes.is_deck(story, facts):
        return body
    drop_unit(dropped, story[0], "deck above the byline")
    rest = [u for u in body if u is not story[0]]
    return _without_labels(dropped, rest, evidence, dated)


def without_summary(dropped: list[DroppedLine], units: list[Unit]) -> list[Unit]:
    """A summary printed above the story and again as its opening (CMS pages): the first
    copy goes, with the title lines between the two copies (a story's paragraph stands
    below the summary: a line shown twice under it is a picture's)."""
    story = [u for u in units if not u.caption]
    for index, unit in enumerate(story[:MAX_SUMMARY_INDEX]):
        key = notes.summary_key(unit.text)
        if index and paragraph_like(story[index - 1]):
            break
        if len(key) < notes.SUMMARY_KEY:
            continue
        for later in range(index + 1, min(index + 4, len(story))):
            if notes.summary_key(story[later].text) != key:
                continue
            between = story[index + 1 : later]
            if any(paragraph_like(u) for u in between):
                return units
            drop_unit(dropped, unit, "summary repeated as the story's opening")
            for title in between:
                drop_unit(dropped, title, "title line above the story")
            gone = [unit, *between]
            return [u for u in units if all(u is not g for g in gone)]
    return units


def _without_labels(
    dropped: list[DroppedLine],
    units: list[Unit],
    evidence: Evidence,
    dated: frozenset[int],
) -> list[Unit]:
    header: list[Unit] = []
    for unit in units:
        text = unit.text
        if unit.caption or unit.deck:
            continue  # a picture's; the subtitle the body opens on (body_decks.py)
        # a deck: a sentence or two (or bullet points) without a full stop
        if (
            DASHED_DECK.fullmatch(text)
            or _DASHED.fullmatch(text)
            or (len(header) < MAX_DECK_UNITS and _all_decks([*header, unit]))
        ):
            header.append(unit)
            continue
        if unit.kept or paragraph_like(unit) or len(text.split()) >= 14:
            break
        if byline_shaped(unit, dated):
            continue  # read as a byline later; a desk or a label may follow it
        header.append(unit)
    else:
        return units  # no story paragraph follows: these are the story, not its header
    body = [u for u in units if all(u is not h for h in header)]
    story = [u for u in body if not (u.caption or u.deck or byline_shaped(u, dated))]
    if not story or not paragraph_like(story[0]):
        return units
    for unit in header:
        if unit is header[-1] and (place := forms.dateline_line(unit.text)):
            drop_unit(
                dropped, unit, "dateline"
            )  # "HANOI, Vietnam" on its own above the story
            evidence.place = evidence.place or place
            continue
        drop_unit(
            dropped, unit, "deck" if notes.is_open_deck(unit) else "section label"
        )
        if date := meta.find_date(unit.text):
            evidence.dates.append((3, date))
    return body


def _all_decks(units: list[Unit]) -> bool:
    return all(notes.is_open_deck(unit) for unit in units)


def note_head(
    read_dropped: list[DroppedLine],
    evidence: Evidence,
    facts: list[Furniture],
    units: list[Unit],
    found: int | None,
    names: meta.Outlets,
) -> None:
    """What the page's furniture states, a date line under the headline's copy above it
    counted as the story's own; then the writer named over the post's date row in the
    head, where nothing else names one (``header_credits.py``)."""
    evidence.note_facts(facts, dates_from(units, found, facts))
    gone = {line.line for line in read_dropped}  # the story's text, its head dropped
    story = " ".join(u.text for u in units[(found or 0) + 1 :] if u.number not in gone)
    evidence.authors += names_over_date(read_dropped, evidence, names, story)
    # "… [Jane Roe's Harbour Notes]": the columnist, where no byline names a writer and
    # the story does not name him (but for the headline printed again with its title)
    told = COLUMN_TITLE.sub("", story)
    if not evidence.authors:
        evidence.authors += [n for n in evidence.columnists if n not in told]
