"""The rules that cut a run of capitalised words into the pieces that may be names.

A run such as ``Seoul Mayor Oh Se-hoon and Hanoi People’s Committee`` holds several
names. It is cut at titles, at ``and`` between two names and at registered names (before
a person's surname: ``person_splits``); a head noun (``… Agency``, ``… Forum``) holds a run together as one
name. Each piece is then trimmed and accepted or not (``trimming``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from dossier.places import is_listed_place
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.tokens import Word, is_acronym
from dossier.text import words_of

# Head nouns that make a run one name, even with "and" or a place inside it.
_KEYWORDED = ("organizations", "initiatives", "events", "agreements")


@dataclass
class Piece:
    """One proposed name inside a sentence, with the evidence for its type."""

    words: list[Word]
    after_title: bool = False
    scores: Counter = field(default_factory=Counter)

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end


def connector(word: Word, lex: Lexicon) -> bool:
    """``of``, ``and``, ``de``… in lower case, as spelt: "Da" in "Da Nang" is part of a
    name, and the Vietnamese "là" (is) is no "la"."""
    return word.text.casefold() in lex.connectors and not word.text[0].isupper()


# What follows a head noun: "Ministry of …", "Committee on …", "Festival in …".
_AFTER_HEAD = ("of", "for", "on", "in")


def head(words: list[Word]) -> Word:
    """The word that says what a name is: the last, or the one before ``of``/``for``/
    ``on``/``in`` (and before a rank: "Consulate General of …")."""
    for index, word in enumerate(words):
        if index and word.key in _AFTER_HEAD:
            # "Consulate General of …": the mission, "general" its rank
            before = words[index - 1]
            return words[index - 2] if before.key == "general" and index > 1 else before
    return next(
        (w for w in reversed(words) if not w.text.isdigit() and w.key != "general"),
        words[-1],
    )


MAX_PLACE_WORDS = 4  # "Ho Chi Minh City"


def head_before_place(words: list[Word], lex: Lexicon) -> Word | None:
    """The head noun a listed place follows at the end of a name: "University" of
    "Vietnam National University Hanoi", "Summit" of "… Smart City Summit Hanoi"."""
    keys = [w.key for w in words]
    for size in range(1, MAX_PLACE_WORDS + 1):
        if len(words) > size + 1 and is_listed_place(keys[-size:]):
            before = words[-size - 1]
            if any(before.key in kind for kind in lex.inside.values()):
                return before
    return None


def is_keyworded(words: list[Word], lex: Lexicon) -> bool:
    """Whether the head noun makes the words one name: ``… University``, ``… Forum``."""
    key = head(words).key if words else ""  # none between two: "… of and …"
    return any(key in lex.inside[t] for t in _KEYWORDED)


def split_at_registered(
    run: list[Word], registered: list[int], lex: Lexicon
) -> list[list[Word]]:
    """The parts of a run between registered words; a registered city inside a new name
    ("Hanoi University") stays in it."""
    inside = [word.start in registered for word in run]
    if not any(inside):
        return [run]
    if _holds_place(run, inside, lex) or _airline(run, inside):
        return [run]
    first = inside.index(True)
    if first and _holds_place(run[first:], inside[first:], lex):
        return [
            run[:first],
            run[first:],
        ]  # "Members of the" | "Saigon Comics Collective"
    pieces: list[list[Word]] = []
    current: list[Word] = []
    for word, is_registered in zip(run, inside, strict=True):
        if is_registered:
            pieces.append(current)
            current = []
        else:
            current.append(word)
    return [*pieces, current]


def _airline(run: list[Word], inside: list[bool]) -> bool:
    """ "Air Seoul", "Air Busan": an airline named by "Air" and its city."""
    return len(run) >= 2 and run[0].key == "air" and all(inside[1:])


def _holds_place(run: list[Word], inside: list[bool], lex: Lexicon) -> bool:
    """Whether registered words stand inside a new name that ends in a head noun, or end
    one after ``of``; a registered name and a head noun alone is that name ("Lotte
    Group"), unless it is a place ("Cần Thơ University")."""
    if inside[-1]:
        return _of_place(run, inside, lex)
    if not (is_keyworded(run, lex) or _venue(run, lex)):
        return False
    return not all(inside[:-1]) or is_listed_place([w.key for w in run[:-1]])


# the word for a place's own kind, which after the place names the place again ("Bac
# Ninh province", "Busan City"); any other place's head names a place of its own there
# ("Saigon Hi-Tech Park", "Busan Citizens Park", "Incheon International Airport")
_OWN_KINDS = frozenset(
    words_of("city province district village town county ward commune capital")
)


def _venue(run: list[Word], lex: Lexicon) -> bool:
    key = head(run).key
    return key in lex.inside["cities"] and key not in _OWN_KINDS


def _of_place(run: list[Word], inside: list[bool], lex: Lexicon) -> bool:
    """A body ending in its head noun, ``of`` and a registered place: "Archdiocese of
    Seoul", "University of Da Nang" name the place's own body; or the place right after
    the head noun: "Vietnam National University Hanoi"."""
    keys = [w.key for w in run]
    if "of" not in keys:
        at = inside.index(True)
        return (
            at > 1
            and all(inside[at:])
            and is_listed_place(keys[at:])
            and is_keyworded(run[:at], lex)
        )
    at = len(keys) - 1 - keys[::-1].index("of")
    return (
        at > 0
        and all(inside[at + 1 :])
        and not any(inside[:at])
        and is_listed_place(keys[at + 1 :])
        and is_keyworded(run[:at], lex)
    )


def split_at_titles(run: list[Word], lex: Lexicon) -> list[Piece]:
    """``Seoul Mayor Oh Se-hoon`` → ``Seoul`` | ``Oh Se-hoon``, a person by a title."""
    pieces: list[Piece] = []
    current: list[Word] = []
    after_title, index = False, 0
    while index < len(run):
        end = index
        while end < len(run) and _is_title(run, end, lex):
            end += 1
        if end == index:
            current.append(run[index])
            index += 1
            continue
        following = run[end] if end < len(run) else None
        if (
            following is None
            and current
            and is_keyworded(current + run[index:end], lex)
        ):
            current += run[index:end]  # "Consulate General": part of the name
        else:
            pieces.append(Piece(current, after_title))
            current = []
            after_title = following is not None and not connector(following, lex)
        index = end
    pieces.append(Piece(current, after_title))
    return [p for p in pieces if p.words]


def _spelt_as_title(word: Word, lex: Lexicon) -> bool:
    """A title whose marks the word has, if it has any: "Bà" is Mrs, "Ba" a name's."""
    marked = word.key in lex.marked_title_keys
    return not marked or word.text.casefold() in lex.marked_titles


# Vietnamese words of address only their marks tell from a name's syllable: "Chị Mai
# Thị Thu" (Ms), not "Kim Chi" nor "Phạm Hữu Chí"; one only opening a full name, a
# surname and more ("Chị Chị Em Em 2" a film, "Chị Dậu" a character, stay whole)
_ADDRESSES = frozenset(("chị",))


def _is_title(run: list[Word], index: int, lex: Lexicon) -> bool:
    word = run[index]
    if word.text.casefold() in _ADDRESSES:
        return index == 0 and len(run) > 2 and run[1].key in lex.surnames
    if word.key not in lex.titles or not word.capitalised:
        return False
    if not _spelt_as_title(word, lex):
        return False  # "Ba Ria": not "Bà" (Mrs)
    if index and connector(run[index - 1], lex) and run[index - 1].key not in _LISTING:
        return False  # "Office of the President": part of a name
    if word.key in lex.namesake_titles and _namesake(run[index + 1 :], lex):
        return False  # "King Sejong Institute": named after a king
    if word.key in _MEDIA_POSTS and run[-1].key in _PRIZES_AND_COURSES:
        return False  # "Best Editor Award", "Editor Training Programme": its name
    following = run[index + 1].key if index + 1 < len(run) else ""
    if word.key in ("vice", "deputy") and following.endswith(_ADJECTIVE_ENDINGS):
        return False  # "Vice Ministerial Strategic Dialogue": a rank of a meeting
    if word.key == "general":  # "General Secretary Tô Lâm", "Brigadier General …"
        near = {run[i].key for i in (index - 1, index + 1) if 0 <= i < len(run)}
        return "secretary" in near or (
            index > 0 and run[index - 1].key in _GENERAL_RANKS
        )
    return True


_GENERAL_RANKS = frozenset(("brigadier", "major", "lieutenant"))  # "Major General"
# A newsroom's posts, which prizes and courses for its staff are named after ...
_MEDIA_POSTS = frozenset(("editor", "reporter", "anchor", "correspondent"))
# ... when such a word ends the run: "Young Editor Prize", "Reporter Fellowship"
_PRIZES_AND_COURSES = frozenset(
    ("award", "awards", "prize", "prizes", "programme", "program", "training", "course")
    + ("courses", "fellowship", "fellowships", "contest", "competition")
)
# "… Committee and Chairman of …": a title after "and" opens what follows it
_LISTING = frozenset(("and", "&", "va"))
_ADJECTIVE_ENDINGS = ("ial", "ical", "al")  # "Ministerial", "Presidential", "Mayoral"


def _namesake(rest: list[Word], lex: Lexicon) -> bool:
    """Whether the words after a title are a namesake and a head noun: "Sejong
    Institute"."""
    return (
        2 <= len(rest) <= 3
        and is_keyworded(rest, lex)
        and not any(connector(w, lex) for w in rest)
    )


MAX_PERSON_WORDS = 4


def person_name(words: list[Word], lex: Lexicon) -> bool:
    """Two to four capitalised words a surname opens, the others no head noun, common word,
    nationality or initials, no place or country opening them: a person's name ("Hwang
    Kyo-ahn", "Nguyen Xuan Phuc", "Park Jin"; not "Lee International IP", "Hong Kong
    Asian", "Ho Chi Minh City")."""
    keys = [w.key for w in words]
    given = words[1:]
    return (
        2 <= len(words) <= MAX_PERSON_WORDS
        and keys[0] in lex.surnames
        and all(w.capitalised for w in words)
        and not any(w.key in heads for heads in lex.inside.values() for w in given)
        and not any(w.key in lex.plain or is_acronym(w.text) for w in given)
        and not any(k in lex.nationalities for k in keys)
        and not any(
            is_listed_place(keys[:n]) or " ".join(keys[:n]) in lex.countries
            for n in range(1, len(keys) + 1)
        )
    )


def inner_names(words: list[Word], lex: Lexicon) -> list[list[Word]]:
    """Names a name holds: a place it opens with (``Daegu`` of ``Daegu Hanseong
    University``), a name of another kind after ``on``/``of`` (``Joint Committee on the
    Việt Nam–Korea Free Trade Agreement``)."""
    found = []
    for size in (3, 2, 1):
        if len(words) > size and is_listed_place([w.key for w in words[:size]]):
            found.append(words[:size])
            break
    outer = _kind(words, lex)
    for index, word in enumerate(words[1:-1], start=1):
        if outer is None:
            break
        if word.key in ("on", "of"):
            inner = words[index + 1 :]
            if inner[0].key == "the":
                inner = inner[1:]
            if len(inner) > 1 and _kind(inner, lex) not in (None, outer):
                found.append(inner)
                break
    return found


def _kind(words: list[Word], lex: Lexicon) -> str | None:
    """The type the head noun of a name names, if any."""
    key = head(words).key
    return next((t for t in _KEYWORDED if key in lex.inside[t]), None)
