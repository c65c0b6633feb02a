"""The words a regular expression cannot match a whole line without: a line holding none
of them is let go without running the expression (most clutter rules name a phrase, "이
기사를 공유합니다", "all rights reserved", and most lines hold none of those phrases).

A pattern's words are read from its parse: a run of literal characters is a word; a
sequence needs any one of its parts' needs (the most telling is kept), alternatives need
one of their own, a class of a few characters one of them, a repeat its item's only when
it repeats at least once. Anything else (a wider class, a look-around, a back-reference)
says nothing, so the answer only ever errs towards running the expression.

Words and lines are compared folded as ``re.IGNORECASE`` compares characters (each
character lowered by the engine's own table, then to one of the characters it treats as
the same, "ſ" and "s", "K" and "k"): a case-blind rule's words are found whatever the
line's case."""

from __future__ import annotations

import re
from dataclasses import dataclass

try:  # the parser and case tables re compiles with (private, but there since Python 3.11)
    import _sre
    from re import _casefix, _parser
    from re._constants import (
        ATOMIC_GROUP,
        BRANCH,
        IN,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        POSSESSIVE_REPEAT,
        SUBPATTERN,
    )
except ImportError:  # pragma: no cover - another Python's re: no words, every rule run
    _parser = None

Needs = frozenset[str] | None  # None: the pattern says of no word that a line needs it

_REPEATS = () if _parser is None else (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT)


def _extra_cases() -> dict[int, tuple[int, ...]]:
    """The characters re treats as one under IGNORECASE beyond lowering ("ſ" and "s"),
    each class closed (every member lists every other): else no folding is trusted."""
    extra = _casefix._EXTRA_CASES
    for code, others in extra.items():
        group = {code, *others}
        if any({other, *extra.get(other, ())} != group for other in others):
            raise ImportError("re's case table is not closed")
    return extra


class _Folding(dict):
    """A str.translate table folding each character as re compares it case-blind: lowered
    by re's own table (not str.lower, which writes "İ" as two characters), then to the
    least of the characters re treats as the same; filled in as characters are met."""

    def __init__(self, extra: dict[int, tuple[int, ...]]) -> None:
        super().__init__()
        self.extra = extra

    def __missing__(self, code: int) -> int:
        low = _sre.unicode_tolower(code)
        self[code] = min((low, *self.extra.get(low, ())))
        return self[code]


try:
    _FOLD: _Folding | None = None if _parser is None else _Folding(_extra_cases())
except ImportError:  # pragma: no cover - a case table the folding cannot trust
    _FOLD = None


def folded(text: str) -> str:
    """``text`` with each character folded as re compares it case-blind (same length)."""
    return text.translate(_FOLD) if _FOLD is not None else text


def needed_words(pattern: re.Pattern[str]) -> Needs:
    """Words one of which any string ``pattern`` matches whole holds (folded), or None."""
    if _FOLD is None:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - any parser change: no words, the rule always run
        return None
    return _sequence(list(parsed))


def _better(one: Needs, other: Needs) -> Needs:
    """The more telling of two needs: the longer shortest word, then fewer words."""
    if one is None or other is None:
        return one if other is None else other

    def rank(words: frozenset[str]) -> tuple[int, int]:
        return min(map(len, words)), -len(words)

    return one if rank(one) >= rank(other) else other


def _sequence(items: list) -> Needs:
    """What a sequence needs: the best of its literal runs' and its parts' needs."""
    best: Needs = None
    run: list[str] = []
    for op, value in items:
        if op is LITERAL:
            run.append(chr(value))
            continue
        if run:
            best = _better(best, frozenset({folded("".join(run))}))
            run = []
        best = _better(best, _item(op, value))
    if run:
        best = _better(best, frozenset({folded("".join(run))}))
    return best


def _item(op, value) -> Needs:  # noqa: ANN001 - the parser's own opcodes and values
    if op is SUBPATTERN:
        return _sequence(list(value[-1]))
    if op is ATOMIC_GROUP:
        return _sequence(list(value))
    if op is BRANCH:
        found = [_sequence(list(alternative)) for alternative in value[1]]
        if any(needs is None for needs in found):
            return None
        return frozenset().union(*found)
    if op in _REPEATS:
        low, _high, item = value
        return _sequence(list(item)) if low >= 1 else None
    if op is IN and all(kind is LITERAL for kind, _ in value):
        return frozenset(folded(chr(code)) for _, code in value)  # "[©ⓒ]"
    return None  # a wider class, a look-around, a back-reference: no word


# a rule as ClutterRules lists it: its name, the expression, the fewest and the most
# characters it matches whole (pattern_widths)
Rule = tuple[str, re.Pattern[str], int, int]


@dataclass(frozen=True)
class Screen:
    """Which of a list of rules a line may match whole, by the words each needs."""

    owners: tuple[tuple[str, tuple[int, ...]], ...]  # a word, the rules that need it
    always: frozenset[int]  # the rules that need no word: run on every line

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> Screen:
        owners: dict[str, list[int]] = {}
        always = set()
        for index, (_name, pattern, _low, _high) in enumerate(rules):
            words = needed_words(pattern)
            if words is None:
                always.add(index)
            for word in sorted(words or ()):
                owners.setdefault(word, []).append(index)
        return cls(tuple((w, tuple(i)) for w, i in owners.items()), frozenset(always))

    def first_match(self, rules: tuple[Rule, ...], text: str) -> str | None:
        """The name of the first rule matching the whole text, as trying every rule in
        turn would find it: only those whose words the line holds, and that can match a
        line of its length, are run."""
        key, size = folded(text), len(text)
        tried = {i for word, indices in self.owners if word in key for i in indices}
        for index in sorted(tried | self.always):
            name, pattern, low, high = rules[index]
            if low <= size <= high and pattern.fullmatch(text):
                return name
        return None
