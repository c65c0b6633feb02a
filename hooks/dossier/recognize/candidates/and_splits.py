"""Where ``and`` joins two names and where it is part of one: ``Da Nang and Incheon``,
``Prime Minister Hwang Kyo-ahn and National Assembly Speaker …`` are two; ``Ministry of
Science and Technology``, ``Kim Jang Lee and Partners`` one."""

from __future__ import annotations

from itertools import pairwise

from dossier.places import is_listed_place
from dossier.recognize.candidates.firm_pairs import brand_then_firm
from dossier.recognize.candidates.kind_pairs import two_kinds
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.listed_runs import listed_place_words
from dossier.recognize.candidates.rules import (
    MAX_PERSON_WORDS,
    MAX_PLACE_WORDS,
    Piece,
    is_keyworded,
    person_name,
)
from dossier.recognize.tokens import Word, is_acronym


def split_at_and(piece: Piece, lex: Lexicon) -> list[Piece]:
    """``Da Nang and Incheon`` → two names, but ``Science and Technology Agency`` is
    one; where ``and the`` occurs, only it separates names. (The names a run opens
    with are parted one after another, each sought in what is left of it: where its
    "and", "and the", "of" and head nouns stand is read once for the whole run.)"""
    if not any(w.key == "and" for w in piece.words):
        return [piece]  # "&" joins the words of one company: "Daehan Land & Infra"
    marks, offset, found = _Marks(piece.words, lex), 0, []
    while True:  # piece: what is left of the run, from offset on
        words = piece.words
        if marks.last_and < offset:
            return [*found, piece]
        of = marks.next_of[min(offset + 1, len(marks.next_of) - 1)] - offset
        if (start := _after_members(words, of, lex)) is not None:
            # "Officials of the Ministry of Planning and Investment": the body's name,
            # whole; what stands before "of" may be a person's ("Nguyễn Thị Hồng Vân of
            # the …")
            before = start - 1 - (words[start - 1].key == "the")
            found.append(Piece(words[:before], piece.after_title))
            piece, offset = Piece(words[start:], piece.after_title), offset + start
        elif (
            cut := _between_two_bodies(words, marks.last_head - offset, lex)
        ) is not None:
            # (and the rest again: "Yoon Suk Yeol and Vo Van Thuong and Lee Jae-myung")
            found.append(Piece(words[:cut], False))
            piece, offset = Piece(words[cut + 1 :], piece.after_title), offset + cut + 1
        else:
            return [*found, *_parted(piece, marks.last_and_the >= offset, lex)]


class _Marks:
    """Where a run's last "and", last "and the" and last head noun of a body stand, and
    from each word on the next "of" (``len(words)`` for none)."""

    def __init__(self, words: list[Word], lex: Lexicon) -> None:
        keys = [w.key for w in words]
        heads = lex.inside["organizations"]
        self.last_and = max((i for i, k in enumerate(keys) if k == "and"), default=-1)
        self.last_and_the = max(
            (i for i, pair in enumerate(pairwise(keys)) if pair == ("and", "the")),
            default=-1,
        )
        self.last_head = max((i for i, k in enumerate(keys) if k in heads), default=-1)
        self.next_of = [len(keys)] * (len(keys) + 1)
        for i in range(len(keys) - 1, -1, -1):
            self.next_of[i] = i if keys[i] == "of" else self.next_of[i + 1]


def _parted(piece: Piece, and_the: bool, lex: Lexicon) -> list[Piece]:
    """The run parted at each "and" (or only at "and the", where it occurs), unless its
    head noun makes it one name."""
    words = piece.words
    if is_keyworded(words, lex) and not and_the:
        return [piece]
    parts: list[list[Word]] = []
    current: list[Word] = []
    for index, word in enumerate(words):
        following = words[index + 1].key if index + 1 < len(words) else ""
        if word.key == "and" and (not and_the or following == "the"):
            parts.append(current)
            current = []
        else:
            current.append(word)
    parts.append(current)
    return [
        Piece(part, piece.after_title and i == len(parts) - 1)
        for i, part in enumerate(parts)
        if part
    ]


MAX_FIELD_WORDS = 3


def _after_members(words: list[Word], at: int, lex: Lexicon) -> int | None:
    """Where a body's name opens after the people of it ("Officials of the Ministry of
    Planning and Investment"): after the first "of" (and "the"), when what stands before
    it is no body and what follows is one whose "and" adds a field of common words (not
    a second body: "Representatives of Daeil Semicon and Dong Do Technical College");
    ``at``: where the first "of" after the first word stands (``len(words)`` for none)."""
    if at >= len(words) or is_keyworded(words[:at], lex):
        return None
    start = at + 1 + (at + 1 < len(words) and words[at + 1].key == "the")
    rest = words[start:]
    joined = next((i for i, w in enumerate(rest) if w.key == "and"), len(rest))
    fields = rest[joined + 1 :]
    # (its fields in common words, "Investment", or a short name of no head noun of its
    # own, "Humanities", "Communication")
    return (
        start
        if fields
        and len(fields) <= MAX_FIELD_WORDS
        and not any(w.key == "and" for w in fields)
        and (all(w.key in lex.common for w in fields) or not is_keyworded(fields, lex))
        and is_keyworded(rest[:joined], lex)
        else None
    )


def _ends_in_place(words: list[Word]) -> bool:
    """A listed place of one to four words ends the words, and something stands before
    it ("… of Ho Chi Minh City", "Vietnam National University Hanoi")."""
    keys = [w.key for w in words[-MAX_PLACE_WORDS - 1 :]]  # (no more is read)
    return any(
        is_listed_place(keys[-size:])
        for size in range(1, MAX_PLACE_WORDS + 1)
        if len(keys) > size
    )


