"""What a piece loses before it is proposed, and whether it is proposed at all.

A run carries words that frame a name rather than belong to it: ``The``, a trailing
title, a possessive ``’s``, a nationality before a state institution (``South Korean
National Assembly``). A country after the name stays: it is part of it (``Human Resources
Development Service of Korea``), as in the registry's names. A known place is never
trimmed (``Thai Nguyen``, ``Lao Cai``). What is left is proposed only if some word in it
can name something: ``Foreign Affairs`` or ``Officials`` opening a sentence names nothing,
nor do generic words alone (``Joint Committee``, ``Ministry``).
"""

from __future__ import annotations

import re

from dossier.places import is_listed_place
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.regions import names_a_region
from dossier.recognize.candidates.rules import (
    Piece,
    connector,
    is_keyworded,
    person_name,
)
from dossier.recognize.candidates.token_shapes import code_like
from dossier.recognize.tokens import POSSESSIVE, Word, is_acronym

# A word opening a sentence with these names nothing: "Attending", "Additionally".
_SENTENCE_START_FORMS = ("ing", "ed", "ly")


def trim(piece: Piece, lex: Lexicon) -> Piece | None:
    """The piece without the words that frame it, or None if nothing names anything."""
    words = _trim_edges(list(piece.words), lex)
    if words and POSSESSIVE.search(words[-1].text):
        last = words[-1]
        words[-1] = last._replace(text=last.text[:-2], end=last.end - 2, initial=False)
    if " ".join(w.key for w in words) in lex.countries:
        return None
    if not is_listed_place([w.key for w in words]):
        words = _without_nationality(words, lex)
    return Piece(words, piece.after_title) if words else None


def _trim_edges(words: list[Word], lex: Lexicon) -> list[Word]:
    """Drops stop words, connectors and titles at either end, and a leading country
    before a connector ("RoK for 2023"), over and over: each cut may bare another."""
    trimmed = True
    while trimmed and words:
        count = len(words)
        while words and (
            _is_stop(words, lex)
            or connector(words[0], lex)
            or not words[0].capitalised
            or _member_of(words)
            or _role_of(words, lex)
            or _opening_verb(words, lex)
            or words[0].key in lex.headline_verbs  # "Opens New Training Center"
        ):
            words.pop(0)
        while (
            words
            and (
                connector(words[-1], lex)
                or (words[-1].key in lex.titles and words[-1].key != "general")
                or _day_after_connector(words)
                or _nationality_after_and(words, lex)
                # "Nguyen Thi Thanh 30 million won", "Hàn Quốc 5 năm": a person's or a
                # country's name, then a number
                or (words[-1].text.isdigit() and _named_before(words[:-1], lex))
            )
        ):
            words.pop()
        words = _without_trailing_country(_without_leading_country(words, lex), lex)
        words = _without_country_after_and(words, lex)
        trimmed = len(words) < count
    return words


def _named_before(words: list[Word], lex: Lexicon) -> bool:
    return person_name(words, lex) or " ".join(w.key for w in words) in lex.countries


def _member_of(words: list[Word]) -> bool:
    """A role in a body before its name: "Member of the International Olympic Committee"."""
    return len(words) > 2 and words[0].key in _MEMBER and words[1].key == "of"


_MEMBER = frozenset(("member", "members"))


def _role_of(words: list[Word], lex: Lexicon) -> bool:
    """A person's role in a body before its name: "Representatives of the Ministry of
    Industry and Trade", "Vice Principal of ChungAng University", "Dean of the Faculty of
    Korean Studies", "General of …" (of "Director General of …"): the body's name, with
    its own head noun, or its initials ("General of VIETRADE")."""
    size = 2 if len(words) > 2 and _role(words[0], lex) and _role(words[1], lex) else 1
    if len(words) < size + 2 or not _role(words[0], lex) or words[size].key != "of":
        return False
    body = words[size + 1 :]
    body = body[1:] if body and body[0].key == "the" else body
    if len(body) == 1:
        return is_acronym(body[0].text)
    return len(body) > 1 and is_keyworded(body, lex)


