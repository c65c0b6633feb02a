"""A place listed with places, by its bare name: "인천, 부산(김해), 대구, 무안 등" (the
airports' cities), "제주·무안·청주·양양을", "꽝남, 후에, 끼엔장 등", and pairs of twinned
cities ("하이퐁-인천, 후에-창원"). The name is often a word of the language as well ("무안":
shame, "후에": after), which no rule reads as a place alone; in a list of bare words
joined by commas, middle dots or hyphens, two others of which are places, it is one. Not a
country or a part of the world ("한국·베트남", "아시아·유럽"), a title, a common noun the
model knows ("서울·부산·온라인", "서울, 부산, 해외 거주자", "… 기타 지역"; it reads
"동찌에우" as a noun it has never seen), nor a word another reader found a name in. A
member with 지역 (area) written on is the place alone ("하이퐁, 하남지역과": 하남), and is
proposed though the list of places has it, for no other reader finds it so glued."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dossier.places import is_country, is_listed_place
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    Named,
    is_title,
    stem,
    world_region,
)
from dossier.recognize.candidates.morphemes import COMMON, UNKNOWN_WORD, read_alone
from dossier.recognize.candidates.sounded_words import sounds_foreign
from dossier.recognize.candidates.span_index import SpanIndex
from dossier.recognize.candidates.transliterated import is_transliterated
from dossier.text import name_key

# a member: a bare word, maybe with a second name in brackets ("부산(김해)") or 지역 (area)
# and a particle written on ("꽝응아이지역에서"); the joins: a comma and a space, a middle
# dot, a hyphen
_MEMBER = r"[\uac00-\ud7a3]{2,5}(?:\([\uac00-\ud7a3]{1,6}\)|지역[\uac00-\ud7a3]{0,3})?"
_LIST = re.compile(rf"(?<![\w\-·]){_MEMBER}(?:(?:, |·|-){_MEMBER})+(?![\w\-·(])")
_WORD = re.compile(r"[\uac00-\ud7a3]+")
MIN_PLACES = 2  # other members that are places


def listed_places(text: str, found: Iterable[Named]) -> Iterator[Named]:
    """(name, "cities", start, end) of each bare word listed with two places or more;
    ``found`` are the names the other readers found in ``text``."""
    if "·" not in text and ", " not in text and "-" not in text:
        return
    found = list(found)
    places = {(a, b) for _, kind, a, b in found if kind == "cities"}
    whole = {(a, b) for _, _, a, b in found}
    taken = SpanIndex(sorted((a, b) for _, _, a, b in found))
    for run in _LIST.finditer(text):
        words = [
            m
            for m in _WORD.finditer(text, run.start(), run.end())
            if not _bracketed(text, m.start())
        ]
        # the words before the last are bare: "예정으로, 인천-껀터" lists no "예정"; a name
        # found whole is ("외암마을": a village, not 외암마 and a particle)
        named = [m.span() in whole for m in words]
        if any(
            _particled(m.group()) and not named[k] for k, m in enumerate(words[:-1])
        ):
            continue
        members = [
            m.span() if n else (m.start(), m.start() + len(stem(m.group())))
            for m, n in zip(words, named, strict=True)
        ]
        # "하남지역과", "빈증지역": the place with 지역 (area) written on, no other reader's
        regional = {(a, b - len(_AREA)) for a, b in members if _area_on(text[a:b])}
        members = [
            (a, b - len(_AREA)) if _area_on(text[a:b]) else (a, b) for a, b in members
        ]
        listed = [
            (a, b)
            for a, b in members
            if (a, b) in places or is_listed_place(name_key(text[a:b]))
        ]
        if len(listed) < MIN_PLACES:
            continue
        on_list = set(listed)  # (a long list: each member looked up at once)
        for start, end in members:
            name = text[start:end]
            if (start, end) in on_list and (start, end) not in regional:
                continue
            if (start, end) in regional and not _place_like(name):
                continue  # "수도권지역", "아세안지역": the capital's area, a body's
            if taken.over(start, end):
                continue
            if name in HANGUL_COUNTRIES or is_country(name) or world_region(name):
                continue
            if is_title(name) or len(name) < MIN_PLACES or _common_word(name):
                continue
            yield name, "cities", start, end


_AREA = "지역"
# syllables of the place before 지역: "하남지역"; not "전지역", "각지역"
MIN_AREA_NAME = 2


def _area_on(word: str) -> bool:
    """``word`` is a place's name with 지역 (area) written on: "하남지역"."""
    return word.endswith(_AREA) and len(word) - len(_AREA) >= MIN_AREA_NAME


def _place_like(word: str) -> bool:
    """``word``, written with 지역 on, is a place's name: listed, or spelt by sound
    ("꽝응아이", "연짝"); not "수도권" (the capital's belt) nor "아세안" (a body)."""
    return (
        is_listed_place(name_key(word))
        or is_transliterated(word)
        or sounds_foreign(word)
    )


def _common_word(word: str) -> bool:
    """``word`` read alone is one common noun the model knows ("온라인", "해외", "기타");
    not one it has never seen ("호지민", "동찌에우") nor a word it reads as pieces
    ("후에": after, "껌파")."""
    tokens, score = read_alone(word)
    return len(tokens) == 1 and tokens[0].tag == COMMON and score >= UNKNOWN_WORD


def _particled(word: str) -> bool:
    """A particle on ``word`` ("예정으로"), not a place's end that reads as one ("제주도")."""
    return stem(word) != word and not is_listed_place(name_key(word))


def _bracketed(text: str, start: int) -> bool:
    """The word at ``start`` is a second name in brackets ("김해" of "부산(김해)")."""
    return start > 0 and text[start - 1] == "("