def _place_or_body(words: list[Word], headed: bool) -> bool:
    """A listed place alone ("Gyeonggi"), or a body with its own head noun (``headed``:
    a word of the words is a body's head)."""
    return listed_place_words(words) or (len(words) >= 2 and headed)


def _named_then_body(
    before: list[Word], after: list[Word], headed: bool, lex: Lexicon
) -> bool:
    """A name complete before ``and`` (initials alone or after "of": "ADB", "ULIS–VNU",
    "College of KTCN"; or a brand, by its own spelling or a company the news names
    often: "VinaCapital", "Samsung C&T"), then a body of two words or more with its own
    head noun: "ADB and Export-Import Bank of Korea", "VinaCapital and Indochina
    Capital"; not "Science and Technology Agency", "Sanitary and Phytosanitary
    Solutions", "Lee International IP and Law Group"."""
    heads = lex.inside["organizations"]
    if len(after) < 2 or after[0].key in lex.plain or not after[0].capitalised:
        return False
    if not (is_keyworded(after, lex) or headed):
        return False
    if is_acronym(before[-1].text) and (len(before) == 1 or before[-2].key == "of"):
        return True  # initials alone, or a body's after "of" (not "… IP and Law Group")
    brand = before[0].key in lex.companies or any(
        c.isupper() for c in before[-1].text[1:]
    )
    return brand and len(before) <= 2 and after[-1].key in heads


MAX_NAMED_FIELD = 2  # words of a field: "Planning", "Rural Development"


def _fields_closed(before: list[Word], after: list[Word], lex: Lexicon) -> bool:
    """A head noun, "of" and two fields joined by "and" ("Vietnam’s Ministry of Industry
    and Trade", "Ministry of Planning and Investment"): a second "and" after them opens
    another name ("… and PVN", "… and Electricity of Vietnam"), when that name is more
    than common words (not "Institute of Energy and Environment Science and
    Technology")."""
    keys = [w.key for w in before]
    if keys.count("of") != 1 or keys.count("and") != 1 or "the" in keys:
        return False
    at = keys.index("of")
    fields = keys[at + 1 :]
    if "and" not in fields:
        return False
    joined = fields.index("and")
    sizes = (joined, len(fields) - joined - 1)
    return (
        at > 0
        and all(1 <= size <= MAX_NAMED_FIELD for size in sizes)
        and all(w.capitalised for w in before[at + 1 :] if w.key != "and")
        and is_keyworded(before, lex)
        and any(w.key not in lex.common and w.key not in lex.connectors for w in after)
    )


def _between_two_bodies(words: list[Word], last_head: int, lex: Lexicon) -> int | None:
    """Where ``and`` joins two names that each end in their own head noun: ``Seoul Union
    Bank and Daedong Bank``, or a listed place and a body; not ``Ministry of Science and
    Technology``. (What each ``and`` asks of the words around it is read from a few of
    them, or counted once for all: a run of thousands of ``and`` is read in one pass;
    ``last_head``: where the last head noun of a body stands, -1 for none.)"""
    heads = lex.inside["organizations"]
    ands = int(words[0].key == "and") if words else 0
    for index, word in enumerate(words[1:-1], start=1):
        if word.key != "and":
            continue
        ands, earlier = ands + 1, ands  # the "and"s before this one
        headed = last_head > index
        if earlier == 1 and _fields_closed(words[:index], words[index + 1 :], lex):
            return index  # "Ministry of Industry and Trade and PVN"
        # (not "Kim Jang Lee and Partners": one head after "and" is the firm's own)
        if (
            index <= MAX_PERSON_WORDS
            and person_name(words[:index], lex)
            and len(words) - index > 2
        ):
            return (
                index  # "Prime Minister Hwang Kyo-ahn and National Assembly Speaker …"
            )
        if words[-1].key in heads and listed_place_words(words[:index]):
            return index  # "Quang Nam and Hyosung Group": a province, then a company
        if _ends_in_place(words[max(0, index - MAX_PLACE_WORDS - 1) : index]) and (
            _place_or_body(words[index + 1 :], headed)
        ):
            # "People's Committee of Ho Chi Minh City and Gyeonggi", "Vietnam National
            # University Hanoi and Can Tho University": a place ends the first name
            return index
        after = [w.key for w in words[index + 1 : index + 3]]
        if after[0] in lex.companies or " ".join(after) in lex.companies:
            return index  # "… Department of Tourism and Vietjet Air": a known company
        if _named_then_body(words[:index], words[index + 1 :], headed, lex):
            return index
        if brand_then_firm(words, index, lex):
            return index  # "Daegun and Ngoc Phu Trade And Construction Co., Ltd."
        if two_kinds(words, index, lex):
            return index  # "Hue Book Fair and Saigon Poetry Summit"
        if words[index - 1].key not in heads or index > len(words) - 3:
            continue
        # "… Agency and Vietnam’s Ministry of Public Security": a head noun opens the second
        end = _third_body(words, index, heads) or len(words)
        second = words[index + 1 : min(index + 3, end)]
        if words[end - 1].key in heads or any(w.key in heads for w in second):
            return index
    return None


def _third_body(words: list[Word], index: int, heads: frozenset[str]) -> int | None:
    """The next ``and`` after ``index`` that opens another body, which ends the name
    after ``index``: "… of Fisheries and Rural Affairs and the Korea Trade Agency",
    "… and Ministry of Finance"; not the fields' own "and" inside that name ("Food and
    Agriculture Organization", "Trade and Investment Promotion Agency")."""
    for at in range(index + 1, len(words) - 2):
        if words[at].key != "and":
            continue
        opener, then = words[at + 1].key, words[at + 2].key
        if opener == "the" or (opener in heads and then in ("of", "for")):
            return at
    return None
