"""What a Korean agreement is for, before "위한" or "관한": "군사정보보호에 관한 양해각서",
"협력을 위한 전략적 양해각서"; and two things it is for, joined: "학술교류와 학생교류를
위한 협정", "인력 파견 및 수용 협력에 관한 협약", "교류·협력을 위한 양해각서". A partner
joined so is no purpose ("라오스와 협력을 위한", "현지 대학과 …"): the word joined on ends
in a noun of an act (exchange, dispatch, training), which no partner's name does."""

from __future__ import annotations

from dossier.recognize.candidates.korean_topics import topic_start
from dossier.recognize.candidates.korean_words import adjacent, stem, words_of

# "군사정보보호에 관한 양해각서", "협력을 위한 전략적 양해각서": what an agreement is about
ABOUT = frozenset(words_of("관한 위한"))
# the nouns of acts an agreement is for, which end a purpose joined to the next
_ACTS = tuple(
    words_of(
        "교류 협력 개발 양성 지원 투자 교육 연구 보호 증진 육성 발전 진흥 촉진 강화 "
        "확대 파견 수용 도입 교환 공유 보급 운영 관리"
    )
)
_AND = "및"
_DOT = "·"
_WITH = ("와", "과")


def purpose_start(text: str, words: list[tuple[str, int, int]], first: int) -> int:
    """``first``, or the start of what an agreement is about before it: a word with its
    particle and "관한" or "위한", the topic words before that word, and the acts joined
    before those by "와", "및" or a dot."""
    if not (
        first >= 2
        and words[first - 1][0] in ABOUT
        and adjacent(words, first - 2, first)
        and stem(words[first - 2][0]) != words[first - 2][0]
    ):
        return first
    start = topic_start(words, first - 2)
    while (joined := _joined_act(text, words, start)) is not None:
        start = min(joined, topic_start(words, joined))
    return start


def _joined_act(text: str, words: list[tuple[str, int, int]], start: int) -> int | None:
    """The word of an act joined before word ``start`` ("교류·", "학술교류와", "파견 및"),
    or None."""
    if start < 1 or not adjacent(words, start - 1, start):
        return None
    before = words[start - 1][0]
    if text[words[start - 1][2]] == _DOT and before.endswith(_ACTS):
        return start - 1  # "교류·협력을"
    if text[words[start - 1][2]] != " ":
        return None
    if before[-1:] in _WITH and before[:-1].endswith(_ACTS):
        return start - 1  # "학술교류와 학생교류를"
    if (
        before == _AND
        and start >= 2
        and adjacent(words, start - 2, start)
        and text[words[start - 2][2]] == " "
        and words[start - 2][0].endswith(_ACTS)
    ):
        return start - 2  # "파견 및 수용"
    return None
