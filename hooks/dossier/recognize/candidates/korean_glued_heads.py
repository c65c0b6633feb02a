"""Korean bodies written with their head's title glued on: "농촌진흥청장" is the head of
"농촌진흥청", "서울대병원장" of "서울대병원", "수협중앙회장" of "수협중앙회". The body is the
word without the title's "장" (head), when what is left names a body by its own head noun.
A port goes by the place before "항" ("인천항", "하이퐁항"): a place ships call at, as an
airport is one planes fly to."""

from __future__ import annotations

from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_bodies import BODY_HEADS, is_body
from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, stem
from dossier.recognize.candidates.lexicon import name_key

_HEAD = "장"  # the head of: 청장, 원장, 관장, 소장, 단장
# (not 처: a school's office, "국제처")
_GLUED_KINDS = ("청", "원", "관", "소", "단", "은행", "회")
# a bank a city names is its own ("부산은행장": the head of 부산은행), not an office of
# someone the text names before
_NAMED_BY_PLACE = ("은행",)
MIN_BODY = 3  # syllables: "구청장" (a ward's head) names no body of its own
PORT = "항"
MIN_PLACE = 2  # syllables of the place before 항
MIN_OWN = 2  # syllables of a body's own words before its head noun


# what a body's own words say when they name no owner: "현지사무소" (a local office),
# "총영사관" (a consulate general), "교육청" (any province's education office)
_GENERIC_OWNERS = frozenset(
    ("현지", "총", "교육", "지역", "해외", "현장", "대표", "연락", "지사", "중앙")
)


def _owned(body: str) -> bool:
    """The body's words before its head noun name whose it is ("농촌진흥청", "서울대병원";
    not "현지사무소", "베트남사무소", "호찌민사무소": a country's or a city's office of
    someone the text names before)."""
    head = max((h for h in (*BODY_HEADS, *_GLUED_KINDS) if body.endswith(h)), key=len)
    own = body[: -len(head)]
    return (
        len(own) >= MIN_OWN
        and own not in _GENERIC_OWNERS
        and own not in HANGUL_COUNTRIES
        and (head in _NAMED_BY_PLACE or not is_listed_place(name_key(own)))
    )


def glued_bodies(
    words: list[tuple[str, int, int]],
) -> Iterator[tuple[str, str, int, int]]:
    """(name, type, start, end) of each body named with its head's title glued on
    ("organizations"), and of each port named by its place ("cities")."""
    for word, start, _ in words:
        name = stem(word)
        body = name.removesuffix(_HEAD)
        if (
            body != name
            and len(body) >= MIN_BODY
            and body.endswith(_GLUED_KINDS)
            and is_body(body)
            and _owned(body)
        ):
            yield body, "organizations", start, start + len(body)
            continue
        place = name.removesuffix(PORT)
        if (
            place != name
            and len(place) >= MIN_PLACE
            and place not in HANGUL_COUNTRIES
            and is_listed_place(name_key(place))
        ):
            yield name, "cities", start, start + len(name)
