"""Vietnamese persons' names beside the bodies they lead, and places' names by their
shape: which syllables open a person's name (a surname and capitals), which are a
district's or a commune's."""

from __future__ import annotations

import re

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_given_first import KOREAN_GIVEN
from dossier.recognize.candidates.lexicon import lexicon
from dossier.text import name_key, strip_marks

# One Vietnamese syllable as the alphabet spells it: "Du", "Minh", "Nguyen"; "Samsung",
# "Hanwha", "Lotte" are none
SYLLABLE_SHAPE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}"
    r"(?:ng|nh|ch|[cmnpt])?"
)


def foreign(word: str) -> bool:
    """A capitalised word that is no Vietnamese syllable: a foreign name ("Samsung")."""
    return (
        word[:1].isupper()
        and word.isascii()
        and word.isalpha()
        and not SYLLABLE_SHAPE.fullmatch(word.casefold())
    )


# The commonest surnames, which open no place's name ("Hà", "Lâm", "Cao", "Hồ" may)
_SURNAMES_WORDS = """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Ngô Dương Lý Đinh Trương
    Đoàn Trịnh Lương Vương"""
SURNAMES = frozenset(_SURNAMES_WORDS.split())
# a surname and one to three capitalised syllables, then no other capital
_PERSON = re.compile(r"(?P<surname>\w+)(?:\s[A-ZÀ-ỸĐ]\w*){1,3}(?!\s[A-ZÀ-ỸĐ])(?!\w)")


_FOLDED_SURNAMES = frozenset(strip_marks(s).casefold() for s in SURNAMES)
MAX_PLACE_SYLLABLES = 3
# surnames that end no place's name either, as a name written given name first ends:
# "Tung Ngo", "Oanh Kieu", "Tuan Tran" (not "Lac Duong", "Long Ho": districts; nor
# Nguyen: "Tay Nguyen", the Central Highlands, is Tây Nguyên)
_LAST_SURNAMES = frozenset(("tran", "pham", "ngo", "kieu", "huynh", "bui"))
# the word for a place's kind before its name: "Đền Trần" (a temple), "Chùa …", "Làng …"
# (not one a given name also spells: Phương, Quân, Huyền, Vinh, Đình)
_PLACE_FIRST = frozenset(
    [
        "den",
        "chua",
        "lang",
        "nui",
        "song",
        "cau",
        "cho",
        "pho",
        "thap",
        "bai",
        "hon",
        "ben",
        "ga",
        "khu",
        "cang",
        "cua",
        "xa",
    ]
)


def surname_last(name: str) -> bool:
    """A Vietnamese name written given name first, two words: "Tung Ngo"."""
    words = name.split()
    return (
        len(words) == 2
        and all(w[:1].isupper() for w in words)
        and strip_marks(words[-1]).casefold() in _LAST_SURNAMES
        and strip_marks(words[0]).casefold() not in _PLACE_FIRST
        and SYLLABLE_SHAPE.fullmatch(strip_marks(words[0]).casefold()) is not None
    )


def spelt_like_a_place(name: str) -> bool:
    """Two or three capitalised Vietnamese syllables, no common surname first: the shape
    of a district's or a commune's name ("Phong Nhi", "Lac Duong", "Thot Not")."""
    words = name.split()
    return (
        2 <= len(words) <= MAX_PLACE_SYLLABLES
        and all(w[:1].isupper() for w in words)
        and strip_marks(words[0]).casefold() not in _FOLDED_SURNAMES
        and not surname_last(name)
        and all(
            SYLLABLE_SHAPE.fullmatch(strip_marks(w).casefold().replace("đ", "d"))
            for w in words
        )
    )


def person_at(text: str, at: int) -> bool:
    """A person's name starts at ``at``: a common surname and one to three capitals."""
    match = _PERSON.match(text, at)
    return match is not None and match["surname"] in SURNAMES


