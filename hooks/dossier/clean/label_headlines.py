"""A header with no line that reads strongly as a headline: its first headline-like line,
past the site's labels above it (a menu's or section's name of a word to three: "News
and Events" over "Leaders of Can Tho city working with the delegation of … - Korea"),
and none when all it holds is such a label ("Sports", "Vietnam - Auto")."""

from __future__ import annotations

import re

from dossier.clean import metadata as meta
from dossier.clean.shapes import is_headline, paragraph_like
from dossier.clean.units import Unit

MAX_LABEL_WORDS = 3
MIN_HEADLINE_WORDS = 4
# "Vietnam - Auto", "Korea – Companies": a site's section under its country
_SECTION_PATH = re.compile(r"[^\W\d_][\w.'’]*\s[-–—]\s[^\W\d_][\w.'’]*")


def past_labels(
    units: list[Unit],
    candidates: list[int],
    byline_at: int | None = None,
    dated: frozenset[int] = frozenset(),
) -> int | None:
    """The headline among ``candidates`` (headline-like units, none a strong headline):
    none under the byline (``byline_at``, its line), where its details stand ("By X" /
    "Staff Reporter", "By X" / "International Herald Tribune (France)")."""
    if byline_at is not None:  # a line in sentence case under it is a headline still
        candidates = [
            i
            for i in candidates
            if units[i].number < byline_at or sentence_cased(units[i].text)
        ]
    if not candidates:
        return over_date(units, dated)
    first = units[candidates[0]].text
    if _label(first):
        later = [i for i in candidates[1:] if _headline_sized(units[i].text)]
        if later and all(_label(units[i].text) for i in candidates if i < later[0]):
            return later[0]
    if len(candidates) == 1 and _site_label(first):
        return None
    return candidates[0]


def _label(text: str) -> bool:
    """A section's name: a word ("ACTIVITIES") or words joined by "and" ("News and
    Events"), not a name of three words ("Hyundai Vinashin Shipyard", the site's own)."""
    words = text.split()
    joined = any(word.casefold() in ("and", "&") for word in words)
    return len(words) == 1 or (joined and len(words) <= MAX_LABEL_WORDS)


def _headline_sized(text: str) -> bool:
    """Four words or more, neither in brackets ("(From 2005 to now)") nor dated."""
    return (
        len(text.split()) >= MIN_HEADLINE_WORDS
        and not (text.startswith("(") and text.endswith(")"))
        and not meta.find_date(text)
    )


def _site_label(text: str) -> bool:
    """A word alone ("Sports", "에너지경제"), not one joined by a slash ("베/새마을운동"),
    or a section under its country ("Vietnam - Auto")."""
    words = text.split()
    one_word = len(words) == 1 and "/" not in text
    return one_word or bool(_SECTION_PATH.fullmatch(text))


MAX_DETAIL_WORDS = 5


def under_byline(units: list[Unit], strong: list[int], byline_at: int) -> list[int]:
    """``strong`` (headline-like units all under the byline) but for a short line right
    under the byline, the byline's own detail: "By X" / "International Herald Tribune
    (France)" (the writer's paper), "By X" / "Korea Bureau Chief"; a line in sentence
    case is a short headline, no detail ("By X" / "Korean firms expand northward")."""
    return [
        i
        for i in strong
        if units[i].number != byline_at + 1
        or len(units[i].text.split()) > MAX_DETAIL_WORDS
        or sentence_cased(units[i].text)
    ]


MIN_CASED_WORDS = 2
_SENTENCE_END = (".", "!", "?", ":")


def sentence_cased(text: str) -> bool:
    """A headline in sentence case, most of its words of four letters or more in lower
    case ("Samsung expands again"), as a byline's detail ("Staff Reporter", "Korea
    Bureau Chief", "International Herald Tribune (France)") or a name is not; not a
    sentence, which the story opens with."""
    words = [w for w in text.split() if len(w) >= 4 and w.isalpha()]
    lower = sum(w[0].islower() for w in words)
    return (
        len(words) >= MIN_CASED_WORDS
        and lower > len(words) / 2
        and not text.endswith(_SENTENCE_END)
    )


MAX_SCANNED = 8  # units from the top: a tagline, a share box, the date's row


def over_date(units: list[Unit], dated: frozenset[int]) -> int | None:
    """A header that a sentence ended at once (a site's tagline, "No matter where you
    find us, …"): the headline further down, right over the date line (a blank line
    between at most; or a short row holding the date, "Date 2019.06.23 View 169") with
    the story under it."""
    for index, unit in enumerate(units[:MAX_SCANNED]):
        last = unit.lines[-1].number
        below = units[index + 1 : index + 3]
        if not (
            is_headline(unit)
            and not paragraph_like(unit)
            and len(unit.text.split()) >= MIN_HEADLINE_WORDS
            and not meta.find_date(unit.text)
            and below
        ):
            continue
        if (last + 1 in dated or last + 2 in dated) and paragraph_like(below[0]):
            return index
        if len(below) == 2 and _dated_row(below[0]) and paragraph_like(below[1]):
            return index
    return None


MAX_ROW_WORDS = 6


def _dated_row(unit: Unit) -> bool:
    return (
        len(unit.lines) == 1
        and len(unit.text.split()) <= MAX_ROW_WORDS
        and meta.find_date(unit.text) is not None
    )
