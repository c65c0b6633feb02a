"""A place's or a body's name written with its kind in lower case after it.

English pages of both countries' outlets often capitalise only the proper part of a name
and leave its kind in lower case: "the Apsan mountain", "Gwanghwamun square", "Hoa Loc
elementary school", "the Truc Lam Zen sect", "the Super Star contest", "Tuy Hoa airport". The capitals alone give "Apsan", which is
neither the name the page means nor a name an editor would file. Only kinds that name one
thing with the words before them are read so ("street", "village", "group", which pages
put as often after a name they also write alone, "Kim Ma street", "Samsung group", count
whole only where the page never does: ``soft_kinds``; "new urban area" names the place:
"Thu Thiem"), and only where the kind ends the noun phrase ("Hanoi square dancing" is
none; "the Apsan mountain area").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.lexicon import Lexicon, lexicon
from dossier.recognize.candidates.soft_kinds import SOFT_KINDS, soft_named
from dossier.recognize.tokens import POSSESSIVE
from dossier.text import fold, phrase_alternation

# the kind in lower case, and the type it gives the name
_KINDS = {
    "mountain": "cities",
    "international airport": "cities",
    "airport": "cities",  # "the Muan airport": one airport, named for its town
    "contest": "events",  # "the Super Star contest", "the Hanoi-Busan Talent contest"
    # a summit named for the body or the group that holds it ("the APEC summit", "the
    # P4G summit"), not for its parties or its place (``_SUMMIT_NAMED``)
    "summit": "events",
    "square": "cities",
    "islands": "cities",
    "tourist area": "cities",
    # "the Gian Khau industrial park", "Ba Thien II industrial zone": one park, named for
    # its commune (not "economic zone", which pages name after two places: "Dinh Vu – Cat
    # Hai economic zone")
    "industrial park": "cities",
    "industrial zone": "cities",
    "elementary school": "organizations",
    "primary school": "organizations",
    "satellite school": "organizations",
    "kindergarten": "organizations",
    "police station": "organizations",
    "archdiocese": "organizations",
    "karaoke bar": "organizations",
    "sect": "organizations",
    # a house that reigned or a family line, a university's faculty, an incubator: bodies
    # as the registry files them ("the Tran dynasty", "the Ly clan", "Oriental Studies
    # faculty"); a township, a bridge, a relic site, a basin: places ("Bongseong
    # township", "the Mekong River basin", "the Mekong sub-region")
    "dynasty": "organizations",
    "clan": "organizations",
    "faculty": "organizations",
    "incubator": "organizations",
    "township": "cities",
    "bridge": "cities",
    "relic site": "cities",
    "river basin": "cities",
    "sub-region": "cities",
    # a plant being built or run, which the registry files with the projects ("the Mong
    # Duong 2 thermal power plant", "a QNY solar power project")
    "power plant": "initiatives",
    "thermal power plant": "initiatives",
    "thermo power plant": "initiatives",  # "thermal", as Vietnamese outlets write it
    "solar power plant": "initiatives",
    "wind power plant": "initiatives",
    "solar power project": "initiatives",
    "wind power project": "initiatives",
    **SOFT_KINDS,  # "Posco group", "Lieu Giai street": whole where never alone
}
# kinds a province or a company has many of: "the Hai Phong industrial park", "the
# Samsung industrial zone", "a Seoul incubator" are the city and the company, no park's
# name (a park is named for its commune: "Yen Phong", "Gian Khau")
_OWNED_KINDS = frozenset(("industrial park", "industrial zone", "incubator"))
# kinds a page also uses as a figure of speech: "an ASEAN bridge for Korean investors",
# "a Seoul bridge to Asian markets" (one of many: no bridge has its name after "a"), "the
# Samsung dynasty" (a firm's founding family, no house that reigned)
_FIGURATIVE_KINDS = frozenset(("bridge", "dynasty"))
_DASHES = frozenset("-–—")
_INDEFINITE = re.compile(r"(?<![\w’'-])an?\s+$")
# "Incheon International airport", "Binh Thuan Primary school": the kind's first word
# capitalised with the name, its last in lower case
_LAST_WORDS = {k.split()[-1]: k for k in _KINDS if len(k.split()) == 2}
_KIND = phrase_alternation((*_KINDS, *_LAST_WORDS))
_WORD = r"[^\W\d_][\w’'.&-]*"  # "R&D"
# the proper part: words (a number among them: "Nghi Kieu 1"), then the kind in lower
# case, which the noun phrase ends with: a stop, a bracket, a function word or a verb in
# the past ("… kindergarten opened")
_NAMED = re.compile(
    rf"(?<![\w’'&-])(?P<proper>{_WORD}(?:[ \t]+(?:{_WORD}|\d{{1,3}})){{0,4}}?)[ \t]+"
    rf"(?P<kind>{_KIND})"
    r"(?=\s*(?:$|[,.;:!?()\[\]”\"’'–—]|\s(?:in|on|at|of|and|or|to|from|with|for|by|is|"
    r"was|are|were|has|had|have|which|that|where|near|since|as|will|would|could|can|"
    r"when|after|before|during|under|this|last|area|until|through|via|into|but|while|"
    r"because|than|said|says|told|also|[a-z]+ed)\b))"
)


def kind_named(text: str) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each name whose kind follows it in lower case."""
    if not any(k.split()[-1] in text for k in _KINDS):
        return []  # most sentences name none: one quick look decides
    return list(_names(text, lexicon()))


