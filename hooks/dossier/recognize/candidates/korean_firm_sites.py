"""A firm's local unit, named by the firm and the country or place of the unit: its local
company ("효성 베트남법인"), its site ("삼성전기 베트남사업장", "삼성디스플레이
탕정사업장"), its campus ("LG전자 베트남 하이퐁 캠퍼스", and alone "하이퐁 캠퍼스"). The unit alone ("베트남법인": any firm's company there) is no name of
its own: the longer name ending there is whole. A site's label is no place ("모범사업장",
"안전사업장": a model, a safe site), a place no firm ("호찌민 베트남법인")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_localities import names_a_place
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    Named,
    person_shaped,
    stem,
    words_of,
)
from dossier.recognize.candidates.morphemes import reads_as_proper

_ORGANIZATIONS = "organizations"
_COMPANY, _SITE = "법인", "사업장"  # a local company, a site (a plant and its offices)
_CAMPUS = "캠퍼스"
_HEADS = (_COMPANY, _SITE, _CAMPUS)
# what a site is, not where: "국내사업장", "해외법인", "현지법인", "신규사업장"
_NO_PLACE = frozenset(
    words_of(
        "국내 해외 국외 현지 전국 지방 주요 기존 신규 전체 각 본사 합작 외국 자회사 "
        "우수 모범 안전 인증 녹색 클린 친환경 스마트 무재해 최우수 사업장"
    )
)
MIN_OWN = 2  # syllables of the place before the head: "베트남법인", "탕정사업장"


def firm_sites(
    text: str, words: list[tuple[str, int, int]], found: Iterable[Named]
) -> Iterator[Named]:
    """(name, "organizations", start, end) of the local units of the firms ``found`` (or
    of a firm the model knows by name: "효성"), and of a campus by its place."""
    if not any(h in text for h in _HEADS):
        return
    ends: dict[int, int] = {}  # where the longest body ending there opens
    for _, kind, a, b in found:
        if kind == _ORGANIZATIONS:
            ends[b] = min(a, ends.get(b, a))
    for i, (word, start, _) in enumerate(words):
        if not any(h in word for h in _HEADS):
            continue  # (a substring test before any word's particle is read)
        unit = stem(word)
        if unit == _CAMPUS:
            yield from _campus(text, words, i, ends)
            continue
        head = next((h for h in (_COMPANY, _SITE) if unit.endswith(h)), "")
        own = unit[: -len(head)] if head else ""
        if len(own) < MIN_OWN or not _placed(own, head) or i == 0:
            continue
        if text[start - 1 : start] != " ":
            continue
        opens = ends.get(start - 1)
        before = words[i - 1]
        if opens is None and before[2] == start - 1 and _firm_word(before[0]):
            opens = before[1]  # "효성 베트남법인": a firm the model knows by name
        if opens is not None:
            end = start + len(unit)
            yield text[opens:end], _ORGANIZATIONS, opens, end


def _placed(own: str, head: str) -> bool:
    """A company by its country or place ("베트남법인"); a site by those or by its own
    town's name ("탕정사업장"), not by what it is ("국내사업장", "현지법인")."""
    if own in _NO_PLACE:
        return False
    if own in HANGUL_COUNTRIES or names_a_place(own):
        return True
    return head == _SITE and stem(own) == own


def _firm_word(word: str) -> bool:
    """A word the model reads as one proper noun and not a person's name nor a place's:
    "효성", not "호찌민"."""
    return (
        stem(word) == word
        and reads_as_proper(word)
        and not person_shaped(word)
        and not names_a_place(word)
        and not is_listed_place((word,))
    )


def _campus(
    text: str, words: list[tuple[str, int, int]], i: int, ends: dict[int, int]
) -> Iterator[Named]:
    """ "하이퐁 캠퍼스": a campus by its place, a space before; and with the firm and its
    country before that ("LG전자 베트남 하이퐁 캠퍼스")."""
    if i == 0:
        return
    place, start, end = words[i - 1]
    if end != words[i][1] - 1 or stem(place) != place or not names_a_place(place):
        return
    stop = words[i][1] + len(_CAMPUS)
    opens = start
    country = words[i - 2] if i >= 2 else None
    if country and country[0] in HANGUL_COUNTRIES and country[2] == start - 1:
        opens = country[1]
    firm = ends.get(opens - 1)
    if firm is not None and text[opens - 1] == " ":
        yield text[firm:stop], _ORGANIZATIONS, firm, stop
    if opens == start:
        yield text[start:stop], _ORGANIZATIONS, start, stop
