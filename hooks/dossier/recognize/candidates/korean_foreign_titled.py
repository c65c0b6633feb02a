"""A foreigner's name of several words spelt by sound, right before a title: "도널드
트럼프 당시 대통령", "필립 트루시에 감독을", "로이 알록 꾸마르 사무총장은", "찰리 응우옌
감독". Korean writes a Western name's words apart, each a word the model of Korean reads as
one proper noun, or knows at best as a rare word (it reads "트루시에" as a noun and a
particle); two or three such words before a title (or before "당시", "전", "현" and the
title: then, former, current) are a person. Not when a word is

- of the language ("국가대표 감독", "마케팅 이사") or has a particle on it, the last but
  one ("협약식에는 박현국 군수");
- a loanword for a thing, a platform or a trade the model reads as a proper noun as it
  does a name ("코로나 팬데믹 당시 대통령", "유튜브 크리에이터 대표");
- a place, a country, a body, or a name another reader found one ("부산국제교류재단 로이
  …", "허창수 전경련 회장": the body between a name and its title);
- a Korean's name ("김은혜 청와대 대변인"; "도널드" is none: no Korean given name has 드);
- the end of a Vietnamese name of short words ("레 쑤언 러이": its readers read it whole).

The words the other readers took out of the name ("도널드", "트루시" of "트루시에") are its
pieces, no names."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from dossier.places import is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_bodies import is_body
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    SURNAMES,
    WORD,
    Named,
    is_person_title,
    is_title,
    stationed_in,
    stem,
    words_of,
)
from dossier.recognize.candidates.morphemes import (
    is_inflected_alone,
    read_alone_score,
    reads_as_proper,
)
from dossier.recognize.candidates.span_index import covering
from dossier.text import name_key

MIN_WORD = 2  # syllables of each word of the name: "필립", "트럼프"
MIN_WORDS, MAX_WORDS = 2, 3
# what the model makes of a word of a name it has not seen, read alone: a rare word at
# best ("알록" -23.2, "응우옌" -22.5, "트루시에" -29.2, as a noun, a counter and a particle);
# the words before a title are common ones ("국가대표" -18.5, "마케팅" -16.6)
RARE_WORD = -22.0
# then, former, current: between a name and its title ("… 당시 대통령")
_WHEN = frozenset(words_of("당시 전 현 前"))
# syllables a foreign name is spelt with and no Korean given name has ("도널드")
_FOREIGN_SYLLABLES = frozenset("드르트프스크브즈츠쯔")
KOREAN_NAME = 2, 4  # syllables of a Korean's name
# loanwords the model reads alone as proper nouns, no word of a person's name: an illness,
# a platform, a trade ("코로나 팬데믹", "유튜브 크리에이터")
LOANWORDS = frozenset(
    words_of("""코로나 팬데믹 엔데믹 오미크론 메르스 유튜브 페이스북 인스타그램 틱톡
    넷플릭스 카카오톡 크리에이터 인플루언서 유튜버 스트리머 메타버스 이커머스 블록체인
    비트코인 아이돌 웹툰 에이전시 뷰티 크루 코리아 아세안 팬덤""")
)


def foreign_titled(text: str, found: Iterable[Named]) -> Iterator[Named]:
    """(name, "leaders", start, end) of each foreign name of several words before a
    title; ``found`` are the names the other readers found in ``text``."""
    others = covering(
        tuple(sorted((a, b) for _, kind, a, b in found if kind != "leaders"))
    )
    words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    for j, (word, _, _) in enumerate(words):
        if not is_person_title(stem(word)):
            continue
        last = j - 1
        if last >= 0 and words[last][0] in _WHEN and _spaced(text, words, last, j):
            last -= 1
        first = last
        while (
            first >= 0
            and last - first < MAX_WORDS
            and _spaced(text, words, first, first + 1)
            and _name_word(words[first][0], first == last)
            and not _taken(others, words[first][1], words[first][2])
        ):
            first -= 1
        short_before = first >= 0 and (
            len(words[first][0]) == 1
            and _spaced(text, words, first, first + 1)
            and not text[words[first][1] - 1 : words[first][1]].isalnum()
        )
        first += 1
        if last - first + 1 >= MIN_WORDS and not short_before:
            start, end = words[first][1], words[last][2]
            yield text[start:end], "leaders", start, end


def _spaced(text: str, words: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """Word ``i`` and word ``j`` after it stand one space apart."""
    return text[words[i][2] : words[j][1]] == " "


def _taken(covered: Callable[[int, int], bool], start: int, end: int) -> bool:
    """A name found covers the word, or crosses its start ("… 재단 로이"); not a piece of
    it ("트루시" of "트루시에", read as a city and a particle)."""
    return covered(start, end) or (start > 0 and covered(start - 1, start + 1))


def _name_word(word: str, last: bool) -> bool:
    """A word of a foreign name: read alone as one proper noun or as a rare word at
    best, with no particle on it unless it is the ``last``; no place, country, body,
    title, nor a Korean's name."""
    if len(word) < MIN_WORD or word in HANGUL_COUNTRIES or stationed_in(word):
        return False
    if is_title(stem(word)) or is_body(word) or word in _WHEN or _korean_name(word):
        return False
    if stem(word) in LOANWORDS:
        return False
    if is_listed_place(name_key(word)) or is_place_with_kind(word):
        return False
    if not last and is_inflected_alone(word):
        return False
    return reads_as_proper(word) or read_alone_score(word) < RARE_WORD


def _korean_name(word: str) -> bool:
    """A surname and a given name with no syllable foreign to one ("김은혜", not
    "도널드")."""
    low, high = KOREAN_NAME
    return (
        low < len(word) <= high
        and word[0] in SURNAMES
        and not _FOREIGN_SYLLABLES.intersection(word[1:])
    )
