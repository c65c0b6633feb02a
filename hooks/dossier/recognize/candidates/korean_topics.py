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
)
# three where they follow two countries ("한-베트남 산림협력 고위급 …")
MAX_TOPIC_WORDS = 2
# "가진 국방전략대화", "열린 포럼", "대표적인 …": a verb's or an adjective's form before a noun
# says what was done or how, not which ("콜드체인", "베트남인" end in 인 as nouns)
_ADNOMINAL = re.compile(
    r"..*(?:진|린|된|는|던|한|적인|운|온|간|할|될|갖는)$|...*해$"
)  # "출전해"


def topic_start(words: list[tuple[str, int, int]], i: int) -> int:
    """The first of the words of a topic before word ``i`` (at most two): nouns with no
    particle, neither a verb's form ("열린") nor a word that says which it is not ("이번")."""
    first = i
    while (
        first > 0
        and i - first <= MAX_TOPIC_WORDS
        and adjacent(words, first - 1, first)
        and bare(words[first - 1][0])
        and words[first - 1][0] not in NOT_TOPIC
        and not _ADNOMINAL.search(words[first - 1][0])
    ):
        first -= 1
    if first == i:
        return first
    joined = joined_country(words, first)
    if joined < first or i - first <= MAX_TOPIC_WORDS:
        return joined
    return joined_country(words, first + 1)  # a third word only after the countries


# "한-베트남 산업 장관회의", "한·베 정상회의": the countries, joined by a dash or a dot
SHORT_COUNTRIES = frozenset(words_of("한 한국 베 베트남 아세안"))


def joined_country(words: list[tuple[str, int, int]], first: int) -> int:
    """``first``, or the word before it where both are countries, one sign between them
    ("한-베트남"): the pair is one word of the topic."""
    if first == 0 or not adjacent(words, first - 1, first):
        return first
    pair = {words[first - 1][0], words[first][0]}
    return first - 1 if pair <= SHORT_COUNTRIES else first


def bare(word: str) -> bool:
    """A word with no particle on it, or a listed place that ends as one does ("동나이")."""
    return stem(word) == word or is_listed_place(name_key(word))
