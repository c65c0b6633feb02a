"""The words of Korean text the name rules read: Hangul words without their particles,
and the titles a person's name stands before."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dossier.places import country_keys, is_listed_place
from dossier.recognize.tokens import HANGUL, hangul_stems
from dossier.text import (
    HANGUL_BASE,
    HANGUL_FINALS,
    KOREAN_SURNAMES,
    name_key,
    words_of,
)

# The countries' Hangul names in countries.yml: "베트남", "대한민국", "캄보디아", "호주"
HANGUL_COUNTRIES = frozenset(key for key in country_keys() if HANGUL.search(key))
# "주한 대사", "주베트남 대사": resident in Korea, in Viet Nam; a country, or its short name
POSTED_IN = HANGUL_COUNTRIES | {"한", "베", "미", "일", "중"}
RESIDENT = "주"
AND = "및"  # "파견 및 수용": and, joining two words
STATIONED = "주재"  # stationed in: "베트남 주재 한국대사관", "한국주재"


def stationed_in(word: str) -> bool:
    """``word`` is 주 (resident in) and a country or a listed place: "주한", "주베트남",
    "주호치민", "주부산", or the place and 주재 (stationed in): "한국주재" (not "한주재", a
    family name and a given name); a post abroad, a mission's seat, no name."""
    place = word.removeprefix(RESIDENT)
    if place == word and len(stationed := word.removesuffix(STATIONED)) >= 2:
        place = stationed
    return (
        place != word
        and bool(place)
        and (place in POSTED_IN or is_listed_place(name_key(place)))
    )


# A part of the world, no place to propose: "아시아", "동남아", "인도태평양" (the
# Indo-Pacific), "중앙아시아", "환태평양", "중남미", "서유럽"
_WORLD_REGION = re.compile(
    r"^(?:[동서남북중]+|중앙|인도|아시아|환|범)?"
    r"(?:아시아|태평양|대서양|인도양|유럽|아프리카|아메리카|중동|동남아|동북아|서남아|"
    r"남미|북미|중남미|오세아니아|유라시아|극동|아태|인태)$"
)


def world_region(word: str) -> bool:
    """``word`` is a part of the world: "동남아", "인도태평양", "동아시아"."""
    return bool(_WORLD_REGION.match(word))


WORD = re.compile(r"[\uac00-\ud7a3]+")
Named = tuple[str, str, int, int]  # a name, its type, where it starts and ends


# The syllables a Korean family name is written in
SURNAMES = KOREAN_SURNAMES
# "베트남 남부 빈증성", "베트남 동북부 타이응우옌성": Vietnam's part before the province
PARTS_OF_COUNTRY = frozenset(
    words_of("북부 남부 중부 동부 서부 동북부 서북부 동남부 남중부 북중부")
)
MAX_NAME_SYLLABLES = 2, 4  # a Korean person's name: surname and one to three syllables