def _names(text: str, lex: Lexicon) -> Iterator[tuple[str, str, int, int]]:
    for match in _NAMED.finditer(text):
        kind = " ".join(match["kind"].split())
        words = list(re.finditer(r"\S+", match["proper"]))
        # the capitalised words (and numbers) right before the kind
        first = len(words)
        while first and (
            words[first - 1].group()[0].isupper() or words[first - 1].group().isdigit()
        ):
            first -= 1
        if first == len(words) or words[first].group().isdigit():
            continue
        longer = f"{words[-1].group().casefold()} {kind}"
        if kind in _LAST_WORDS and (longer in _KINDS or kind not in _KINDS):
            # "Incheon International airport": the kind's first word is capitalised
            kind = longer
            if kind not in _KINDS or len(words) - first < 2:
                continue
        proper = match["proper"][words[first].start() :]
        start = match.start("proper") + words[first].start() + _framing(proper, lex)
        named = text[start : match.start("kind")].split()
        folded = " ".join(fold(w) for w in named)
        if not named or all(_plain(w, lex) for w in named) or folded in lex.plain:
            continue  # "South Korean village", "Buddhist kindergarten", "The group"
        if kind in _OWNED_KINDS and _owner(folded, lex):
            continue  # "the Hai Phong industrial park": the city's, no park's name
        if kind in _FIGURATIVE_KINDS and _figure(text, start, folded, lex):
            continue  # "an ASEAN bridge for investors", "the Samsung dynasty"
        if kind == "summit" and not _summit_named(named, folded, lex):
            continue  # "the Korea-Vietnam summit", "the Hanoi summit": any of them
        if kind in SOFT_KINDS and not soft_named(text, start, named, kind):
            continue  # "• Commercial center, …", "a Seoul-based group"
        yield (
            " ".join(text[start : match.end()].split()),
            _KINDS[kind],
            start,
            match.end(),
        )


# what opens a sentence before a name: "The Apsan mountain", "In Ha My village" (not
# "An", a Vietnamese name's syllable: "An Hiep kindergarten")
_OPENERS = frozenset(
    ("the", "in", "at", "on", "from", "to", "near", "with", "by", "of")
)


def _framing(proper: str, lex: Lexicon) -> int:
    """How many characters of the proper part frame the name rather than belong to it:
    a capitalised function word opening it ("The", "At"), a title, or everything up to a
    possessive ("Korea’s Gwangju …")."""
    offset = 0
    for match in re.finditer(r"\S+", proper):
        if POSSESSIVE.search(match.group()):
            offset = match.end()
    for match in re.finditer(r"\S+", proper[offset:]):
        key = fold(match.group())
        if key not in _OPENERS and not _title(match.group(), key, lex):
            return offset + match.start()
    return len(proper)


def _title(word: str, key: str, lex: Lexicon) -> bool:
    """A title, as written: a Vietnamese one with its marks ("Bà"); written without
    them it is a name's syllable ("the Ba Thien II industrial zone")."""
    if key in lex.marked_title_keys and key not in lex.titles - lex.marked_title_keys:
        return word.casefold() in lex.marked_titles
    return key in lex.titles


def _figure(text: str, start: int, folded: str, lex: Lexicon) -> bool:
    """A bridge or a dynasty as a figure of speech: after "a" or "an", or named for a
    company the news names often."""
    return (
        _INDEFINITE.search(text, max(0, start - 4), start) is not None
        or folded in lex.companies
    )


def _summit_named(named: list[str], folded: str, lex: Lexicon) -> bool:
    """A summit's name: the body or the group holding it, in initials ("APEC", "P4G",
    "G20") or ending with a body's or a grouping's head ("Asia Pacific Economic
    Cooperation"). Not its two parties ("Korea-Vietnam", "Moon-Quang": a meeting of the
    two, which ``lowercase`` reads with the topic that names one), a day or a month ("the
    Tuesday summit"), a person ("the Trump summit": the person, as the other rules read
    him), a place or a company ("the Hanoi summit", "a Samsung summit")."""
    if any(c in _DASHES for word in named for c in word) or _owner(folded, lex):
        return False
    last = fold(named[-1])
    return all(_initials(w) for w in named) or (
        last in _GROUPINGS or last in lex.inside.get("organizations", frozenset())
    )


# the head of a grouping's name that holds summits ("… Economic Cooperation", "… Ocean
# Partnership", "… Community"), besides a body's heads ("Union", "Council", "Forum"…)
_GROUPINGS = frozenset(("cooperation", "partnership", "community", "nations", "forum"))


def _initials(word: str) -> bool:
    """A body's initials, digits among them: "APEC", "P4G", "G20" (no "A", no "Tuesday")."""
    return len(word) > 1 and word.isalnum() and word.isupper()


def _owner(folded: str, lex: Lexicon) -> bool:
    """A province or city of the gazetteer ("Hai Phong"), or a company the news names
    often ("Samsung")."""
    return is_listed_place(folded.split()) or folded in lex.companies


def _plain(word: str, lex: Lexicon) -> bool:
    key = fold(word)
    return key in lex.plain or key in lex.peoples
