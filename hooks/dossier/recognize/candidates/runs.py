"""Runs of words that may hold a name: capitalised words, numbers and connectors joined
by spaces; a dash or a plural's apostrophe joins them only before a head noun."""

from __future__ import annotations

import re

from dossier.places import is_listed_place
from dossier.recognize.candidates.dashed_names import dashed_field, dashed_place
from dossier.recognize.candidates.hyphenated_heads import kind_key
from dossier.recognize.candidates.korean_given_first import (
    KOREAN_GIVEN,
    given_then_surname,
)
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.plural_possessives import members_plural
from dossier.recognize.candidates.rules import (
    MAX_PLACE_WORDS,
    connector,
    head,
    person_name,
)
from dossier.recognize.tokens import POSSESSIVE, Word

# What joins two words of a name: not a line break, but a dash ("Vietnam–South Korea").
_SPACE = re.compile(r"[ \t\u00a0]+|[–‐-]")
_PLURAL_POSSESSIVE = re.compile(r"[’'][ \t\u00a0]+")
_SPACED_DASH = re.compile(r"[ \t\u00a0]+[-–][ \t\u00a0]+")
# spaced on one side only, as some outlets type it between two parties ("Republic of
# Korea -Vietnam Friendship Association"); not "Engineering- College of …", two bodies
_ONE_SIDED_DASH = re.compile(r"[ \t\u00a0]+[-–]|[-–][ \t\u00a0]+")
MIN_FIELD_LETTERS = 3  # "ICT"; "AM", "PM" are a time's or a title's


# "miền Trung Đà Nẵng" (Da Nang, in the centre): the part of the country after "miền"
# (region) is the region's word, no name's
_REGION = "mien"
_PARTS = frozenset(("bac", "trung", "nam", "tay", "dong"))


def _region_of_country(words: list[Word], index: int) -> bool:
    """Not "miền Đông Nam Bộ", "miền Tây Nam Bộ": a region's name of several words."""
    before = words[index - 1] if index else None
    after = words[index + 1] if index + 1 < len(words) else None
    return (
        before is not None
        and before.key == _REGION
        and not before.capitalised  # "Miền Tây": the Mekong region's own name
        and words[index].key in _PARTS
        and after is not None
        and after.key not in _PARTS | {"bo"}
    )


def runs(
    text: str, words: list[Word], lex: Lexicon, titled: bool = False
) -> list[list[Word]]:
    """Maximal runs of capitalised words, numbers and connectors joined by spaces;
    ``titled``: the text follows a short title and its stop ("Dr. ")."""
    runs: list[list[Word]] = []
    current: list[Word] = []
    for index, word in enumerate(words):
        usable = word.capitalised or word.text.isdigit() or connector(word, lex)
        usable = usable or _local_body(text, words, index, current, lex)
        usable = usable and not _region_of_country(words, index)
        dated = word.key in lex.dates and not _given_name(
            words,
            index,
            current,
            lex,
            (titled and index == 0) or after_title(text, word.start),
        )
        # "Ministry of Science and ICT": a field in capitals after "and" in a name, no
        # time zone (not "and PM …", "and April Capital": a title, a month, another name)
        dated = dated and not (
            current
            and current[-1].key in ("and", "&")
            and word.text.isupper()
            and len(word.text) >= MIN_FIELD_LETTERS
        )
        if not usable or dated:  # lower case, or a date, ends a run
            del current[len(current) - _title_begun(current, word, lex) :]
            runs.append(current)
            current = []
            continue
        gap = text[current[-1].end : word.start] if current else ""
        joins = current and _SPACE.fullmatch(gap)
        if (
            current
            and _PLURAL_POSSESSIVE.fullmatch(gap)
            and current[-1].text[-1:] == "s"
        ):
            # "Growers’ Cooperative", "Parliamentarians’ Friendship Group", "Foreign
            # Ministers’ Meeting": a body or a meeting named for its members
            joins = _head_follows(words, index, lex)
        if current and (_SPACED_DASH.fullmatch(gap) or _ONE_SIDED_DASH.fullmatch(gap)):
            # "Khanh Hoa - Ulsan Friendly Exchange Agreement": two places and one name;
            # "Nguyen Van Duoc - Provincial Party Committee": a person, then his body
            joins = _head_follows(words, index, lex, _DASHED_HEADS) and not person_name(
                current, lex
            )
            joins = joins or _parties_joined(current, words, index, lex)
            # "Ba Ria – Vung Tau", "College of Economics - Technology": one name
            joins = joins or dashed_place(current, words, index)
            joins = joins or dashed_field(current, words, index, lex)
        if current and _ONE_SIDED_DASH.fullmatch(gap):
            joins = joins and _ends_in_party(current, lex)
            # "Small- and Medium-sized Enterprises": a word's first half, its second's
            # suspended hyphen
            joins = joins or (gap[0] in "-–" and word.key in ("and", "or", "&"))
        if (
            joins
            and POSSESSIVE.search(current[-1].text)
            and word.key not in lex.inside["organizations"]
            # "Korea Pro Women's Golf Association": the members' possessive
            and not (
                members_plural(current[-1].key) and _head_follows(words, index, lex)
            )
        ):
            joins = False  # "South Korea’s Film Line"; but "Hanoi People’s Committee"
        if joins and _body_owns(current, lex):
            joins = False  # "Can Tho University’s Faculty of …": two bodies
        if joins or word.capitalised:
            if not joins:
                runs.append(current)
                current = []
            current.append(word)
        else:
            runs.append(current)
            current = []
    runs.append(current)
    return [run for run in runs if run]


