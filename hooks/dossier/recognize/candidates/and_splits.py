"""Where ``and`` joins two names and where it is part of one: ``Da Nang and Incheon``,
``Prime Minister Hwang Kyo-ahn and National Assembly Speaker …`` are two; ``Ministry of
Science and Technology``, ``Kim Jang Lee and Partners`` one."""

from __future__ import annotations

from dossier.places import is_listed_place
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.rules import (
    MAX_PLACE_WORDS,
    Piece,
    is_keyworded,
    person_name,
)
from dossier.recognize.tokens import Word, is_acronym


def split_at_and(piece: Piece, lex: Lexicon) -> list[Piece]:
    """``Da Nang and Incheon`` → two names, but ``Science and Technology Agency`` is
    one; where ``and the`` occurs, only it separates names."""
    words = piece.words
    and_the = any(
        w.key == "and" and n.key == "the"
        for w, n in zip(words, words[1:], strict=False)
    )
    if not any(w.key == "and" for w in words):
        return [piece]  # "&" joins the words of one company: "Daehan Land & Infra"
    if (start := _after_members(words, lex)) is not None:
        # "Officials of the Ministry of Planning and Investment": the body's name, whole;
        # what stands before "of" may be a person's ("Nguyễn Thị Hồng Vân of the …")
        of = start - 1 - (words[start - 1].key == "the")
        body = Piece(words[start:], piece.after_title)
        return [Piece(words[:of], piece.after_title), *split_at_and(body, lex)]
    if (cut := _between_two_bodies(words, lex)) is not None:
        # (and the rest again: "Yoon Suk Yeol and Vo Van Thuong and Lee Jae-myung")
        rest = Piece(words[cut + 1 :], piece.after_title)
        return [Piece(words[:cut], False), *split_at_and(rest, lex)]
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


def _after_members(words: list[Word], lex: Lexicon) -> int | None:
    """Where a body's name opens after the people of it ("Officials of the Ministry of
    Planning and Investment"): after the first "of" (and "the"), when what stands before
    it is no body and what follows is one whose "and" adds a field of common words (not
    a second body: "Representatives of Daeil Semicon and Dong Do Technical College")."""
    at = next((i for i, w in enumerate(words) if i and w.key == "of"), None)
    if at is None or is_keyworded(words[:at], lex):
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
    keys = [w.key for w in words]
    return any(
        is_listed_place(keys[-size:])
        for size in range(1, MAX_PLACE_WORDS + 1)
        if len(keys) > size
    )


def _place_or_body(words: list[Word], lex: Lexicon) -> bool:
    """A listed place alone ("Gyeonggi"), or a body with its own head noun."""
    keys = [w.key for w in words]
    heads = lex.inside["organizations"]
    return is_listed_place(keys) or (len(keys) >= 2 and any(k in heads for k in keys))


def _named_then_body(before: list[Word], after: list[Word], lex: Lexicon) -> bool:
    """A name complete before ``and`` (initials alone or after "of": "ADB", "ULIS–VNU",
    "College of KTCN"; or a brand, by its own spelling or a company the news names
    often: "VinaCapital", "Samsung C&T"), then a body of two words or more with its own
    head noun: "ADB and Export-Import Bank of Korea", "VinaCapital and Indochina
    Capital"; not "Science and Technology Agency", "Sanitary and Phytosanitary
    Solutions", "Lee International IP and Law Group"."""
    heads = lex.inside["organizations"]
    if len(after) < 2 or after[0].key in lex.plain or not after[0].capitalised:
        return False
    if not (is_keyworded(after, lex) or any(w.key in heads for w in after)):
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


def _between_two_bodies(words: list[Word], lex: Lexicon) -> int | None:
    """Where ``and`` joins two names that each end in their own head noun: ``Seoul Union
    Bank and Daedong Bank``, or a listed place and a body; not ``Ministry of Science and
    Technology``."""
    heads = lex.inside["organizations"]
    for index, word in enumerate(words[1:-1], start=1):
        if word.key != "and":
            continue
        if _fields_closed(words[:index], words[index + 1 :], lex):
            return index  # "Ministry of Industry and Trade and PVN"
        # (not "Kim Jang Lee and Partners": one head after "and" is the firm's own)
        if person_name(words[:index], lex) and len(words) - index > 2:
            return (
                index  # "Prime Minister Hwang Kyo-ahn and National Assembly Speaker …"
            )
        if is_listed_place([w.key for w in words[:index]]) and words[-1].key in heads:
            return index  # "Quang Nam and Hyosung Group": a province, then a company
        if _ends_in_place(words[:index]) and _place_or_body(words[index + 1 :], lex):
            # "People's Committee of Ho Chi Minh City and Gyeonggi", "Vietnam National
            # University Hanoi and Can Tho University": a place ends the first name
            return index
        after = [w.key for w in words[index + 1 : index + 3]]
        if after[0] in lex.companies or " ".join(after) in lex.companies:
            return index  # "… Department of Tourism and Vietjet Air": a known company
        if _named_then_body(words[:index], words[index + 1 :], lex):
            return index
        if words[index - 1].key not in heads or index > len(words) - 3:
            continue
        # "… Agency and Vietnam’s Ministry of Public Security": a head noun opens the second
        second = words[index + 1 : index + 3]
        if words[-1].key in heads or any(w.key in heads for w in second):
            return index
    return None
