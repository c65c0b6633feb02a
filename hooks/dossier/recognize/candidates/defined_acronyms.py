"""An acronym the story defines in brackets after the name it shortens.

"Hiệp hội Thương mại Quốc tế Hàn Quốc (KITA)", "Terminal High-Altitude Area Defense
(THAAD)", "한국국제협력단(KOICA)", "(Vietnam National Innovation Center, 이하 NIC)": the
name before the brackets is the one a curator files; its acronym is the same thing, a
short form. When the finders propose that name whole (the name's run before the bracket,
not a piece of it), the acronym is folded into it: its sightings count as the name's and
it is the name's alias. When they do not, the acronym is kept: it is the story's only
handle on the body ("Hiệp hội các quốc gia Đông Nam Á (ASEAN)").

A short form in mixed case is read alike ("European Chamber of Commerce in Vietnam
(Eurocham)", "Tổng Công ty Du lịch Sài Gòn (Saigontourist Group)"): one or two
capitalised words, no place, no country and no person, that open with the openings of
two of the name's words or more, in order, three letters or more in all ("Euro" +
"cham", "Sai" + "gon"). A parent firm, a sibling, a product, a performer or an index
in brackets shares a word at most ("CJ Foods Vietnam (CJ Group)", "… Holdings (Kospi)").
A title before a Vietnamese body is whose head it is ("Chủ tịch Phòng Công nghiệp và
Thương mại Hàn Quốc (KCCI)"), as it is no person's name; a firm's board is not the
firm ("Chủ tịch Hội đồng quản trị Tập đoàn … (HPG)": the firm's ticker).
An article opening the sentence is no word of a longer name when the acronym opens
with the name's first letter ("The European Chamber … (Eurocham)"; not "The Vietnam
Office of Korea … (KOICA)").

Never folded: into a person ("Professor Kim Jae-won (KAIST)": where the person works;
a title before the name is read with ``lex.titles``), into places only ("between Viet
Nam and Korea (VKFTA)"), into a project ("Dự án Làng … (KOICA)": the body that funds
it), into English capitalised words none of which opens with the acronym's first letter
("leading Research Institute (KIST)"), nor when the story uses the acronym alone first.
"""

from __future__ import annotations

from dossier.model import Candidate
from dossier.places import is_listed_place
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.vietnamese_heads import KIND
from dossier.recognize.tokens import HANGUL, is_acronym
from dossier.text import fold, name_key

# what closes an acronym given in brackets: the bracket, or a second form ("THAAD·사드",
# "BIDV, HOSE: BID")
_CLOSERS = (")", "·", ",", ";")
# Korean's "hereafter" before the short form, inside the brackets
_HEREAFTER = "이하 "
# words a name's run may hold in lower case
_CONNECTORS = frozenset(
    ("of", "and", "for", "the", "on", "in", "at", "to", "&", "-", "–", "de")
)
# a project named before the brackets: they hold the body that funds or runs it
_PROJECT, _PROJECT_WORD = "du an", "project"
_PERSON_WORDS = (2, 4)
_PERSON = "leaders"
_REACH = 240  # characters before the bracket a name may take
_ARTICLES = frozenset(("The", "A", "An"))
_SHORT_WORDS = 2  # "Saigontourist Group"
_SPELT_WORDS, _SPELT_LETTERS = 2, 3  # "Euro" + "cham"
_BODY = "organizations"
# a firm's board opens with a body's head, but it is the firm's ("Hội đồng quản trị …")
_BOARDS = (
    "hoi dong quan tri",
    "hoi dong thanh vien",
    "hdqt",
    "hdtv",
    "ban giam doc",
    "ban tong giam doc",
)


