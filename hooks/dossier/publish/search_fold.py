"""dossier.text.fold for the browser: ``search/fold.js``, and the separator of words.

The module's tables (letters folded by hand, case foldings that are not lower-casing, the
combining marks) are generated from Python's Unicode database at build time, into the template
``search_fold.js``, so the browser folds queries, pages and names exactly as the pipeline does,
whatever Unicode version the Python that builds the site has.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from array import array
from functools import cache
from pathlib import Path

from dossier.text import _HAND_FOLDED

# Whitespace, dashes and punctuation: "Vietnam–Korea", "(Hanoi)", "Seoul’s" split into words.
# The browser splits with the same expression (search/fold.js), without the "u" flag.
SEPARATOR = r"[\s\-‐‑‒–—―,.;:!?()\[\]{}\"“”„‘’'«»/\\…·•]+"
FOLD_MODULE = "search/fold.js"
FOLD_TEMPLATE = Path(__file__).parent / "search_fold.js"


def _ranges(codepoints: list[int]) -> str:
    """A regular-expression character class (``u`` flag) of the given code points."""
    spans: list[list[int]] = []
    for cp in codepoints:
        if spans and spans[-1][1] == cp - 1:
            spans[-1][1] = cp
        else:
            spans.append([cp, cp])
    return (
        "["
        + "".join(
            f"\\u{{{a:x}}}" + (f"-\\u{{{b:x}}}" if b > a else "") for a, b in spans
        )
        + "]"
    )


@cache
def _unicode_blocks(size: int = 4096) -> tuple[str, ...]:
    """Every character but the surrogates, in strings of ``size`` (decoded from UTF-32 in C: a
    million ``chr`` calls take longer than the rest of the tables together)."""
    blocks = []
    for first in range(0, sys.maxunicode + 1, size):
        points = [
            cp
            for cp in range(first, min(first + size, sys.maxunicode + 1))
            if not 0xD800 <= cp <= 0xDFFF
        ]
        blocks.append(
            array("I", points)
            .tobytes()
            .decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")
        )
    return tuple(blocks)


def _folds_as_lower(block: str) -> bool:
    """True when every character of the block case-folds to its lower case, one character to one:
    then the two whole strings are equal and as long as the block (a block that fails is read
    character by character)."""
    folded, lower = block.casefold(), block.lower()
    return len(folded) == len(block) and folded == lower


@cache
def case_folded() -> dict[str, str]:
    """Characters whose case folding is not their lower case (``ß`` → ``ss``)."""
    return {
        ch: ch.casefold()
        for block in _unicode_blocks()
        if not _folds_as_lower(block)
        for ch in block
        if ch.casefold() != ch.lower()
    }


@cache
def fold_module() -> str:
    """``search/fold.js``: the JavaScript module with the folding tables of :mod:`dossier.text`."""
    combining = [
        ord(ch)
        for block in _unicode_blocks()
        for ch in block
        if unicodedata.combining(ch)
    ]
    hand_folded = {chr(key): value for key, value in _HAND_FOLDED.items()}
    tables = {
        "/*@HAND_FOLDED@*/ {}": json.dumps(hand_folded, ensure_ascii=False),
        "/*@CASE_FOLDED@*/ {}": json.dumps(case_folded(), ensure_ascii=True),
        '/*@COMBINING@*/ "[]"': json.dumps(_ranges(combining)),
        '/*@SEPARATOR@*/ ""': json.dumps(SEPARATOR, ensure_ascii=False),
    }
    source = FOLD_TEMPLATE.read_text(encoding="utf-8")
    for placeholder, value in tables.items():
        if placeholder not in source:
            raise ValueError(f"{FOLD_TEMPLATE}: placeholder {placeholder} is missing")
        source = source.replace(placeholder, value)
    return source
