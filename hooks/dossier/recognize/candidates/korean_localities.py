"""Places written in Hangul: cities, provinces and counties ("부산에서", "충북도는", "서울
서대문구", "닥락성"), and Vietnamese districts and villages ("탕빈현", Thăng Bình district;
"하미마을", Hà My village). A locality's syllables are often Sino-Korean ones too, so it is
read as a place only when it is spelt by sound ("깟깟마을") or stands right after the
province, city or district it lies in ("꽝남성 탕빈현 하미마을과 퐁니마을")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_subunits import common_noun
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    SHORT_PROVINCE,
    adjacent,
    seated_places,
    stem,
    words_of,
)
from dossier.recognize.candidates.morphemes import is_common_nouns, is_proper_with_kind
from dossier.recognize.candidates.transliterated import (
    PROVINCE,
    is_transliterated,
    vietnamese_provinces,
)
from dossier.text import name_key

# Korea's provinces and metropolitan cities, as articles write them ("경북 영양군")
# ("경기" is also "the economy" or "a match", "세종" the king: written with 도, or not at all)
REGIONS = frozenset(
    words_of("""서울 부산 대구 인천 광주 대전 울산 강원 충북 충남 전북 전남 경북 경남
    제주 경기도 강원도 충청북도 충청남도 전라북도 전라남도 경상북도 경상남도 제주도""")
)
# "서울 서대문구", "경북 영양군": a district or county after its region
_DISTRICT = re.compile(r"^[\uac00-\ud7a3]{1,4}[구군]$")
_CITY = re.compile(r"^([\uac00-\ud7a3]{2,})시(?:청)?$")
# a district (현) or a village (마을) and the two to four syllables of its name
_LOCALITY = re.compile(r"^(?P<own>[\uac00-\ud7a3]{2,4})(?:현|마을)$")
# what a locality lies in: a province, a city, a district by the word for its kind
_WITHIN = re.compile(r"^[\uac00-\ud7a3]{2,}(?:성|시|현)$")


def localities(
    words: list[tuple[str, int, int]], text: str
) -> Iterator[tuple[str, str, int, int]]:
    """(name, "cities", start, end) of each district or village named so; not one of
    common words ("어촌마을", a fishing village) or of a country ("한국마을")."""
    placed: set[int] = set()  # words read as places, which the next may lie in
    for i, (word, start, _) in enumerate(words):
        name = stem(word)
        if _WITHIN.match(name) and (
            is_place_with_kind(name) or is_listed_place(name_key(name[:-1]))
        ):
            placed.add(i)
        found = _LOCALITY.match(name)
        if not found:
            continue
        own = found["own"]
        after_place = i - 1 in placed and adjacent(words, i - 1, i)
        common = own in HANGUL_COUNTRIES or is_common_nouns(
            text, start, start + len(own)
        )
        if is_transliterated(own) or (after_place and not common):
            placed.add(i)
            yield name, "cities", start, start + len(name)


# Korea's districts named for where they lie ("중구", "동구"): of two syllables, as common
# nouns ending in 구 or 군 are ("인구", "연구", "요구", "국군"), and words of three that
# name a kind of district, not one ("선거구", "자치구")
_POINTS = frozenset(words_of("중구 동구 서구 남구 북구"))
_DISTRICT_KINDS = frozenset(words_of("선거구 지역구 자치구 행정구 경제구 관할구"))


def _is_district(name: str) -> bool:
    """A district's or a county's name: "광진구", "서대문구", "떠이호구", "중구"."""
    if name in _POINTS:
        return True
    return (
        bool(_DISTRICT.match(name)) and len(name) >= 3 and name not in _DISTRICT_KINDS
    )


def _is_city(word: str) -> bool:
    """A region or a listed city written with 시 (city): "서울시", "하노이시"."""
    match = _CITY.match(word)
    return bool(match) and (
        match.group(1) in REGIONS or is_listed_place(name_key(match.group(1)))
    )


def _listed_city(before: str, name: str) -> bool:
    """``before`` is a listed city, no country ("하노이", not "베트남군": the army), and
    ``name`` after it no common nouns the model knows ("하노이 연구", "다낭 입구")."""
    return (
        before not in HANGUL_COUNTRIES
        and is_listed_place(name_key(before))
        and not common_noun(name)
    )


def cities(
    words: list[tuple[str, int, int]], text: str
) -> Iterator[tuple[str, str, int, int]]:
    """(name, "cities", start, end) of each Korean or Vietnamese city, province or county
    named by its kind, on the gazetteer, or after its region."""
    seats = seated_places(words) | vietnamese_provinces(words)
    for i, (word, start, _) in enumerate(words):
        match = _CITY.match(stem(word))
        if match and not match.group(0).endswith("도시"):  # "우호도시": the noun
            yield match.group(1), "cities", start, start + len(match.group(1))
        # "제주도", "전북특별자치도": a listed place whose name ends as the particle 도 does
        name = word if is_listed_place(name_key(word)) else stem(word)
        if province := SHORT_PROVINCE.fullmatch(word):  # "충북도는": the province
            name = province["province"]
        before = words[i - 1][0] if i and adjacent(words, i - 1, i) else ""
        if _spaced_place(
            before, name
        ):  # "타인 호아", "응 에안성": a place written apart
            opens = words[i - 1][1]
            yield text[opens : start + len(name)], "cities", opens, start + len(name)
        if before == "베트남" and PROVINCE.match(name):
            yield name, "cities", start, start + len(name)
        elif (
            before in REGIONS or _is_city(before) or _listed_city(before, name)
        ) and _is_district(name):
            # "서울 서대문구", "서울시 광진구", "하노이시 떠이호구", "하노이 떠이호구"
            yield name, "cities", start, start + len(name)
        elif is_listed_place(name_key(name)) and name not in REGIONS:
            yield name, "cities", start, start + len(name)  # "다낭에서는", "평창"
        elif is_place_with_kind(name):
            yield name, "cities", start, start + len(name)  # "닥락성", "예산군"
        elif name in seats:  # "함양군은 …", where "함양군수" or "함양군의회" is named
            yield name, "cities", start, start + len(name)
        elif (
            _is_district(name)
            and name[:-1] not in HANGUL_COUNTRIES  # "베트남군": the army
            and is_proper_with_kind(text, start, start + len(name))
        ):
            yield (
                name,
                "cities",
                start,
                start + len(name),
            )  # "종로구와", by itself: the model asked last
        if province or (name in REGIONS and text[start + len(word) :][:1] != "="):
            yield name, "cities", start, start + len(name)  # "부산=…" is a byline


def _spaced_place(before: str, name: str) -> bool:
    """Two words that are one listed place written apart, neither a place alone:
    "타인 호아" (타인호아), "응 에안성" (응에안 with the word for a province); never a
    word and the lone word for a kind ("목표 달성 시": 시 apart is "when", not a city)."""
    joined = before + name
    return (
        bool(before)
        and len(name) > 1
        and not is_listed_place(name_key(before))
        and not is_listed_place(name_key(name))
        and (is_listed_place(name_key(joined)) or is_place_with_kind(joined))
    )


def names_a_place(word: str) -> bool:
    """A listed place, one with the word for its kind, or a word spelt by sound (not a
    country's name: "베트남 외국계 은행" is any foreign bank there)."""
    if is_listed_place(name_key(word)):
        return True  # "동나이", though it ends as the particle 이 does
    word = stem(word)
    return word not in HANGUL_COUNTRIES and (
        is_listed_place(name_key(word))
        or is_place_with_kind(word)
        or is_transliterated(word)
    )
