"""A spaced dash inside one name: a place the gazetteer spells with one, or a body's two
fields.

Pages type some provinces with a spaced dash between their two towns ("Ba Ria – Vung
Tau", "Bà Rịa – Vũng Tàu"): the two halves are places of their own, but together they
name the province. And a body named for a pair of fields joins them with a dash ("the
College of Economics - Technology", "the Centre for Korea - Japan Studies"): its field
is the pair, not the first of it. Elsewhere a spaced dash parts two names, as it does
between two parties or a person and his body (``runs``).
"""

from __future__ import annotations

from dossier.places import is_listed_place
from dossier.recognize.candidates.hyphenated_heads import kind_key
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.tokens import Word

_PLACE_WORDS = 3  # "Thua Thien", "Ba Ria", "Vung Tau"
_FIELD_WORDS = 2  # "Economics", "India Studies"
# a field's noun that the common words leave out ("… Studies", "… Economics")
_FIELDS = frozenset(
    (
        "studies",
        "economics",
        "sciences",
        "humanities",
        "research",
        "engineering",
        "technologies",
        "management",
        "law",
        "medicine",
        "languages",
        "linguistics",
        "literature",
        "history",
        "business",
    )
)


def dashed_place(current: list[Word], words: list[Word], index: int) -> bool:
    """The last words of the run and the first from ``index`` spell one listed place
    across the dash ("Ba Ria" – "Vung Tau"), when neither side goes on past it."""
    for size in range(1, min(_PLACE_WORDS, len(current)) + 1):
        before = [w.key for w in current[-size:]]
        for after in range(1, _PLACE_WORDS + 1):
            if index + after > len(words):
                break
            if is_listed_place(before + [w.key for w in words[index : index + after]]):
                return True
    return False


def dashed_field(
    current: list[Word], words: list[Word], index: int, lex: Lexicon
) -> bool:
    """A body's field before the dash ("College of Economics") and its second field
    after it ("Technology"), which ends the name: a field's noun last, one or two
    capitalised words, and no place or country alone."""
    of = next(
        (
            i
            for i in range(len(current) - 1, 0, -1)
            if current[i].key in ("of", "for") and not current[i].capitalised
        ),
        None,
    )
    if of is None or not 1 <= len(current) - of - 1 <= _FIELD_WORDS:
        return False
    if kind_key(current[of - 1], lex) not in lex.inside["organizations"]:
        return False
    after = words[index : index + _FIELD_WORDS + 1]
    size = next((n for n, w in enumerate(after) if not w.capitalised), len(after))
    if not 1 <= size <= _FIELD_WORDS:
        return False  # more capitalised words: another name
    if index + size < len(words) and words[index + size].key in lex.connectors:
        return False  # "… - Technology of Hanoi": the dash parts two names
    field = [w.key for w in after[:size]]
    last = field[-1]
    named = " ".join(field) in lex.countries or is_listed_place(field)
    return not named and (last in lex.common or last in _FIELDS)