# roles a title or a person's noun does not say ("the dean of …", "a specialist of …")
# (not "staff", "delegation": "General Staff of the …", "Delegation of the European
# Union to …" are bodies)
_ROLES = frozenset(
    {"dean", "principal", "specialist", "advisor", "adviser", "leader", "coach"}
    | {"general", "delegate", "representatives", "officials"}
)


def _role(word: Word, lex: Lexicon) -> bool:
    key = word.key
    singular = key[:-1] if key.endswith("s") else key
    return word.capitalised and (
        key in _ROLES or singular in lex.titles or singular in lex.roles
    )


def _opening_verb(words: list[Word], lex: Lexicon) -> bool:
    """A verb's -ing form or an adverb opening the sentence, then its object: an
    article, initials, a number or a country ("Representing UEF, …", "Interestingly the
    Joongang Ilbo …", "Welcoming the RoK delegation"); but "Organizing Committee",
    "Housing Corporation" name a body with it."""
    first = words[0]
    if not (
        first.initial
        and len(words) > 1
        and first.key.endswith(_OPENING_FORMS)
        and len(first.key) > len("king")
        and first.key not in _NAMES_SO_ENDING  # "Boeing Vietnam", "Daily NK"
        and first.key not in lex.companies
        and not is_listed_place([first.key])
        and first.key not in lex.countries
    ):
        return False
    after = words[1]
    return (
        after.key in ("the", "a", "an")
        or is_acronym(after.text)
        or after.text.isdigit()
        or after.key in lex.countries
    )


_OPENING_FORMS = ("ing", "ly")
# names that end as a verb's -ing or an adverb's -ly do: a firm's, a paper's, a city's
_NAMES_SO_ENDING = frozenset(("boeing", "daily", "beijing", "kunming", "nanjing"))


def _nationality_after_and(words: list[Word], lex: Lexicon) -> bool:
    """A nationality after ``and`` ends a list, not a name: "… Organizations and Korean"."""
    return (
        len(words) > 2 and words[-1].key in lex.nationalities and words[-2].key == "and"
    )


def _without_country_after_and(words: list[Word], lex: Lexicon) -> list[Word]:
    """A country after ``and`` ends a list of parties, not a body's name: "Ministry of
    Industry and Trade and South Korea" (of "… and South Korea’s Ministry of …"); but
    "… Association of Vietnam and Korea" names both."""
    for size in (3, 2, 1):
        cut = len(words) - size - 1
        if cut < 2 or words[cut].key != "and":
            continue
        before = words[cut - 1].key
        if (
            " ".join(w.key for w in words[cut + 1 :]) in lex.countries
            and before not in lex.countries
            and before not in lex.nationalities
        ):
            return words[:cut]
    return words


def _day_after_connector(words: list[Word]) -> bool:
    """A number after ``on``/``of`` ends a sentence's date, not a name: "Bắc Ninh on 11";
    a year after ``for the`` a term's start: "… Council for the 2020 – 2021 term"."""
    if len(words) < 3 or not words[-1].text.isdigit():
        return False
    term = (
        len(words[-1].text) == 4 and words[-3].key == "for" and words[-2].key == "the"
    )
    return term or words[-2].key in ("on", "of")


def _is_stop(words: list[Word], lex: Lexicon) -> bool:
    """A capitalised function word opening a sentence; but "To Lam" is a name."""
    first = words[0]
    if first.key not in lex.stop:
        return False
    marked = first.text.casefold() in lex.marked_stop  # "Tại", "Những": Vietnamese's
    if (
        first.key in lex.surnames
        and not marked  # "Tờ Golden Daily": the paper, no Tô
        and len(words) > 1
        and words[1].capitalised
        and words[1].key not in lex.stop
    ):
        return False
    return first.initial or marked or first.key in ("the", "a", "an")


