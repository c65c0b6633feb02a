"""The evidence for a name's type, and the type it is given.

Evidence comes from the words inside the name (its head noun: ``… Agency``, ``…
Festival``), from the words around it (``President …``, ``in …``, ``… province``) and
from what follows it (``Busan, South Korea``). Names in one list share what surrounds
the list, since ``Bac Lieu, Can Tho and Kon Tum provinces`` says ``provinces`` once for
all three. A candidate's type is the one with the most evidence over all its
occurrences.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from dossier.places import is_listed_place
from dossier.recognize.candidates.ages import AGE_CUE, aged
from dossier.recognize.candidates.division_cue import DIVISION_KINDS, division_cues
from dossier.recognize.candidates.hyphenated_heads import kind_key
from dossier.recognize.candidates.korean_given_first import given_then_surname
from dossier.recognize.candidates.lexicon import Lexicon, lexicon
from dossier.recognize.candidates.monastic import MONASTIC_CUE, monastic
from dossier.recognize.candidates.neighbours import neighbours
from dossier.recognize.candidates.performers import PERFORMER_CUE, performer_cue
from dossier.recognize.candidates.personal_names import reads_as_person
from dossier.recognize.candidates.rules import Piece, head, head_before_place
from dossier.recognize.candidates.titled_holders import HOLDER_CUE, titled_holder
from dossier.recognize.candidates.vietnamese_kinds import (
    VIETNAMESE_KIND_CUE,
    after_vietnamese_kind,
)
from dossier.recognize.tokens import GIVEN_NAME, is_acronym, token_keys
from dossier.schema import TYPES
from dossier.text import folded_start, words_of

if TYPE_CHECKING:
    from dossier.recognize.candidates.finding import Found, Sentence

TYPE_ORDER = tuple(t.key for t in TYPES)
# What separates the names of one list: "A, B and C", "A & B".
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
_CITY_OF = frozenset((kind, "of") for kind in (*DIVISION_KINDS, "hub", "capital"))
# "Le Van Sy street", "… and Hoang Ngan streets", "Vo Van Kiet road": Vietnam names its
# streets for people, whose names' shape (a surname, Văn or Thị) says a person; the street
# says more (not "the Park Hang-seo road trip", "the Moon Jae-in road map")
_STREETS = frozenset(("street", "streets", "road", "roads"))
_NOT_ROADS_AFTER = frozenset((w,) for w in words_of("trip map show tour test movie"))
STREET_CUE = 8  # more than a person's shape: surname +3, middle name +3


def _holds_the_title(rest: str, after: tuple[str, ...]) -> bool:
    """A name in the possessive (``rest``: the sentence after it) before a company
    officer's title."""
    after = after[1:] if after[:1] == ("s",) else after
    return rest.startswith(("’s", "'s")) and (
        " ".join(after[:1]) in _OFFICERS or " ".join(after[:2]) in _OFFICERS
    )


