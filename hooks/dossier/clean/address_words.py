"""A site's name as its address spells it, in words: ``nguoiquansat.vn`` → "Người Quan
Sát" where the page writes those syllables, ``hollywoodreporter.com`` → "Hollywood
Reporter". For a page whose text names no outlet; the editor confirms it.

An address runs the words of a name together and drops a Vietnamese name's marks. The
words come back only where the page bears them out: the label must split whole into
Vietnamese syllables (on a Vietnamese site) or English words, most of them words the page
writes, in one best way (the split with the fewest pieces the page does not write, then
the fewest pieces; a tie is no split). Else nothing, and the address stays as it is."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from dossier.text import strip_marks, words_of

# Vietnamese syllables without their marks: a first consonant (or none) and a rhyme, as
# the spelling allows them together ("nghe" and "nga", never "ngha" or "nge")
_ONSETS = [
    *words_of("ngh ng nh ch gh gi kh ph qu th tr b c d g h k l m n p r s t v x"),
    "",
]
_RHYMES = frozenset(
    words_of(
        """
    a ac ach ai am an ang anh ao ap at au ay e ec ech em en enh eng eo ep et eu i ia
    ich iec iem ien ieng iep iet ieu im in inh ip it iu o oa oac oach oai oam oan oang
    oanh oao oap oat oay oc oe oen oeo oet oi om on ong ooc oong op ot u ua uan uang
    uanh uat uay uc ue uech uen uenh ui um un ung uoc uoi uom uon uong uop uot uou up
    ut uu uy uya uych uyen uyet uynh uyt uyu y yem yen yet yeu ynh"""
    )
)
# "ngh", "gh" and "k" go only before e, i and y; "ng", "g" and "c" never do
_FRONT = ("e", "i", "y")
_ALONE = frozenset(["gi", "gin"])  # "gì", "gìn": "gi" with no rhyme, or with "n"
MAX_SYLLABLE = 7  # letters: "nghieng"
MIN_SYLLABLE = 2  # a lone vowel ("o", "y") is no syllable an address is read by
# what the first syllables of a Vietnamese outlet's address say: a paper, a magazine
KINDS = {("bao",): ("Báo",), ("tap", "chi"): ("Tạp", "chí")}
_KIND_SYLLABLES = frozenset(s for kind in KINDS for s in kind)
# words outlets' names are made of, beyond the page's own
OUTLET_WORDS = frozenset(
    words_of(
        """
    news daily times post herald journal review insider insiders digest world asia
    asian global magazine reporter travel breaking index construction leads today
    online weekly tribune gazette express observer monitor press media network wire
    business economy economic money market markets finance invest investment trade
    retail sports star mail report voice focus plus hub tech energy food fruit fish
    seafood explorer life culture korea korean vietnam viet pacific international
    biz zone"""
    )
)
SMALL_WORDS = frozenset(["and", "of", "the", "for", "in", "on"])
MIN_WORD = 3  # letters of an English word: "the", "new"
MIN_PARTS = 2  # a label that is one word is left as the address writes it
MAX_INITIALS = 5  # "VCCI", "B2B": a word kept in capitals
MAX_LABEL = 40
# of a page's letters, the share of Vietnamese ones that makes it a page in Vietnamese
VIETNAMESE_SHARE = 0.05
_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r"\S+")
# what marks a token as a web or mail address: a scheme, an "@", a domain's dot
_ADDRESS_SIGN = re.compile(r"://|@|[^\W_]\.[^\W\d_]{2}")
_VIETNAMESE_LETTER = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")


@dataclass(frozen=True)
class PageWords:
    """The words of a page, read once: as written, folded (no marks, lower case), its
    English words, those it writes only in capitals, and whether it is in Vietnamese."""

    written: tuple[str, ...]
    folded: tuple[str, ...]
    english: frozenset[str]
    capitals: frozenset[str]
    in_vietnamese: bool


def _unless_address(token: re.Match[str]) -> str:
    """The token, or a space where it is a web or mail address: each token tested once
    (an address's pattern tried from each letter of a long word read it to the end from
    every one of them)."""
    return " " if _ADDRESS_SIGN.search(token[0]) else token[0]


def page_words(text: str) -> PageWords:
    """The page's words, its web and mail addresses left out ("Source: xyz.com" is no
    evidence that "xyz" is a word)."""
    written = tuple(_WORD.findall(_TOKEN.sub(_unless_address, text)))
    keys: dict[str, str] = {}  # each word folded once, however often the page has it
    folded = tuple(
        keys.get(w) or keys.setdefault(w, strip_marks(w).casefold()) for w in written
    )
    letters = sum(len(w) for w in written)
    marked = sum(len(_VIETNAMESE_LETTER.findall(w)) for w in written if not w.isascii())
    upper = {w.lower() for w in written if w.isupper()}
    other = {w.lower() for w in written if not w.isupper()}
    return PageWords(
        written,
        folded,
        frozenset(w.lower() for w in written if w.isascii() and len(w) >= MIN_WORD),
        frozenset(upper - other - OUTLET_WORDS),
        bool(letters) and marked >= VIETNAMESE_SHARE * letters,
    )


@cache
def is_syllable(piece: str) -> bool:
    """``piece`` is a Vietnamese syllable with its marks dropped: "nguoi", "quang"."""
    if piece in _ALONE:
        return True
    return MIN_SYLLABLE <= len(piece) <= MAX_SYLLABLE and any(
        piece.startswith(onset) and _spelt_together(onset, piece[len(onset) :])
        for onset in _ONSETS
    )


def syllable_share(words: list[str]) -> float:
    """The share of ``words`` that are Vietnamese syllables (0.0 for no words)."""
    return sum(map(is_syllable, words)) / len(words) if words else 0.0


def _spelt_together(onset: str, rhyme: str) -> bool:
    if rhyme not in _RHYMES:
        return False
    if onset in ("ngh", "gh", "k"):
        return rhyme.startswith(_FRONT)
    if onset in ("ng", "g", "c") and rhyme.startswith(_FRONT):
        return False
    if rhyme.startswith("ye"):  # "yên", "quyết"; never "lyen"
        return onset in ("", "qu")
    if rhyme == "ynh":  # "quỳnh"
        return onset == "qu"
    return not (onset == "qu" and rhyme.startswith("u"))


# what a piece costs a split: whether it is an English word on a page in Vietnamese,
# whether it is a syllable the page does not write; None for no word at all
Cost = Callable[[str], tuple[int, int] | None]


def best_split(label: str, cost: Cost) -> list[str] | None:
    """``label`` cut into pieces ``cost`` allows: the fewest pieces ("doanh nghiep", not
    "do anh nghiep"), an English word on a page in Vietnamese counting as two ("online",
    not "on li ne"), then the pieces the page writes ("van hoa", not "va nhoa"), then
    its own syllables before English words ("Việt Nam", not "Vietnam"); None when it
    cannot be cut, or two ways tie ("nganhang": "ngan hang" or "nga nhang", where the
    page writes neither)."""
    # per end: (pieces, unwritten, foreign), the split, whether another split ties
    Best = tuple[tuple[int, int, int], list[str], bool]
    best: list[Best | None] = [((0, 0, 0), [], False)]
    for end in range(1, len(label) + 1):
        here: Best | None = None
        for start in range(max(0, end - MAX_LABEL), end):
            before = best[start]
            if before is None or (price := cost(label[start:end])) is None:
                continue
            (length, unwritten, foreign), split, tied = before
            # an English word on a page in Vietnamese counts as two pieces
            score = (length + 1 + price[0], unwritten + price[1], foreign + price[0])
            if here is None or score < here[0]:
                here = (score, [*split, label[start:end]], tied)
            elif score == here[0]:
                here = (score, here[1], True)
        best.append(here)
    found = best[-1]
    return None if found is None or found[2] else found[1]


def spelt_site(label: str, vietnamese_site: bool, page: PageWords) -> str | None:
    """The name a site's label spells in words, or None when the page does not bear one
    out. A hyphen already parts two words ("vietnam-b2b" → "Vietnam B2B"); a word with
    digits in it is kept whole, and a label with digits and no hyphen is not split at all
    ("sports247": no telling where a word ends)."""
    pieces = label.split("-")
    if len(label) > MAX_LABEL or not all(p.isascii() and p.isalnum() for p in pieces):
        return None
    if len(pieces) == 1 and any(c.isdigit() for c in label):
        return None
    if label.replace("-", "") in page.folded:
        return None  # the page writes it as one word: no words to split it into
    syllables = vietnamese_site or page.in_vietnamese
    written = frozenset(page.folded)

    def cost(piece: str) -> tuple[int, int] | None:
        if syllables and is_syllable(piece):
            return 0, int(piece not in written and piece not in _KIND_SYLLABLES)
        if len(piece) >= MIN_WORD and (piece in page.english or piece in OUTLET_WORDS):
            return int(page.in_vietnamese), 0
        return None

    words: list[str] = []
    for piece in pieces:
        if any(c.isdigit() for c in piece):
            words.append(piece)
        elif (split := best_split(piece, cost)) is None:
            return None
        else:
            words.extend(split)
    if len(words) < MIN_PARTS:
        return None
    home = vietnamese_site and page.in_vietnamese  # a Vietnamese site's own page
    if not _borne_out(words, written, syllables, home):
        return None
    return " ".join(_written(words, page))


def _borne_out(
    words: list[str], written: frozenset[str], syllables: bool, home: bool
) -> bool:
    """Most of the words are the page's own (a kind's "bao" aside: no "Sam Sung" for an
    address the page never spells so), or, on a Vietnamese site's page in Vietnamese,
    every syllable has three letters or more; a name of English words has outlets'
    words in it ("Hollywood Reporter", not "Expert Sex Change")."""
    own = [w for w in words if w not in _KIND_SYLLABLES and not w.isdigit()]
    vietnamese = [w for w in own if syllables and is_syllable(w)]
    english = [w for w in own if w not in vietnamese]
    if english and not vietnamese:
        named = [w for w in own if w not in SMALL_WORDS]  # "The Gulf Observer"
        return sum(w in OUTLET_WORDS for w in named) * 2 >= len(named)
    if sum(w in written or w in OUTLET_WORDS for w in own) * 2 > len(own):
        return True
    # at home, syllables that are no short sounds a brand is spelt in ("Lot Te", "Ti Ki")
    return home and all(len(w) >= MIN_WORD for w in vietnamese)


def _written(words: list[str], page: PageWords) -> list[str]:
    """The words as a name writes them: capitalised, in capitals where the page writes a
    word only so ("VCCI"), small English words in lower case ("Travel and Travel"); its
    Vietnamese syllables with the marks the page gives them, where it writes each of
    them in a run of two or more ("Quảng Ngãi"); "Báo" before a paper's own name where
    the page writes no such run with "bao" in it ("Bảo tàng")."""
    out = [_cased(w, i, page) for i, w in enumerate(words)]
    if marked := _marked(words, out, page):
        return marked
    for kind, name in KINDS.items():
        if tuple(words[: len(kind)]) == kind and len(words) > len(kind):
            rest = words[len(kind) :]
            return [*name, *(_marked(rest, out[len(kind) :], page) or out[len(kind) :])]
    return out


def _marked(words: list[str], cased: list[str], page: PageWords) -> list[str] | None:
    """``cased`` with each run of Vietnamese syllables in ``words`` as the page writes
    it; None when some run has no such spelling on the page."""
    out, i = list(cased), 0
    while i < len(words):
        end = i
        while end < len(words) and is_syllable(words[end]):
            end += 1
        if end == i:
            i += 1
            continue
        if (run := marks(words[i:end], page)) is None:
            return None
        out[i:end] = run
        i = end
    return out if out != cased else None


def _cased(word: str, i: int, page: PageWords) -> str:
    if any(c.isdigit() for c in word):  # "B2B", "News24"
        short = len(word) <= MIN_WORD and word[0].isalpha()
        return word.upper() if short else word[0].upper() + word[1:]
    if word in page.capitals and len(word) <= MAX_INITIALS:
        return word.upper()
    return word if i and word in SMALL_WORDS else word.capitalize()


def marks(syllables: list[str], page: PageWords) -> list[str] | None:
    """``syllables`` as the page writes them, where it writes each of them inside a run
    of two or more in a row (a run in lower or title case before one in capitals); None
    when some syllable is in no such run."""
    if len(syllables) < MIN_PARTS:
        return None
    wanted = frozenset(syllables)
    starts: dict[str, list[int]] = {}
    for at, word in enumerate(page.folded):
        if word in wanted:
            starts.setdefault(word, []).append(at)
    out: list[str] = []
    i = 0
    while i < len(syllables):
        # the longest run; of runs as long, one not in capitals, then the first
        length, _, first = max(
            (
                (
                    _run(syllables, i, page.folded, at),
                    not page.written[at].isupper(),
                    -at,
                )
                for at in starts.get(syllables[i], ())
            ),
            default=(0, False, 0),
        )
        if length < MIN_PARTS:
            return None
        run = page.written[-first : -first + length]
        out.extend(w[:1].upper() + w[1:].lower() for w in run)
        i += length
    return out


def _run(syllables: list[str], i: int, folded: tuple[str, ...], start: int) -> int:
    """How many of ``syllables`` from the ``i``-th the page's words from ``start`` are."""
    length = 0
    while (
        i + length < len(syllables)
        and start + length < len(folded)
        and folded[start + length] == syllables[i + length]
    ):
        length += 1
    return length
