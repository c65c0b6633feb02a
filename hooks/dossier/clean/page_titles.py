"""What a page's title line carries besides its headline: an archive copy's title field,
the agency or site named after the headline, and the outlet a masthead names."""

from __future__ import annotations

import re

from dossier.clean import metadata as meta
from dossier.clean.lines import Furniture

# a menu button printed beside a masthead: "The Korea Times close"
TOOL_WORDS = frozenset(
    ("close", "menu", "search", "share", "login", "subscribe", "more", "open")
)


def archive_field_value(facts: list[Furniture], key: str) -> str | None:
    return next(
        (
            f.archive_field[1]
            for f in facts
            if f.archive_field and f.archive_field[0] == key
        ),
        None,
    )


def archive_title(facts: list[Furniture], names: meta.Outlets) -> str | None:
    title = archive_field_value(facts, "title")
    if not title:
        return None
    head, sep, tail = title.rpartition(" | ")
    if sep and names.find(tail):
        return head
    return title


# "… for $410 million By Reuters": the agency the copy is from, after the headline
_CARRIED_BY = re.compile(  # "… By Reuters", "… strike it rich, Viet Nam News"
    r"(?P<head>.{20,}?)(?:(?:\s+(?i:by)\s+|,\s+)(?P<outlet>[^|,]{2,30})|"
    r"\s+/\s+(?P<slashed>[^|,/]{2,30}))"  # "… / YTN": a broadcast's video titled so
)


def carried_by(headline: str, names: meta.Outlets) -> tuple[str, str, str | None]:
    """The headline without the known agency named after it, the words naming it ("By
    Reuters"), and the agency."""
    carried = _CARRIED_BY.fullmatch(headline)
    said = carried and (carried["outlet"] or carried["slashed"])
    if carried and (outlet := names.find(said)):
        return carried["head"], headline[carried.end("head") :].strip(), outlet
    return headline, "", None


MIN_TITLED_WORDS = 5  # before a page title's " | ", a headline, not a masthead
MAX_TITLED_WORDS = 4


def titled_by(text: str) -> str | None:
    """The site a page's title names after its headline: "South Korea Offers Free
    Education To Vietnamese Students | Vietcetera" → "Vietcetera"."""
    parts = text.split(" | ")
    name = parts[-1].strip()
    if len(parts) == 2 and len(parts[0].split()) >= MIN_TITLED_WORDS:
        return name if 1 <= len(name.split()) <= MAX_TITLED_WORDS else None
    return None


def masthead(text: str) -> str:
    """The outlet's name in a masthead line: ``부산광역시 Busan Metropolitan City`` →
    ``Busan Metropolitan City``; ``VTV World — News transcript`` → ``VTV World``."""
    name = titled_by(text) or re.split(r"\s+(?:--|[|—–-])\s+", text)[0].strip()
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in TOOL_WORDS:
        words.pop()  # a menu button beside it: "The Korea Times close"
    name = " ".join(words)
    name = re.sub(
        r"\s+(press releases?|newsroom|news transcript|member bulletin)$",
        "",
        name,
        flags=re.I,
    )
    latin = [w for w in name.split() if re.search(r"[A-Za-zÀ-ỹ&]", w)]
    return " ".join(latin) if latin else name
