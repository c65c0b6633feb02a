"""The headline over the page's date: a headline-like line further down is an episode's
or a section's title, or a deck."""

from __future__ import annotations

import re

from dossier.clean import forms
from dossier.clean import metadata as meta
from dossier.clean.units import Unit

# the time the headline was posted, printed after it: "… 17:51 16/04/2018", "… 10/08/2025
# 06:23" (day first, then the clock), "… 2018-04-16 17:51:50", "… Update 2/6/2009"; each
# from the first space of a run only, so that a long run of spaces is read once
TIME_STAMP = re.compile(
    r"(?<!\s)\s*\(?\b\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/\d{4}\)?\s*$|"
    r"(?<!\s)\s+\d{1,2}/\d{1,2}/(?:19|20)\d\d\s+\d{1,2}:\d{2}\s*$|"
    r"(?<!\s)\s+(?:19|20)\d\d-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?\s*$|"
    r"(?<!\s)\s+(?i:update[ds]?|cập nhật)\s*:?\s*\d{1,2}/\d{1,2}/\d{4}\s*$"
)


def down_to_date(
    units: list[Unit], strong: list[int], dated: frozenset[int]
) -> list[int]:
    """The headline stands right above the page's date line (``Title`` / ``March 10,
    2026``), or above the byline over it: a headline-like line further down is an episode or a section title. The
    name of an office over the date is the poster of a social page, not a headline."""
    # an office over the date posts the page: "Ministry of Land, …" / "Jul 16, 2025"
    posters = [
        i
        for i in strong
        if _over_date(units, i, dated, strong)
        and _poster(units[i].text)
        and title_case(units[i].text)
    ]
    strong = [i for i in strong if i not in posters] or strong
    over = [i for i in strong if _over_date(units, i, dated, strong)]
    return [i for i in strong if i <= over[-1]] if over else strong


def _over_date(
    units: list[Unit], index: int, dated: frozenset[int], strong: list[int]
) -> bool:
    """On the line over the date line, or over a byline right over it."""
    last = units[index].lines[-1].number
    below = units[index + 1] if index + 1 < len(units) else None
    if last + 1 in dated:
        return True
    # "Headline" / (blank) / "• 2017.07.25(화) 15:25": a blank line between, unless a
    # headline-like line stands right under the date ("Weekly Roundup" / (blank) / "March
    # 12, 2024" / "Hanoi and Seoul Agree …": the headline is that one, the top a label)
    if last + 2 in dated and (below is None or below.number > last + 2):
        return not any(units[i].number == last + 3 for i in strong)
    return bool(
        below
        and below.number == last + 1
        and below.lines[-1].number + 1 in dated
        and forms.looks_like_byline(below.text)
    )


def _poster(text: str) -> bool:
    """``Embassy of the Republic of Korea in Viet Nam``: an office's name."""
    return bool(meta.ORGANIZATION.search(text))


def title_case(text: str) -> bool:
    """Most words of four letters or more start with a capital (a press release's
    headline), as a sentence-case deck's do not."""
    words = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)
