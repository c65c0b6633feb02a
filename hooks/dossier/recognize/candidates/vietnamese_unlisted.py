"""A Vietnamese person's name of three words written in Hangul whose surname is spelt in
a way the list of surnames does not hold ("전 응옥 뚜 시장": Trần Ngọc Tú, "도아 응옥 중
장관": Đào Ngọc Dung), known by its middle word: a Vietnamese syllable no Korean word is
spelt as ("응옥": Ngọc, "쑤언": Xuân, "뚜언": Tuấn), then a title within three words.

Korean writes such a syllable with a vowel glide no word of its own has ("쑤언", "흐엉"),
or opening with 응 before a vowel ("응옥"). A surname of the list reads the name already
("응우옌 쑤언 푹"); a name of a surname and a middle word alone is none: a surname opens
the three ("전 응우옌 쑤언 푹 주석" is the former president, its 전 no surname)."""

from __future__ import annotations

from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import (
    adjacent,
    is_person_title,
    is_title,
    stem,
    words_of,
)
from dossier.recognize.candidates.morphemes import read_alone

Words = list[tuple[str, int, int]]

# Vietnamese syllables Korean spells in ways no Korean word is: a glide ("쑤언", "흐엉",
# "히에우") or 응 before a vowel ("응옥"), as middle names are (Ngọc, Xuân, Tuấn, Hương)
_VIETNAMESE_SYLLABLES = frozenset(
    words_of(
        "응옥 쑤언 쑤안 뚜언 흐엉 쯔엉 끄엉 즈엉 쓰엉 트엉 프엉 히에우 띠엔 꾸옥 비엣"
    )
)
# syllables of the surname and the last word ("도아", "뚜"); not the glides
MAX_WORD = 2
TITLE_WITHIN = 3  # words after the name: "… 노동보훈사회부 장관"
# words before a name that are no surname: current, then, and, besides, the late, new;
# and Văn, Thị, a middle name's ("류 티 흐엉 장": the surname is 류, out of the window)
_NOT_SURNAMES = frozenset(
    words_of("현 당시 및 등 외 그 이 또 겸 고 새 각 양 본 총 반 티")
)
# a place's kind, no name's last word: "푸 꾸옥 섬" (Phú Quốc island), "띠엔 장 성"
_PLACE_KINDS = frozenset(words_of("성 섬 시 강 도 군 현 구 동 면 산 만 호 항 곶 해변"))
# the model's reading of a word of the language: a noun, a determiner, an adverb
_KOREAN_TAGS = frozenset(words_of("NNG NNB MM MAG"))


def vietnamese_middle(word: str) -> bool:
    """``word`` is one Vietnamese syllable spelt as no Korean word is: "응옥", "쑤언"."""
    return word in _VIETNAMESE_SYLLABLES


def unlisted_surname_people(
    words: Words, surnames: frozenset[str]
) -> Iterator[tuple[str, str, int, int]]:
    """(name, "leaders", start, end) of each name of three words whose first is a short
    word no list of ``surnames`` holds, whose middle one is a Vietnamese syllable, with a
    person's title within three words after it."""
    for i in range(len(words) - 3):
        first, middle, last = (w[0] for w in words[i : i + 3])
        if (
            first in surnames
            or first in _NOT_SURNAMES
            or middle in surnames  # "전 응우옌 …": the former's
            or not vietnamese_middle(middle)
            or len(first) > MAX_WORD
            or not (len(last) <= MAX_WORD or vietnamese_middle(last))
            or stem(last) != last  # a particle: the name ends before
            or is_title(first)
            or is_title(last)
            or last in _PLACE_KINDS
            or _place_after(words, i + 3)
            or not adjacent(words, i, i + 2)
            or _korean_word(first)
        ):
            continue
        after = words[i + 3 : i + 3 + TITLE_WITHIN]
        if any(is_person_title(stem(w)) for w, _, _ in after):
            yield (
                " ".join((first, middle, last)),
                "leaders",
                words[i][1],
                words[i + 2][2],
            )


def _place_after(words: Words, at: int) -> bool:
    """A place's kind follows the three words: "띠엔 장 성" (Tiền Giang province)."""
    return stem(words[at][0]) in _PLACE_KINDS


def _korean_word(word: str) -> bool:
    """``word`` of two syllables is one the model reads alone as a word of the language:
    "신임" (newly appointed), "전임", "차기", "델타", "특히"; a syllable alone is as often
    a surname ("라", "보"), the list above says which are not."""
    tokens, _ = read_alone(word)
    return len(word) > 1 and len(tokens) == 1 and tokens[0].tag in _KOREAN_TAGS
