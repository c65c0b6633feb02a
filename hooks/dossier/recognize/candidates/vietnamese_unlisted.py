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

Words = list[tuple[str, int, int]]

# Vietnamese syllables Korean spells in ways no Korean word is: a glide ("쑤언", "흐엉",
# "히에우") or 응 before a vowel ("응옥"), as middle names are (Ngọc, Xuân, Tuấn, Hương)
_VIETNAMESE_SYLLABLES = frozenset(
    words_of(
        "응옥 쑤언 쑤안 뚜언 흐엉 쯔엉 끄엉 즈엉 쓰엉 트엉 프엉 히에우 띠엔 꾸옥 비엣"
    )
)
MAX_WORD = (
    2  # syllables of the surname and the last word ("도아", "뚜"); not the glides
)
TITLE_WITHIN = 3  # words after the name: "… 노동보훈사회부 장관"
# words before a name that are no surname: former, current, then, and, besides
_NOT_SURNAMES = frozenset(words_of("현 당시 및 등 외 그 이 또 겸"))


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
            or not adjacent(words, i, i + 2)
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
