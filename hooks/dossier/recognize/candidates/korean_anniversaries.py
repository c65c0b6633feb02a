"""A Korean anniversary's ceremony, named by what it marks, the years, then the ceremony:
"월남전 참전 50주년 기념식", "부산-호찌민 자매결연 30주년 기념식", "평창올림픽 1주년
기념행사"; not "창립 30주년 기념식" (any body's founding) nor "이번 10주년 기념행사". An
event held to mark one takes the anniversary into its name the same way: "한-베 수교
30주년 기념 경제교류회", "한국-베트남 수교 20주년 기념 코리아 페스티벌"."""

from __future__ import annotations

import re

from dossier.recognize.candidates.korean_topics import topic_start
from dossier.recognize.candidates.korean_words import stem, words_of

# the ceremony's word, with its particle or without: "기념식에", "기념행사를"
CEREMONIES = frozenset(words_of("기념식 기념행사"))
_YEARS = "주년"
# "50주년", "제20주년": the years, glued to 주년, a space before
_NUMBER = re.compile(r"\s(?:제\s?)?\d{1,3}$")
_NUMBER_WINDOW = 8  # characters: " 제 123" at most
_TOPIC_WINDOW = 12  # words before the years a topic is looked for in
# what any body or pair marks: its founding, its opening, its ties; a name needs more
_ANY_BODYS = frozenset(
    words_of(
        "창립 개교 설립 수교 개원 개관 개소 창사 출범 결연 자매결연 취임 창간 창단"
    )
)
# a person's or a firm's own milestone: a marriage, joining a firm, entering a market, a
# debut, years of service; no name, whatever place comes before ("결혼 20주년", "한국 진출
# 10주년": a firm's entry into Korea)
_OWN_MILESTONES = frozenset(
    words_of("결혼 입사 진출 데뷔 등단 근속 재직 입국 정착 진입 은퇴 정년")
)


def anniversary_start(
    text: str, words: list[tuple[str, int, int]], i: int
) -> int | None:
    """The first word of an anniversary ceremony's name whose ceremony is word ``i``
    ("… 50주년 기념식"), or None where word ``i`` is none or no topic says whose."""
    if i < 2 or stem(words[i][0]) not in CEREMONIES or words[i - 1][0] != _YEARS:
        return None
    if words[i][1] - words[i - 1][2] != 1:
        return None  # "주년 기념식": one space between
    return _marked_start(text, words, i - 1)


_MARKING = "기념"  # "… 30주년 기념 경제교류회": held to mark it


def marking_start(
    text: str, words: list[tuple[str, int, int]], first: int
) -> int | None:
    """The first word of an anniversary an event's topic (opening at word ``first``, or
    at the "기념" before it) is held to mark, "기념" and the years before it ("한-베 수교
    30주년 기념 경제교류회"), or None where there is none or no topic says whose."""
    if first < len(words) and words[first][0] == _MARKING:
        first += 1  # "기념 경제교류회": the topic read "기념" as its own
    if first < 2 or words[first - 1][0] != _MARKING or words[first - 2][0] != _YEARS:
        return None
    if not (_spaced(words, first - 2, first - 1) and _spaced(words, first - 1, first)):
        return None
    return _marked_start(text, words, first - 2)


def marks_an_anniversary(words: list[tuple[str, int, int]], first: int) -> bool:
    """The topic opening at word ``first`` (or at the "기념" before it) follows "…주년
    기념": an event held to mark years, whose topic ``marking_start`` reads or no name
    ("입사 10주년 기념 세미나": any employee's)."""
    if first < len(words) and words[first][0] == _MARKING:
        first += 1
    return (
        first >= 2 and words[first - 1][0] == _MARKING and words[first - 2][0] == _YEARS
    )


def _spaced(words: list[tuple[str, int, int]], a: int, b: int) -> bool:
    return words[b][1] - words[a][2] == 1


def _marked_start(
    text: str, words: list[tuple[str, int, int]], years: int
) -> int | None:
    """The first word of what the anniversary ending in 주년 (word ``years``) marks."""
    at = words[years][
        1
    ]  # the number is read in a short window before 주년, not the text
    number = _NUMBER.search(text, max(0, at - _NUMBER_WINDOW), at)
    # the word before the number, a space between ("제" is the number's)
    j = (
        next(
            (k for k in range(years - 1, -1, -1) if words[k][2] <= number.start()), None
        )
        if number
        else None
    )
    if j is None or words[j][2] != number.start():
        return None
    # the words before the years read as if the years were not there (a few words
    # before them: a topic is short)
    pseudo = (_YEARS, words[j][2] + 1, words[j][2] + 1 + len(_YEARS))
    low = max(0, j + 1 - _TOPIC_WINDOW)
    first = low + topic_start([*words[low : j + 1], pseudo], j + 1 - low)
    topic = [w for w, _, _ in words[first : j + 1]]
    if not topic or all(w in _ANY_BODYS for w in topic) or topic[-1] in _OWN_MILESTONES:
        return None
    return first
