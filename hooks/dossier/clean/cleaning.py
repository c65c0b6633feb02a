"""Seed text → Article: headline, paragraphs, captions, byline; page clutter dropped and logged.

The rules are general and conservative: a line is dropped only when a rule in
``data/clutter.yml`` or a structural rule (a repeat of the headline, a repeated line) matches
it whole; every dropped line is kept in ``Article.dropped`` with its line number and reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from dossier.model import (
    CAPTION,
    HEADLINE,
    PARAGRAPH,
    SUBHEADING,
    Article,
    DroppedLine,
    Metadata,
    Passage,
)
from dossier.text import fold, slugify

_TERMINAL = tuple('.!?:;,…"”’)')  # a line ending so is not a heading
_SENTENCE_END = tuple('.!?…"”’)')  # a line ending so may be a whole paragraph
_PHOTO_CREDIT = re.compile(
    r"(^|[\s.(])(photos?|photograph|image|credit|ảnh)\s*:\s*\S", re.IGNORECASE
)
_BYLINE = re.compile(r"(?:[Bb]y\s+)?((?:[A-ZÀ-Ỹ][\w'’.-]*\s+){1,3}[A-ZÀ-Ỹ][\w'’.-]*)")
MAX_HEADLINE_WORDS = 30
MAX_SUBHEADING_WORDS = 14


@dataclass(frozen=True)
class Line:
    number: int
    text: str


@dataclass(frozen=True)
class ClutterRules:
    navigation: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]


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
    """Why a whole line is page furniture, or None when it may be story text."""
    stripped = text.strip()
    if fold(stripped.rstrip(":.…» ")) in rules.navigation:
        return "navigation"
    for name, pattern in rules.patterns:
        if pattern.fullmatch(stripped):
            return name
    return None


def blocks_of(text: str) -> list[list[Line]]:
    """Runs of non-blank lines, with 1-based line numbers."""
    blocks: list[list[Line]] = [[]]
    for number, raw in enumerate(text.split("\n"), start=1):
        if raw.strip():
            blocks[-1].append(Line(number, " ".join(raw.split())))
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def is_headline(block: list[Line]) -> bool:
    text = block[0].text
    return (
        len(block) == 1
        and not text.endswith((".", ",", ";", ":"))
        and len(text.split()) <= MAX_HEADLINE_WORDS
    )


def is_subheading(block: list[Line]) -> bool:
    text = block[0].text
    return (
        len(block) == 1
        and not text.endswith(_TERMINAL)
        and len(text.split()) <= MAX_SUBHEADING_WORDS
        and any(ch.isalpha() for ch in text)
    )


def byline_of(block: list[Line], last: bool) -> str | None:
    """The author of a one-line block: ``By Name`` anywhere, a bare name only at the end."""
    if len(block) != 1:
        return None
    text = block[0].text
    if not last and not text.lower().startswith(
        "by "
    ):  # checked first: most blocks stop here, cheaply
        return None
    if any(map(str.isdigit, text)):
        return None
    match = _BYLINE.fullmatch(text)
    return match.group(1) if match else None


def is_caption(block: list[Line], after_image: bool) -> bool:
    return after_image or bool(_PHOTO_CREDIT.search(block[-1].text))


def clean(
    text: str, source: str, metadata: Metadata, rules: ClutterRules | None = None
) -> Article:
    """Split a normalised seed into passages; nothing is lost without a log entry."""
    rules = rules or clutter_rules()
    dropped: list[DroppedLine] = []
    kept_blocks: list[
        tuple[list[Line], bool]
    ] = []  # (lines, follows an image file name)
    headline: str | None = None
    for block in blocks_of(text):
        lines, after_image = [], False
        for line in block:
            reason = (
                None
                if line.number in metadata.keep_lines
                else _reason(line, metadata, rules)
            )
            if reason is None and lines and fold(line.text) == fold(lines[-1].text):
                reason = "repeats the line above"
            if reason is None and headline and fold(line.text) == fold(headline):
                reason = "repeats the headline"
            if reason:
                dropped.append(DroppedLine(line.number, line.text, reason))
                after_image = after_image or reason == "image file name"
                continue
            lines.append(line)
        repeated = len(lines) < len(block) and any(
            d.reason == "repeats the line above" and d.line in {x.number for x in block}
            for d in dropped
        )
        if not lines:
            continue
        if headline is None and not kept_blocks and is_headline(lines):
            headline = lines[0].text
            kept_blocks.append((lines, False))
            continue
        kept_blocks.append((lines, after_image or repeated))

    passages: list[Passage] = []
    byline = None
    counts = {PARAGRAPH: 0, CAPTION: 0, SUBHEADING: 0}
    prefixes = {PARAGRAPH: "p", CAPTION: "c", SUBHEADING: "s"}

    def add(kind: str, body: str, line: int) -> None:
        counts[kind] += 1
        passages.append(Passage(kind, f"{prefixes[kind]}-{counts[kind]}", body, line))

    for index, (lines, after_image) in enumerate(kept_blocks):
        first = lines[0]
        if index == 0 and headline is not None:
            passages.append(Passage(HEADLINE, "title", headline, first.number))
        elif (
            index > 0
            and byline is None
            and (found := byline_of(lines, last=index == len(kept_blocks) - 1))
        ):
            byline = found
        elif is_caption(lines, after_image):
            add(CAPTION, "\n".join(line.text for line in lines), first.number)
        elif is_subheading(lines) and index > 0:
            add(SUBHEADING, first.text, first.number)
        elif len(lines) > 1 and all(
            line.text.endswith(_SENTENCE_END) for line in lines
        ):
            for (
                line
            ) in lines:  # one paragraph per line when each line is a whole paragraph
                add(PARAGRAPH, line.text, line.number)
        else:
            add(PARAGRAPH, " ".join(line.text for line in lines), first.number)

    title = metadata.title or headline or _title_from_text(passages)
    return Article(
        slug=_article_slug(metadata, title),
        source=source,
        title=title,
        passages=tuple(passages),
        byline=byline,
        dropped=tuple(sorted(dropped, key=lambda d: d.line)),
        metadata=metadata,
        line_count=text.count("\n") + 1,
    )


def _reason(line: Line, metadata: Metadata, rules: ClutterRules) -> str | None:
    if line.number in metadata.drop_lines:
        return "dropped by the editor (sidecar drop_lines)"
    return clutter_reason(line.text, rules)


def _title_from_text(passages: list[Passage]) -> str:
    first = next((p.text for p in passages if p.kind == PARAGRAPH), "Untitled article")
    words = first.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def _article_slug(metadata: Metadata, title: str) -> str:
    if metadata.slug:
        return metadata.slug
    words = slugify(title).split("-")
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > 60:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "article"
