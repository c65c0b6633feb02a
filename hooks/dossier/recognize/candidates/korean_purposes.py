"""What a Korean agreement is for, before "위한" or "관한": "군사정보보호에 관한 양해각서",
"협력을 위한 전략적 양해각서"; and two things it is for, joined once: "학술교류와 학생교류를
위한 협정", "인력 파견 및 수용 협력에 관한 협약", "교류·협력을 위한 양해각서". A partner
joined so is no purpose ("라오스와 협력을 위한", "현지 대학과 …", "HDC현대산업개발과 …"):
the word joined on is common nouns ending in a noun of an act (exchange, dispatch,
training), which no partner's name is; nor is a time ("수교 이후 교류와 …"). A joined
purpose too long for a name leaves the purpose alone."""

from __future__ import annotations

import re

from dossier.recognize.candidates.filters import MAX_HANGUL_THING_WORDS
from dossier.recognize.candidates.korean_topics import topic_start
from dossier.recognize.candidates.korean_words import AND, adjacent, stem, words_of
from dossier.recognize.candidates.morphemes import read_alone

# "군사정보보호에 관한 양해각서", "협력을 위한 전략적 양해각서": what an agreement is about
ABOUT = frozenset(words_of("관한 위한"))
# the nouns of acts an agreement is for, which end a purpose joined to the next
_ACTS = tuple(
    words_of(
        "교류 협력 개발 양성 지원 투자 교육 연구 보호 증진 육성 발전 진흥 촉진 강화 "
        "확대 파견 수용 도입 교환 공유 보급 운영 관리"
    )
)
# "수교 이후 교류와 …": a time the acts follow, no part of the purpose
_TIMES = frozenset(words_of("이후 이전 동안 이래 당시 이후로 직후 전후"))
_DOT = "·"
_WITH = ("와", "과")
_HANGUL_ONLY = re.compile(r"[가-힣]+")
_COMMON_NOUN = "NNG"


def purpose_start(
    text: str, words: list[tuple[str, int, int]], first: int, head: int
) -> int:
    """``first``, or the start of what the agreement at word ``head`` is about before
    ``first``: a word with its particle and "관한" or "위한", the topic words before that
    word, and an act joined before those by "와", "및" or a dot."""
    if not (
        first >= 2
        and words[first - 1][0] in ABOUT
        and adjacent(words, first - 2, first)
        and stem(words[first - 2][0]) != words[first - 2][0]
    ):
        return first
    start = topic_start(words, first - 2)
    joined = _joined_act(text, words, start)
    if joined is None:
        return start
    wider = min(joined, topic_start(words, joined))
    spanned = [w for w, _, _ in words[max(wider - 1, 0) : joined]]
    named = [w for w, _, _ in words[wider : head + 1] if w != AND]
    if any(w in _TIMES for w in spanned) or len(named) > MAX_HANGUL_THING_WORDS:
        return start
    return wider


def _joined_act(text: str, words: list[tuple[str, int, int]], start: int) -> int | None:
    """The word of an act joined before word ``start`` ("교류·", "학술교류와", "파견 및"),
    or None."""
    if start < 1 or not adjacent(words, start - 1, start):
        return None
    before = words[start - 1][0]
    if text[words[start - 1][2]] == _DOT and _plain_act(before):
        return start - 1  # "교류·협력을"
    if text[words[start - 1][2]] != " ":
        return None
    if before[-1:] in _WITH and _plain_act(before[:-1]):
        return start - 1  # "학술교류와 학생교류를"
    if (
        before == AND
        and start >= 2
        and adjacent(words, start - 2, start)
        and text[words[start - 2][2]] == " "
        and _plain_act(words[start - 2][0])
    ):
        return start - 2  # "파견 및 수용"
    return None


def _plain_act(word: str) -> bool:
    """``word`` is common nouns ending in an act ("교류", "학술교류"); not a name that
    ends so ("현대산업개발", "천재교육")."""
    if not (_HANGUL_ONLY.fullmatch(word) and word.endswith(_ACTS)):
        return False
    tokens, _ = read_alone(word)
    return all(token.tag == _COMMON_NOUN for token in tokens)