def _body_owns(current: list[Word], lex: Lexicon) -> bool:
    """A body's possessive ends the run: "Can Tho University’s Faculty of Rural
    Development", "Ministry of Industry and Trade’s Department of …" name two bodies (not
    "Hanoi People’s Committee", whose "People’s" is its own name's)."""
    return (
        len(current) >= 2
        and POSSESSIVE.search(current[-1].text) is not None
        and head(current).key in lex.inside["organizations"]
        # (not "… and Environment and the People’s Council": "the" opens another name)
        and not any(w.key == "the" for w in current[1:])
    )


_PARTY_WORDS = 3  # "South Korea", "Viet Nam", "Republic of Korea"
_SHARED_WORDS = 6  # "Food and Culture Festival", "Peace Village Project"


def _party(keys: list[str], lex: Lexicon) -> str | None:
    """What party to a shared name the words are: a country (or a nationality), a listed
    place, or none."""
    joined = " ".join(keys)
    if joined in lex.countries or joined in lex.nationalities:
        return "country"
    return "place" if is_listed_place(keys) else None


def _parties_joined(
    current: list[Word], words: list[Word], index: int, lex: Lexicon
) -> bool:
    """Two parties of one kind (two countries, two places) joined by a spaced dash, then
    the name of what they share, up to its head noun of any kind: "Korea – Viet Nam Peace
    Village Project", "Vietnam – Republic of Korea Friendship Village", "South Korea –
    Vietnam Food and Culture Festival"; not "Liberation Day Vietnam - Asia 2023 …", where
    more than a party stands before the dash."""
    # the run so far is the first party, after a word opening the sentence ("The")
    before = [w.key for w in current if not (w.initial and w.key in lex.stop)]
    first = _party(before, lex) if 0 < len(before) <= _PARTY_WORDS else None
    after = words[index : index + _PARTY_WORDS + _SHARED_WORDS]
    for size in range(min(_PARTY_WORDS, len(after) - 1), 0, -1):
        if first is None or _party([w.key for w in after[:size]], lex) != first:
            continue
        for word in after[size:]:
            if not (word.capitalised or word.text.isdigit() or connector(word, lex)):
                return False
            if word.key in _ONE_PLACES:
                return False  # "Hanoi – Busan International Airport": the second's
            if any(word.key in heads for heads in lex.inside.values()):
                return True
        return False
    return False


def _ends_in_party(current: list[Word], lex: Lexicon) -> bool:
    """Whether the run so far ends in a party: a country, a nationality or a place."""
    return any(
        _party([w.key for w in current[-size:]], lex) is not None
        for size in range(1, min(_PARTY_WORDS, len(current)) + 1)
    )


# what one place has and two parties do not share: "Busan International Airport"
_ONE_PLACES = frozenset(("airport", "port", "station", "terminal", "harbour", "harbor"))


