"""Where a person's name stands inside a run of capitalised words: after the body the
person works for (``Foreign Affairs Bui Thanh Son``), or before ``of`` and the body
(``Nam Sang-hoon of Daegu Hanseong University``)."""

from __future__ import annotations

from dossier.places import is_country, is_listed_place
from dossier.recognize.candidates.korean_given_first import (
    KOREAN_GIVEN,
    given_then_surname,
)
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.rules import (
    Piece,
    head,
    is_keyworded,
    person_name,
)
from dossier.recognize.tokens import Word, is_acronym
from dossier.text import fold, strip_marks


def split_at_person(piece: Piece, lex: Lexicon) -> list[Piece]:
    """``Foreign Affairs Bui Thanh Son`` → ``Foreign Affairs`` | ``Bui Thanh Son``: from
    a surname on, two to four capitalised words are a person. Before the surname stands
    no other, or a body the person works for (``Ho Chi Minh City People’s Committee Phan
    Minh Dat``); a surname that ends a country's name is no person (``Viet Nam``)."""
    words = piece.words
    # a lower-case word the run ends in ("… Nguyễn Văn An đã") is trimmed later
    end = len(words)
    while end > 1 and not words[end - 1].capitalised:
        end -= 1
    # the person is the run's last two to four words: only those may open the name
    for index in range(max(1, end - 4), min(len(words) - 1, end - 1)):
        tail, before = words[index:end], words[:index]
        # "Lò Thị Hồng Nhung": the word before "Thị" is a surname, known or not
        surname = words[index].key in lex.surnames or words[index + 1].key == "thi"
        # "Hàn Quốc Lee Nak-yeon": the country the person is of, before the name
        own = before[: len(before) - _country_tail(before, lex)]
        # "Brigadier General Heung Seok Kim": given name first, after a country or two
        # words ("Huh Hyang Jin" is one name), from its first syllable (not "Hyun Kim")
        # "the Korean NA Park Min-seok": the body he leads, just before his name
        lead = _owner_before(before[-1], words[index:end], lex)
        given = _given_first(words[index:end], lex) and (index > 1 or not own or lead)
        # (after initials or a firm, a hyphened given name and a surname: "Eui-sun
        # Chung"; the initials are no syllable of it)
        given = given or (lead and _hyphened_given(words[index:end], lex))
        surname = surname or (
            given and (lead or not _given_first(words[index - 1 : end], lex))
        )
        # "NA" before "Park Min-seok": the body's initials, though "Na" is a surname
        surname = surname and not (
            _owner_before(words[index], words[index + 1 : end], lex)
            and words[index + 1].key in lex.surnames
        )
        if (
            surname
            and not (index == 1 and not lead and _given_first(words[:end], lex))
            and (
                not any(
                    w.key in lex.surnames and not _ends_country(own, i, lex)
                    for i, w in enumerate(own[:-1] if lead else own)
                )
                or (is_keyworded(before, lex) and not _lone_surname(before, lex))
            )
            and f"{before[-1].key} {words[index].key}" not in lex.countries
            and not _place_across(words, index)  # "Binh Duong Province"
            # "Phương Nam Seafood": one Vietnamese syllable and a surname are a compound
            and not (len(before) == 1 and before[0].text != strip_marks(before[0].text))
            and 2 <= len(tail) <= 4
            and all(w.capitalised for w in tail)
            and not is_keyworded(tail, lex)
            # "My Dinh National Stadium", "Dinh Province": a place, not a person
            and head(tail).key not in lex.inside["cities"]
        ):
            return [Piece(words[:index], piece.after_title), Piece(tail, True)]
    return _person_of(piece, lex)


def _owner_before(word: Word, name: list[Word], lex: Lexicon) -> bool:
    """A body's initials or a firm the news names often, just before a Korean's name
    with its given name hyphenated ("NA Park Min-seok", "KNU Jae-won Seo", "Hyundai
    Min-ho Bae"): whom the person leads, no syllable of the name ("NA" is no surname
    "Na" in capitals before another surname)."""
    hyphened = any(_korean_hyphened(w) for w in name)
    return hyphened and (_initials(word.text) or word.key in lex.companies)


