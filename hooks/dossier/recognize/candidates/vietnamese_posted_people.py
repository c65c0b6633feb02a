"""A Vietnamese name written as one word, whose title stands past the words that say
which post it is ("응우옌반남 초대 주한 베트남 대사": the first ambassador to Korea; "레반홍
전 주한 베트남 대사": the former one), and the given name a paper writes apart from the
surname and the middle name run together ("응우옌쑤언 푹 베트남 총리": Nguyễn Xuân Phúc)."""

from __future__ import annotations

from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    adjacent,
    is_person_title,
    is_title,
    stem,
    words_of,
)
from dossier.recognize.candidates.transliterated import is_transliterated
from dossier.recognize.candidates.vietnamese_name_ends import POSTED

Words = list[tuple[str, int, int]]

# which post, not whose: the first to hold it, former, current, newly appointed
_POST_WORDS = frozenset(words_of("초대 전 현 신임 전임"))
MAX_POST_WORDS = 4  # "초대 주한 베트남 …", "전 주베트남 한국 …"
MAX_GIVEN = 2  # syllables of the given name written apart ("푹", "하이")


def _post_word(word: str) -> bool:
    """A word that says which post a title is ("초대", "주한", "주베트남", "베트남")."""
    return (
        word in _POST_WORDS
        or word in HANGUL_COUNTRIES
        or POSTED.fullmatch(word) is not None
        or (word.startswith("주") and word[1:] in HANGUL_COUNTRIES)
    )


def title_past_post(words: Words, i: int) -> bool:
    """A person's title after ``words[i]``, one word or more between that say which
    post it is, each next to the other ("… 초대 주한 베트남 대사는")."""
    j = i + 1
    while j < len(words) and j - i <= MAX_POST_WORDS and _post_word(words[j][0]):
        j += 1
    return (
        i + 1 < j < len(words)
        and adjacent(words, i, j)
        and is_person_title(stem(words[j][0]))
    )


def given_apart(words: Words, i: int) -> str | None:
    """The given name after ``words[i]`` (a surname and a middle name run together),
    written apart: a word of one syllable, or of two spelt by sound, with no particle,
    then the person's title, right after it or past the post's words ("응우옌쑤언 푹
    베트남 총리는")."""
    if i + 1 >= len(words) or not adjacent(words, i, i + 1):
        return None
    given = words[i + 1][0]
    if len(given) > MAX_GIVEN or (len(given) > 1 and not is_transliterated(given)):
        return None
    if is_title(given) or _post_word(given) or stem(given) != given:
        return None
    titled = (
        i + 2 < len(words)
        and adjacent(words, i + 1, i + 2)
        and is_person_title(stem(words[i + 2][0]))
    )
    return given if titled or title_past_post(words, i + 1) else None
