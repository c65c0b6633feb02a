"""Korean split into morphemes, for what the rules of ``korean.py`` cannot see in a word.

Korean writes its particles and endings onto the word before them ("이에" is 이 and 에,
"서비스를" 서비스 and 를, "제공하고" a verb), and many of its common nouns open with a
surname's syllable ("양국", "현지", "국가"). Whether a word before a title is a person's
name, and whether a word in a list is a company's, takes a dictionary of the language, which
Kiwi (the ``kiwipiepy`` package, with the proper nouns of Wikipedia and Namuwiki in its
model) has: it tags each morpheme, NNP a proper noun, NNG a common noun, J… a particle,
E… an ending, V… a verb, NP a pronoun.

The model takes about two seconds and 500 MB to load, so it is loaded once, on the
first Korean name there is to check (a one-word place or body needs none, nor a sentence
with no body in a list); a dossier with no Korean never loads it.
"""

from __future__ import annotations

import itertools
import re
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from dossier.recognize.candidates.korean_words import is_person_title, stem

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

# A particle, an ending, a verb or adjective, a suffix making one, a pronoun
_NOT_IN_NAME = ("J", "E", "V", "XSV", "XSA", "NP")
# A word that says which or how, not what: an adverb, a determiner, a pronoun ("특히 협약",
# "동 협정": that agreement)
_FUNCTION_WORD = ("MA", "MM", "NP")
# A particle the model cuts out of a syllable ("훈" as 후 and ᆫ), which a name may end in
JAMO = re.compile(r"[\u11a8-\u11ff]")
PROPER = "NNP"
COMMON = "NNG"


@dataclass(frozen=True)
class Morpheme:
    form: str
    tag: str
    start: int
    end: int


@cache
def _analyzer() -> Kiwi:
    from kiwipiepy import Kiwi

    with warnings.catch_warnings():  # num_workers=0: one thread, safe in a forked child
        warnings.simplefilter("ignore", DeprecationWarning)
        return Kiwi(num_workers=0, load_typo_dict=False)


@lru_cache(maxsize=512)
def morphemes(text: str) -> tuple[Morpheme, ...]:
    """The morphemes of ``text``, with their offsets in it."""
    return tuple(
        Morpheme(token.form, token.tag, token.start, token.end)
        for token in _analyzer().tokenize(text)
    )


