"""A Vietnamese body's whole name where the text defines it by a short form in brackets.

"Ủy ban Liên hợp công đoàn các công ty Hàn Quốc (UCC)", "Hiệp hội Giao lưu kinh tế và văn
hóa Hàn Quốc - Việt Nam (KOVECA)", "Ủy ban nhà nước về người Việt Nam ở nước ngoài
(UBNN)": the syllables after a body's head stop at a function word ("các", "về", "và",
"ở", "vì"), which may as well go on a sentence; where the short form follows the words
after it, the writer has marked where the name ends, and the name runs to the bracket.
Only syllables, their function words and a dash between two capitals may stand between:
no verb, no comma, no second head noun (the bracket is then another body's: "Sở Ngoại vụ
phối hợp Hiệp hội … (KBA)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dossier.recognize.candidates.vietnamese_heads import HEAD, NOUN_AFTER

# the words between the name read so far and its short form: syllables, and a dash
# between two of them ("Hàn Quốc - Việt Nam"); then the short form in capitals
_TO_SHORT_FORM = re.compile(
    r"((?:(?:[ \t]+|[ \t]*[-–][ \t]*(?=[A-ZÀ-ỸĐ]))[^\W\d_][\w’'-]*){1,10})"
    r"[ \t]*\([A-ZĐ][A-ZĐ&-]+\)"  # at most ten syllables more
)
# function words a name holds before its short form: of many ("các"), about ("về"), and
# ("và"), in ("ở", "tại"), for ("vì"), of ("của")
_INSIDE = frozenset(["các", "những", "về", "và", "ở", "tại", "vì", "của"])


def to_short_forms(
    text: str, found: Iterable[tuple[str, str, int, int]], stops: frozenset[str]
) -> list[tuple[str, str, int, int]]:
    """``found`` with each body's name run on to the short form in brackets after it,
    where only its own words stand between (``stops``: the words that end a name), less
    the names inside one so run on ("Liên minh Nghị viện …" of "Tổ chức Liên minh …")."""
    names = list(found)
    defined = [_defined(text, name, stops) for name in names]
    grown = [
        (a, b) for (_, _, a, b), old in zip(defined, names, strict=True) if b > old[3]
    ]
    return [
        name
        for name in defined
        if not any(
            a <= name[2] and name[3] <= b and (a, b) != name[2:] for a, b in grown
        )
    ]


def _defined(
    text: str, name: tuple[str, str, int, int], stops: frozenset[str]
) -> tuple[str, str, int, int]:
    _, kind, start, end = name
    if kind != "organizations" or text[end : end + 1] not in (" ", "\t"):
        return name
    match = _TO_SHORT_FORM.match(text, end)
    if match is None:
        return name
    words = match.group(1).replace("–", " ").replace("-", " ").split()
    if HEAD.search(match.group(1)) or any(
        w in stops and w not in _INSIDE and NOUN_AFTER.get(w) != before.casefold()
        for before, w in zip(
            [*text[max(0, end - 40) : end].split()[-1:], *words], words, strict=False
        )
    ):
        return name  # (not a noun's second syllable: "phát triển", development)
    stop = match.end(1)
    return " ".join(text[start:stop].split()), kind, start, stop
