"""Vietnamese persons' names in Hangul: written syllable by syllable ("또 티 빗 응옥": Tô
Thị Bích Ngọc, "응우옌 꽝하이": Nguyễn Quang Hải), or run together as one word ("쩐탄만":
Trần Thanh Mẫn), before a title or by a surname no Korean word is spelt as."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_words import (
    COUNTRY_WORDS,
    HANGUL_COUNTRIES,
    MS,
    TITLES,
    adjacent,
    is_person_title,
    is_title,
    stem,
    words_of,
)
from dossier.recognize.candidates.morphemes import is_common_nouns
from dossier.recognize.candidates.transliterated import (
    PROVINCE,
    PROVINCE_HEADS,
    is_transliterated,
)
from dossier.recognize.candidates.vietnamese_name_ends import (
    BEFORE_TITLE,
    MIN_NAME_WORDS,
    POSTED,
    THREE_HANGUL_SYLLABLE,
    WITH_PARTICLE,
    opens_body,
    runs_on,
    without_particle,
)
from dossier.recognize.candidates.vietnamese_posted_people import (
    given_apart,
    title_past_post,
)
from dossier.recognize.candidates.vietnamese_unlisted import unlisted_surname_people
from dossier.text import name_key

VIETNAMESE_SURNAMES = frozenset(
    [
        "응우옌",
        "응웬",
        "응우엔",
        "응위엔",
        "응엔",
        "응옌",
        "쩐",
        "짠",
        "레",
        "팜",
        "호앙",
        "황",
        "판",
        "부",
        "보",
        "당",
        "도",
        "호",
        "응오",
        "즈엉",
        "리",
        "딘",
        "찐",
        "람",
        "럼",  # Lâm, as some papers spell it ("럼반비")
        "또",
        "르엉",
        "마이",
        "브엉",
        "하",
        "후인",
        "까오",
        "쯔엉",
        "부이",
        "덩",
        "다오",  # Đào
        "부엉",  # Vương
        "트란",  # Trần, spelt from its English form
        "따",  # Tạ
        "르",  # Lê, as some papers spell it ("르훙둥")
        "도안",  # Đoàn
        "쩌우",  # Châu
        "잉",  # Huỳnh, as some papers spell it ("잉 꾸엣 탕")
        "쵸우",
    ]
)
# surnames no Korean word is spelt as: "응웬 수안 남", "풍 타안 멍", "응오 황 남"
DISTINCT_SURNAMES = frozenset(
    words_of(
        "응우옌 응웬 응우엔 응위엔 응엔 응옌 쩐 짠 팜 호앙 후인 후잉 즈엉 응오 쯔엉 르엉 브엉 풍 부이 딘 찐"
    )
)
# surnames that open common words when glued to more syllables: "풍부한" (rich), "짠맛"
_OPENING_WORDS = frozenset(("풍", "짠"))
# Each pattern is looked for at every word (a lookahead: "가수인 호앙 투이 린이" must not
# take the words that open "호앙 투이 린" before its own match is tried)
# (a name's last word is not glued to a hyphen or a digit after it: "쩐 반 뚜이 베-한
# …협회장", the pair of countries; "응우엔 밍 부 제1차관", the first vice minister)
_WORD_END = r"(?![가-힣]|-[가-힣]|\d)"
_VIETNAMESE_WORDS = re.compile(
    r"(?=(?<![가-힣])(?P<name>(?P<surname>[가-힣]{1,3})(?:\s[가-힣]{1,2}){1,2}\s[가-힣]{1,3})"
    rf"{_WORD_END})"
)
# "또 티 빗 응옥", "응웬 반 꽝": a surname, then Văn or Thị, then one or two words
_VIETNAMESE_PERSON = re.compile(
    r"(?=(?<![가-힣])(?P<name>(?P<surname>[가-힣]{1,3})\s(?:반|티)\s[가-힣]{1,3}"
    rf"(?:\s[가-힣]{{1,2}})?){_WORD_END})"
)
# "응우옌 꽝하이의", "응오 프엉리": a surname of two syllables no Korean word is spelt as,
# then the given names run together in one word, of two to four syllables
TWO_WORD_SURNAMES = frozenset(s for s in DISTINCT_SURNAMES if len(s) > 1)
_VIETNAMESE_TWO_WORDS = re.compile(
    r"(?=(?<![가-힣])(?P<name>(?P<surname>[가-힣]{2,3})\s(?P<given>[가-힣]{2,5}))"
    r"(?![가-힣]))"
)
# what a surname names with one word after it that is no person: "응우옌 왕조" (the
# Nguyễn dynasty)
_NOT_GIVEN_NAMES = frozenset(words_of("왕조 왕가 가문 일가 시대 정부 씨 총리 주석"))


# "쩐탄만 국회의장", "레반홍 서기관", "보반센 인사대 총장": a Vietnamese name written as one
# word: a surname no Korean word opens with, or any, then a middle name ("레반홍": Lê
# Văn; "호끼민": Hồ Kỳ Minh; "부휘황": Vũ Huy Hoàng)
MIDDLE_SYLLABLES = (
    "반 티 딘 득 후 당 쑤언 쑤안 꽝 홍 민 탄 응옥 옥 쓰엉 트엉 투 타인 흐엉 하이 바 밍 띠엔 "
    "비엣 꾸옥 흥 훙 뚜언 칸 낌 녓 끼엔 유이 주이 끼 휘"
)
_GLUED_PERSON = re.compile(
    rf"(?:{'|'.join(sorted(DISTINCT_SURNAMES - _OPENING_WORDS, key=len, reverse=True))})"
    r"[가-힣]{2,5}|"
    rf"(?:{'|'.join(sorted(VIETNAMESE_SURNAMES, key=len, reverse=True))})"
    rf"(?:{'|'.join(MIDDLE_SYLLABLES.split())})[가-힣]{{1,4}}"
)


def surname_middle(middles: str) -> re.Pattern[str]:
    """A surname and a middle name of ``middles`` run together: "응우옌쑤언", "팜반"."""
    return re.compile(
        rf"(?:{'|'.join(sorted(VIETNAMESE_SURNAMES, key=len, reverse=True))})"
        rf"(?:{'|'.join(middles.split())})"
    )


# a surname and a middle name run together, the given name apart: "응우옌쑤언"
_SURNAME_MIDDLE = surname_middle(MIDDLE_SYLLABLES)
_GLUED_DISTINCT = re.compile(
    rf"(?:{'|'.join(sorted(DISTINCT_SURNAMES - _OPENING_WORDS, key=len, reverse=True))})"
    r"[가-힣]{2,5}"
)
# (a glued name never opens with a country's Hangul name: "호주", Australia)


def glued_person_shaped(word: str) -> bool:
    """``word`` is shaped as a Vietnamese name written as one word, of a surname no
    Korean word is spelt as ("응웬후에": Nguyễn Huệ), as streets are named."""
    return _GLUED_DISTINCT.fullmatch(word) is not None


def glued_vietnamese_name(word: str) -> bool:
    """``word`` is shaped as a Vietnamese person's name written as one word: a surname no
    Korean word is spelt as, or any with a middle name after it ("레반홍": Lê Văn Hồng)."""
    return _GLUED_PERSON.fullmatch(word) is not None


def _country_body(name: str) -> bool:
    """ "호주이민국": Australia's immigration bureau, not Hồ Duy's name ("호주이타인" is)."""
    return name.startswith(COUNTRY_WORDS) and name[-1] in "국청부관원회처"


MAX_WORDS_TO_TITLE = 3  # "레티한 다낭시 외교국 부국장": the body between
# the longest title first: "…부위원장" is not "…부위" and "원장"
_TITLES_LONGEST_FIRST = tuple(sorted(TITLES, key=lambda t: (-len(t), t)))


def glued_vietnamese_people(
    words: list[tuple[str, int, int]],
) -> Iterator[tuple[str, str, int, int]]:
    """(name, "leaders", start, end) of each Vietnamese name written as one word, with
    its title within the three words after it, or on it ("팜밍득소장", "부티후에씨는"). A
    name ends in 이 of its own ("도득주이 장관과": Duy; the particle is the title's), no
    other particle ("하반기에")."""
    provinced: list[bool] = []  # whether the sentence names a province: read once
    for i, (word, start, _) in enumerate(words):
        # "레끼만": Mạnh, whose 만 no particle ("only") takes off
        named = word if word.endswith("만") else stem(word)
        if not _GLUED_PERSON.match(named):
            continue  # most words: no title to take off
        titled = next(
            (named[: -len(t)] for t in _TITLES_LONGEST_FIRST if named.endswith(t)),
            None,
        )
        name = titled or (word if word.endswith("이") else named)
        if not _GLUED_PERSON.fullmatch(name) or _country_body(name):
            continue
        # "응우옌쑤언 푹 베트남 총리": the given name apart from surname and middle name
        if (
            not titled
            and _SURNAME_MIDDLE.fullmatch(name)
            and (g := given_apart(words, i))
        ):
            yield f"{name} {g}", "leaders", start, words[i + 1][2]
            continue
        after = words[i + 1 : i + 1 + MAX_WORDS_TO_TITLE]
        if (
            titled
            or title_past_post(words, i)  # "… 초대 주한 베트남 대사"
            or any(is_person_title(w) or is_person_title(stem(w)) for w, _, _ in after)
            or (after and MS.fullmatch(after[0][0]) and not _passer_by(words, i))
            or _province_chief(words, i, provinced)
        ):
            yield name, "leaders", start, start + len(name)


# who a quoted member of the public is, before their name and 씨 (Mr, Ms): "26세 여성 …
# 씨는", "지역주민 … 씨는", "관람객 … 씨는"; a vox pop, no name to propose
_PUBLIC = ("여성", "남성", "주민", "시민", "관객", "관람객", "방문객", "환자")


def _passer_by(words: list[tuple[str, int, int]], i: int) -> bool:
    """The word before ``words[i]`` says a member of the public speaks."""
    return i > 0 and words[i - 1][0].endswith(_PUBLIC)


def _province_chief(
    words: list[tuple[str, int, int]], i: int, provinced: list[bool]
) -> bool:
    """A province's chairman's title ("성장", "부성장") within the three words after
    ``words[i]``, a province's name right before the title or right before the name:
    "붕따우성 쩐민상 성장", "응옌반푸엉 베트남 우에성 성장" (alone, "성장" is growth), or
    anywhere in the sentence, the province the story is about (``provinced`` keeps
    whether it does, read once for the sentence)."""
    for j in range(i + 1, min(i + 1 + MAX_WORDS_TO_TITLE, len(words))):
        if stem(words[j][0]) not in PROVINCE_HEADS:
            continue
        before = words[j - 1][0] if j - 1 > i else words[i - 1][0] if i else ""
        if _a_province(before):
            return True
        # "… 성장을 포함한 대표단은 … 닌빈성과 …" (the name opens the sentence)
        if not provinced:
            provinced.append(any(_listed_province(stem(w)) for w, _, _ in words))
        return provinced[0]
    return False


def _listed_province(word: str) -> bool:
    """A province of the list with 성 after it: "타이빈성", "닌빈성" (not "가능성",
    possibility, nor "수익성", profitability, in a sentence where 성장 is growth)."""
    return word.endswith("성") and is_place_with_kind(word)


def _a_province(word: str) -> bool:
    """A word of three syllables or more ending in 성 (province): "푸옌성", "우에성"."""
    return PROVINCE.match(word) is not None and word.endswith("성")


def spelt_people(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, "leaders", start, end) of each Vietnamese name written syllable by syllable
    in ``text``: a surname, then Văn or Thị; a surname no Korean word is spelt as, then
    two or three words, or one word of given names run together. A match opening inside
    a name found before is none ("응우옌 딘 중 장관": 딘, Đình, is a surname too)."""
    named_to = -1
    for match in _VIETNAMESE_PERSON.finditer(text):
        if match["surname"] in VIETNAMESE_SURNAMES and match.start() >= named_to:
            named_to = match.end("name")
            yield match["name"], "leaders", *match.span("name")
    named, named_to = set(), -1
    for match in _VIETNAMESE_WORDS.finditer(text):
        name = _before_title(match["name"])  # "호앙 민 차관": the vice minister
        if " " not in name:
            continue  # "응우옌 이사 외 현지": Nguyễn, a director, and others
        if match["surname"] in DISTINCT_SURNAMES and match.start() >= named_to:
            named.add(match.start("name"))
            named_to = match.start("name") + len(name)
            yield name, "leaders", match.start("name"), named_to
    for match in _VIETNAMESE_TWO_WORDS.finditer(text):
        given = without_particle(match["given"])
        if (
            match["surname"] in TWO_WORD_SURNAMES
            and match.start("surname") not in named
            and len(match["given"]) >= 2  # "밧은": 밧 (Bát) and its particle
            and given not in _NOT_GIVEN_NAMES
            and not MS.fullmatch(match["given"])  # "응우옌 씨에게": Mr Nguyễn
            and not is_person_title(given)
            and not _place_word(given)  # "쯔엉 호찌민시", "르엉 베트남"
        ):
            start = match.start("given")  # not a common noun: "떠이 응우옌 지역"
            if not is_common_nouns(text, start, start + len(given)):
                yield match["name"], "leaders", *match.span("name")


def _before_title(name: str) -> str:
    """The words of ``name`` before the first that is a title or ends a list."""
    words = name.split()
    cut = next(
        (i for i, w in enumerate(words[1:], 1) if is_title(w) or w in _LISTING),
        len(words),
    )
    return " ".join(words[:cut])


# cities no one is named for (a province may be: "응우옌 호아빈", Nguyễn Hòa Bình)
_CITIES = frozenset(words_of("하노이 호찌민 호치민 하이퐁 다낭 껀터 서울 부산 인천"))


def _place_word(word: str) -> bool:
    """A country, a place with its kind ("호찌민시"), a city no one is named for."""
    return word in HANGUL_COUNTRIES or word in _CITIES or is_place_with_kind(word)


MAX_VIETNAMESE_NAME_WORDS = 4
_WORD_SURNAMES = frozenset(("도안",))  # a surname that is a word too: 도안, a design


def vietnamese_people(
    words: list[tuple[str, int, int]], text: str = ""
) -> Iterator[tuple[str, str, int, int]]:
    """A Vietnamese surname and one to three short words, then a title or 씨 within three
    words: "팜 반 득 부위원장", "응우옌 티 투 하 씨입니다"; the fourth word no body's
    that opens the title ("응우옌 푸 쫑 당 서기장": the Party's), nor glued to a hyphen
    or a digit ("쩐 반 뚜이 베-한 …", "… 부 제1차관")."""
    named_to = -1  # the end of the last name found: "황" of "팜 황 썬" opens none
    for i, (word, start, _) in enumerate(words):
        if word not in VIETNAMESE_SURNAMES or start < named_to:
            continue
        for size in range(MAX_VIETNAMESE_NAME_WORDS, 1, -1):
            name = words[i : i + size]
            if len(name) < size or not adjacent(words, i, i + size - 1):
                continue
            # "응웬 부 뚜 주한 베트남 대사": "주한" (posted in Korea) is the post's; the
            # last word may be a syllable Korean spells in three ("까오 탄 히에우": Hiếu),
            # a middle one a surname ("르엉 응우옌 민 찌엣": Lương Nguyễn Minh Triết)
            if any(
                (len(w[0]) > 2 and w[0] not in VIETNAMESE_SURNAMES)
                or POSTED.fullmatch(w[0])
                for w in name[1:-1]
            ):
                continue
            if word in _WORD_SURNAMES and size < MAX_VIETNAMESE_NAME_WORDS - 1:
                continue  # "도안 심사 위원장": a design's jury; "도안 칸 응우옌" is Đoàn
            last = name[-1][0]
            if any(WITH_PARTICLE.fullmatch(w[0]) for w in name[1:]):
                continue  # "도안 세 장을 회장이": a design, three sheets of it
            if any(w[0] in _LISTING or is_title(w[0]) for w in name[1:]):
                continue  # "수니 하 린 등 가수": the list's end; "도안 작가": a title
            if (
                POSTED.fullmatch(last)
                or last in BEFORE_TITLE
                or (
                    size > MIN_NAME_WORDS
                    and opens_body(last, _word_at(words, i + size))
                )
                or runs_on(text, name[-1][2])
                or not (len(last) <= 2 or THREE_HANGUL_SYLLABLE.fullmatch(last))
            ):
                continue
            after = []
            for w in words[i + size : i + size + 3]:
                after.append(stem(w[0]))
                if WITH_PARTICLE.fullmatch(w[0]):
                    break  # "도안 세 장을 회장이": the title is another's
            # "뜨선시장", "빈딘성장": a city's mayor, a province's chairman, by its name
            if any(
                is_person_title(a)
                or a.startswith("씨")
                or a in PROVINCE_HEADS
                or _province_head(a)
                for a in after
            ):
                yield " ".join(w[0] for w in name), "leaders", start, name[-1][2]
                named_to = name[-1][2]
                break
    # "전 응옥 뚜 시장": a surname spelt as the list does not, by its Vietnamese middle name
    yield from unlisted_surname_people(words, VIETNAMESE_SURNAMES)


# "등" (and others), "외" (besides), "및" (and): the end of a list, no name's syllable
_LISTING = frozenset(words_of("등 외 및"))


def _word_at(words: list[tuple[str, int, int]], i: int) -> str:
    """The ``i``th word, or "" past the last."""
    return words[i][0] if i < len(words) else ""


def _province_head(word: str) -> bool:
    """ "빈딘성장": a province's chairman by its name (not "경제성장", economic growth)."""
    own = next((word[: -len(h)] for h in PROVINCE_HEADS if word.endswith(h)), "")
    return bool(own) and (is_listed_place(name_key(own)) or is_transliterated(own))