def is_person_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` starts with a noun, is cut where a morpheme ends and has no
    particle, ending or verb in it, nor only common nouns after a first one of two
    syllables or more: "곽동신", "김상식" (김 and the noun 상식) and "정창욱" (정창 and an
    adverb 욱: a name the model does not know) are names, and so is a word of three
    syllables the model does not know at all ("오세철"); "이에", "서비스를", "방문한",
    "양국" and "신용카드" are not."""
    inside = _inside(text, start, end)
    if not inside or inside[0].start != start or inside[-1].end != end:
        return False
    if not inside[0].tag.startswith("NN"):
        read = _surname_read_apart(text, start, end)
    elif all(m.tag == COMMON for m in inside) and len(inside[0].form) > 1:
        # "신용카드", "국가대표"; not "박항서" read as 박, 항 and 서, nor "진병영", which
        # the model reads as a proper noun about as readily (a name it does not know)
        read = _proper_as_likely(text, start, end)
    else:
        read = not _inflected(inside)
    return read or _unknown_word(text[start:end])  # "오세철 사장", "오성한 단장"


def _inflected(morphemes: Iterable[Morpheme]) -> bool:
    """A particle, an ending or a verb among ``morphemes`` (not one the model cuts out of
    a syllable, "훈" as 후 and ᆫ)."""
    return any(
        m.tag.startswith(_NOT_IN_NAME) and not JAMO.fullmatch(m.form) for m in morphemes
    )


# The score of a word's best reading alone below which the model does not know it: a
# person's name it has not seen ("오세철" -24.5, "이강신" -27.7, "한상신" -28.4), where
# the words of the language, however rare, score higher ("주춧돌" -22.5, "방문객" -21.7,
# "국방부" -17.6)
UNKNOWN_WORD = -24.0
UNIVERSITY = "대"  # the last syllable of a university's short name


@lru_cache(maxsize=4096)
def read_alone(word: str) -> tuple[tuple[Morpheme, ...], float]:
    """The model's best reading of ``word`` alone, and its score (names recur, so each is
    read once)."""
    tokens, score = _analyzer().analyze(word, top_n=1)[0]
    return tuple(Morpheme(t.form, t.tag, t.start, t.end) for t in tokens), score


def read_alone_score(word: str) -> float:
    """How likely the model finds ``word`` read alone: a word it does not know scores
    below ``UNKNOWN_WORD``."""
    return read_alone(word)[1]


def is_inflected_alone(word: str) -> bool:
    """``word`` read alone carries a particle or an ending ("마련됐으며", "한살인")."""
    return _inflected(read_alone(word)[0])


def is_name_alone(word: str) -> bool:
    """``word`` read alone is one proper noun ("이영애") or a word of three syllables the
    model does not know ("한사라"); not a common word ("지망생": 지망 and a suffix)."""
    tokens, _ = read_alone(word)
    return (len(tokens) == 1 and tokens[0].tag == PROPER) or _unknown_word(word)


def reads_as_proper(word: str) -> bool:
    """``word`` read alone is one proper noun ("푸틴", "후진타오"; not "당시", "한국과")."""
    tokens, _ = read_alone(word)
    return len(tokens) == 1 and tokens[0].tag == PROPER


def reads_as_foreign(word: str) -> bool:
    """A word the model reads alone as none of the language's, no particle or ending in
    it: a foreign name spelt by sound ("옌퐁", "두롱"; not "국민연금")."""
    tokens, score = read_alone(word)
    return score < UNKNOWN_WORD and not _inflected(tokens)


# the id the model gives a morpheme its dictionary does not hold
_OUT_OF_DICTIONARY = 2


@lru_cache(maxsize=512)
def is_dictionary_word(word: str) -> bool:
    """``word`` read alone is one morpheme the model's dictionary holds: "도민", "부티크",
    "호민관" (not "레티", "팜반뚜", foreign names it reads as nouns it does not know)."""
    tokens = _analyzer().analyze(word, top_n=1)[0][0]
    return len(tokens) == 1 and tokens[0].id != _OUT_OF_DICTIONARY


def is_unknown_word(word: str) -> bool:
    """``word`` read alone is one morpheme the model does not know: a foreign name run
    together ("보반트엉", Võ Văn Thưởng); not two nouns it knows ("도민회관": 도민, 회관)."""
    tokens, score = read_alone(word)
    return len(tokens) == 1 and score < UNKNOWN_WORD


def _unknown_word(word: str) -> bool:
    """A word of three syllables the model does not know, read as nouns alone: a name
    before its title the model has never seen ("오세철 사장", read in the sentence as
    "five", "years" and "iron"; "이강신 회장", as "this" and a noun)."""
    if len(word) != 1 + GIVEN_NAME or word.endswith(UNIVERSITY):
        return False  # "경운대 원장": a university's short name the model does not know
    return reads_as_foreign(word)


GIVEN_NAME = 2  # syllables after the surname


def _surname_read_apart(text: str, start: int, end: int) -> bool:
    """A name of three syllables, a word of its own with a title right after it, whose
    surname the model reads as a word apart and its given name as a noun: "이지원 국장"
    (이, "this", and 지원, "support"), "이승율 군수" (written apart, "이 지원" would be
    "this support"; "이사회 의장", the board, is one noun and no name)."""
    after = re.match(r" ([^\s,.;:·]+)", text[end:])
    if end - start != 1 + GIVEN_NAME or not after or (start and text[start - 1] != " "):
        return False
    if not is_person_title(stem(after.group(1))):
        return False
    # the name and its title alone, as the model reads them out of the sentence
    alone = morphemes(text[start : end + after.end()])
    name = [m for m in alone if m.end <= 1 + GIVEN_NAME]
    return (
        len(name) >= 2
        and name[0].end == 1
        and name[0].form == "이"  # Lee; not 전 (former) nor 현 (current): "전국민"
        and name[0].tag in ("MM", "JKS", "IC")
        and name[-1].end == 1 + GIVEN_NAME
        and all(m.tag.startswith(("NN", "XSN")) for m in name[1:])
    )


MAX_READING_GAP = 1.0  # the log-likelihoods of two readings the model cannot tell apart
MIN_GUESSED_NAME = 3  # syllables: "진병영"; two ("방산") are as often a common noun


def _proper_as_likely(text: str, start: int, end: int) -> bool:
    """A word of three syllables or more with a title right after it, which the model
    reads as a proper noun about as readily as the best reading it has ("진병영
    함양군수와"; not "방산·군수", "경운대 새마을아카데미 원장")."""
    after = re.match(r"\s+(\S+)", text[end:])
    if end - start < MIN_GUESSED_NAME or not after:
        return False
    if not is_person_title(stem(after.group(1))):
        return False
    window = text[start : end + after.end()]
    readings = _analyzer().analyze(window, top_n=3)
    best = readings[0][1]
    return any(
        any(t.start == 0 and t.end == end - start and t.tag == PROPER for t in tokens)
        for tokens, score in readings
        if best - score <= MAX_READING_GAP
    )


def is_noun_phrase(text: str, start: int, end: int) -> bool:
    """The words before the last of ``text[start:end]`` are nouns, not an adverb, a
    determiner or a pronoun, nor a word with a particle or an ending: "한-베트남
    자유무역협정" is a name; "특히 협약", "동 협정", "와의 협약", "대사 등이 엑스포" and
    "가장 큰 축제" are not. The last word is not read: the model takes many a
    transliterated name apart ("꽝빈성": an adverb, a noun and a suffix)."""
    words = list(re.finditer(r"\S+", text[start:end]))[:-1]
    inside = _inside(text, start, end) if words else []  # one word: nothing to read
    for word in words:
        parts = [
            m for m in inside if start + word.start() <= m.start < start + word.end()
        ]
        if not parts:
            continue
        if len(parts) == 1 and parts[0].tag.startswith(_FUNCTION_WORD):
            return False
        if parts[-1].tag.startswith(("J", "E")) or parts[0].start < start:
            return False
    return True


def is_proper_noun(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one proper noun, whole: "빈펄", "폭스콘"."""
    inside = _inside(text, start, end)
    return len(inside) == 1 and inside[0].tag == PROPER and inside[0].end == end


def is_proper_with_kind(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a proper noun the model knows whole ("종로구", "봉화군") or
    one before the last syllable, its kind ("떠이호" and "구"); not common nouns ("출입구",
    "연합군", "놀이기구")."""
    inside = _inside(text, start, end)
    if not inside or inside[0].start != start or inside[0].tag != PROPER:
        return False
    if len(inside) == 1:
        return is_proper_noun(text, start, end)
    kind = inside[1]
    return (
        len(inside) == 2
        and kind.tag == COMMON
        and kind.end == end
        and len(kind.form) == 1
    )


def is_common_nouns(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is common nouns alone, whole: "하반기" (the second half),
    "도민회관" (a hall: 도민 and 회관)."""
    inside = _inside(text, start, end)
    return (
        bool(inside)
        and inside[0].start == start
        and inside[-1].end == end
        and all(m.tag == COMMON for m in inside)
    )


def is_one_common_noun(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one common noun of the language, whole: "발라드", "아이콘"
    (not "블루웨이브", two nouns run together as a name is)."""
    inside = _inside(text, start, end)
    return (
        len(inside) == 1
        and inside[0].tag == COMMON
        and (inside[0].start, inside[0].end) == (start, end)
    )


# what a common noun may be built of: a noun, a bound noun, a prefix or suffix ("신학교":
# 신학 and 교)
_COMMON_PARTS = frozenset((COMMON, "NNB", "XSN", "XPN"))


def is_generic_noun(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a word built of common nouns and their affixes, whole, no
    proper noun in it: "신학교", "중학교", "과학기술대학교" (not "코이카", "롯데호텔")."""
    inside = _inside(text, start, end)
    return (
        bool(inside)
        and inside[0].start == start
        and inside[-1].end == end
        and all(m.tag in _COMMON_PARTS for m in inside)
    )


def is_noun_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` opens a word the model reads as nouns alone, which may run on
    past ``end`` ("강종식원장": a name the model does not know, with its title on it);
    not "이하" read as a pronoun or a word with a particle in it."""
    inside = _inside(text, start, end)
    return (
        bool(inside)
        and inside[0].start == start
        and all(m.tag in (PROPER, COMMON) for m in inside)
    )


def _inside(text: str, start: int, end: int) -> list[Morpheme]:
    """The morphemes from ``start`` to ``end``, and those it cuts."""
    tokens = morphemes(text)
    starts, reach = _offsets(text)
    # from the first morpheme reaching past ``start`` to the last opening before ``end``:
    # a look-up, not a scan of the whole text's morphemes for every name checked
    first, last = bisect_right(reach, start), bisect_left(starts, end)
    return [m for m in tokens[first:last] if m.start < end and m.end > start]


@lru_cache(maxsize=512)
def _offsets(text: str) -> tuple[list[int], list[int]]:
    """Where each morpheme of ``text`` opens, and the farthest any up to it reaches."""
    tokens = morphemes(text)
    return [m.start for m in tokens], list(
        itertools.accumulate((m.end for m in tokens), max)
    )


# What joins the names of a list: "현대제철과 포스코, 동국씨엠", "삼성 및 LG"
_LIST_JOINS = frozenset(("와", "과", ",", "·", "•", "및"))
# a list's member: a proper noun, or a name in letters ("삼성전자, SK, 현대차")
_MEMBERS = (PROPER, "SL")
# letters with a noun on them ("IT기업", "K푸드", "K뷰티": a field, a trend; the model
# cannot tell these from "CJ제마뎁"): they keep a list going, no name the list gives
_LETTERED = re.compile(r"[A-Za-z][A-Za-z0-9&]*[가-힣]")


def listed_with(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The other names of each list in ``text`` that has one of ``spans`` in it (with no
    span, the sentence is not analysed at all)."""
    for members in list_members(text) if spans else ():
        if any(_overlaps(member, spans) for member in members):
            yield from (
                member
                for member in members
                if member[1] - member[0] > 1
                and not _overlaps(member, spans)
                and not _LETTERED.match(text, member[0], member[1])
            )


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def list_members(text: str) -> list[list[tuple[int, int]]]:
    """The lists of proper nouns in ``text``: each a list of (start, end) spans of two or
    more names joined by "와", "과", "및", a comma or a dot ("·", "•"). A name is a proper
    noun or a name in letters ("SK"), and the nouns written onto it ("현대" and "제철" of
    "현대제철")."""
    lists: list[list[tuple[int, int]]] = []
    members: list[tuple[int, int]] = []
    joined = False
    for morpheme in morphemes(text):
        glued = bool(members) and morpheme.start == members[-1][1]
        if glued and morpheme.tag in (PROPER, COMMON):
            members[-1] = (members[-1][0], morpheme.end)  # "현대" + "제철"
        elif morpheme.tag in _MEMBERS and joined:
            members.append((morpheme.start, morpheme.end))
        elif morpheme.form in _LIST_JOINS and members and not joined:
            joined = True
            continue
        else:
            if len(members) > 1:
                lists.append(members)
            opens = morpheme.tag in _MEMBERS
            members = [(morpheme.start, morpheme.end)] if opens else []
        joined = False
    if len(members) > 1:
        lists.append(members)
    return lists
