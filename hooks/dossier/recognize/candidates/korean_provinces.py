"""Vietnamese provinces Korean spells by sound with 성 (province) after them: "칸호아성"
(Khánh Hòa), spelt in syllables Sino-Korean words have too, so no doubled consonant
marks it foreign (``transliterated.py`` reads "꽝찌성"); the model of Korean knows no
such word. A province of two names joined by a hyphen is one place, the two names and
성: "바리어-붕따우성" (Bà Rịa–Vũng Tàu), "트어티엔-후에성" (Thừa Thiên–Huế). The common
nouns that end in 성 ("가능성", "중요성": -ness) are words the model knows."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import (
    AND,
    HANGUL_COUNTRIES,
    PARTS_OF_COUNTRY,
    Named,
    adjacent,
    stem,
    words_of,
)
from dossier.recognize.candidates.lexicon import name_key
from dossier.recognize.candidates.sounded_words import sounds_foreign
from dossier.recognize.candidates.transliterated import is_transliterated

PROVINCE = "성"
MIN_OWN = 2  # syllables of a province's own name ("빈성" is none)
# a city or a district of the province, after it: "냐짱시", "깜빠시", "탕빈현"
_WITHIN = re.compile(r"^[가-힣]{2,}[시현]$")
# the province's committee, council or governor, after it
_PROVINCE_BODIES = frozenset(
    words_of("인민위원회 인민의회 당위원회 성장 부성장 성당서기 정부")
)
# two names and 성, maybe a particle or the governor's title (성장) on it: "바리어-붕따우성
# 쩐민상 성장", "바리어-붕따우성장 일행"
_HYPHENED = re.compile(
    r"(?<![가-힣\w-])(?P<name>(?P<first>[가-힣]{2,4})-(?P<second>[가-힣]{2,4})성)"
)


def foreign_provinces(words: list[tuple[str, int, int]]) -> Iterator[Named]:
    """(name, "cities", start, end) of each word ending in 성 whose own name the model
    does not know, said to be a province by what stands beside it: the country or its
    part before it ("베트남 칸호아성", "중부 빈딩성"), a city or a district in it after it
    ("칸호아성 냐짱시"), its committee or its governor ("칸호아성 인민위원회"), or a
    province so found listed right before it ("꽝남성 및 빈딩성"); not a firm's old name
    the model does not know ("럭키금성": Lucky-Goldstar)."""
    listed_to = -1  # where the last province found ends
    for i, (word, start, _) in enumerate(words):
        name = stem(word)
        own = name.removesuffix(PROVINCE)
        if own == name or len(own) < MIN_OWN or own in HANGUL_COUNTRIES:
            continue
        if is_transliterated(own):  # "꽝남성": read so by ``transliterated.py``
            listed_to = start + len(name)
        elif not sounds_foreign(own):
            continue
        if _placed(words, i) or (i and _listed_after(words, i, listed_to)):
            listed_to = start + len(name)
            yield name, "cities", start, listed_to


_LIST_GAP = 2  # characters between two provinces listed: ", " or a space


def _listed_after(words: list[tuple[str, int, int]], i: int, listed_to: int) -> bool:
    """The province found last ends right before ``words[i]``, a comma or 및 (and)
    between, or the particle 과 on it ("꽝남성, 빈딩성", "꽝남성 및 빈딩성", "꽝남성과
    빈딩성")."""
    j = i - 1
    if words[j][0] == AND and j and adjacent(words, j - 1, i):
        j -= 1
    word, start, end = words[j]
    return (
        start + len(stem(word)) == listed_to
        and stem(word).endswith(PROVINCE)
        and words[i][1] - words[i - 1][2] <= _LIST_GAP
        and (j < i - 1 or end - start == len(stem(word)) or word[-1] in "과와")
    )


def _placed(words: list[tuple[str, int, int]], i: int) -> bool:
    before = words[i - 1][0] if i and adjacent(words, i - 1, i) else ""
    after = words[i + 1][0] if i + 1 < len(words) and adjacent(words, i, i + 1) else ""
    return (
        before in HANGUL_COUNTRIES
        or before in PARTS_OF_COUNTRY  # "중부 빈딩성": the country's centre
        or _WITHIN.match(stem(after)) is not None
        or stem(after) in _PROVINCE_BODIES
    )


def hyphened_provinces(text: str) -> Iterator[Named]:
    """(name, "cities", start, end) of each province of two names joined by a hyphen,
    one of them spelt by sound or a listed place ("트어티엔-후에성": 후에 the model reads
    as 후 and a particle); not two places, the first listed on its own ("동나이-빈즈엉성":
    Đồng Nai and Bình Dương; "하노이-하이퐁성장": Hà Nội–Hải Phòng growth)."""
    for match in _HYPHENED.finditer(text):
        if is_listed_place(name_key(match["first"])):
            continue
        if any(_spelt(match[part]) for part in ("first", "second")):
            yield match["name"], "cities", *match.span("name")


def whole_provinces(
    text: str, found: dict[tuple[int, int], Named]
) -> tuple[dict[tuple[int, int], Named], set[tuple[int, int]]]:
    """``found`` with each hyphened province of ``text`` in place of the places read
    inside it ("붕따우성" of "바리어-붕따우성"), and the provinces' spans."""
    provinces = list(hyphened_provinces(text))
    kept = {
        span: name
        for span, name in found.items()
        if not (
            name[1] == "cities"
            and any(a <= span[0] and span[1] <= b for _, _, a, b in provinces)
        )
    }
    kept.update((p[2:], p) for p in provinces)
    return kept, {p[2:] for p in provinces}


def _spelt(word: str) -> bool:
    return (
        is_transliterated(word)
        or sounds_foreign(word)
        or is_listed_place(name_key(word))
    )