def _title_begun(current: list[Word], word: Word, lex: Lexicon) -> int:
    """How many of the run's last words open a title that the lower-case ``word`` ends
    ("Choi Youngsam Đại" before "sứ": Đại sứ, ambassador; "Tổng Lãnh" before "sự"), or 0;
    spelt with its marks ("Minh Thu" before "trưởng" is no "thứ trưởng")."""
    return next(
        (
            n
            for n in (2, 1)
            if len(current) >= n
            and " ".join([*(w.text for w in current[-n:]), word.text]).casefold()
            in lex.marked_titles
        ),
        0,
    )


# "Thai Nguyen provincial People's Committee": a province's or a city's body, its kind
# in lower case between the place and the body's name
LOCAL = frozenset(("provincial", "municipal", "city"))


def _local_body(
    text: str, words: list[Word], index: int, current: list[Word], lex: Lexicon
) -> bool:
    """The lower-case word of a place's body ("provincial"), between a listed place
    and a body's head noun, joined by spaces."""
    if words[index].key not in LOCAL or not current or index + 1 >= len(words):
        return False
    after = words[index + 1]
    keys = [w.key for w in current[-MAX_PLACE_WORDS:]]
    return (
        after.capitalised
        and _SPACE.fullmatch(text[current[-1].end : words[index].start]) is not None
        and _SPACE.fullmatch(text[words[index].end : after.start]) is not None
        and any(is_listed_place(keys[n:]) for n in range(len(keys)))
        and _head_follows(words, index + 1, lex, ("organizations",))
    )


SHORT_MONTH = 3  # letters: "Jun", not "June"
# "Dr. ", "Prof. ", "Mr. ": a short title and its stop, which end the run before a name
_TITLE_STOP = re.compile(r"(?:^|[\s(])[A-Z][a-z]{1,4}\.[ \t\u00a0]+$")


def after_title(text: str, at: int) -> bool:
    """The word at ``at`` follows a short title and its stop ("Dr. Jun Hur")."""
    return _TITLE_STOP.search(text, max(0, at - 8), at) is not None


def _given_name(
    words: list[Word],
    index: int,
    current: list[Word],
    lex: Lexicon,
    titled: bool = False,
) -> bool:
    """A date's word of three letters ("Jun", a month's short form) that ends a Korean
    name a surname opens ("Lee Dong Jun", "Mayor of Busan Park Hyeong Jun"), stands
    inside one ("Song Jun Han") or opens one written given name first ("Jun Dae Joo",
    "Jun Hur"); no day after it or before it ("Jun 5", "5 Jun")."""
    after = words[index + 1].text if index + 1 < len(words) else ""
    before = words[index - 1].text if index else ""
    if len(words[index].text) != SHORT_MONTH or after[:1].isdigit():
        return False
    if before[:1].isdigit():
        return False
    if len(current) >= 2 and current[-2].key in lex.surnames:
        return True
    following = words[index + 1 : index + 3]
    if current and current[-1].key in lex.korean_surnames and following:
        # "Song Jun Han": the month's word between a surname and a given name
        return following[0].capitalised and bool(
            KOREAN_GIVEN.fullmatch(following[0].key)
        )
    # after a title or a country ("Dr. Jun Hur"), not a preposition ("in Jan Kim said")
    return (titled or index > 0) and any(
        (titled or words[index - 1].capitalised)
        and all(w.capitalised for w in words[index : index + size])
        and given_then_surname(
            " ".join(w.text for w in words[index : index + size]), lex
        )
        for size in (2, 3)
        if index + size <= len(words)
    )


_HEADS_AFTER = 4  # capitalised words after "Members’" or " - " up to the head noun
_MEMBER_HEADS = ("organizations", "events")
_DASHED_HEADS = ("organizations", "events", "agreements", "initiatives")


def _head_follows(
    words: list[Word], index: int, lex: Lexicon, kinds: tuple[str, ...] = _MEMBER_HEADS
) -> bool:
    """A head noun of one of ``kinds`` is among the capitalised words from ``index``."""
    for word in words[index : index + _HEADS_AFTER]:
        if not (word.capitalised or word.text.isdigit()):
            return False
        if any(kind_key(word, lex) in lex.inside[kind] for kind in kinds):
            return True
    return False
