"""A body's unit, named by the body and the unit's own name after it: "세종대 교육대학원",
"코이카 베트남사무소", "한국관광공사 하노이지사", "연세대학교 세브란스병원", and after a
body's initials in letters: "KDI 국제정책대학원", "USAID 베트남사무소". The unit alone
("베트남사무소": any body's office in Vietnam) is then no name of its own: the longer name
ending there is whole. The unit ends in the noun of a part of a body (a school, a branch,
an office, a hospital), not a firm's ("가스공사 한화에너지": two firms side by side)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dossier.recognize.candidates.korean_firm_sites import firm_sites
from dossier.recognize.candidates.korean_localities import names_a_place
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    Named,
    stem,
    words_of,
)
from dossier.recognize.candidates.morphemes import is_unknown_word, reads_as_proper

_ORGANIZATIONS = "organizations"
# "KDI ", "USAID ", "KOTRA ": a body's initials, a word of their own before the unit
_INITIALS = re.compile(r"(?<![\w.&-])[A-Z][A-Z&]{1,6} $")
# initials of a field or a kind of thing, no body's: "AI 데이터센터", "IT 지원센터"
_FIELDS = frozenset(
    [
        "AI",
        "IT",
        "ICT",
        "IOT",
        "R&D",
        "ESG",
        "ODA",
        "FDI",
        "CEO",
        "VR",
        "AR",
        "EV",
        "LNG",
        "SW",
        "HW",
        "BIO",
        "TV",
        "PC",
        "SNS",
        "MOU",
        "FTA",
        "DX",  # digital, green, AI transformation: "DX 혁신캠퍼스"
        "GX",
        "AX",
        "MBA",  # a course or a degree: "MBA 온라인캠퍼스"
        "UAE",  # a country's initials: "UAE 현지지부", a firm's branch there
        "USA",
        "UK",
    ]
)
_INITIALS_WINDOW = 9  # characters before the unit the initials are looked for in
# what a unit of a body ends in: a school or faculty, a branch, an office, a centre, a
# hospital, an institute, a foundation, a corps, a bank of a group; an association's
# chapter or branch in a region ("… 충북지회", "… 베트남지부"), a firm's or a university's
# campus ("… 온양캠퍼스")
_REGIONAL_HEADS = tuple(words_of("지회 지부 캠퍼스 공장"))
_FACTORY = (
    "공장"  # a firm's plant by its town ("아산공장"), not by a country or its work
)
_CAMPUS = "캠퍼스"
_UNIVERSITIES = ("대", "대학", "대학교")
_ON_LINE = frozenset(words_of("온라인 사이버 가상 메타버스 원격 디지털"))
_UNIT_HEADS = tuple(
    words_of(
        "대학원 학부 학과 지사 본부 사무소 센터 병원 연구소 연구원 재단 봉사단 무역관 "
        "기념관 역사관 은행 그룹 지회 지부 캠퍼스 공장 시범단 공연단 이사회"
    )
)
# a body's club or team in a sport: "… 축구단", "… 태권도팀"
_SPORTS_TEAM = re.compile(r"(?:축구|야구|배구|농구|태권도|유도|씨름)(?:단|팀)")
MIN_OWN = (
    2  # syllables before the head: "… 연구원" alone is a researcher, "… 사무소" any
)


def units(
    text: str, words: list[tuple[str, int, int]], found: Iterable[Named]
) -> Iterator[Named]:
    """(name, "organizations", start, end) of the units named right after a body
    ``found`` or after initials, one space between."""
    found = list(found)
    yield from firm_sites(text, words, found)  # "효성 베트남법인", "… 하이퐁 캠퍼스"
    ends: dict[int, int] = {}  # where the longest body ending there opens
    for _, kind, a, b in found:
        if kind == _ORGANIZATIONS:
            ends[b] = min(a, ends.get(b, a))
    for word, start, _ in words:
        unit = stem(word)
        if text[start - 1 : start] != " " or not (
            _is_unit(unit) or _DEPARTMENT.search(unit)
        ):
            continue
        opens = ends.get(start - 1)
        initials = (
            _INITIALS.search(text, max(0, start - _INITIALS_WINDOW), start)
            if opens is None
            else None
        )
        if initials and initials.group().strip() not in _FIELDS:
            opens = initials.start()
        body = text[opens : start - 1] if opens is not None else ""
        if opens is not None and (
            _named(unit, body) if _is_unit(unit) else _is_department(unit, body)
        ):
            end = start + len(unit)
            yield text[opens:end], _ORGANIZATIONS, opens, end


# a ministry's or an agency's department, bureau or institute: "… 농업부 국제협력국",
# "… 산업통상부 전략개발원", "… 기획투자부 외국인투자기획부"; the whole word four syllables
# or more ("전략개발원": two before a longer ending), not its staff ("공무원", "국회의원", "보건당국"), a
# state's kind ("회원국", "선진국"), a common noun ending in 원 ("재정지원", "공식후원") or
# a ministry beside it ("기획재정부 산업통상자원부": its ending is no department's)
_MINISTRIES = ("부", "청")
_DEPARTMENT = re.compile(
    r"^(?=[가-힣]{4,}$)[가-힣]+"
    r"(?:국|연구원|개발원|연수원|정책원|정보원|관리부|기획부|총괄부|협력부)$"
)
_STAFF = (
    *words_of("의원 위원 무원 당국 직원 요원 선임연구원 책임연구원 수석연구원"),
    *words_of("회원국 공화국 왕국 선진국 개도국 강대국 동맹국 상대국 참가국"),
)
# "한국콘텐츠진흥원", "국립국제교육원": an institution of its own, named apart
_OWN_INSTITUTION = ("한국", "국립")


def _is_department(unit: str, body: str) -> bool:
    return (
        body.endswith(_MINISTRIES)
        and _DEPARTMENT.match(unit) is not None
        and not unit.endswith(_STAFF)
        and unit not in HANGUL_COUNTRIES
        and not unit.startswith(_OWN_INSTITUTION)
        and not reads_as_proper(unit)
    )


def _is_unit(word: str) -> bool:
    if _SPORTS_TEAM.fullmatch(word):
        return True
    head = next((h for h in _UNIT_HEADS if word.endswith(h)), "")
    return bool(head) and len(word) - len(head) >= MIN_OWN


def _named(unit: str, body: str) -> bool:
    """A chapter, a branch or a campus is named by its place ("충북지회", "베트남지부",
    "온양캠퍼스"), not by what kind it is ("회원지회", "현지지부", "온라인캠퍼스"); a
    university's campus by its theme too ("대경대 한류캠퍼스"), if not on line."""
    head = next((h for h in _REGIONAL_HEADS if unit.endswith(h)), "")
    own = unit[: -len(head)] if head else ""
    if head == _FACTORY:
        return own not in HANGUL_COUNTRIES and _names_a_region(own)
    if not head or _names_a_region(own):
        return True
    return (
        head == _CAMPUS
        and body.endswith(_UNIVERSITIES)
        and own not in _ON_LINE
        and re.fullmatch(r"[가-힣]+", own) is not None
    )


def _names_a_region(own: str) -> bool:
    """A place, or a proper noun or a word the model does not know (a foreign place spelt
    by sound: "미남가주", Southern California), not a common noun ("회원", "온라인")."""
    return names_a_place(own) or reads_as_proper(own) or is_unknown_word(own)


def units_opened(
    text: str, opened: Iterable[Named], found: Iterable[Named]
) -> Iterator[Named]:
    """(name, "organizations", start, end) of a unit ``found`` whose body a place opens in
    ``opened`` ("호치민 인문사회과학대학교" and "인문사회과학대학교 한국학센터": the centre
    of Ho Chi Minh City's university, its place and all)."""
    units = [(a, b) for _, kind, a, b in found if kind == _ORGANIZATIONS]
    for _, kind, start, end in opened:
        own = text.find(" ", start, end) + 1  # where the body's own word opens
        if kind != _ORGANIZATIONS or not own:
            continue
        for a, b in units:
            if a == own and b > end and text[end : end + 1] == " ":
                yield text[start:b], _ORGANIZATIONS, start, b
