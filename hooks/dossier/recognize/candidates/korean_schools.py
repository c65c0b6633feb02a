"""Korean universities by their short names: a name and 대 (university), as the news writes
them ("인천대에서", "한국외국어대 베트남어과 교수"). 대 ends many common nouns too ("시대",
"세대", "확대"), so the short name needs two syllables or more before it, and a place's name
there ("인천대", "달랏대"), a department after it ("한국외국어대 베트남어과"), or a title
after it where the name is not shaped as a person's ("성균관대 교수"; "고려대 교수" may be
Professor 고려대). An institute or a centre named after the short name is the
university's, proposed as well as the university ("강원대 국제어학원", "대진대 베트남
한국어교육센터"); not a researcher (연구원) of a rank ("서울대 선임연구원")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    adjacent,
    is_title,
    person_shaped,
    stem,
    words_of,
)
from dossier.recognize.candidates.lexicon import name_key

_UNIVERSITY = "대"
MIN_OWN = 2  # syllables before 대
# common nouns ending in 대, which end longer words too ("신시대", "역대최대"); not those
# that end universities' names too (연세대, 서강대, 명지대, 경성대, 경상대, 고대)
_COMMON_ENDS = words_of(
    "시대 최대 확대 기대 반대 부대 군대 무대 현대 초대 거대 중대 열대 절대 극대 환대 "
    "접대 대대 함대 분대 소대 편대 선대 후대 근대 당대 역대 침대 증대 배대 일대"
)
_GENERATION = "세대"  # "청년세대", "신세대": a generation; of universities, only 연세대
_GENERATION_SCHOOLS = frozenset(("연세대",))
# a department or a school of a university: "베트남어과", "경영학과", "공과대학", "대학원"
_DEPARTMENT = re.compile(r"[\uac00-\ud7a3]+(?:어과|학과|학부|대학|대학원)")
# a field a university is named for after its city: "하노이지질대", "호치민 인문사회과학대"
# (Hanoi's university of geology, Ho Chi Minh City's of social sciences)
_FIELDS = words_of(
    "과학 기술 공과 의과 외국어 경제 농업 지질 광업 건설 교통 수산 해양 약학"
)
# an institute or a centre of a university, named after it with its field before the kind
# ("강원대 국제어학원", "수성대 국제교류원", "대진대 베트남 한국어교육센터")
_UNIT = re.compile(
    r"[\uac00-\ud7a3]{2,8}(?:어학원|교류원|교육원|교육센터|연구소|교류처)"
)
PLACE_SYLLABLES = (4, 3, 2)  # of the city a field's university is named after


def _field_of_a_city(own: str) -> bool:
    """``own`` (what is before 대) is a listed place and a field: "하노이지질"."""
    return own.endswith(_FIELDS) and any(
        len(own) - size >= MIN_OWN and is_listed_place(name_key(own[:size]))
        for size in PLACE_SYLLABLES
    )


def universities(
    words: list[tuple[str, int, int]], text: str
) -> Iterator[tuple[str, str, int, int]]:
    """(name, "organizations", start, end) of each university named by its short name."""
    for i, (word, start, _) in enumerate(words):
        name = stem(word)
        own = name[: -len(_UNIVERSITY)]
        if (
            not name.endswith(_UNIVERSITY)
            or len(own) < MIN_OWN
            or own in HANGUL_COUNTRIES
            or name.endswith(_COMMON_ENDS)
            or (name.endswith(_GENERATION) and name not in _GENERATION_SCHOOLS)
        ):
            continue
        after = (
            words[i + 1][0] if i + 1 < len(words) and adjacent(words, i, i + 1) else ""
        )
        spaced = i and text[start - 1 : start] == " " and adjacent(words, i - 1, i)
        if (
            spaced
            and own.endswith(_FIELDS)
            and is_listed_place(name_key(words[i - 1][0]))
        ):
            # "호치민 인문사회과학대": the city's university of a field, the city and all
            opens = words[i - 1][1]
            yield (
                text[opens : start + len(name)],
                "organizations",
                opens,
                start + len(name),
            )
            continue
        unit = _unit_after(words, i, text)
        if unit:  # "강원대 국제어학원": the university's institute, and the university
            yield text[start:unit], "organizations", start, unit
        # (a person's name of three syllables may end in 대 too: "김한대 교수")
        if (
            unit
            or is_listed_place(name_key(own))
            or _DEPARTMENT.fullmatch(after)
            or _field_of_a_city(own)
            or (not person_shaped(name) and is_title(stem(after)))
        ):
            yield name, "organizations", start, start + len(name)


def _unit_after(words: list[tuple[str, int, int]], i: int, text: str) -> int:
    """Where the unit named after the university ``words[i]`` ends, a space apart, a
    country between or none ("대진대 베트남 한국어교육센터"); 0 if none is."""
    j = i + 1
    if j < len(words) and words[j][0] in HANGUL_COUNTRIES:
        j += 1
    if j >= len(words) or not all(
        text[words[k][2] : words[k + 1][1]] == " " for k in range(i, j)
    ):
        return 0
    unit = stem(words[j][0])
    return words[j][1] + len(unit) if _UNIT.fullmatch(unit) else 0
