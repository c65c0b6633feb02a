"""A name's short form given in brackets after it ("Seoul Business Agency (SBA)",
"한국국제협력단(KOICA)"): the same body, so its sightings count as the name's and the
short form is the name's alias, when its letters fit the name's."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from dossier.model import Occurrence
from dossier.recognize.tokens import HANGUL, is_acronym
from dossier.text import fold, name_key

# A name seen once: its text as written, where, and the evidence there for its type.
Sighting = tuple[str, Occurrence, dict[str, int]]


# "Employment Permit System (EPS)": the short form a name is given in brackets.
_SHORT_FORM = re.compile(r"[ \t]*\(([^()\n]{2,24})\)")


def short_form(text: str, end: int, name: str | None = None) -> tuple[str, ...] | None:
    """The key of an abbreviation given in brackets just after ``end`` ("(HRD Korea)");
    for a new ``name``, only when its letters fit the name's ("Seoul Business Agency
    (SBA)"): not a body credited beside a person or a project ("Mr Kim (KOTRA)", "Dự án
    … (KOICA)"), nor a place's code ("(VN)")."""
    match = _SHORT_FORM.match(text, end) if "(" in text else None
    if not match or not any(is_acronym(w) for w in match[1].replace("-", " ").split()):
        return None  # "EPS-TOPIK": an acronym of two parts
    if name is not None and not _fits(match[1], name):
        return None
    return name_key(match[1])


def _fits(short: str, name: str) -> bool:
    """The short form's letters stand in the name's in order, the first its first
    ("SBA" of "Seoul Business Agency", "HRD Korea" of "Human Resources Development
    Service of Korea"); a Korean name's short form in letters cannot be told so
    ("한국국제협력단(KOICA)")."""
    if HANGUL.search(name):
        return True
    letters = [c for c in fold(short) if c.isalnum()]
    spelt = fold(name)
    if not letters or not spelt.startswith(letters[0]):
        return False
    at = 0
    for letter in letters:
        at = spelt.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def fold_short_forms(
    found: dict[tuple[str, ...], list[Sighting]],
    short_forms: dict[tuple[str, ...], tuple[str, ...]],
) -> dict[tuple[str, ...], list[str]]:
    """A name's abbreviation is the name: its sightings count as the name's, and the
    abbreviation of a registered name (an empty key) is no new name. Returns each full
    name's abbreviations as written, its aliases."""
    aliases: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for short, full in short_forms.items():
        if short == full or short not in found:
            continue
        sightings = found.pop(short)
        if full in found:
            name = found[full][0][0]
            found[full] += [(name, occurrence, {}) for _, occurrence, _ in sightings]
            aliases[full].append(
                Counter(n for n, _, _ in sightings).most_common(1)[0][0]
            )
    return aliases