def _initials(text: str) -> bool:
    return is_acronym(text) and len(text) > 1 and text.isupper()


def _korean_hyphened(word: Word) -> bool:
    """A Korean given name hyphened: its second half in lower case ("Eui-sun") or both
    halves Korean syllables ("Dong-Hwan"); no place, country or initials before the
    hyphen ("Hanoi-Hong Kong", "ASEAN-Hong Kong": a route or a pact of two)."""
    first, hyphen, second = word.text.strip("-").partition("-")
    return (
        bool(hyphen and first and second)
        and not (_initials(first) or is_country(first))
        and not is_listed_place([fold(first)])
        and (
            second[:1].islower()
            or all(KOREAN_GIVEN.fullmatch(fold(half)) for half in (first, second))
        )
    )


def _hyphened_given(name: list[Word], lex: Lexicon) -> bool:
    """A hyphened given name, then a known surname: "Eui-sun Chung"."""
    return len(name) == 2 and _korean_hyphened(name[0]) and name[1].key in lex.surnames


def _given_first(words: list[Word], lex: Lexicon) -> bool:
    """A Korean's name written given name first ("Heung Seok Kim"), whose second syllable
    may be a surname too: "Dong Ho Kim" is one person, not "Dong" | "Ho Kim"."""
    return given_then_surname(" ".join(w.text for w in words), lex)


def _place_across(words: list[Word], index: int) -> bool:
    """A listed place holds the word before ``index`` and the one at it ("Binh Duong":
    Dương is a surname too)."""
    keys = [w.key for w in words]
    return any(
        is_listed_place(keys[start:end])
        for start in range(max(0, index - 2), index)
        for end in range(index + 1, min(len(keys), index + 2) + 1)
    )


def _lone_surname(words: list[Word], lex: Lexicon) -> bool:
    """One word, a surname: "Park" before "Hong Ook" is his, though "park" ends a body's
    name too ("Yen Phong Industrial Park")."""
    return len(words) == 1 and words[0].key in lex.surnames


def _country_tail(words: list[Word], lex: Lexicon) -> int:
    """How many of the last words name a country ("… Viet Nam", "… Đại Hàn Dân Quốc")."""
    keys = [w.key for w in words[-4:]]  # no longer tail is sought
    return next(
        (
            k
            for k in (4, 3, 2, 1)
            if " ".join(keys[-k:]) in lex.countries and k <= len(keys)
        ),
        0,
    )


def _ends_country(words: list[Word], index: int, lex: Lexicon) -> bool:
    """``Nam`` of ``Viet Nam``: a surname's word that ends a country's name."""
    return index > 0 and f"{words[index - 1].key} {words[index].key}" in lex.countries


def _person_of(piece: Piece, lex: Lexicon) -> list[Piece]:
    """``Nam Sang-hoon of Daegu Hanseong University`` → the person | the body: two to four
    capitalised words, the first or the last a surname, then ``of``/``at`` and a name
    with a head noun, or any name after a person's (``Lee Kyung-sik of the Korea
    Post``)."""
    words = piece.words
    if not words or not any(w.key in lex.surnames for w in words[:4]):
        return [piece]
    for index in range(2, min(len(words) - 1, 5)):
        body = words[index + 1 :]
        if body and body[0].key == "the":
            body = body[1:]
        # "Nam Sang-hoon of …", "Choong-Heon Jeon of …": the surname first or last
        surname = words[0].key in lex.surnames or words[index - 1].key in lex.surnames
        if (
            words[index].key in ("of", "at")
            and surname
            and all(w.capitalised for w in words[:index])
            and body
            # "… of the Korea Post", "… of Tien Giang": a name shaped as a person's
            # needs no head noun in what it is of
            and (is_keyworded(body, lex) or person_name(words[:index], lex))
        ):
            return [Piece(words[:index], piece.after_title), Piece(body)]
    return [piece]
