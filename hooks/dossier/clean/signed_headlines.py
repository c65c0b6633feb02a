"""A headline signed on its own line by its author: "A week in Da Nang - By Jane Roe", as
a blog's post title carries the writer's name after a dash or bar."""

from __future__ import annotations

import re

from dossier.clean.metadata import ORGANIZATION, outlets
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit
from dossier.places import is_place_name

# "… - By Jane Roe", "… | by Kim Min-ji": a dash or bar, "By", then a name of two to four
# capitalised words
# or, on a Korean page, "by" and a reporter's Hangul name without a dash: "… 생겼다 by김하늘
# 기자"
_SIGNED = re.compile(
    r"(?P<head>\S.{6,}?)\s+(?:[-–—|]\s+(?P<by>(?i:by)\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}))|"
    r"(?P<korean_by>(?i:by)\s?(?P<korean>[가-힣]{2,4})\s?(?:기자|특파원)))"
)
_SIGNATURE = re.compile(
    r"(?i:by)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})|"
    r"(?i:by)\s?(?P<korean>[가-힣]{2,4})\s?(?:기자|특파원)"
)
# "[Jane Roe's Harbour Notes]", "[Đỗ Hùng's Seoul Diary]": a column's title, its columnist
# named with a possessive and a word for a column last (not "[Jane Roe's Big Bet]", a
# film's, a plan's or a firm's title about its owner)
COLUMN_TITLE = re.compile(
    r"\[(?P<columnist>[A-ZÀ-ỸĐ][\w-]*(?:\s[A-ZÀ-ỸĐ][\w-]*){1,2})['’]s\s"
    r"(?:[A-Z][\w-]*\s){0,3}(?:Notes|Notebook|Column|Diary|View|Letter|Corner|Desk|Take|"
    r"Journal|Insight|Club|Lens)\]"
)
MAX_SIGNED_AT = 16  # units of a page's header, where its headline stands


def signed_headline(text: str) -> tuple[str, str, str] | None:
    """(the headline, its signature as written, the author's name), or None."""
    if not (signed := _SIGNED.fullmatch(" ".join(text.split()))):
        return None
    if signed["korean"]:
        return signed["head"], signed["korean_by"], signed["korean"]
    return signed["head"], signed["by"], signed["name"]


def columnist(label: str) -> str | None:
    """The columnist a column's title cut off a headline names ("[Jane Roe's Harbour
    Notes]"), or None: never a place ("[South Korea's Sea Lanes]"), a listed outlet nor an
    organisation ("[Korea Herald's Weekend Column]")."""
    if not (column := COLUMN_TITLE.fullmatch(label)):
        return None
    name = column["columnist"]
    body = is_place_name(name) or outlets().find(name) or ORGANIZATION.search(name)
    return None if body or name.startswith("The ") else name


def signature_name(label: str) -> str | None:
    """The writer's name in a signature cut off a headline ("By Jane Roe"), or None."""
    signed = _SIGNATURE.fullmatch(label)
    return (signed["name"] or signed["korean"]) if signed else None


def signed_unit(units: list[Unit]) -> int | None:
    """The header's unit of one line that is a headline signed by its author, above the
    story's first paragraph."""
    for index, unit in enumerate(units[:MAX_SIGNED_AT]):
        if len(unit.lines) == 1 and signed_headline(unit.text):
            return index
        if paragraph_like(unit) and index:
            return None
    return None