_WORD_START = re.compile(r"(?<![\w’'-])\w")


def names_a_person(text: str, start: int, end: int) -> bool:
    """A person's name (a common surname and capitals) starts between ``start`` and
    ``end``: ", Thượng tướng Nguyễn Chí Vịnh và …" lists no field of a body's name."""
    return any(
        person_at(text, word.start()) for word in _WORD_START.finditer(text, start, end)
    )


# "tại tỉnh Chungnam", "tại thành phố Hồ Chí Minh", "tại khu vực Jeonnam": the kind of a
# place in lower case, then its name
_KIND_THEN_PLACE = re.compile(r"(?:tỉnh|thành phố|khu vực)[ \t]+(?P<first>\w)")


def kind_then_place(text: str, at: int) -> bool:
    """A place's kind in lower case and a capital after it start at ``at``."""
    match = _KIND_THEN_PLACE.match(text, at)
    return match is not None and match["first"].isupper()


def person_ends(
    text: str, at: int, words: list[str], found: list[tuple[int, bool]], state: bool
) -> bool:
    """A person's name at ``at`` ends a body's name read so far (``words``, ``found``):
    after a syllable in lower case ("Bộ Nông nghiệp và Môi trường Trần Đức Thắng"), or,
    three syllables or four, after the place the body serves ("Ủy ban nhân dân tỉnh Bắc
    Ninh Nguyễn Tử Quỳnh", its chair) or right after the head of a body of the state
    (``state``: "Chủ nhiệm Ủy ban Nguyễn Trung Kiên"; a school may bear a person's name)."""
    if not found:
        return state and _whole_person(text, at)
    if not found[-1][1]:
        return person_at(text, at)
    return _whole_person(text, at) and any(
        is_listed_place(name_key(" ".join(words[-size:]))) for size in (1, 2, 3)
    )


def _whole_person(text: str, at: int) -> bool:
    """A common surname and two or three capitals start at ``at``: "Nguyễn Tử Quỳnh"."""
    match = _PERSON.match(text, at)
    return (
        match is not None
        and match["surname"] in SURNAMES
        and len(match.group().split()) >= 3
    )


MINISTRY = "Bộ"
# surnames that also open places' names ("Hồ Chí Minh", "Cao Bằng"): after a ministry, a
# person's unless the words are a listed place's
_MINISTERS_SURNAMES = SURNAMES | frozenset(
    ["Hồ", "Đào", "Tô", "Mai", "Tạ", "Chu", "Lại", "Cao", "Hà", "Lâm"]
)


# words a place's or a leader's name follows, never a minister's: a city, a province, a
# mausoleum's "Chủ tịch" (President Hồ Chí Minh)
_BEFORE_A_PLACE = frozenset(["phố", "TP", "tỉnh", "Tỉnh", "thành", "Thành", "tịch"])


def minister_at(text: str, at: int, before: list[str]) -> bool:
    """A person's name, not a place's, starts at ``at``: a surname, common or not, then
    two or three capitals, which are no listed place alone or with the syllables
    ``before`` them ("Thành phố Hồ Chí Minh")."""
    match = _PERSON.match(text, at)
    if match is None or match["surname"] not in _MINISTERS_SURNAMES:
        return False
    if before and before[-1].rstrip(".") in _BEFORE_A_PLACE:
        return False  # "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Lăng Chủ tịch Hồ …"
    words = match.group().split()
    return len(words) >= 3 and not any(
        is_listed_place(name_key(" ".join([*before[i:], *words]))) for i in range(3)
    )


# "Shin Dong-bin", "Lee Jae-yong": a Korean's name in letters, the given name hyphened
_KOREAN_PERSON = re.compile(
    r"(?P<surname>[A-Z][a-z]{1,7})\s[A-Z][a-z]+-[a-z]+(?![\w-])"
)


