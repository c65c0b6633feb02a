"""Where a Vietnamese person's name written in Hangul ends: not on the word after it
that is a title, a country, a post, a body's or a place's ("판 반 카이 수상은", "응우옌 푸 쫑
당 서기장", "레 티 응아 국회 사법위원장"), nor with the particle on its last word."""

from __future__ import annotations

import re

from dossier.places import is_place_with_kind
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    MS,
    final_consonant,
    is_title,
    stem,
    words_of,
)
from dossier.recognize.candidates.transliterated import UNIVERSITY
from dossier.text import hangul_parts

# one Vietnamese syllable Korean writes in three: "히에우" (Hiếu), "조아인" (Doanh), "응우옌"
THREE_HANGUL_SYLLABLE = re.compile(
    r"[가-힣](?:에우|아인|우옌|으엉|이엔|오아|우언|으어|이에|우에)"
)
POSTED = re.compile(r"주[한일미중베]")
# words a title opens with, which end no Vietnamese name: "응웬 쑤언 푹 수석 부총리" (senior
# deputy prime minister), "레 탄 흥 의회 의장" (the council's chair), "쩐 유이 융 현장" (the
# district's head), "팜 반 득 전 대사" (the former ambassador); "신임" (newly appointed),
# "초대" (first), "차기" (next), "전임" (outgoing): "… 신임 대사"; not "현" (current),
# which is also the last syllable of a name ("쩐 티 투 현": Hiền, Huyền)
BEFORE_TITLE = frozenset(
    words_of(
        "수석 상임 의회 현장 인민의회 인민위원회 당위원회 당시 전 신임 초대 차기 전임"
    )
)


# a word of two syllables or more ending in an object or topic particle, which no
# syllable of a Vietnamese name is spelt as
WITH_PARTICLE = re.compile(r"[\uac00-\ud7a3]+[을를은는]")


MIN_NAME_WORDS = 3  # a spaced name's words when its last word is cut: "응우옌 푸 쫑"
# a body's word that opens a title after a person's name, which no Vietnamese syllable is
# spelt as after three words of a name: "… 당 서기장" (the Party's general secretary),
# "… 국회 사법위원장" (the National Assembly's), "… 정부 대변인"
BODY_OPENERS = frozenset(words_of("국회 정부 중앙 공산당 인민"))
# 당 (the Party) is also a syllable of names (Đăng, Đặng): it opens a body only before a
# Party post or organ ("… 당 서기장", "… 당 중앙위원회"), not before 씨 ("… 하이 당 씨")
_PARTY = "당"
_PARTY_WORDS = (
    "서기",
    "총서기",
    "비서",
    "총비서",
    "부서기",
    "중앙",
    "위원",
    "부위원",
    "정치국",
    "대회",
    "대표",
    "지도",
    "기관",
    "조직",
    "선전",
)
RUNS_ON = re.compile(r"-[가-힣]|\d")


def opens_body(word: str, after: str = "") -> bool:
    """``word`` opens a body's name or a place's ("빈시 당위원회"), no syllable of a
    person's name; 당 only with a Party post or organ ``after`` it ("당 서기장")."""
    if word == _PARTY:
        return after.startswith(_PARTY_WORDS)
    return word in BODY_OPENERS or is_place_with_kind(word)


def runs_on(text: str, end: int) -> bool:
    """The word ending at ``end`` is glued to a hyphen and Hangul ("베-한") or to a
    digit ("제1차관") after it: a compound's first part, no syllable of a name."""
    return RUNS_ON.match(text, end) is not None


def particled(word: str) -> bool:
    """A word with a particle on it: a topic's or an object's ("밧은"), or a subject's
    이 after a closed syllable ("옌이"; not "응이", Nghị, a syllable of its own; after an
    open one the particle is 가: "하이" is Hải)."""
    return WITH_PARTICLE.fullmatch(word) is not None or (
        len(word) >= 2
        and word[-1] == "이"
        and final_consonant(word[-2]) != 0
        and word != "응이"
    )