# Occupations papers name writers, singers and actors by, before the name ("가수 한사라");
# after it too, all but 배우 ("김영하 작가"; "배우는" is as often learning, the verb).
OCCUPATIONS = frozenset(words_of("가수 배우 탤런트 작가 번역가 소설가"))
_TITLED_OCCUPATIONS = OCCUPATIONS - {"배우"}
# Titles after a person's name (a reporter's 기자 is a byline, not a name to propose); a
# priest's, a doctor's, a dean's and a courtesy title too ("유재민 신부", "홍정우 박사",
# "공민서 학장", "한지숙 여사", "서동원 선생", "정태호 교육장"; a nurse's, a pharmacist's,
# a designer's, a clerk's: "… 간호사", "… 약사", "… 한복디자이너", "… 주임", "… 계장"; not
# 코치, the brand Coach as often); an aide's, a chief delegate's, an athlete's, an attaché's,
# a deputy's ("… 정무수석비서관", "… 수석대표", "… 선수", "… 국방무관", "… 부서기",
# "… 입법차장").
TITLES = _TITLED_OCCUPATIONS | frozenset(
    words_of("""사장 부사장 장관 차관 대통령 총리 주석 서기장 위원장 부위원장 시장 부시장 지사 대표
    회장 부회장 교수 대사 총영사 의원 원장 청장 이사장 국장 처장 총장 센터장 감독 씨
    본부장 팀장 부장 과장 실장 소장 관장 단장 이사 상무 전무 활동가 대변인 부국장 수상
    당서기 의장 변호사 대표이사 교장 법인장 지점장 행장 정책관 참사관 서기관 교육감 목사
    선교사 스님 장로 판사 검사 검사장 재판장 전문의 주치의 파트너 부군수 부지사 부교육감
    상임이사 비상임이사 사외이사 상무이사 전무이사 국제이사 교감 영사 부영사 고문
    조합장 차관보 대주교 주교 추기경 위원 상임위원 수석코치 전도사 수녀 사모
    신부 박사 여사 선생 교육장 학장 부학장 간호사 약사 디자이너 주임 계장 단지장
    비서관 수석대표 선수 국방무관 부서기 차장 입법차장 사무차장 행정차장""")
)
# a title right after the name alone: the words between are a field ("국가대표 선수",
# "축구 선수"), no body the person heads
NEXT_ONLY = frozenset(("선수",))
# Titles a body's name may end in: "…표준원장", "…해외사업본부장" (not "경고문", a notice)
_LONG_TITLES = tuple(
    t
    for t in TITLES
    # "제약사" (a drug maker); "주차장" (a car park): a deputy's 차장 only as listed
    if len(t) >= 2 and t not in ("시장", "대표", "이사", "고문", "약사", "차장")
)


# the countries' Hangul names, longest first ("인도네시아" before "인도")
COUNTRY_WORDS = tuple(
    sorted((key for key in HANGUL_COUNTRIES if len(key) > 1), key=len, reverse=True)
)
PERSON_SYLLABLES = 3  # a Korean's name: a surname and a given name of two


def person_shaped(word: str) -> bool:
    """A word of three syllables opening with a surname: as often a person's name."""
    return len(word) == PERSON_SYLLABLES and word[0] in SURNAMES


RIEUL = 8  # the final ㄹ


def final_consonant(syllable: str) -> int:
    """The index of a Hangul syllable's final consonant, 0 when it has none ("투" 0,
    "린" 4 for ㄴ, "칠" 8 for ㄹ)."""
    return (ord(syllable) - HANGUL_BASE) % HANGUL_FINALS


# "백구영 씨가": 씨 (Mr, Ms), a word too short to lose its particle
MS = re.compile(r"씨(?:가|는|의|와|를|에게|도)?")

# what follows a quote of speech or a name called so, not a name's own syllables: "“…”라고
# 말했다", "“…”였다고", "“…”이라는", "VNK라는 회사", "VNK라던"
QUOTATIVE = re.compile(r"\s?(?:이?라(?:고|며|는|면서|던)|였|이었|이다|이라|입니다)")


@lru_cache(maxsize=1 << 16)  # read for each word by many finders
def stem(word: str) -> str:
    """``word`` without the particle it ends in ("부산항만공사가" → "부산항만공사")."""
    return next(hangul_stems(word), word)


def particle_fits(before: str, particle: str) -> bool:
    """Whether ``particle`` can follow ``before``: 이 after a final consonant ("롯데칠성이"),
    로 after a vowel or ㄹ; else the syllable is the name's ("…디스플레이", "…진로")."""
    if particle not in ("이", "로") or not before:
        return True
    final = final_consonant(before[-1])
    return bool(final) if particle == "이" else final in (0, RIEUL)


def own_stem(word: str) -> str:
    """``word`` without its particle where the particle can follow what is left, else
    whole: "LG디스플레이" (after an open syllable the subject's particle is 가)."""
    name = stem(word)
    return name if particle_fits(name, word[len(name) :]) else word


def is_title(word: str) -> bool:
    """A title, or a body's name ending in one: "국가기술표준원장" (its director), or a
    county's: "양구군수" ("군수" alone is also "munitions")."""
    # (a word ending in a long title and not itself one is longer than that title)
    return (
        word in TITLES
        or word.endswith(_LONG_TITLES)
        or (len(word) >= 4 and word.endswith("군수"))  # "양구군수": the county's head
    )