# a company's officers; not a spokesman, whom a politician has too
_OFFICERS = frozenset(
    ("ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "founder", "president")
    + ("vice president", "vice chairman", "chief executive", "executive")
)


def _words_of(piece: Found, sentence: Sentence) -> list[str]:
    return sentence.text[piece.start : piece.end].split()


# "the 15th …", "the sixth meeting of the …": a numbered session is an event.
_ORDINAL = re.compile(
    r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)
_SESSION = ("meeting", "session", "round")
_YEAR = re.compile(r"(?:19|20)\d\d")
# a Korean division romanized with its kind: "-gu" (district), "-gun" (county), "-do"
# (province), "-si" (city), "-eup", "-myeon", "-dong"
_KOREAN_DIVISION = re.compile(r"\w{3}-(?:gu|gun|do|si|eup|myeon|dong)$", re.IGNORECASE)
# "Taekwon-do", "Hapki-do": a martial art, no province
_MARTIAL_ARTS = ("taekwon", "hapki", "kum", "tangsoo")
_LISTED = 3  # a neighbour's head noun: less than the name's own (5), more than a cue
_OF_A_TITLE = frozenset(("of", "to", "at"))  # "Director of …", "Counselor to …"


def score(piece: Piece, lex: Lexicon) -> None:
    """Adds the evidence from inside the name; the context is added per list, later."""
    scores = piece.scores
    head_word = head_before_place(piece.words, lex) or head(piece.words)
    last = piece.words[-1]
    bodies = lex.inside["organizations"] | lex.inside["events"]
    if (
        last.key in bodies
        and head_word.key not in lex.titles
        and not any(head_word.key in kind for kind in lex.inside.values())
    ):
        # "Korean Victims of Agent Orange Veterans Association": no kind before "of"
        # (nor a title: "Director of the Institute …"), the last word says what it is
        head_word = last
    # "Hang-seo Park": a Korean's given name, hyphened, then the surname, no head noun
    piece_text = " ".join(w.text for w in piece.words)
    given_first = given_then_surname(piece_text, lex)
    head_key = kind_key(head_word, lex)  # "K-League": a league
    for type_key, keywords in lex.inside.items():
        if head_key in keywords and not (given_first and head_word is last):
            scores[type_key] += 5
        # "Park Joon Geum": a surname opening a name is no cue ("park", an industrial one)
        scores[type_key] += sum(
            1
            for w in piece.words
            if w is not head_word
            and w.key in keywords
            and not (w is piece.words[0] and w.key in lex.surnames)
        )
    keys = [w.key for w in piece.words]
    if keys[0] in lex.companies or " ".join(keys[:2]) in lex.companies:
        scores["organizations"] += 5  # "Samsung Vietnam", "Vingroup": a known company's
    if piece.after_title:
        scores["leaders"] += 6
    first = piece.words[0]
    if 2 <= len(piece.words) <= 4 and not any(scores.values()):
        # a surname first, or a Korean's given name first, the surname last ("Dong Hoon
        # Choi": it outweighs a list's context; not "Dien An" nor "Jungoe Park", a park)
        placed = len(piece.words) == 2 and last.key in lex.inside["cities"]
        korean = not placed and given_then_surname(piece_text, lex, True)
        scores["leaders"] += 4 if korean else 3 if first.key in lex.surnames else 0
    if any(GIVEN_NAME.fullmatch(w.text) for w in piece.words[1:]):
        scores["leaders"] += 2
    if _middle_named(piece, lex):
        scores["leaders"] += 3
    if len(piece.words) == 1 and is_acronym(first.text):
        if len(first.text) > 3 and first.text.endswith(("FTA", "CEPA")):
            scores["agreements"] += 5  # "VKFTA": a trade agreement's initials
        else:
            scores["organizations"] += 2
    if len(piece.words) > 1 and _YEAR.fullmatch(piece.words[-1].text):
        scores["events"] += 4  # "Gyeonggi Startup Bridge Vietnam 2025": an edition
    if any("&" in w.text for w in piece.words):
        scores["organizations"] += 3  # "Daewon E&C", "Ernst & Young"
    if len(piece.words) > 1 and last.text == "Sea" and head_word is last:
        # "East Sea" (not "SEA Games", nor "Convention on the Law of the Sea", a pact)
        scores["cities"] += 5
    if (
        len(piece.words) == 1
        and _KOREAN_DIVISION.search(first.text)
        and not first.key.startswith(_MARTIAL_ARTS)
    ):
        scores["cities"] += 5  # "Yongsan-gu", "Gyeonggi-do": a district, a province


# "Chẩu Văn Lâm", "Vu Thi Hong Oanh": Văn or Thị, a Vietnamese middle name, second of
# three or four words (as written: "Vạn", "Vân" are none; "Van", "Thi" in a name written
# without marks); not "Sở Văn hóa" (culture), "Thị xã" (a town), "Văn phòng" (office), nor
# after a body's head ("Làng Vạn Phúc", "Hội Thi Tay Nghề")
_VIETNAMESE_MIDDLE = frozenset(("Văn", "Thị"))
_BARE_MIDDLE = frozenset(("Van", "Thi"))
_NOT_GIVEN = frozenset(
    ("hoa", "hoc", "phong", "ban", "hien", "nghe", "kien", "xa", "tran", "truong", "uy")
)


def _middle_named(piece: Piece, lex: Lexicon) -> bool:
    words = piece.words
    if not 3 <= len(words) <= 4 or words[2].key in _NOT_GIVEN:
        return False
    middle = words[1].text
    bare = all(w.text.isascii() for w in words)
    headed = any(words[0].key in kind for kind in lex.inside.values())
    return not headed and (
        middle in _VIETNAMESE_MIDDLE or (bare and middle in _BARE_MIDDLE)
    )


def share_list_context(found: list[Found], sentence: Sentence, lex: Lexicon) -> None:
    """Adds to each name the context of the whole list it stands in (alone, its own)."""
    if not found:
        return
    groups: list[list[Found]] = []
    for piece in found:
        if groups and _LIST_GAP.fullmatch(
            sentence.text, groups[-1][-1].end, piece.start
        ):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    for group in groups:
        if len(group) > 1:
            _share_head_kind(group)
        shared: dict[str, int] = {}
        for piece in group:
            add_scores(shared, _context(piece, sentence, lex))
        places = _is_list(group, sentence) and any(
            _known_place(p, sentence) for p in group
        )
        # a name's own head noun, read before the list's context is added
        headed = [_headed(piece) for piece in group]
        cues = division_cues(group, sentence, lex)
        for piece, cue, own in zip(group, cues, headed, strict=True):
            add_scores(piece.scores, shared)
            if cue:  # "Phung Hiep district", "… and Gio Linh districts"
                add_scores(piece.scores, {"cities": cue})
            if places and not is_acronym(sentence.text[piece.start : piece.end]):
                add_scores(piece.scores, {"cities": 3})  # "between Jeju and Cam Ranh"
            if not own and titled_holder(sentence.text, piece.start, piece.end, lex):
                add_scores(piece.scores, {"leaders": HOLDER_CUE})  # "chief of …, Name"


def _is_list(group: list[Found], sentence: Sentence) -> bool:
    """Names listed: three or more, or two joined by "and" ("between Jeju and Cam Ranh");
    two across a bare comma may be a clause's end and its subject ("in Incheon, Cong
    Phuong is …")."""
    if len(group) != 2:
        return len(group) > 2
    gap = sentence.text[group[0].end : group[1].start]
    return "and" in gap or "&" in gap


def _share_head_kind(group: list[Found]) -> None:
    """Names listed together are of a kind: "Seokwon Chemical and Mirae Separator" are
    two companies, though only the first says so; a name whose own words say nothing
    takes the kind its neighbours' head nouns name (read before any context is added)."""
    heads = [max(p.scores, key=p.scores.__getitem__) for p in group if _headed(p)]
    if len(set(heads)) != 1:
        return
    for piece in group:
        if not any(piece.scores.values()):
            piece.scores[heads[0]] = piece.scores.get(heads[0], 0) + _LISTED


def _body_headed(piece: Found) -> bool:
    """Whether a name's own head noun says it is a body, a programme, a meeting or a
    pact (read before any context is added)."""
    return any(piece.scores.get(t, 0) >= 5 for t in _BODY_KINDS)


_BODY_KINDS = ("organizations", "initiatives", "events", "agreements")


def _headed(piece: Found) -> bool:
    return max(piece.scores.values(), default=0) >= 5


def add_scores(scores: dict[str, int], more: dict[str, int]) -> None:
    """``Counter.update`` for plain dicts, which cost less per name: counts added, new
    keys in the order met."""
    for key, value in more.items():
        scores[key] = scores.get(key, 0) + value


def _known_place(piece: Found, sentence: Sentence) -> bool:
    """Whether a name is a province or city of the gazetteer."""
    return is_listed_place(token_keys(sentence.text, piece.start, piece.end))


def choose_type(scores: Counter) -> str:
    """The type with the most evidence; a tie goes to ``organizations``, then to the
    type the schema lists first."""
    return max(
        TYPE_ORDER,
        key=lambda t: (scores[t], t == "organizations", -TYPE_ORDER.index(t)),
    )


# "chief executive of Hanul Bank, who …", "a manager at Daewon Real Estate who …": the
# person is the one whose title it is
_OWNING = frozenset(("of", "at", "for"))


def _who_follows(name: str, before: tuple[str, ...], lex: Lexicon, word: str) -> bool:
    """ "Shayne Elliott, who …": "who" after a name of two words or more (a band or a
    team of one word, "Blackpink, who …", is no person), no title's "of" or "at" before
    it."""
    owned = bool(before) and before[-1] in _OWNING
    return (
        len(name.split()) >= 2
        and not owned
        and word in lex.after.get("leaders", frozenset())
    )


# articles, and the letters of a dotted country ("…, the U.S. president") say nothing
_NO_WORDS = ("a", "an", "the")


def _context(piece: Found, sentence: Sentence, lex: Lexicon) -> dict[str, int]:
    """Evidence from the four words either side of a name and from what follows it."""
    before, after = neighbours(sentence, piece.start, piece.stop)
    rest = sentence.text[piece.end : sentence.end]
    if rest.startswith(","):
        # "Jane Roe, president of the …": an appositive, not "Daewon Cold Chain CEO …"
        scores = dict(_around(before, (",", *after[:3])))
        words = [w for w in after[:4] if w not in _NO_WORDS and len(w) > 1][:3]
        # "Zhou, a research fellow at …", "Hiroshi Tanabe, a senior official", "Shayne
        # Elliott, who …"; not a list going on ("… Content Association, and President
        # Kim …")
        listed = words[:1] in (["and"], ["or"], ["with"], ["including"])
        name = sentence.text[piece.start : piece.end]
        who = bool(words) and _who_follows(name, before, lex, words[0])
        # a body its own head noun names ("the ruling People Power Party, the head
        # of …") is no person whose title follows: the list goes on with another
        if (
            not listed
            and not _body_headed(piece)
            and (who or any(w in lex.titles or w in lex.roles for w in words[:2]))
        ):
            scores["leaders"] = scores.get("leaders", 0) + 4
    else:
        scores = dict(_around(before, after))
    if _holds_the_title(rest, after):
        # "Hana Micron’s vice president …": the title is its officer's, the name a body
        scores["organizations"] = scores.get("organizations", 0) + 5
    words = _words_of(piece, sentence)
    person = reads_as_person(" ".join(words), lex)
    cue = performer_cue(before, person, _body_headed(piece))
    if cue and " ".join(before[-2:]) not in lex.before.get("leaders", ()):
        scores["leaders"] = scores.get("leaders", 0) + cue  # "singers including …"
    if before[-1:] == ("boss",) and before[-2:-1] and before[-2] in lex.countries:
        # a national team's head: "former Thailand boss Kiatisuk …"; not "whose boss
        # Cornerstone Sports", a firm
        scores["leaders"] = scores.get("leaders", 0) + 2
    if after_vietnamese_kind(before) and len(words) <= 2 and "-" not in words[-1]:
        scores["cities"] = scores.get("cities", 0) + VIETNAMESE_KIND_CUE
    if aged(rest, person or scores.get("leaders", 0) > 0):
        scores["leaders"] = scores.get("leaders", 0) + AGE_CUE  # "Thanh Tung, 20, …"
    if rest.startswith(",") and folded_start(rest[1:], lex.long_countries):
        scores["cities"] = scores.get("cities", 0) + 3  # "Busan, South Korea"
    if monastic(before, after, sentence.text[piece.start : piece.end], rest):
        scores["organizations"] = scores.get("organizations", 0) + MONASTIC_CUE
    return scores


@lru_cache(maxsize=1 << 16)
def _around(
    before: tuple[str, ...], after: tuple[str, ...]
) -> tuple[tuple[str, int], ...]:
    """Scores from the cues among the keys of the four words before and after a name;
    the same words recur around many names, so each pair is read once."""
    lex = lexicon()
    scores: Counter = Counter()
    window = f" {' '.join(before)} | {' '.join(after)} "
    # "Na Ki Hong, General Director of Samsung Vietnam", "Counselor to the Embassy": the
    # title is the person's before it; the name after it is what that person works for
    # ("Acting Director of the Institute …": the article between)
    bare = before[:-1] if before[-1:] == ("the",) else before
    titled = (
        len(bare) >= 2
        and bare[-1] in _OF_A_TITLE
        and (bare[-2] in lex.titles or f" {bare[-2]} " in lex.around["leaders"])
    )
    if titled:
        scores["organizations"] += 3
    untitled = f" {' '.join(bare[:-2])} | {' '.join(after)} "
    for type_key, cues in lex.around.items():
        seen = untitled if titled and type_key == "leaders" else window
        hits = sum(1 for cue in cues if cue in seen)
        # Agreements and events are named by what they are: a cue beside says less.
        weight = 1 if type_key in ("agreements", "events") else 2
        scores[type_key] += weight * min(hits, 2)
    if before[-2:] in _CITY_OF:
        scores["cities"] += 3
    if after[:1] and after[0] in _STREETS and after[1:2] not in _NOT_ROADS_AFTER:
        scores["cities"] += STREET_CUE
    if before and before[-1] in lex.before.get("cities", ()):
        scores["cities"] += 2
    # "đạo diễn Bong Joon Ho": a director, an actor; "singers including Sunggyu, …"
    if " ".join(before[-2:]) in lex.before.get("leaders", ()):
        scores["leaders"] += PERFORMER_CUE
    if _numbered(before):
        scores["events"] += 6
    following = {" ".join(after[:1]), " ".join(after[:2])}
    for type_key, cues in lex.after.items():
        if type_key == "leaders" and before[-1:] and before[-1] in _OWNING:
            continue  # "a manager at Daewon Real Estate who …"
        if following & cues:
            scores[type_key] += 4  # "Daewon Cold Chain CEO …", "Busan Vice Mayor …"
    return tuple(scores.items())


def _numbered(before: tuple[str, ...]) -> bool:
    """Whether an ordinal numbers the name: "the 15th …", "the sixth meeting of the …"."""
    if before and _ORDINAL.fullmatch(before[-1]):
        # "the first …", "15th …"; "our first Bomnal Bakery store" is a first shop
        return before[-1][0].isdigit() or before[-2:-1] == ("the",)
    tail = [k for k in before if k != "the"][-3:]
    return (
        len(tail) == 3
        and _ORDINAL.fullmatch(tail[0]) is not None
        and tail[1] in _SESSION
        and tail[2] == "of"
    )