def person_words(name: str, following: str = "") -> str:
    """A Vietnamese name in Hangul without the words after it that are not its: "판 반
    카이 수상은" (a title), "판 반 장 베트남" (a country), "… 퀴논시" (a city), "팜 흐우 찌
    주한" (posted in Korea), "응웬 티 히엔 반랑대" (a university), "쯔엉 지앙 씨는" (Mr),
    and without the particle on its last word ("팜 반 카이가", "호앙 투이 린이"); a word
    inside with its particle on ends it ("응우옌 밧은 번역가": the name is "응우옌 밧").
    ``following`` is the text after the name ("… 당 서기장": 당 is the Party's)."""
    parts = name.split()
    ended = next(
        (i for i, part in enumerate(parts[1:-1], 1) if particled(part)), len(parts)
    )
    parts = parts[: ended + 1]
    # the word after the one looked at: the one cut last, or the text's next
    after = (
        following.split()[0]
        if following.strip() and len(parts) == len(name.split())
        else ""
    )
    while len(parts) > 2 and (
        is_place_with_kind(parts[-1])
        or MS.fullmatch(parts[-1]) is not None
        or (len(parts[-1]) > 2 and UNIVERSITY.fullmatch(parts[-1]) is not None)
        or len(parts) > 3
        and (
            stem(parts[-1]) != parts[-1]
            or is_title(parts[-1])
            or parts[-1] in HANGUL_COUNTRIES
            or parts[-1] in BEFORE_TITLE
            or opens_body(parts[-1], after)
            or POSTED.fullmatch(parts[-1]) is not None
            # "응우옌 푸 쫑 공산당": a body's word, longer than a Vietnamese syllable
            or not (len(parts[-1]) <= 2 or THREE_HANGUL_SYLLABLE.fullmatch(parts[-1]))
        )
    ):
        after = parts.pop()
    if len(parts) == len(name.split()) and spelt_whole(name, following):
        return name  # "응웬 반 하이(NGUYEN VAN HAI)": the bracket spells the 이 too
    return " ".join([*parts[:-1], without_particle(parts[-1])])


# the name's spelling in letters, in brackets right after it ("(NGUYEN VAN HUNG)")
SPELLING_AFTER = re.compile(r"\(([A-Za-zÀ-ỹĐđ][A-Za-zÀ-ỹĐđ\- ]{0,60})\)")
_LETTERS = re.compile(r"[A-Za-zÀ-ỹĐđ]+")
_IEUNG, _RIEUL = 11, 5  # ㅇ (silent before a vowel), ㄹ: initial consonants
_EU = 18  # ㅡ, the vowel Korean writes after a consonant with none of its own
# particles opening on a vowel, never a syllable's vowel tail ("마이의", "마이와")
_NOT_A_VOWEL_TAIL = frozenset("의와")


def spelt_whole(name: str, following: str) -> bool:
    """The spelling in brackets after ``name`` has a word for each of its syllables,
    the last included: "응웬 반 하이(NGUYEN VAN HAI)"; not "응웬 반훙이(NGUYEN VAN
    HUNG)", "트란 티 마이가(TRAN THI MAI)" (Korean writers put the particle before the
    bracket as well as after it)."""
    spelling = SPELLING_AFTER.match(following)
    if spelling is None:
        return False
    spelt = len(_LETTERS.findall(spelling.group(1)))
    return spelt == sum(vietnamese_syllables(word) for word in name.split())


def vietnamese_syllables(word: str) -> int:
    """How many Vietnamese syllables a word in Hangul writes: "반훙" 2, "응웬" 1 (응 and
    트 are a consonant only: "트란", "쯔엉"), "하이" 1 (a vowel after an open syllable
    belongs to it: "히에우", "조아인"), "옥감이" 3, "마이가" 2."""
    count = 0
    previous: tuple[int, int, int] | None = None
    for syllable in word:
        parts = hangul_parts(syllable)
        if parts is None:
            return 0
        initial = parts[0]
        joined = previous is not None and (
            previous == hangul_parts("응")
            or (
                previous[1] == _EU
                and previous[2] == 0
                and initial in (_IEUNG, _RIEUL)  # "쯔엉", "트란"
                and syllable not in _NOT_A_VOWEL_TAIL
            )
            or (
                initial == _IEUNG
                and previous[2] == 0
                and syllable not in _NOT_A_VOWEL_TAIL
            )
        )
        count += not joined
        previous = parts
    return count


def without_particle(word: str) -> str:
    """ "밧은" → 밧, "안둑이" → 안둑 (이 after a closed syllable is the subject's
    particle), "카이가" → 카이; "꽝하이" stays whole (``stem`` takes its 이 for one)."""
    if particled(word):
        return word[:-1]
    return word if word.endswith("이") else stem(word)
