"""A Korean body named by the place or the body it belongs to, in the word before it:
"하노이 신학교" (Hanoi's seminary), "동로이 중학교", "코이카 베트남사무소" (KOICA's office
in Vietnam), "롯데호텔 서울본관". The body's own word is common nouns alone ("신학교",
"중학교", or the country's name and common nouns: "베트남사무소"), no name without the
word before it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import (
    COUNTRY_WORDS,
    HANGUL_COUNTRIES,
    Named,
    person_shaped,
)
from dossier.recognize.candidates.morphemes import is_generic_noun, is_proper_noun
from dossier.text import name_key

# the last syllable of a ministry's, an agency's or an office's name: "국방부",
# "방위사업청", "국무조정실처" (the state's own, named in one word)
_STATE_ENDS = ("부", "청", "처")
# parts of a body that end as a ministry does: a faculty, a headquarters, a branch
_PARTS_ENDS = ("학부", "본부", "지부")


def _state_body(word: str) -> bool:
    return word.endswith(_STATE_ENDS) and not word.endswith(_PARTS_ENDS)


def _generic(text: str, start: int, end: int) -> bool:
    """Common nouns alone, maybe after a country's name: "신학교", "베트남사무소"."""
    word = text[start:end]
    country = next((c for c in COUNTRY_WORDS if word.startswith(c)), "")
    if country and len(word) > len(country):
        start += len(country)
    return is_generic_noun(text, start, end)


def named_bodies(
    text: str, words: list[tuple[str, int, int]], found: Iterable[Named]
) -> Iterator[Named]:
    """(name, "organizations", start, end) of each body above: the word before it, a space
    apart, a place listed (not a country: "베트남 명문대" is any good university there) or
    a proper noun (not a person's name: "김선호 국방부" is the ministry's officer), or a
    body already found ("코트라 하노이무역관")."""
    found = list(found)
    bodies = {b: a for _, kind, a, b in found if kind == "organizations"}
    people = {(a, b) for _, kind, a, b in found if kind == "leaders"}
    index = {start: i for i, (_, start, _) in enumerate(words)}
    for _, kind, start, end in found:
        i = index.get(start)
        if kind != "organizations" or not i or text[start - 1 : start] != " ":
            continue
        before, at, stop = words[i - 1]
        if stop != start - 1 or " " in text[start:end] or _state_body(text[start:end]):
            continue  # "국방부": a ministry is named in its own word
        if not _generic(text, start, end) or before in HANGUL_COUNTRIES:
            continue
        if (
            bodies.get(stop) == at
            or is_listed_place(name_key(before))
            or (
                (at, stop) not in people
                and not person_shaped(before)
                and is_proper_noun(text, at, stop)
            )
        ):
            yield text[at:end], "organizations", at, end