def korean_person_at(text: str, at: int) -> bool:
    """A Korean's name in letters starts at ``at``: a Korean surname, then a given name of
    two syllables joined by a hyphen ("Tập đoàn Lotte Shin Dong-bin": the chairman), or
    written apart ("Bộ Ngoại giao Park Jin", "Văn phòng Tổng thống Kim Tae Hyo")."""
    match = _KOREAN_PERSON.match(text, at)
    if match is not None and match["surname"].lower() in lexicon().korean_surnames:
        return True
    return spaced_korean_person(text, at) is not None


# "Choo Kyung Ho", "Park Jin": a surname and one or two syllables apart, then no capital
_SPACED_KOREAN = re.compile(
    r"(?P<surname>[A-Z][a-z]{1,7})(?P<given>(?:[ \t][A-Z][a-z]{0,6}){1,2})(?![\w’'-])"
)
_CAPITAL_NEXT = re.compile(r"[ \t]+[^\W\d_]")
# what romanized Korean writes and Vietnamese does not: "Kyung", "Jin", "Tae", "Lee"
_KOREAN_ONLY = re.compile(r"eo|eu|ae|oo|ee|ou|yu|wo|[jzw]")


def spaced_korean_person(text: str, at: int) -> re.Match | None:
    """A Korean's name in letters, its syllables apart, at ``at``: a Korean surname, one
    or two romanized syllables, no capitalised word after them, and a letter Vietnamese
    does not write ("Choo Kyung Ho", "Park Jin"; not "Kim Long", a Vietnamese place)."""
    match = _SPACED_KOREAN.match(text, at)
    if match is None or match["surname"].lower() not in lexicon().korean_surnames:
        return None
    after = _CAPITAL_NEXT.match(text, match.end())
    if after is not None and after.group().strip()[0].isupper():
        return None
    given = match["given"].lower().split()
    if not all(KOREAN_GIVEN.fullmatch(word) for word in given):
        return None
    return match if _KOREAN_ONLY.search(match.group().lower()) else None


# a title before a person's name, which ends a place's or a school's name run on into the
# next clause: "sân bay Tân Sơn Nhất HLV Park Hang-seo", "sân bay Incheon Bộ trưởng …"
_TITLE = re.compile(
    r"(?:HLV|(?:Phó[ \t]+)?(?:Bộ[ \t]+trưởng|Thủ[ \t]+tướng|Chủ[ \t]+tịch"
    r"|Tổng[ \t]+thống|Thứ[ \t]+trưởng|Đại[ \t]+sứ|Giám[ \t]+đốc|Hiệu[ \t]+trưởng"
    r"|Tổng[ \t]+Bí[ \t]+thư|Bí[ \t]+thư|Thị[ \t]+trưởng))(?![\w’'-])"
)


def title_or_person_at(text: str, at: int) -> bool:
    """A leader's title or a person's name, Korean or Vietnamese, starts at ``at``: no
    word of a name read before it ("bệnh viện Chợ Rẫy Nguyễn Tri Thức", its director)."""
    if _TITLE.match(text, at) or _named_person_at(text, at):
        return True
    # "Ông", "Bà" before a name ("Bà Nguyễn Thị Hoa"), not a place's ("Bà Rịa")
    polite = _POLITE.match(text, at)
    return polite is not None and _named_person_at(text, polite.end())


def _named_person_at(text: str, at: int) -> bool:
    """A Korean's name in letters or a Vietnamese's whole name, a common surname and two
    or three capitalised syllables, starts at ``at`` ("Nguyễn Tri Thức", not "Võ đang")."""
    if korean_person_at(text, at):
        return True
    match = _PERSON.match(text, at)
    words = match.group().split() if match else []
    return (
        match is not None
        and match["surname"] in SURNAMES
        and len(words) >= 3
        and all(w[0].isupper() for w in words)
    )


_POLITE = re.compile(r"(?:Ông|Bà|Ngài)[ \t]+")