def is_person_title(word: str) -> bool:
    """A title a person's name stands before: any title, a county's head ("군수": after a
    name, not "munitions") or a city's mayor ("인천시장": after a name, not a market)."""
    return (
        is_title(word)
        or word == "군수"
        or (len(word) >= 3 and word.endswith("시장"))
        or (word.endswith("님") and is_title(word[:-1]))  # "목사님": with its honorific
        # "… 대사다", "… 회장이다": the title, the copula after it
        or (word.endswith(_COPULA) and is_title(_without_copula(word)))
    )


_COPULA = "다"
# a title that is a common noun too, which the copula says a thing is: "두 나라는 전략적
# 협력 파트너이다" (partners)
_THINGS_TOO = frozenset(("파트너",))


def _without_copula(word: str) -> str:
    """``word`` less the copula's ending: "대사다" → "대사", "회장이다" → "회장"."""
    title = word.removesuffix(_COPULA)
    title = title if is_title(title) else title.removesuffix("이")
    return "" if title in _THINGS_TOO else title


_FIELD_DIRECTOR = 4  # syllables of a director's title for a field: "식품수출이사"


def is_field_director(word: str) -> bool:
    """A director's title for a field, "…이사" ("식품수출이사", "경영지원이사"; not "이사"
    alone, a move): a title where a body stands between it and the name ("신현곤 aT
    식품수출이사"), the caller checks."""
    return len(word) >= _FIELD_DIRECTOR and word.endswith("이사")


