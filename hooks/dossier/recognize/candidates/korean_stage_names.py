"""A stage name right after the noun that says what the act is, as entertainment pages
introduce acts: a group's ("걸그룹 파랑새와", "보이그룹 하늘소리(HANEUL)의") is a body
("organizations"), a singer's ("가수 별빛나래가", "인기가수 단(Dan)과") a person
("leaders").

A stage name is no Korean name shaped as a person's, so the rule of occupations
(``korean_occupations``) misses it; it counts when the model of Korean reads it alone as
a proper noun or as a word it does not know, or when its spelling in letters follows in
brackets ("보이그룹 열둘(YEOLDUL)": a numeral the model knows, named so). No common
noun the model knows ("그룹 인공지능(AI)", "걸그룹 응원봉") nor a platform's or a
trade's loanword ("가수 틱톡", "걸그룹 팬덤") is one. The cue stands alone, after a
space, a bracket or a line's start ("SK그룹 회장" is a firm's group, no act's noun); a
bare "그룹" counts only after "아이돌" ("빈 그룹 팜녓브엉", "삼성 그룹": a firm's group);
and a title or a firm's post after the word ("그룹 관계자", "가수 김철수 씨", "… 창업자")
makes it no stage name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_foreign_titled import LOANWORDS
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    Named,
    adjacent,
    is_title,
    own_stem,
    stem,
)
from dossier.recognize.candidates.morphemes import (
    COMMON,
    UNKNOWN_WORD,
    is_name_alone,
    is_unknown_word,
    read_alone,
)

# the act's noun, a modifier glued on before it as papers write it ("인기가수")
_GROUPS = frozenset(("걸그룹", "보이그룹", "아이돌그룹", "밴드", "듀오"))
# a bare group's noun, an act's only after an idol's ("아이돌 그룹"; not "빈 그룹")
_GROUP, _IDOL = "그룹", "아이돌"
# posts a firm's people hold that are no titles: "빈 그룹 팜녓브엉 창업자"
_FIRMS_POSTS = frozenset(("창업자", "창업주", "설립자", "공동창업자", "총수", "오너"))
# what a word the model knows as a common noun reads as: nouns and their affixes
_COMMON_PARTS = frozenset((COMMON, "NNB", "XSN", "XPN"))
_SINGERS = frozenset(("가수", "인기가수", "가수인", "래퍼", "싱어송라이터"))
# a stage name's spelling in letters right after it: "(HANEUL)", "(Dan)"
_SPELLING = re.compile(r"\([A-Za-z][A-Za-z0-9 .&'\-]{0,24}\)")
MAX_STAGE_SYLLABLES = 6


def cued_stage_names(words: list[tuple[str, int, int]], text: str) -> Iterator[Named]:
    """(name, type, start, end) of each stage name right after a group's or a singer's
    noun in ``text``."""
    for i in range(len(words) - 1):
        cue, start, _ = words[i]
        kind = (
            "organizations"
            if cue in _GROUPS or (cue == _GROUP and _after_idol(words, i))
            else "leaders"
            if cue in _SINGERS
            else None
        )
        if kind is None or (start and text[start - 1] not in " \n(\"'‘“·,"):
            continue
        if not adjacent(words, i, i + 1):
            continue
        word, at, _ = words[i + 1]
        name = own_stem(word)  # "프엉마이", no subject's 이 after an open syllable
        spelt = _SPELLING.match(text, at + len(name)) is not None
        if not (1 <= len(name) <= MAX_STAGE_SYLLABLES) or _titled(words, i + 2):
            continue
        if is_title(name) or name in HANGUL_COUNTRIES or _a_word(name, spelt):
            continue
        if not spelt and name == word and _name_goes_on(words, i + 2):
            continue  # "가수 호앙 투이 린": a name in several words, read elsewhere
        if spelt or (len(name) >= 2 and _read_as_name(name)):
            yield name, kind, at, at + len(name)


def _after_idol(words: list[tuple[str, int, int]], i: int) -> bool:
    return i > 0 and words[i - 1][0] == _IDOL and adjacent(words, i - 1, i)


def _a_word(word: str, spelt: bool) -> bool:
    """A word of the language, no stage name: a common noun the model knows alone
    ("인공지능"), a rare word of known nouns unless spelt after it ("응원봉": 응원 and
    봉; "블루웨이브(BLUEWAVE)" a name), or a loanword it reads as a proper noun ("팬덤")."""
    if word in LOANWORDS:
        return True
    tokens, score = read_alone(word)
    return all(t.tag in _COMMON_PARTS for t in tokens) and (
        score >= UNKNOWN_WORD or (len(tokens) > 1 and not spelt)
    )


def _read_as_name(word: str) -> bool:
    return is_name_alone(word) or is_unknown_word(word)


def _name_goes_on(words: list[tuple[str, int, int]], i: int) -> bool:
    """The word at ``i`` follows the name's first and may be its next syllables: one
    syllable, or a word the model reads as a name ("호앙 투이 린"), not a word of the
    language ("민콴 그리고")."""
    if i >= len(words) or not adjacent(words, i - 1, i):
        return False
    word = stem(words[i][0])
    return len(word) == 1 or _read_as_name(word)


def _titled(words: list[tuple[str, int, int]], i: int) -> bool:
    """The word at ``i`` follows the name and is a title: the name is a person's or a
    firm's before their post ("그룹 김철수 회장"), no stage name."""
    if i >= len(words) or not adjacent(words, i - 1, i):
        return False
    post = stem(words[i][0])
    return is_title(post) or post in _FIRMS_POSTS
