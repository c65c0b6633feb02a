"""A foreign leader Korean names by their country and title after the name: "푸틴 러시아
대통령", "후진타오 중국 국가주석", "마트비엔코 러시아 상원의장", "조 바이든 미국 대통령".

The name is a word the model of Korean reads alone as one proper noun ("푸틴", "부시") or as
none of the language's words, a name spelt by sound ("마트비엔코"); a given name of its own
before it joins it when it reads the same way ("조 바이든"). A common word ("당시 미국
대통령": the then president), a word with a particle ("한국과 미국 대통령") or a place,
country or body is no name."""

from __future__ import annotations

from collections.abc import Iterator

from dossier.places import is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_bodies import is_body
from dossier.recognize.candidates.korean_words import (
    COUNTRY_WORDS,
    HANGUL_COUNTRIES,
    Named,
    is_title,
    stationed_in,
    stem,
    words_of,
)
from dossier.recognize.candidates.morphemes import reads_as_foreign, reads_as_proper
from dossier.text import name_key

MIN_NAME = 2  # syllables of the name's last word: "푸틴", "부시"
# a state's, a government's or a parliament's head, a minister: "대통령", "국가주석",
# "상원의장"; not a firm's ("뚜레쥬르 베트남 법인장", "코이카 베트남 사무소장": the firm's
# branch in the country)
_STATE_TITLES = tuple(words_of("대통령 총리 주석 서기장 총서기 의장 장관 국왕 여왕"))


def _name_word(word: str) -> bool:
    """``word`` alone is a proper noun or a foreign name spelt by sound, and no place,
    country, body or title."""
    if (
        word in HANGUL_COUNTRIES
        or is_title(word)
        or is_body(word)
        or stationed_in(word)
    ):
        return False
    if is_listed_place(name_key(word)) or is_place_with_kind(word):
        return False
    return reads_as_proper(word) or reads_as_foreign(word)


def _state_title(word: str) -> bool:
    """A head of state's, government's or parliament's title, or a minister's, maybe
    with its honorific: "대통령", "상원의장", "외교장관님"."""
    return word.removesuffix("님").endswith(_STATE_TITLES)


def _country_and_title(text: str, words: list[tuple[str, int, int]], i: int) -> bool:
    """Word ``i`` and the next are a country and a state's title ("러시아 대통령"), or
    word ``i`` is both, written together ("일본총리")."""
    word = stem(words[i][0])
    glued = next((c for c in COUNTRY_WORDS if word.startswith(c)), "")
    if glued and _state_title(word[len(glued) :]):
        return text[words[i - 1][2] : words[i][1]] == " "
    if word != words[i][0] or word not in HANGUL_COUNTRIES or i + 1 == len(words):
        return False
    title = stem(words[i + 1][0])
    return _state_title(title) and text[words[i - 1][2] : words[i + 1][1]] == (
        f" {word} "
    )


def foreign_heads(text: str, words: list[tuple[str, int, int]]) -> Iterator[Named]:
    """(name, "leaders", start, end) of each name before a country and a title."""
    for i in range(len(words) - 1):
        word, start, end = words[i]
        if len(word) < MIN_NAME or not _country_and_title(text, words, i + 1):
            continue
        if not _name_word(word):
            continue
        # "조 바이든": the given name, a word of its own before the family name
        if i and text[words[i - 1][2] : start] == " " and _name_word(words[i - 1][0]):
            start = words[i - 1][1]
        yield text[start:end], "leaders", start, end