def _without_leading_country(words: list[Word], lex: Lexicon) -> list[Word]:
    """Drops a country before a connector: "RoK for 2023", "Vietnam for the 2022 …";
    and a country's possessive: "South Korea’s Ministry of Labor" is the ministry, as is
    "Seoul's Ministry of Trade" (any one word's, before a ministry)."""
    for size in (3, 2, 1):
        lead = " ".join(w.key for w in words[:size])
        if len(words) <= size:
            continue
        country = lead in lex.countries
        if (country or lead in lex.nationalities) and connector(words[size], lex):
            return words[size:]
        if country and POSSESSIVE.search(words[size - 1].text):
            return words[size:]
    # "Seoul's Ministry of Trade, …": a capital's possessive for its country's government
    if (
        len(words) > 2
        and POSSESSIVE.search(words[0].text)
        and words[1].key == "ministry"
    ):
        return words[1:]
    return words


def _without_trailing_country(words: list[Word], lex: Lexicon) -> list[Word]:
    """Drops ``of`` and a country after a name that has no head noun: "Ambassador Nguyen
    Vu Tu of Vietnam" is the ambassador; "Embassy of Vietnam" keeps its country."""
    for size in (3, 2, 1):
        cut = len(words) - size
        if cut < 3 or " ".join(w.key for w in words[cut:]) not in lex.countries:
            continue
        head = cut - 1 - (words[cut - 1].key == "the")
        name = words[:head]
        keys = [w.key for w in words]
        longer = any(" ".join(keys[k:]) in lex.countries for k in range(head))
        if (
            words[head].key == "of"
            and len(name) >= 2
            and not longer  # "… Nam–Republic of Korea": the country is longer
            and not is_keyworded(name, lex)
        ):
            return name
        return words  # "Gangwon Province of the Republic of Korea"
    return words


def _without_nationality(words: list[Word], lex: Lexicon) -> list[Word]:
    """Drops a nationality before a state institution: "South Korean National Assembly";
    or before a company the news names often: "South Korean LG Corporation"; but "Korean
    Air", "Korean FA Cup" and "Korean Cultural Centre" keep theirs."""
    for size in (2, 1):
        lead = " ".join(w.key for w in words[:size])
        if len(words) <= size or lead not in lex.nationalities:
            continue
        head = words[size]
        if (
            head.key in lex.companies
            or (
                head.key in lex.institutions
                # "Korean National Police Agency": three common words need their nationality
                and not (len(words) - size >= 3 and _generic(words[size:], lex))
            )
        ):
            return words[size:]
    return words


def acceptable(piece: Piece, lex: Lexicon, owned: bool = False) -> bool:
    """Whether a trimmed piece may be a name: not just the dossier's frame of countries,
    and with a word that names something (``owned``: a country's possessive before it
    says which body words any such body is called name: "Korea's Rural Development
    Administration").

    A one-word piece written in lower case elsewhere in its article is a common noun;
    that depends on the article, so the finder checks it per article, not here.
    """
    words = piece.words
    if _all_countries([k for w in words for k in w.key.split("-") if k], lex):
        return False
    if any(code_like(w.text) for w in words):
        return False  # "PHN2ZyB4bWxucz0i…": an image's data, not a name
    if names_a_region(words):
        return True  # "Central Highlands": a position and a landform
    if _generic(words, lex) and not (owned and len(words) >= MIN_OWNED_WORDS):
        return False
    if not _body_of(words, lex) and not any(
        w.capitalised and len(w.text) > 1 and w.key not in lex.plain for w in words
    ):
        return False  # "Foreign Affairs", "RoK Localities": no word that names anything
    return len(words) > 1 or _acceptable_word(words[0], lex)


