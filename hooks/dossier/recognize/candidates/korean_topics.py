"""The words of a Korean name's topic before the noun of its kind: nouns with no
particle, at most two of them, or three after two countries ("한-베트남 산림협력 고위급
회의"), never a time word, a verb's form or a word with its particle ("이번", "열린",
"협력을")."""

from __future__ import annotations

import re

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import adjacent, stem, words_of
from dossier.recognize.candidates.lexicon import name_key

# What says which agreement or event it is not: "업무협약", "이번 포럼"
NOT_TOPIC = frozenset(
    words_of(
        "업무 협력 상호 교류 양해 이번 이 그 해당 관련 각종 올해 내년 지난 주년 월 년 컵 회 "
        "정부 해외 신규 주력 핵심 주요 국내 현지 추진 시범 등 및 와 과 간 간의 연내 "
        "갖고 열고 맺고 하고 통해 위해 대해 이날 당일 오늘 어제 현장 양국 언론 항공기 "
        "몇 수 여러 특별"
    )
) | frozenset(
    # a time or a turn of the story, no topic: "그동안 원자력협력협정 체결", "최근 …"
    words_of(
        "그동안 그간 최근 당시 향후 지난해 작년 이달 금번 앞서 또한 특히 한편 현재"
    )
)
# three where they follow two countries ("한-베트남 산림협력 고위급 …")
MAX_TOPIC_WORDS = 2
# "가진 국방전략대화", "열린 포럼", "대표적인 …": a verb's or an adjective's form before a noun
# says what was done or how, not which ("콜드체인", "베트남인" end in 인 as nouns)
ADNOMINAL = re.compile(
    r"..*(?:진|린|된|는|던|한|적인|운|온|간|할|될|갖는)$|...*해$"
)  # "출전해"


# what a topic holds inside but never opens with, and which is no word of its count:
# "철도 협력 업무협약", "한-베트남 선원 교육 분야 양해각서"; not "이번 협력 포럼" (no topic
# before it). Before one, a single short word is a field's, any ("농업 협력 업무협약",
# "우호 교류 협약"), and the topic stops after it, as it did before "협력" and "교류"
_INNER = frozenset(words_of("협력 교류 분야"))
MIN_BEFORE_INNER = 3  # syllables: "공공행정 협력 업무협약", "도시철도 협력 포럼"


def topic_start(words: list[tuple[str, int, int]], i: int) -> int:
    """The first of the words of a topic before word ``i`` (at most two, "협력" and the
    like not counted): nouns with no particle, neither a verb's form ("열린") nor a word
    that says which it is not ("이번")."""
    first = _topic_start(words, i, _INNER)
    own = [w for w, _, _ in words[first:i] if w not in _INNER]
    if len(own) == len(words[first:i]) or len("".join(own)) >= MIN_BEFORE_INNER:
        return first
    return _topic_start(words, i, frozenset())


def _topic_start(
    words: list[tuple[str, int, int]], i: int, inner: frozenset[str]
) -> int:
    """The topic's first word before word ``i``, reading over the words of ``inner``
    without counting them."""
    first, counted = i, 0
    while (
        first > 0
        and counted <= MAX_TOPIC_WORDS
        and adjacent(words, first - 1, first)
        and bare(words[first - 1][0])
        and (words[first - 1][0] in inner or words[first - 1][0] not in NOT_TOPIC)
        and not ADNOMINAL.search(words[first - 1][0])
    ):
        first -= 1
        counted += words[first][0] not in inner
    first = _past(words, first, i, inner)
    if first == i:
        return first
    joined = joined_country(words, first)
    if joined < first or counted <= MAX_TOPIC_WORDS:
        return joined
    # a third word only after the countries
    return joined_country(words, _past(words, first + 1, i, inner))


def _past(
    words: list[tuple[str, int, int]], first: int, i: int, inner: frozenset[str]
) -> int:
    """``first``, or the first word after it before ``i`` that is not in ``inner``."""
    while first < i and words[first][0] in inner:
        first += 1
    return first


# "한-베트남 산업 장관회의", "한·베 정상회의": the countries, joined by a dash or a dot
SHORT_COUNTRIES = frozenset(words_of("한 한국 베 베트남 아세안"))


def joined_country(words: list[tuple[str, int, int]], first: int) -> int:
    """``first``, or the word before it where both are countries, one sign between them
    ("한-베트남"): the pair is one word of the topic."""
    if first == 0 or not adjacent(words, first - 1, first):
        return first
    pair = {words[first - 1][0], words[first][0]}
    return first - 1 if pair <= SHORT_COUNTRIES else first


# nouns that end in a particle's syllable: "도시철도" (도, also), "고속도로" (로, to),
# "고용허가제도", "태권도" (a martial art's way), "메트로" (로, to)
_ENDS_AS_A_PARTICLE = ("철도", "도로", "제도", "항로", "태권도", "합기도", "메트로")


def bare(word: str) -> bool:
    """A word with no particle on it, or a listed place that ends as one does ("동나이"),
    or a noun that does ("도시철도")."""
    return (
        stem(word) == word
        or word.endswith(_ENDS_AS_A_PARTICLE)
        or is_listed_place(name_key(word))
    )