def fold_defined_acronyms(candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """The candidates, each acronym defined in brackets after a name proposed whole
    folded into that name (its sightings and its alias); every other one as it was."""
    by_name = {c.name: c for c in candidates}
    into: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        full = _defined_for(candidate, by_name, lex)
        if full is not None:
            into.setdefault(full, []).append(candidate)
    if not into:
        return candidates
    gone = {a.name for acronyms in into.values() for a in acronyms}
    return [
        _folded(c, into[c.name]) if c.name in into else c
        for c in candidates
        if c.name not in gone or c.name in into
    ]


def _folded(full: Candidate, acronyms: list[Candidate]) -> Candidate:
    seen = [*full.occurrences, *(o for a in acronyms for o in a.occurrences)]
    occurrences = tuple(sorted(dict.fromkeys(seen), key=lambda o: o.line))
    aliases = tuple(dict.fromkeys([*full.aliases, *(a.name for a in acronyms)]))
    return Candidate(full.name, full.type, occurrences, full.scores, aliases)


def _defined_for(
    candidate: Candidate, by_name: dict[str, Candidate], lex: Lexicon
) -> str | None:
    """The proposed name an acronym is first written in brackets after (see above)."""
    name = candidate.name
    if not is_acronym(name) and not _short_form(candidate, lex):
        return None
    sentence = candidate.first.sentence
    at = sentence.find(name)
    if at < 0 or sentence[at + len(name) : at + len(name) + 1] not in _CLOSERS:
        return None
    before = sentence[:at]
    if before.endswith("("):
        return _whole_before(before[:-1].rstrip(), name, by_name, lex)
    opened = before.rfind("(", max(0, at - 80))
    if not before.endswith(_HEREAFTER) or opened < 0:
        return None
    inside = before[opened + 1 : -len(_HEREAFTER)].rstrip(" ,")
    full = by_name.get(inside)
    if full is not None and full.type != _PERSON and inside != name:
        return inside  # "(Southern Innovation Foundation, 이하 SIF)"
    return _whole_before(before[:opened].rstrip(), name, by_name, lex)


def _whole_before(
    text: str, acronym: str, by_name: dict[str, Candidate], lex: Lexicon
) -> str | None:
    """The proposed name the text ends in, whole: a Hangul word glued to the bracket, or
    a name of two words or more that no capitalised word or title ("Professor",
    "Vice President", "ông") stands before, that the acronym may shorten."""
    if HANGUL.match(text[-1:]):
        return _proposed(text.split()[-1], acronym, by_name)
    found = None
    for start in _word_starts(text):
        name = text[start:]
        if not _proposed(name, acronym, by_name):
            continue
        rest = text[:start]
        if not _may_shorten(name.split(), acronym, lex):
            continue
        words = rest.split()[-2:]
        last = words[-1] if words else ""
        titled = fold(last) in lex.titles or fold(" ".join(words)) in lex.titles
        titled = titled and not _vietnamese_body(name)
        # (a lone capital a comma or a full stop ends is no part of it: "… 1,4 tỷ USD,
        # Công ty TNHH … (LGDVH)"; a name's last word is: "Ngân hàng … Việt Nam, Chi
        # nhánh Hà Nội (VCB)", the parent's short form, not its branch's)
        named = len(words) == 2 and words[0][:1].isupper()
        lone = last.endswith((",", ";", ".")) and not named
        opening = rest.strip() in _ARTICLES and fold(name[:1]) == fold(acronym[:1])
        if (last[:1].isupper() and not lone and not opening) or titled:
            continue  # a piece of a longer name, or a person's title before it
        if found is None or len(name) > len(found):
            found = name
    return found


def _word_starts(text: str) -> list[int]:
    """Where the words of the text's last ``_REACH`` characters start."""
    low = max(0, len(text) - _REACH)
    return [
        i
        for i in range(low, len(text))
        if not text[i].isspace() and (i == 0 or text[i - 1].isspace())
    ]


def _proposed(name: str, acronym: str, by_name: dict[str, Candidate]) -> str | None:
    full = by_name.get(name)
    return (
        name if full is not None and full.type != _PERSON and name != acronym else None
    )


def _may_shorten(run: list[str], acronym: str, lex: Lexicon) -> bool:
    """Whether a name's words are a name the acronym may shorten: two words or more,
    not only places, a person's or a project's; in English, one of its words opens with
    the acronym's first letter ("Korea's leading Research Institute (KIST)" describes
    the body, it does not spell its name); a short form in mixed case is spelt from
    the openings of its words (see above)."""
    words = [w for w in run if fold(w) not in _CONNECTORS]
    if len(words) < 2 or _only_places(run, lex) or fold(run[0]) in lex.titles:
        return False  # "BamBam (GOT7)"; "between Viet Nam and Korea (VKFTA)"
    parts = [fold(part) for w in words for part in w.split("-") if part]
    if not is_acronym(acronym):
        if not _spelt(fold(acronym).replace(" ", ""), tuple(parts)):
            return False
        # a group's brand opening the short form: what follows it is a word of the
        # name too ("Lotte Corp" of "Lotte Cinema" is the parent; "LH Corp" spells)
        brand, *more = fold(acronym).split()
        if brand in parts and not (
            more and any(p.startswith(more[0]) for p in parts[parts.index(brand) + 1 :])
        ):
            return False
    elif all(w.isascii() for w in words) and fold(acronym)[:1] not in {
        p[:1] for p in parts
    }:
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


def _short_form(candidate: Candidate, lex: Lexicon) -> bool:
    """Whether a candidate may be a short form in mixed case: one or two capitalised
    words in letters (not Hangul), none a place or a country, no person's name."""
    words = candidate.name.split()
    if not 0 < len(words) <= _SHORT_WORDS or candidate.type in (_PERSON, "cities"):
        return False
    if not all(w[:1].isupper() for w in words) or HANGUL.search(candidate.name):
        return False
    return not _only_places(words, lex)


def _spelt(
    short: str, parts: tuple[str, ...], words: int = 0, letters: int = 0
) -> bool:
    """Whether the folded short form opens with the openings of ``_SPELT_WORDS`` of the
    name's folded words or more, taken in order, ``_SPELT_LETTERS`` letters or more."""
    if words >= _SPELT_WORDS and letters >= _SPELT_LETTERS:
        return True
    for at, part in enumerate(parts):
        common = 0
        while common < min(len(short), len(part)) and short[common] == part[common]:
            common += 1
        for taken in range(common, 0, -1):
            if _spelt(short[taken:], parts[at + 1 :], words + 1, letters + taken):
                return True
    return False


def _vietnamese_body(name: str) -> bool:
    """Whether a name opens with the head of a Vietnamese body ("Phòng", "Hiệp hội"),
    not a firm's board's."""
    if fold(name).startswith(_BOARDS):
        return False
    words = name.split()
    if not any(KIND.get(" ".join(words[:n])) == _BODY for n in range(3, 0, -1)):
        return False
    # a unit of a body named after it ("Hội đồng trường Đại học …", "Chi nhánh Ngân
    # hàng …", "Đảng ủy Tập đoàn …"): the acronym is the body's
    return not any(
        KIND.get(" ".join(words[at : at + n])) == _BODY
        for at in range(1, len(words))
        for n in (1, 2, 3)
        if words[at][:1].isupper()
    )


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
