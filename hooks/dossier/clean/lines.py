"""One line of a pasted page at a time: is it page furniture, and what does it say?

The rules are general and conservative: a line is furniture only when a rule in
``clutter.yml`` or a shape of ``metadata.py`` matches it whole. What a furniture line states
(a date, an outlet, a title in an archive header) is kept as metadata; the line itself is
logged as dropped with its reason, never lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from dossier.clean.metadata import Outlets, byline, find_date, is_date_line, outlet_line
from dossier.text import fold

_ARCHIVE_FIELD = re.compile(
    r"\s*(date|url|title|author|source|site|outlet|published|language|lang)\s*[:=]?\s+(\S.*)"
)
_NAV_STRIP = re.compile(r"(home|trang chủ|news|tin tức)\s*[|>»›/].*", re.IGNORECASE)
_SEPARATED = re.compile(r"\s+[|>»›]\s+")
_BYLINE_THEN_DATE = re.compile(
    r"(?P<by>(?i:by)\s+.+?)\s*[|,–—-]?\s+(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d|\d).*)"
)
_LABEL = re.compile(r"\[[^\[\]]{2,40}\]")
SPEAKER = re.compile(
    r"(?P<speaker>\[[A-Za-z ]{2,30}\]|(?:[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ'’.\-]*\s*,?\s*){1,5}"
    r"(?:\((?:[A-Za-z ]{2,30})\))?)\s*:\s+(?=\S)"
)


@dataclass(frozen=True)
class Line:
    number: int
    text: str  # whitespace squashed
    indented: bool = (
        False  # began with spaces or a tab (a new paragraph in some layouts)
    )


@dataclass(frozen=True)
class ClutterRules:
    navigation: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]


@dataclass(frozen=True)
class Furniture:
    """Why a line is not story text, and what it states."""

    reason: str
    authors: tuple[str, ...] = ()
    date: str | None = None
    date_kind: str = "published"
    outlet: str | None = None
    archive_field: tuple[str, str] | None = None


@cache
def clutter_rules(path: Path = Path(__file__).parent / "clutter.yml") -> ClutterRules:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return ClutterRules(
        frozenset(fold(line) for line in data["navigation"]),
        tuple(
            (name, re.compile(pattern, re.IGNORECASE))
            for name, pattern in data["patterns"].items()
        ),
    )


def clutter_reason(text: str, rules: ClutterRules) -> str | None:
    """Why a whole line is page furniture by the clutter rules, or None."""
    stripped = text.strip()
    if fold(stripped.rstrip(":.…» ")) in rules.navigation:
        return "navigation"
    for name, pattern in rules.patterns:
        if pattern.fullmatch(stripped):
            return name
    return None


def lines_of(text: str) -> list[Line | None]:
    """Every line, 1-based; a blank line is None."""
    found: list[Line | None] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        squashed = " ".join(raw.split())
        indented = raw[:1] in (" ", "\t", "\u3000")
        found.append(Line(number, squashed, indented) if squashed else None)
    return found


def archive_field(line: Line) -> tuple[str, str] | None:
    """``date 2023-06-22`` / ``url https://…`` / ``title …``: the header of an archive copy."""
    match = (
        _ARCHIVE_FIELD.fullmatch(line.text)
        if line.indented or ":" not in line.text
        else None
    )
    match = match or re.fullmatch(
        r"(date|url|title|author|source)\s*:\s*(\S.*)", line.text
    )
    if not match:
        return None
    key, value = match.group(1).lower(), match.group(2).strip()
    if key in ("date", "published") and not find_date(value):
        return None
    if key == "url" and not re.match(r"https?://|www\.", value):
        return None
    return key, value


def furniture(
    line: Line, rules: ClutterRules, outlets: Outlets, header: bool
) -> Furniture | None:
    """The line as furniture, or None when it may be story text. ``header``: the line comes
    before the story's first paragraph (where archive fields and labels stand)."""
    if header and (field := archive_field(line)):
        return Furniture("archive metadata", archive_field=field)
    if is_date_line(line.text):
        date = find_date(line.text)
        kind = (
            "updated"
            if re.match(r"\s*(updated|last updated|cập nhật)", line.text, re.I)
            else "published"
        )
        return Furniture("publication date line", date=date, date_kind=kind)
    if outlet := outlet_line(line.text, outlets):
        source = re.match(r"(source|nguồn|theo)\s*:", line.text, re.I)
        return Furniture(
            "source line" if source else "outlet name",
            outlet=outlet,
            date=find_date(line.text),
        )
    if authors := byline(line.text, outlets, alone=False):
        return Furniture("byline", authors=authors)
    if dated := _dated_byline(line.text, outlets):
        authors, date = dated
        return Furniture("byline", authors=authors, date=date)
    if re.fullmatch(r"SOURCE\s+\S.{0,80}", line.text):
        return Furniture("press release source")
    if reason := clutter_reason(line.text, rules):
        return Furniture(reason)
    if _is_nav_strip(line.text):
        return Furniture("navigation strip")
    if _LABEL.fullmatch(line.text):
        return Furniture("section label")
    return None


def _dated_byline(text: str, outlets: Outlets) -> tuple[tuple[str, ...], str] | None:
    """``By Vo Thanh Tam   May 14, 2024 | 09:12 am GMT+7``: a byline with the date after it."""
    match = _BYLINE_THEN_DATE.fullmatch(text)
    if not match or not (date := find_date(match.group("date"))):
        return None
    authors = byline(match.group("by"), outlets, alone=False)
    return (authors, date) if authors else None


def _is_nav_strip(text: str) -> bool:
    if _NAV_STRIP.fullmatch(text) and len(text) < 120:
        return True
    parts = _SEPARATED.split(text)
    return len(parts) >= 3 and all(0 < len(p.split()) <= 4 for p in parts)


def strip_label(headline: str) -> tuple[str, str]:
    """A headline without its section label (``[News Today] …``, ``Headline: …``, a trailing
    ``| Outlet``): (headline, the label removed, or '')."""
    match = re.match(
        r"(\[[^\]]{2,40}\]|\((?:lead|update|urgent|news focus|interview|2nd lead)\)|"
        r"headline\s*:|title\s*:|story\s*:)\s*",
        headline,
        re.IGNORECASE,
    )
    if match and headline[match.end() :]:
        return headline[match.end() :], match.group(0).strip()
    return headline, ""
