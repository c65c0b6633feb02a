"""Registered names inside a longer registered name, mentions after the longer one's.

A person named inside any longer name is named (``To Lam's state visit to South Korea``).
So is a place anywhere in a body's name: ``Hanoi University``, ``Trường Đại học Hà Nội``,
``Ủy ban nhân dân thành phố Hà Nội`` and ``High-Tech Agricultural Center of Busan`` name the
city, as the editors read a place inside a body's name whether or not the body is
registered (tests/fixtures/corpus/README.md: ``Busan Port Authority`` names Busan). A body
named further into a body's name is named too (``Ban Chấp hành Trung ương Đảng Cộng sản Việt
Nam``: the party); one opening it is the longer body's own word. A place the name puts the
body ``in`` only says where it sits (``Vietnamese Consulate General in Busan``, ``… tại
Busan``). A work's title (``Saigon Oppa``, a film) names no place, in a body's name too
(``Saigon Oppa Production Committee``). A body named after the man names no city
(``호찌민 공산청년동맹``). The longer name is what
the article links.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.recognize.hangul_names import NAMESAKES
from dossier.text import joined_key

if TYPE_CHECKING:
    from dossier.recognize.matcher import Matcher

# the word before a place that only says where a body sits ("… in Busan", "… tại Busan")
_WHERE = frozenset(("in", "tai"))


def person_keys(matcher: Matcher) -> list[str]:
    """Joined keys of the persons' names, aliases and variants."""
    return [k for k, slug in matcher.joined.items() if slug in matcher.people]


def people_in(matcher: Matcher, key: str, keys: list[str]) -> frozenset[str]:
    """The persons whose name (of ``keys``, person_keys) a joined key holds, as
    holding_keys reads it."""
    return frozenset(matcher.joined[p] for p in keys if p in key)


def holding_keys(matcher: Matcher) -> frozenset[str]:
    """Joined keys of the names that may hold another registered name: only these are
    searched, so a plain name of several words costs nothing more."""
    people = person_keys(matcher)
    parts = [
        k
        for k, slug in matcher.joined.items()
        if slug in matcher.cities or slug in matcher.bodies
    ]
    return frozenset(
        key
        for key, slug in matcher.joined.items()
        if slug not in matcher.people
        and (
            any(p in key for p in people)
            or (
                slug in matcher.bodies
                and any(p in key and matcher.joined[p] != slug for p in parts)
            )
        )
    )


def _counts(
    matcher: Matcher, holder: str, slug: str | None, before: str, key: str
) -> bool:
    """Whether ``slug``, named by ``key`` inside the name of ``holder`` after the word
    ``before`` (none: it opens the name), is a mention of its own."""
    if not slug or slug == holder:
        return False
    if slug in matcher.people:
        return True
    if holder not in matcher.bodies:
        return False
    if slug in matcher.cities:
        # "호찌민 공산청년동맹": a body named after the man, not his city
        return before not in _WHERE and key not in NAMESAKES
    return bool(before) and slug in matcher.bodies


def _a_title(matcher: Matcher, slug: str) -> bool:
    """A work's title, an event's or an agreement's name: no person, place or body."""
    return not (
        slug in matcher.people or slug in matcher.cities or slug in matcher.bodies
    )


def names_inside(
    matcher: Matcher,
    spans: tuple[list[str], list[int], list[int]],
    first: int,
    length: int,
    holder: str,
    joined,
) -> list[tuple[str, int, int]]:
    """(slug, start, end) of the registered names inside the words ``first … first +
    length`` of the longer name of ``holder`` that count as mentions of their own.
    ``joined(i, size)``: whether the words ``i … i + size`` stand together as one name."""
    keys, starts, ends = spans
    found = []
    i, stop = first, first + length
    while i < stop:
        size = 0
        for size in matcher.candidate_lengths(keys, i):
            if i + size > stop or (i == first and size == length):
                continue
            key = joined_key(tuple(keys[i : i + size]))
            slug = matcher.joined.get(key)
            before = keys[i - 1] if i > first else ""
            if _counts(matcher, holder, slug, before, key) and joined(i, size):
                found.append((slug, starts[i], ends[i + size - 1]))
                break
            if slug and _a_title(matcher, slug) and joined(i, size):
                break  # "Saigon Oppa Production Committee": the title hides its words
        else:
            size = 0
        i += max(size, 1)
    return found
