"""A Korean body named by the place or the body it belongs to, in the word before it:
"하노이 신학교" (Hanoi's seminary), "동로이 중학교", "코이카 베트남사무소" (KOICA's office
in Vietnam), "롯데호텔 서울본관". The body's own word is common nouns alone ("신학교",
"중학교", or the country's name and common nouns: "베트남사무소"), no name without the
word before it; or a body's head after common nouns that the model reads as one proper
noun in its sentence ("과학기술대학교"), which only a place before it opens ("다낭
과학기술대학교")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dossier.places import is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_bodies import BODY_HEADS
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


def _common_own(word: str) -> bool:
    """A body's head after common nouns alone, read apart from the sentence it is in:
    "과학기술대학교" (science, technology, university), which the model may read whole as
    one proper noun; not "롯데호텔" (a group's name, then its kind)."""
    head = max(
        (h for h in BODY_HEADS if word.endswith(h) and len(word) > len(h)),
        key=len,
        default="",
    )
    own = word[: -len(head)]
    return bool(head) and is_generic_noun(own, 0, len(own))


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
        # (common nouns read alone, not in the sentence: only a place may open them, not
        # a word the model reads as a name, "… 탄 훙 비엣젯항공 부회장")
        generic = _generic(text, start, end)
        if not (generic or _common_own(text[start:end])) or before in HANGUL_COUNTRIES:
            continue
        placed = is_listed_place(name_key(before)) or is_place_with_kind(before)
        if placed or (
            generic
            and (
                bodies.get(stop) == at
                or (
                    (at, stop) not in people
                    and not person_shaped(before)
                    and is_proper_noun(text, at, stop)
                )
            )
        ):
            yield text[at:end], "organizations", at, end