MAX_COUNTRY_WORDS = 2  # "South Korea", "Viet Nam"


def _body_of(words: list[Word], lex: Lexicon) -> bool:
    """A head noun, ``of`` and a field: "Department of Overseas Labor" names one body,
    though each of its words is common; so does it after its country ("US Department of
    Commerce", "Vietnam Department of Fisheries")."""
    return _field_body(words, lex) or any(
        _country(" ".join(w.key for w in words[:n]), lex)
        and _field_body(words[n:], lex)
        for n in range(1, MAX_COUNTRY_WORDS + 1)
    )


def _country(key: str, lex: Lexicon) -> bool:
    return key in lex.countries or key in lex.nationalities


def _field_body(words: list[Word], lex: Lexicon) -> bool:
    return (
        len(words) >= 3
        and _kind_word(words[0], lex)
        and words[1].key in ("of", "for")
        and all(w.capitalised or connector(w, lex) for w in words[2:])
    )


MIN_SPECIFIC_WORDS = 4
MIN_OWNED_WORDS = 3  # "National Police Agency" after "Korea's"; not "Joint Committee"


def _generic(words: list[Word], lex: Lexicon) -> bool:
    """Words any such body is called, with nothing to say which: "Joint Committee",
    "People’s Committee", "Metropolitan City", "Memorandum of Understanding" (an
    agreement's kind on both sides of its connector). A connector ("Ministry of Finance")
    or a nationality ("Korean Cultural Centre") says which."""
    heads = [w for w in words if not connector(w, lex)]
    agreement = lex.inside.get("agreements", frozenset())
    # an agreement's kind on both sides of the connector; "Ministry of Education" names one
    if len(heads) < len(words) and all(w.key in agreement for w in heads):
        return True
    # "National Agriculture Cooperative Federation": four such words say which body
    return len(heads) < MIN_SPECIFIC_WORDS and all(
        (
            w.key in lex.common
            or w.key in lex.stop
            or w.key in lex.titles
            or _kind_word(w, lex)
        )
        and w.key not in lex.nationalities
        and w.key not in lex.connectors
        for w in words
    )


def _kind_word(word: Word, lex: Lexicon) -> bool:
    """A head noun that says what kind of thing a name is: "Ministry", "Conference"."""
    return any(word.key in keys for keys in lex.inside.values())


# "VND4", "US$5", "KRW10": a sum glued to its currency; "Q2", "H1": a quarter, a half
_SUM_OR_QUARTER = re.compile(r"(?:usd|vnd|krw|eur|jpy|us\$)\d[\d.,]*|[qh][1-4]")


def _acceptable_word(word: Word, lex: Lexicon) -> bool:
    """Whether one word alone may be a name."""
    if _SUM_OR_QUARTER.fullmatch(word.key) or word.key in lex.alone:
        return False
    if word.initial and word.key.endswith(_SENTENCE_START_FORMS) and len(word.key) > 4:
        return False
    if word.initial and word.key.endswith("s") and not is_acronym(word.text):
        return False  # "Officials said": a plural noun opening the sentence
    return not (
        word.key in lex.stop
        or word.key in lex.common
        or word.key in lex.titles
        or word.key in lex.dates
    )


def _all_countries(keys: list[str], lex: Lexicon) -> bool:
    """True for the frame, not a name: "Vietnam–South Korea", "Republic of Korea": the keys
    part into countries' and nationalities' names of one to four words each."""
    framed = [False] * len(keys) + [
        True
    ]  # framed[i]: keys[i:] part so (read from the end)
    for start in range(len(keys) - 1, -1, -1):
        framed[start] = any(
            start + size <= len(keys)
            and framed[start + size]
            and _is_country(" ".join(keys[start : start + size]), lex)
            for size in (4, 3, 2, 1)
        )
    return framed[0]


def _is_country(words: str, lex: Lexicon) -> bool:
    return words in lex.countries or words in lex.nationalities
