"""Lists of a page's parts that are no story text: the table of contents a blog's plugin
sets over its sections ("Table of Contents" / "- 1. A new era …" / "- 2. …"), and the
parts of a series listed by their numbers ("Kỳ 1: …" / "Kỳ 2: …" / "Kỳ 3: …"). Each
item is a heading of a section or a story (no sentence ended in it), and the list runs
down to the story's next line of text. A story's own list is no such list: parts under a
lead-in ("… gồm ba phần:" / "Phần 1: …"), or the page's headline ("Bài 2: …") over them."""

from __future__ import annotations

import re

from dossier.clean.lines import Line

CONTENTS = "table of contents"
SERIES = "series' parts"

# "Table of Contents", "Contents [hide]", "Mục lục", "목차": the list's heading
_HEADING = re.compile(
    r"(?:table of contents|contents|mục lục|목차)\s*(?:\[\s*(?:hide|show|ẩn|hiện)\s*\])?"
    r"\s*:?",
    re.I,
)
# "Kỳ 3: …", "Bài 2: …", "Part 4: …": a series' part by its number (its title may be
# left out: "Kỳ 9:")
_PART = re.compile(r"(?:kỳ|bài|phần|part|episode)\s?\d{1,2}\s?:", re.I)
# "- 1. ", "2) ", "Ⅳ. ": an item's opening; the list's items share one ("- N.")
_OPENING = re.compile(r"[-•*]?\s?(?:\d{1,2}|[IVX\u2160-\u216b]{1,4})[.)]\s")
_NUMBER = re.compile(r"\d{1,2}|[IVX\u2160-\u216b]{1,4}")
MAX_ITEM_WORDS = 25
MAX_ITEMS = 40
MIN_ITEMS = 2
MIN_PARTS = 3  # a story's own "Part 1:" heads a section, text under it


def _heading_like(line: Line) -> bool:
    """A section's or a story's title: short, no sentence ended in it (a question may
    be one: "- 6. How do … co-productions?")."""
    text = line.text
    return len(text.split()) <= MAX_ITEM_WORDS and not text.endswith(
        (".", "…", '."', ".”")
    )


def _opening(text: str) -> str:
    """An item's opening with its number left out: "- 1. A new era" -> "- N."; "" if
    it has none."""
    found = _OPENING.match(text)
    return _NUMBER.sub("N", found.group().rstrip()) if found else ""


def contents_below(lines: list[Line | None], index: int, found: dict[int, str]) -> bool:
    """``lines[index]`` heads a table of contents: the heading and its items (a blank
    line may stand under the heading), down to a blank line or the first line no
    section's title or not opening as the first item does ("1. Trade" / "2. Culture" /
    "On Tuesday the delegation …" ends the list); at least two items, or nothing."""
    heading = lines[index]
    if heading is None or not _HEADING.fullmatch(heading.text):
        return False
    items: list[Line] = []
    for line in lines[index + 1 : index + 1 + MAX_ITEMS]:
        if line is None:
            if items:
                break
            continue
        if not _heading_like(line):
            break
        if items and _opening(line.text) != _opening(items[0].text):
            break
        items.append(line)
    if len(items) < MIN_ITEMS:
        return False
    for line in (heading, *items):
        found.setdefault(line.number, CONTENTS)
    return True


def series_parts(lines: list[Line | None], index: int, found: dict[int, str]) -> None:
    """A run of a series' parts from ``lines[index]`` on, blank lines apart at most, each
    a title with no sentence ended in it: three or more are the series' list (a story's
    own "Part 1:" stands over its section's text). A run has its top here: a lead-in over
    it ("Chương trình gồm ba phần:") makes it the story's list, and on the page's first
    line its first part is the page's headline ("Bài 2: …" over "Bài 1: …", "Bài 3: …")."""
    above = [line for line in lines[:index] if line is not None]
    if above and (above[-1].text.endswith(":") or opens_series(above[-1].text)):
        return
    run: list[Line] = []
    for line in lines[index:]:
        if line is None:
            continue
        if not (_PART.match(line.text) and _heading_like(line)):
            break
        run.append(line)
    if len(run) >= MIN_PARTS:
        for line in run[0 if above else 1 :]:
            found.setdefault(line.number, SERIES)


def opens_series(text: str) -> bool:
    return _PART.match(text) is not None
