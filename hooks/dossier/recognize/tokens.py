"""The candidate finder's words: each token as written, with its key, case and position.

The matcher reads text with :func:`dossier.text.tokens`, which splits ``Se-hoon`` in two
and skips ``&``: a registered name must match however it is hyphenated. The candidate
finder reads the word as the writer wrote it, because its rules read the shape:
``Se-hoon`` marks a Korean given name, ``Seoul-based`` is ``Seoul``, ``K-pop`` names no
one, and ``&`` stands inside ``Ernst & Young``.

Both key a word with :func:`dossier.text.fold` less a possessive ``’s``; but here U+02BC
(ʼ) is a letter, as in ``\\w``, where the matcher's key also drops ``ʼs``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from dossier.text import fold

# A token: letters and digits, with hyphens and apostrophes inside, not at an end; "&".
# "E&C", "S&P", "To&Ro", "H&Care", "KHXH&NV": a short capitalised word and a capitalised
# one joined by "&" without a space are one word, a brand's or an abbreviation's.
TOKEN = (
    r"(?:[A-ZĐ][A-Za-zĐđ]{0,4}&[A-ZĐ][A-Za-zĐđ]*(?![\w&])|[^\W_](?:[\w’'-]*[^\W_])?|&)"
)
# No token character follows: a token matched up to here is whole.
TOKEN_ENDS = r"(?![\w’'-]*[^\W_])"
WORD = re.compile(TOKEN)
POSSESSIVE = re.compile(r"[’']s$")
ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+[a-z]?[A-Z0-9]*")  # VKBIA, HYBE, YeaH1
GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[A-Za-z][a-z]+")  # Korean: Se-hoon, Hwi-young
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def opens_in_hangul(word: str) -> bool:
    """Whether a word opens with a Hangul syllable (a comparison: every word passes here)."""
    return "\uac00" <= word[:1] <= "\ud7a3"


# What Korean writes onto a noun without a space: its particles, longest first
# ("부산항만공사가", "다낭에서는"), and the copula's forms that end a list's item ("하노이,
# 호찌민, 다낭이며 …")
_PARTICLE_WORDS = """으로부터 에서부터 에게서 로부터 에서는 에서도 으로는 으로도 에게는 께서는 이라고 으로의 에서의 으로서 에서 으로 에게
께서 까지 부터 처럼 보다 과의 와의 에는 에도 와는 과는 와도 과도 로의 로서 은 는 이 가 을 를 에 의 와 과 도
만 로 이며 이고"""
HANGUL_PARTICLES = tuple(sorted(_PARTICLE_WORDS.split(), key=len, reverse=True))
MIN_STEM = 2  # syllables: a name in Hangul has at least two


_QUOTES = "'’\"”」』"
# "…외과", "…치과", "…학과": a department, whose 과 is no particle ("and")
_DEPARTMENTS = ("외과", "치과", "피부과", "안과", "내과", "소아과", "학과")
# "…전문의", "…주치의": a doctor, whose 의 is no particle ("of")
_DOCTORS = ("전문의", "주치의")


def hangul_stems(word: str) -> Iterator[str]:
    """``word`` without each particle it may end in, the longest particle first."""
    if not word.endswith(HANGUL_PARTICLES):  # (a hot path: most words end in none)
        return
    for particle in HANGUL_PARTICLES:
        if not word.endswith(particle):
            continue
        # "'포괄적 … 관계'로": the name quoted, its particle after the quote
        stem = word[: -len(particle)].rstrip(_QUOTES)
        if len(stem) >= MIN_STEM:
            # ("…외과도": the clinic too; 과 of 과도 is the department's)
            noun = word[: len(word) - len(particle) + 1]
            if (
                particle in ("과", "과도")
                and noun.endswith(_DEPARTMENTS)
                and not noun.endswith("대학과")  # "달랏대학과": the university and …
            ):
                continue  # "SI치과" is the clinic, not "SI치" and "and"
            if particle == "의" and word.endswith(_DOCTORS):
                continue  # "성형외과 전문의": the surgeon, not "전문" and "of"
            yield stem


_GENRE = re.compile(r"[A-Z]-[a-z]+")  # K-pop, K-culture: a genre, not a name
# Written in lower case somewhere, "officials" makes "Officials said" no name.
_LOWER_WORD = re.compile(r"\b[a-zà-ỹ][\w’'-]*")
# "Seoul-based", "state-owned": the suffix describes; the name is what comes before it.
_SUFFIXES = frozenset(
    (
        "based",
        "led",
        "born",
        "backed",
        "owned",
        "run",
        "made",
        "style",
        "related",
        "funded",
        "level",
        "wide",
        "bound",
        "oriented",
        "themed",
        "inspired",
        "listed",
        "educated",
        "speaking",
    )
)
# "DA NANG — Officials": the word after a dash or a colon opens a sentence.
_OPENERS = frozenset(("—", "–", ":"))


class Word(NamedTuple):
    """A word token: a tuple, as a build makes hundreds of thousands of them."""

    text: str  # as written, less a descriptive suffix ("Seoul" of "Seoul-based")
    start: int
    end: int
    key: str  # folded, without a possessive ’s
    initial: bool = False  # first word of its sentence
    capitalised: bool = False  # starts with a capital letter or a Hangul syllable
    stop: int = 0  # where the token ends in the text, whatever ``end`` was cut to


@lru_cache(maxsize=1 << 17)
def read_token(raw: str) -> tuple[str, str, bool]:
    """(word, key, capitalised) of a token matched by ``WORD``.

    Tokens recur in every article, so each is read once. ``Seoul-based`` is read as
    ``Seoul``; ``K-pop`` as if in lower case, since a genre is not a name.
    """
    token = raw
    head, _, tail = token.rpartition("-")
    if head and tail in _SUFFIXES:
        token = head
    elif head and tail[:1].islower() and _is_nationality(head):
        token = head  # "Korean-language", "Vietnamese-invested": the adjective
    elif head and tail[:1].isupper() and _opens_title(tail) and not _opens_title(raw):
        token = head  # "Nguyen Van Hiep-Rector", "Oh Sang Sik-Chủ tịch": the name
    if "-" in token and _GENRE.fullmatch(token):
        token = token.lower()
    key = POSSESSIVE.sub("", fold(token))
    return token, key, token[0].isupper() or bool(HANGUL.match(token))


def _opens_title(word: str) -> bool:
    """A title, or the first word of one ("Chủ" of "Chủ tịch", "Giám" of "Giám đốc");
    not "General", which ends "Consulate-General" and "Secretary-General"."""
    from dossier.recognize.candidates.lexicon import lexicon  # the finder's word lists

    key = fold(word)
    return key != "general" and any(
        t == key or t.startswith(f"{key} ") for t in lexicon().titles
    )


def _is_nationality(word: str) -> bool:
    from dossier.recognize.candidates.lexicon import lexicon  # the finder's word lists

    return fold(word) in lexicon().nationalities


def token_keys(text: str, start: int, end: int) -> list[str]:
    """The keys of the tokens in ``text[start:end]``."""
    return [read_token(raw)[1] for raw in WORD.findall(text, start, end)]


def opens_after(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows a dash or a colon, and so opens a sentence."""
    return text[max(0, at - 3) : at].strip() in _OPENERS


def words_of(text: str, opens: bool = True) -> list[Word]:
    """The words of a text; the first opens its sentence if ``opens``."""
    found: list[Word] = []
    for match in WORD.finditer(text):
        at = match.start()
        token, key, capitalised = read_token(match.group())
        initial = (opens and not found) or opens_after(text, at)
        found.append(
            Word(token, at, at + len(token), key, initial, capitalised, match.end())
        )
    return found


def lower_case_keys(text: str) -> set[str]:
    """The folded words a text writes in lower case somewhere."""
    # Most are plain ASCII lower case, their own key: only the others are folded.
    return {
        word if word.isascii() and word.islower() else fold(word)
        for word in set(_LOWER_WORD.findall(text))
    }


def is_acronym(text: str) -> bool:
    """``VKBIA``, ``HYBE``: a one-word name, however it is used."""
    return ACRONYM.fullmatch(text) is not None