def adjacent(words: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """The words from ``i`` to ``j`` follow one another, one character between each
    (a space, or "·" and "/" between names listed)."""
    return all(words[k + 1][1] - words[k][2] == 1 for k in range(i, j))


# a firm's name in letters between a person's name and their title: "최태원 SK그룹 회장",
# "조윤성 GS25 대표" (the Hangul words alone skip it); alone, four letters or more, or a
# body's initials of two or three ("변창흠 LH 사장", "신현곤 aT 식품수출이사", "김성은 CJ
# E&M 팀장"; not "신세계 I&C", one firm's name, its Hangul word and its letters joined by
# &); a body's initials in brackets after its name ("김진오 코이카(KOICA)
# 베트남사무소장", "전영현 삼성전자 디바이스솔루션(DS)부문장")
_LETTERED_GAP = re.compile(
    r"\s[A-Za-z][A-Za-z0-9&.-]{0,15}|\s[A-Za-z][A-Za-z0-9&.-]{3,15}\s|"
    r"\s[A-Za-z][A-Za-z0-9.]{1,2}(?:\s[A-Za-z][A-Za-z0-9&.-]{0,15})?\s|"
    r"\([A-Z][A-Za-z0-9&.-]{1,15}\)\s?"
)


def adjacent_in_text(
    words: list[tuple[str, int, int]], text: str, i: int, j: int
) -> bool:
    """The words from ``i`` to ``j`` follow one another as ``adjacent`` has them, or
    with spaces and a name in letters one word opens ("SK그룹") or stands between ("GS25")
    (not a bracket: "한국기업 KV홀딩스(대표이사 …)" is the firm's head, in its brackets)."""
    gaps = [text[words[k][2] : words[k + 1][1]] for k in range(i, j)]
    return all(len(gap) == 1 for gap in gaps) or all(
        gap == " " or _LETTERED_GAP.fullmatch(gap) for gap in gaps
    )


# "조민 1차관", "환경부 2차관": a title's rank in figures before it
_RANK_GAP = re.compile(r"\s\d{1,2}")


def adjacent_ranked(
    words: list[tuple[str, int, int]], text: str, i: int, j: int
) -> bool:
    """The words from ``i`` to ``j`` follow one another as ``adjacent`` has them, the
    last after one space or after its rank in figures ("조민 환경부 2차관")."""
    gap = text[words[j - 1][2] : words[j][1]]
    return adjacent(words, i, j - 1) and (
        len(gap) == 1 or _RANK_GAP.fullmatch(gap) is not None
    )


# "충북도는", "충남도의": a province's short name and 도 (province), a particle after it
# ("충북도 참여했다": Chungbuk also took part)
SHORT_PROVINCE = re.compile(
    r"(?P<province>(?:강원|충북|충남|전북|전남|경북|경남)도)"
    r"(?:는|가|의|와|과|에|에서|로|를|청|지사|민)"
)


# A county's, a city's or a district's head, council or office, after the place's name
_SEATS = (
    ("군수", "군"), ("군의회", "군"), ("군청", "군"), ("시장", "시"), ("시청", "시"),
    ("시의회", "시"), ("구청장", "구"), ("구청", "구"), ("구의회", "구"),
)  # fmt: skip


def seated_places(words: list[tuple[str, int, int]]) -> frozenset[str]:
    """The places a text names by their head, council or office ("함양군수", "인천시의회"
    → "함양군", "인천시"): a word that is one of them alone is the place."""
    found = set()
    for word, _, _ in words:
        named = stem(word)
        for seat, kind in _SEATS:
            own = named.removesuffix(seat)
            if own != named and len(own) >= 2:
                found.add(own + kind)
    return frozenset(found)


GLUED_NAME = 3  # syllables of a name a title is written onto ("이우현의장")


def glued_name(word: str) -> str | None:
    """A name of three syllables with a title written onto it, no space between:
    "이우현의장" → "이우현"."""
    if word[:1] not in SURNAMES:
        return None  # most words: no need to try every title (it runs on each word)
    return _glued(word, str.removesuffix)


def name_after_title(word: str) -> str | None:
    """A name of three syllables written onto the title before it, where a list lost its
    line breaks: "사장방성빈 부산은행장" → "방성빈" (the caller checks a title follows)."""
    return _glued(word, str.removeprefix)


def _glued(word: str, without: Callable[[str, str], str]) -> str | None:
    """The three syllables left of ``word`` without a title of two syllables or more
    (``without`` takes it off the end or the start), if they open with a surname."""
    if len(word) < GLUED_NAME + 2:
        return None
    for title in TITLES:
        name = without(word, title)
        if len(title) >= 2 and len(name) == GLUED_NAME and name != word:
            # "하노이지사": Hanoi's branch office, no person called 하노이
            place = is_listed_place(name_key(name))
            return name if name[0] in SURNAMES and not place else None
    return None


def listed_names(words: list[tuple[str, int, int]], text: str, i: int) -> int:
    """The last of the names listed from word ``i`` with commas between ("송대윤,
    황경아 부의장"): each a surname's syllable and one to three more."""
    low, high = MAX_NAME_SYLLABLES
    last = i
    while last + 1 < len(words):
        word, start, _ = words[last + 1]
        if text[words[last][2] : start] != ", " or not low <= len(word) <= high:
            break
        if word[0] not in SURNAMES:
            break
        last += 1
    return last


def lettered(text: str, start: int) -> bool:
    """The Hangul word at ``start`` is glued to a letter or a digit before it: the rest
    of a firm's name ("CJ제마뎁", "GS건설"), not a person's."""
    return start > 0 and text[start - 1].isascii() and text[start - 1].isalnum()


def titled_within(words: list[tuple[str, int, int]], i: int) -> bool:
    """A title (or a body's name ending in one) within the two words after word ``i``."""
    return any(is_person_title(stem(w)) for w, _, _ in words[i + 1 : i + 3])


MAX_BRACKET_CHARS = 40


def in_open_brackets(text: str, match: re.Match[str]) -> bool:
    """A match opening on a comma stands inside brackets still open ("(대표 김지연, 회장
    황수연)"), not in a sentence's list ("학부모, 교장 선생님, 학생 등")."""
    if not match.group(0).lstrip().startswith(","):
        return True
    opened = text.rfind("(", 0, match.start())
    return (
        opened >= 0
        and text.rfind(")", 0, match.start()) < opened
        and match.start() - opened <= MAX_BRACKET_CHARS
    )
