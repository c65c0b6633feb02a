"""An acronym the story defines in brackets after the name it shortens.

"Hiệp hội Thương mại Quốc tế Hàn Quốc (KITA)", "Terminal High-Altitude Area Defense
(THAAD)", "사물인터넷(IOT)", "(Vietnam National Innovation Center, 이하 NIC)": the name
before the brackets is the one a curator files; its acronym is the same thing, a short
form, no new name of its own. When the finder reads that name, the acronym is folded
into it as its alias (``short_forms``); when it cannot (a Vietnamese or Korean name, a
registered one), the acronym alone is no better a proposal.

Kept: an acronym after a description in lower case ("the free trade agreement between
Viet Nam and Korea (VKFTA)": the capitalised words before the brackets are places, the
acronym the only name the thing has), after one word ("BamBam (GOT7)": a person and his
band), after a person's name ("Kim Min-jae (KFA)": where the person works) or after a
project's ("Dự án Làng … (KOICA)": the body that funds it).
"""

from __future__ import annotations

import re

from dossier.model import Candidate
from dossier.places import is_listed_place
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.tokens import HANGUL
from dossier.text import fold, name_key

# one word of capitals, digits and "&", a lower-case letter or two among them ("MoTIE",
# "HaUI"): an acronym (not "SEA게임", a name in letters and Hangul)
_ACRONYM = re.compile(r"[A-Z](?=[A-Za-z0-9&]*[A-Z])[A-Za-z0-9&]{1,9}")
# what closes an acronym given in brackets: the bracket, or a second form ("THAAD·사드",
# "BIDV, HOSE: BID")
_CLOSERS = (")", "·", ",", ";")
# Korean's "hereafter" before the short form, inside the brackets
_HEREAFTER = "이하 "
# words a name's run may hold in lower case
_CONNECTORS = frozenset(
    ("of", "and", "for", "the", "on", "in", "at", "to", "&", "-", "–", "de")
)
# a person's title or honorific, before a name: the run is a person's
_HONORIFICS = frozenset(("ong", "ba", "mr", "mr.", "ms", "ms.", "mrs", "dr", "dr."))
# "như" (such as), "là" (is), "gồm" (made of): a list or a predicate follows, no name
_LIST_OPENERS = frozenset(("nhu", "la", "gom"))
_VIETNAMESE_WORDS = 3  # marked words among the last twelve: a Vietnamese sentence
_LOWER_RUN = 6  # syllables in lower case in a row inside a Vietnamese name
_RUN_STOPS = ',.;:!?"“”‘’()[]'
_MOST_WORDS = 12
_REACH = 240  # characters before the bracket: twelve words and more
# a project named before the brackets: they hold the body that funds or runs it
_PROJECT, _PROJECT_WORD = "du an", "project"
_PERSON_WORDS = (2, 4)


def defined_in_brackets(candidate: Candidate, lex: Lexicon) -> bool:
    """Whether a one-word acronym is first written in brackets after the name it
    shortens (see above); one the story uses alone first ("NIPA and the ministry
    agreed …", then "the agency (NIPA)") is its own name there."""
    name = candidate.name
    if _ACRONYM.fullmatch(name) is None:
        return False
    sentence = candidate.first.sentence
    at = sentence.find(name)
    if at < 0 or sentence[at + len(name) : at + len(name) + 1] not in _CLOSERS:
        return False
    before = sentence[:at]
    if before.endswith("("):
        return _names_before(before[:-1], name, lex)
    return before.endswith(_HEREAFTER) and "(" in before[-80:]


def _names_before(text: str, acronym: str, lex: Lexicon) -> bool:
    """Whether the text before an opening bracket ends in a name the bracket's acronym
    may shorten: Hangul, or a run of capitalised words (Vietnamese writes all but the
    first in lower case) that is not only places nor a person's name; in English, one
    of its words opens with the acronym's first letter ("Korea's leading Research
    Institute (KIST)" describes the body, it does not spell its name)."""
    text = text.rstrip()
    if HANGUL.match(text[-1:]):
        word = text.split()[-1] if text.split() else ""
        return len(word) >= 2 and all(HANGUL.match(c) for c in word[-2:])
    run = _run_before(text)
    words = [w for w in run if fold(w) not in _CONNECTORS]
    if len(words) < 2 or _only_places(run, lex):
        return False  # "BamBam (GOT7)"; "between Viet Nam and Korea (VKFTA)"
    initials = {fold(part)[:1] for w in words for part in w.split("-")}
    if all(w.isascii() for w in words) and fold(acronym)[:1] not in initials:
        return False
    if fold(" ".join(run[:2])) == _PROJECT or _PROJECT_WORD in map(fold, words):
        return False  # "Dự án Làng … (KOICA)": a project, the body that funds it
    low, high = _PERSON_WORDS
    person = (
        low <= len(run) <= high
        and all(w[:1].isupper() for w in run)
        and fold(run[0]) in lex.surnames
    )
    return not person


def _run_before(text: str) -> list[str]:
    """The words before the end of ``text`` that may belong to a name, nearest last:
    capitalised words and connectors; in a Vietnamese sentence its syllables in lower
    case too, a few in a row ("Cơ quan phát triển nguồn nhân lực Hàn Quốc"), not a
    clause ("… lưu diễn của nam ca sĩ BamBam"); up to a stop, an honorific or a word
    that opens a list ("như": such as)."""
    words = text[-_REACH:].split()[-_MOST_WORDS:]
    vietnamese = sum(not w.isascii() for w in words) >= _VIETNAMESE_WORDS
    run: list[str] = []
    lower = 0
    for word in reversed(words):
        key = fold(word)
        opener = word[:1].islower() and key in _LIST_OPENERS
        if word[-1:] in _RUN_STOPS or key in _HONORIFICS or opener:
            break
        capital = word[:1].isupper() or key in _CONNECTORS
        lower = 0 if capital else lower + 1
        syllable = vietnamese and word.isalpha()
        if (not capital and not syllable) or lower > _LOWER_RUN:
            break
        run.append(word)
    run.reverse()
    while run and not run[0][:1].isupper():
        run.pop(0)  # "ca sĩ BamBam": the name opens with a capital
    return run


def _only_places(run: list[str], lex: Lexicon) -> bool:
    """Whether the run's words, split at its connectors, are each a country or a place
    of the list."""
    parts: list[list[str]] = [[]]
    for word in run:
        if fold(word) in _CONNECTORS:
            parts.append([])
        else:
            parts[-1].append(word)
    named = [p for p in parts if p]
    keys = [name_key(" ".join(p)) for p in named]
    return bool(keys) and all(
        " ".join(k) in lex.countries or is_listed_place(k) for k in keys
    )
