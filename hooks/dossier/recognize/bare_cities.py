"""A city whose name ends in ``City`` written without it, where the words read as a place.

``Ho Chi Minh City`` is written ``Ho Chi Minh`` or ``HoChiMinh`` too, the man's name the city
bears. The words name the city where a place stands: after ``in``, ``at`` or ``from`` ("an
office in Ho Chi Minh", "the consulate in HoChiMinh"), or after a registered city and ``and``
or ``or`` ("in Hanoi and Ho Chi Minh"). Elsewhere they may be the man ("a tribute to Ho Chi
Minh"), and a name going on ("Ho Chi Minh Mausoleum", "Ho Chi Minh's thought") is his.
"in" and "from" go with the man in many phrases too ("faith in Ho Chi Minh", "a letter from
Ho Chi Minh", "a course in Ho Chi Minh ideology"): the words are the city only where the word
before the ``in`` is none of his (:data:`_HIS_BEFORE`) and what follows them ends the place:
a stop, a comma (not "…, whose"), a bracket, a word of time or place ("on Monday", "last
year", "cities": "in Hanoi and Ho Chi Minh cities"), or ``and``/``or``/``to`` with a capital
word ("… and Hanoi", "… to Busan"). Anywhere, the words are the city when its word ``City``
follows their initials in brackets ("Ho Chi Minh (HCM) City").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from dossier.text import glue_keys, without_possessive

if TYPE_CHECKING:
    from dossier.recognize.matcher import Matcher

_CITY = "city"
_AT_PLACE = frozenset(("in", "at", "from"))
_LISTED = frozenset(("and", "or"))
_MOST_WORDS = 4  # "Ho Chi Minh"
# after the words: a name going on (a capital word, a hyphen: "Ho Chi Minh-era")
_GOES_ON = re.compile(r"[ \t]+[A-ZÀ-ỸĐ]|-\w")
# what may follow a place's name: the end, a stop, a comma not before "who(se)", a
# bracket; a word of time or place; "and", "or", "to" before a capital word
_PLACE_ENDS = re.compile(
    r"\s*(?:$|[.;:!?)(]|,(?!\s*who))"
    r"|[ \t]+(?:(?:on|last|this|next|since|until|earlier|later|yesterday|today"
    r"|where|when|in|at|for|with|over|during|cities)\b"
    r"|(?:and|or|to)[ \t]+[A-ZÀ-ỸĐ])"
)
# the nouns and verbs that take the man after "in", "at" or "from": a belief, a
# message, a lesson ("faith in", "a letter from", "learned from", "a tribute from")
_HIS_WORDS = """faith trust belief believe believed believing confidence pride love
    inspiration inspired strength hope hopes lesson lessons learn learned learnt learning
    learns letter letters message messages words quote quotes quotation quotations gift
    gifts presents teaching teachings advice instruction instructions tribute tributes
    legacy ideals poem poems look looked looking glance glanced gazed smiled aimed"""
_HIS_BEFORE = frozenset(_HIS_WORDS.split())


def bare_city(
    matcher: Matcher,
    text: str,
    spans: tuple[list[str], list[int], list[int]],
    i: int,
    found: list[tuple[str, int, int]],
) -> tuple[str, int, int, int, str] | None:
    """The city named at word ``i`` without its word ``City``, as the matcher's hit (slug,
    start, end, number of words, the city's key); ``found``: the names before it."""
    keys, starts, ends = spans
    if not text[starts[i]].isupper():
        return None
    if hit := _initials_then_city(matcher, text, spans, i):
        return hit
    if i == 0 or not _at_place(matcher, text, spans, i, found):
        return None
    for last, joined in _words(matcher, text, spans, i):
        key = glue_keys(joined, _CITY)
        slug = matcher.joined.get(key)
        if slug in matcher.cities and not matcher.known(joined):
            word = text[starts[last] : ends[last]]
            if (
                without_possessive(word) != word
                or _GOES_ON.match(text, ends[last])
                or not _PLACE_ENDS.match(text, ends[last])
            ):
                return None
            return slug, starts[i], ends[last], last - i + 1, key
    return None


def _words(
    matcher: Matcher,
    text: str,
    spans: tuple[list[str], list[int], list[int]],
    i: int,
) -> Iterator[tuple[int, str]]:
    """Each word from word ``i`` on, with the key of the words so far, while they stand
    apart by spaces and still open some name (up to :data:`_MOST_WORDS`)."""
    keys, starts, ends = spans
    joined = ""
    for last in range(i, min(i + _MOST_WORDS, len(keys))):
        if last > i and not text[ends[last - 1] : starts[last]].isspace():
            return
        joined = glue_keys(joined, keys[last]) if joined else keys[last]
        if joined not in matcher.starts:
            return
        yield last, joined


# the words' initials in brackets, then the word "City": "Ho Chi Minh (HCM) City"
_INITIALS_CITY = re.compile(r"[ \t]*\((?P<initials>[A-Z]{2,6})\)[ \t]+City\b")


def _initials_then_city(
    matcher: Matcher,
    text: str,
    spans: tuple[list[str], list[int], list[int]],
    i: int,
) -> tuple[str, int, int, int, str] | None:
    """The city named at word ``i`` with its initials in brackets before its word
    ``City`` ("Ho Chi Minh (HCM) City", "… (HCMC) City"), as bare_city's hit."""
    keys, starts, ends = spans
    for last, joined in _words(matcher, text, spans, i):
        written = _INITIALS_CITY.match(text, ends[last])
        if written is None:
            continue
        stop = written.end() - len(_CITY)
        key = glue_keys(joined, _CITY)
        slug = matcher.joined.get(key)
        letters = "".join(text[starts[w]] for w in range(i, last + 1)).upper()
        if slug in matcher.cities and written["initials"] in (letters, letters + "C"):
            # the link ends before the brackets, whose initials are the city's short
            # form (no new name); the words up to "City" are passed over
            after = (w for w in range(last + 1, len(keys)) if starts[w] >= stop)
            if (city := next(after, None)) is not None:
                return slug, starts[i], ends[last], city - i + 1, key
        return None
    return None


def _at_place(
    matcher: Matcher,
    text: str,
    spans: tuple[list[str], list[int], list[int]],
    i: int,
    found: list[tuple[str, int, int]],
) -> bool:
    """Word ``i`` stands where a place does: after ``in``/``at``/``from``, or after a
    registered city and ``and``/``or``."""
    keys, starts, ends = spans
    if not text[ends[i - 1] : starts[i]].isspace():
        return False
    if keys[i - 1] in _AT_PLACE:  # "faith in Ho Chi Minh": the man
        return i < 2 or keys[i - 2] not in _HIS_BEFORE
    if keys[i - 1] not in _LISTED or i < 2 or not found:
        return False
    slug, _, end = found[-1]
    return (
        slug in matcher.cities
        and end == ends[i - 2]
        and text[end : starts[i - 1]].isspace()
    )
