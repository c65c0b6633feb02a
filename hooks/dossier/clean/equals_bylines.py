"""A Korean paper's byline written in English in its Korean shape: the place filed from,
an equals sign, the reporter, then a slash and the reporter's post ("Ho Chi Minh= Kim
Min-ji/ correspondent in Vietnam", "Seoul=Lee Ha-eun / reporter of `Example Weekly`"),
as "호치민=김민지 특파원" writes it in Korean."""

from __future__ import annotations

import re

from dossier.clean.bylines import NAME_WORD, PERSON

# the post after the slash says a reporter: without it, "A= B/ C" is no byline
_EQUALS_BYLINE = re.compile(
    rf"{NAME_WORD}(?:\s{NAME_WORD}){{0,3}}\s?=\s?(?P<name>{PERSON})\s?/\s?"
    r"(?i:(?:staff\s|special\s|senior\s)?(?:reporter|correspondent|writer))\b.{0,60}"
)


def equals_byline(text: str) -> tuple[str, ...] | None:
    """The reporter a byline of that shape names, else None."""
    found = _EQUALS_BYLINE.fullmatch(text.strip())
    return (found["name"],) if found else None
