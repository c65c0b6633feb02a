"""People Korean names by what stands right after the name, not by a title: a monk by 스님
after a dharma name ("묵원 스님"), and anyone by their age in brackets ("윈티화(38)씨",
"남진희(여.34)씨", "콩 푸엉(24, 인천 유나이티드)이", "릴리아 부(27, 미국)는")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_place_name
from dossier.recognize.candidates.korean_words import (
    Named,
    adjacent,
    is_person_title,
    stem,
    words_of,
)
from dossier.recognize.candidates.morphemes import PROPER, morphemes
from dossier.recognize.candidates.vietnamese_in_hangul import (
    DISTINCT_SURNAMES,
    MIDDLE_SYLLABLES,
    TWO_WORD_SURNAMES,
    VIETNAMESE_SURNAMES,
)

# "묵원 스님과", "혜철 스님(옥천 대성사 주지)": a monk's dharma name, two syllables, opens
# with no surname; "주지 스님" (the abbot), "큰 스님" name nobody
_MONK = "스님"
_NOT_MONKS = frozenset(
    words_of(
        "주지 큰 노 젊은 여러 모든 두 세 네 각 원로 비구니 대덕 스님 외국인 한국 베트남 "
        "양국 양측 현지 우리 여성 남성 관계 참석 방장 은사 회주 조실 율사 강사 법사"
    )
)
DHARMA_NAME = 2


def monks(words: list[tuple[str, int, int]]) -> Iterator[Named]:
    for i, (word, start, end) in enumerate(words[:-1]):
        if (
            len(word) == DHARMA_NAME
            and word not in _NOT_MONKS
            and not is_person_title(word)
            and stem(words[i + 1][0]) == _MONK
            and adjacent(words, i, i + 1)
        ):
            yield word, "leaders", start, end


# "(38)", "(여.34)", "(57·엔지니어)", "(24, 인천 유나이티드)": an age, maybe a sex before it
# and what the person does or where they come from after it (not "(2,840억원)", a sum)
_AGE = re.compile(
    r"(?<![가-힣])(?P<word>[가-힣]{1,5})\((?:[여남][.,·]\s?)?\d{1,3}세?"
    r"(?:\)|[,·]\s?[가-힣A-Za-z][^()]{0,20}\))"
)
# "다이홍돈짱 양(17)", "홍길동 군(15)": Miss, Master, Mr: the name is the word before
_HONORIFICS = frozenset(words_of("양 군 씨 옹"))
# a one-syllable word before a name that says which or when: "고 …" (the late), "전 …"
_DETERMINERS = frozenset(words_of("그 이 저 또 전 고 현 각 약 총 및 등 새 옛 두 세"))


def aged(text: str) -> Iterator[Named]:
    """(name, "leaders", start, end) of the people of ``text`` with their age after the
    name: a proper noun, by the model of Korean, glued to the brackets, with the short
    word before it that a Vietnamese name opens with ("콩 푸엉"); or a one-syllable word
    after a proper noun ("릴리아 부"); or the proper noun before an honorific ("… 양")."""
    if "(" not in text:
        return
    for match in _AGE.finditer(text):
        word, start, end = match["word"], match.start("word"), match.end("word")
        if is_place_name(word):
            continue  # "베트남(12)과 태국(9)": a country and a count, no age
        before = re.search(r"(?<![가-힣])([가-힣]{1,5}) $", text[:start])
        opens = before.start(1) if before else None
        if _proper(text, start, end):
            if len(word) == 1:
                continue  # "… 옥 롭(13)": the end of a name spelt by sound
            if before and _short_noun(text, opens, before[1]):
                start = opens  # "콩 푸엉"
            else:
                start = _vietnamese_opening(text, start, word)
            yield text[start:end], "leaders", start, end
        elif before and _proper(text, opens, before.end(1)):
            if word in _HONORIFICS:
                yield before[1], "leaders", opens, before.end(1)
            elif len(word) == 1:
                yield text[opens:end], "leaders", opens, end  # "릴리아 부"


# the one or two short words before an aged name: "도 응옥 루옌(39)", "응 웬티프엉(33)"
_WORDS_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{1,3}) (?:([가-힣]{1,2}) )?$")
_LOOK_BACK = len("응우옌 응옥 ")  # no further than the two words before


def _vietnamese_opening(text: str, start: int, word: str) -> int:
    """Where a Vietnamese name opens before its last word ``word`` at ``start``: at its
    surname two words back ("도 응옥 루옌"), or at the first syllable of its surname
    written apart ("응 웬티프엉": 응웬); else ``start``."""
    before = _WORDS_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if not before:
        return start
    last = before[2] or before[1]
    if _split_surname(last, word):
        return before.start(2) if before[2] else before.start(1)
    if before[2] and before[1] not in _DETERMINERS and _opens(before[1], before[2]):
        return before.start(1)
    return start


_MIDDLE_NAMES = frozenset(words_of(MIDDLE_SYLLABLES + " 응옥"))
# two-syllable surnames whose first syllable, written apart, is no Korean word: "응 웬",
# "응우 옌" (not "부 이", "호 앙": a word, then a surname); nor one whose second is a
# Korean surname ("응 오민수": yeah, then 오민수)
_SPLIT_SURNAMES = frozenset(
    s for s in TWO_WORD_SURNAMES if s[0] in "응즈쯔르브" and s != "응오"
)


def _opens(surname: str, middle: str) -> bool:
    """``surname`` then ``middle`` open a Vietnamese name spelt word by word: a surname
    no Korean word is spelt as ("쩐 후 …"), or any with a Vietnamese middle name after it
    ("보 응옥 …"; not "당 대표 …", the party's leader)."""
    return surname in DISTINCT_SURNAMES or (
        surname in VIETNAMESE_SURNAMES and middle in _MIDDLE_NAMES
    )


def _split_surname(part: str, rest: str) -> bool:
    """``part`` is a surname's first syllables written apart from ``rest``, which opens
    with the others: "응" and "웬티프엉" (응웬); not "다" and "오민수" (all, and 오)."""
    return any(
        s.startswith(part) and len(s) > len(part) and (part + rest).startswith(s)
        for s in _SPLIT_SURNAMES
    )


def _short_noun(text: str, start: int, word: str) -> bool:
    """A one-syllable noun a Vietnamese name opens with ("콩"), not a determiner ("고":
    the late) nor a verb's form ("된": which became)."""
    if len(word) != 1 or word in _DETERMINERS:
        return False
    inside = [m for m in morphemes(text) if m.start == start]
    return (
        bool(inside) and inside[0].tag.startswith("NN") and inside[0].end == start + 1
    )


def _proper(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one proper noun, whole, the model reads in its sentence."""
    inside = [m for m in morphemes(text) if m.start < end and m.end > start]
    return (
        len(inside) == 1
        and inside[0].tag == PROPER
        and (inside[0].start, inside[0].end) == (start, end)
    )
