"""A person named after their occupation, as papers introduce writers, singers, actors
and film directors: a Korean name ("가수 한사라", "번역가 김주영이", "탤런트 이영애가") or a
name spelt by sound ("감독 찰리 누엥과", "가수인 득 푹과")."""

from __future__ import annotations

from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    OCCUPATIONS,
    Named,
    adjacent,
    final_consonant,
    is_title,
    person_shaped,
    stem,
    words_of,
)
from dossier.recognize.candidates.morphemes import (
    COMMON,
    PROPER,
    UNKNOWN_WORD,
    is_name_alone,
    read_alone,
)
from dossier.recognize.candidates.sounded_words import sounds_foreign


def after_occupation(words: list[tuple[str, int, int]]) -> Iterator[Named]:
    """(name, "leaders", start, end) of each name of three syllables, a surname first,
    right after an occupation, that the model of Korean reads alone as a name ("배우
    지망생이": an aspiring actor, no name). Occupations only, not posts: "위원장 김…" opens
    a list's next item as often as it names the one after it."""
    for i in range(1, len(words)):
        name, start, _ = words[i]
        name = stem(name)  # "이영애가", "김주영이"
        if (
            words[i - 1][0] in OCCUPATIONS
            and adjacent(words, i - 1, i)
            and person_shaped(name)
            and is_name_alone(name)
        ):
            yield name, "leaders", start, start + len(name)


# Whom papers name after the work they are known for, a foreign name as often as a
# Korean one ("가수인 득 푹과", "감독 찰리 누엥과", "국민배우 자니 누옌이"); "…인" is the
# copula ("a singer who is")
PERFORMERS = OCCUPATIONS | frozenset(
    words_of("감독 영화감독 개그맨 코미디언 모델 국민배우 영화배우 방송인")
)
_COPULA = "인"
MAX_SPELT_WORDS = 3  # "자니 누옌", "호 응옥 하"
MAX_SPELT_SYLLABLES = 3  # a syllable Korean spells in three at most ("누옌", "히에우")
# a word the model reads so is no syllable of a name: a particle, an ending, a verb, a
# suffix making one, a pronoun, a determiner, a conjunction ("그리고"), a number, a
# counter ("겸 제작자", "한 명")
_NOT_NAMED = ("J", "E", "V", "XSV", "XSA", "NP", "NR", "NNB", "MM", "MAJ", "SN", "SW")
# how sure the model is it reads the words as none of the language's phrases: a name
# spelt by sound scores below ("타이 화" -30.6, "득 푹" -35.9); common nouns it knows
# score above ("출신 방송인" -27.1, "활동 당시" -26.9), or have two syllables each
_SPELT_PHRASE = -28.0
# the particle after a name's last syllable, by whether it closes on a consonant
_AFTER_CLOSED = ("과", "이", "은", "을", "의", "도", "에게")
_AFTER_OPEN = ("와", "가", "는", "를", "의", "도", "에게")
_NAME_ENDS = frozenset(",.(·)")  # a bare last word: the list, the sentence ends


def spelt_after_occupation(
    words: list[tuple[str, int, int]], text: str
) -> Iterator[Named]:
    """(name, "leaders", start, end) of each name spelt by sound in two or three short
    words right after an occupation, its particle on the last ("감독 찰리 누엥과", "배우
    타이 화가"), the model of Korean reading the words as no phrase of the language
    ("작가 지망 학생을": an aspiring writer)."""
    for i, (word, _, _) in enumerate(words):
        occupation = word.removesuffix(_COPULA) if word not in PERFORMERS else word
        if occupation not in PERFORMERS:
            continue
        for size in range(2, MAX_SPELT_WORDS + 1):
            named = words[i + 1 : i + 1 + size]
            if len(named) < size or not adjacent(words, i, i + size):
                break
            last = _bare(named[-1][0], text, named[-1][2])
            if any(len(w) > MAX_SPELT_SYLLABLES for w, _, _ in named[:-1]):
                break
            if last is None:
                continue  # the name goes on, or is no name
            parts = [w for w, _, _ in named[:-1]] + [last]
            if _spelt(parts):
                start = named[0][1]
                yield " ".join(parts), "leaders", start, named[-1][1] + len(last)
            break


def _bare(word: str, text: str, end: int) -> str | None:
    """The name's last word without its particle ("누엥과" → 누엥, "화가" → 화), or whole
    when a comma, a bracket or the sentence's end follows; None when neither."""
    if len(word) <= MAX_SPELT_SYLLABLES and (
        end == len(text) or text[end] in _NAME_ENDS
    ):
        return word
    for particle in _AFTER_CLOSED + _AFTER_OPEN:
        stem_ = word.removesuffix(particle)
        if stem_ == word or not 0 < len(stem_) <= MAX_SPELT_SYLLABLES:
            continue
        closed = final_consonant(stem_[-1]) != 0
        if particle in (_AFTER_CLOSED if closed else _AFTER_OPEN):
            return stem_
    return None


def _spelt(parts: list[str]) -> bool:
    """The words are a name spelt by sound: none a title, a country or a word that lists,
    and the model reads them as no phrase of its language, with a proper noun, a foreign
    word or a syllable alone among them ("찰리 누엥", "득 푹"; not "지망 학생")."""
    if any(is_title(p) or p in PERFORMERS or p in HANGUL_COUNTRIES for p in parts):
        return False
    tokens, score = read_alone(" ".join(parts))
    if score > _SPELT_PHRASE or any(t.tag.startswith(_NOT_NAMED) for t in tokens):
        return False
    if _spaced_common_noun("".join(parts)):
        return False
    return (
        any(t.tag == PROPER for t in tokens)
        or any(len(p) == 1 for p in parts)
        or any(sounds_foreign(p) for p in parts)
    )


def _spaced_common_noun(joined: str) -> bool:
    """The words written together are a common noun the model knows, or nouns it knows
    run together: a compound a paper spaced ("쇼 케이스": 쇼케이스, "차기 작", "굿즈 샵"),
    not a name ("득 푹": 득푹, a word it does not know)."""
    tokens, score = read_alone(joined)
    if not all(t.tag == COMMON for t in tokens):
        return False
    if len(tokens) == 1:
        return score > UNKNOWN_WORD
    return all(read_alone(t.form)[1] > UNKNOWN_WORD for t in tokens)
