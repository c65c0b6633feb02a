"""Places named by the word for their kind, a space after a name of their own: a square
("광화문 광장"), a new town ("스타레이크 신도시"), a district being built ("투티엠 지구"), an
airport ("롱탄 신공항"); the government's offices in a city ("정부서울청사"); a river's
delta ("메콩강 삼각주"). The words of the kind are common nouns ("지구" is also the Earth,
"광장" any square), so the name before them counts only when the model of Korean reads it
in its sentence as a proper noun, or it is spelt by sound, and is no place of the list
(the squares of "서울" are many) nor a country's.

An industrial park or an airport is named without the province or the city it lies in:
"타이응우옌성 옌빙 공단" is "옌빙 공단", "호치민 탄소낫 공항" "탄소낫 공항" (not "양양
국제공항", whose own word is common: the county's airport)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_country, is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    WORD,
    Named,
    is_title,
    stem,
    words_of,
    world_region,
)
from dossier.recognize.candidates.morphemes import is_proper_noun
from dossier.recognize.candidates.sounded_words import sounds_foreign
from dossier.text import name_key

# the kinds a name of its own stands before, a space apart
_KINDS = frozenset(words_of("광장 신도시 지구 신공항"))
# an industrial park's or an airport's last word
_SITE_HEADS = ("공단", "산업단지", "공업단지", "공항")
# a site's own words that name none: "국제공항" (international), "신공항" (new)
_COMMON_OWN = frozenset(words_of("국제 신 제1 제2 일반 첨단 국가 지방 산업 공업"))
# "정부서울청사", "정부세종청사": the government complexes, in the four cities that have
# one
_GOVERNMENT_OFFICES = re.compile(r"(?<![가-힣])정부(?:서울|세종|과천|대전)청사")
_DELTA = " 삼각주"  # "메콩강 삼각주": the river's delta
_RIVER = "강"
MIN_SYLLABLES = 2  # "롱탄"; one syllable spells no place
# a district's, a province's or a city's name with the word for its kind: "하노이
# 떠이호구 신도시" is a new town in the district, unnamed
_PLACE_KIND = re.compile(r"[가-힣]{2,}[구군시성현도]")


def kind_places(text: str) -> Iterator[Named]:
    """(name, "cities", start, end) of each place ``text`` names by its kind."""
    words = list(WORD.finditer(text))
    for before, kind in zip(words, words[1:], strict=False):
        if stem(kind.group()) not in _KINDS or text[before.end() : kind.start()] != " ":
            continue
        own = before.group()
        if _own_name(text, own, before.start()):
            end = kind.start() + len(stem(kind.group()))
            yield text[before.start() : end], "cities", before.start(), end
    if "청사" in text:
        for match in _GOVERNMENT_OFFICES.finditer(text):
            yield match.group(), "cities", match.start(), match.end()


def _own_name(text: str, word: str, start: int) -> bool:
    """``word`` (at ``start``) is a name of its own: no particle on it, read as one
    proper noun in its sentence or spelt by sound; no place of the list, country, part
    of the world or title."""
    if len(word) < MIN_SYLLABLES or stem(word) != word:
        return False
    if word in HANGUL_COUNTRIES or is_country(word) or world_region(word):
        return False
    if is_listed_place(name_key(word)) or is_title(word) or _PLACE_KIND.fullmatch(word):
        return False
    return is_proper_noun(text, start, start + len(word)) or sounds_foreign(word)


def without_place_before(text: str, name: Named) -> Named:
    """``name`` without the province or city it opens with when it is an industrial
    park's or an airport's whose own word follows ("닌빈성 쟌커우공단" → "쟌커우공단")."""
    whole, kind, start, end = name
    first, _, rest = whole.partition(" ")
    if kind != "cities" or not rest or not rest.endswith(_SITE_HEADS):
        return name
    if not (
        is_listed_place(name_key(first))
        or is_place_with_kind(first)
        or first in HANGUL_COUNTRIES
    ):
        return name
    own = rest.split()[0]
    head = next((h for h in _SITE_HEADS if own.endswith(h)), "")
    own = own.removesuffix(head) if own != head else ""
    if len(own) < MIN_SYLLABLES or own in _COMMON_OWN:
        return name
    return rest, kind, end - len(rest), end


def with_delta(text: str, name: Named) -> Named:
    """A river's name with its delta after it: "메콩강 삼각주"."""
    whole, kind, start, end = name
    if kind == "cities" and whole.endswith(_RIVER) and text.startswith(_DELTA, end):
        end += len(_DELTA)
        return text[start:end], kind, start, end
    return name
