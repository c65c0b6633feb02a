"""A site's name as its address spells it, in words: ``nguoiquansat.vn`` → "Nguoi Quan
Sat", ``baoquangngai.vn`` → "Báo Quảng Ngãi" (the page writes "Quảng Ngãi"),
``hollywoodreporter.com`` → "Hollywood Reporter". For a page whose text names no outlet;
the editor confirms it.

An address runs the words of a name together and drops a Vietnamese name's marks. The
words come back only where the whole label splits into them: into Vietnamese syllables
on a Vietnamese site, or into English words the page itself uses (or that outlets' names
are made of); else nothing, and the address stays as it is. The marks come back only
where the page writes every syllable of the name, two or more in a row."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from dossier.text import fold, words_of

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
    ich iec iem ien iep iet ieu im in inh ip it iu o oa oac oach oai oam oan oang
    oanh oao oap oat oay oc oe oen oeo oet oi om on ong ooc oong op ot u ua uan uang
    uanh uat uay uc ue uech uen uenh ui um un ung uoc uoi uom uon uong uop uot uou
    up ut uu uy uya uych uyen uyet uynh uyt uyu y yem yen yet yeu"""
    )
)
# the vowels "ngh", "gh" and "k" go before, and "ng", "g", "c" do not
_FRONT = ("e", "i", "y")
MAX_SYLLABLE = 7  # letters: "nghieng"
# what the first syllables of a Vietnamese outlet's address say: a paper, a magazine
_KINDS = {("bao",): ["Báo"], ("tap", "chi"): ["Tạp", "chí"]}
_KIND_SYLLABLES = frozenset(s for kind in _KINDS for s in kind)
# words outlets' names are made of, beyond the page's own
_OUTLET_WORDS = frozenset(
    words_of(
        """
    news daily times post herald journal review insider insiders digest world asia
    asian global magazine reporter travel breaking index construction leads today
    online weekly tribune gazette express observer monitor press media network wire
    business economy economic money market markets finance invest investment trade
    retail sports star mail report voice focus plus hub tech energy food fruit fish
    seafood explorer life culture korea korean vietnam viet pacific international"""
    )
)
_SMALL_WORDS = frozenset(["and", "of", "the", "for", "in", "on"])
MIN_WORD = 3  # letters of an English word: "the", "new"
MIN_PARTS = 2  # a label that is one word is left as the address writes it
MAX_INITIALS = 5  # "VCCI", "B2B": a word kept in capitals
MAX_LABEL = 40
MAX_PIECE = 20
VIETNAMESE_SHARE = (
    0.05  # of a page's letters that are Vietnamese ones: a Vietnamese page
)
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
_VIETNAMESE_LETTER = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")


@cache
def is_syllable(piece: str) -> bool:
    """``piece`` is a Vietnamese syllable with its marks dropped: "nguoi", "quang"."""
    return len(piece) <= MAX_SYLLABLE and any(
        piece.startswith(onset) and _spelt_together(onset, piece[len(onset) :])
        for onset in _ONSETS
    )


def _spelt_together(onset: str, rhyme: str) -> bool:
    if rhyme not in _RHYMES:
        return False
    if onset in ("ngh", "gh", "k"):
        return rhyme.startswith(_FRONT)
    if onset in ("ng", "g", "c") and rhyme.startswith(_FRONT):
        return False
    if rhyme.startswith("ye"):  # "yên", "quyết"; never "lyen"
        return onset in ("", "qu")
    return not (onset == "qu" and rhyme.startswith(("u", "o")))


def split_label(label: str, is_word: Callable[[str], bool]) -> list[str] | None:
    """``label`` cut into the fewest pieces that are all words by ``is_word``; None when
    it cannot be cut so."""
    best: list[list[str] | None] = [[]] + [None] * len(label)
    for end in range(1, len(label) + 1):
        for start in range(max(0, end - MAX_PIECE), end):
            before, piece = best[start], label[start:end]
            if before is None or not is_word(piece):
                continue
            if (now := best[end]) is None or len(before) + 1 < len(now):
                best[end] = [*before, piece]
    return best[-1]


def is_vietnamese_site(host: str, text: str) -> bool:
    """A site in Việt Nam, or a page written in Vietnamese."""
    return host.endswith(".vn") or _in_vietnamese(text)


def _in_vietnamese(text: str) -> bool:
    letters = len(_LETTER.findall(text))
    return bool(letters) and len(_VIETNAMESE_LETTER.findall(text)) >= (
        VIETNAMESE_SHARE * letters
    )


def spelt_site(label: str, vietnamese: bool, text: str) -> str | None:
    """The name a site's label spells in words, or None when it does not split whole.
    A hyphen already parts two words ("vietnam-b2b" → "Vietnam B2B"); a word with digits
    in it is kept whole, and a label with digits and no hyphen is not split at all
    ("sports247": no telling where a word ends)."""
    pieces = label.split("-")
    if len(label) > MAX_LABEL or not all(p.isascii() and p.isalnum() for p in pieces):
        return None
    if len(pieces) == 1 and any(c.isdigit() for c in label):
        return None
    words = _ASCII_WORD.findall(text)
    # the page's words, but not the label itself where the page writes its address
    known = frozenset(w.lower() for w in words if len(w) >= MIN_WORD) - {*pieces}
    capitals = frozenset(w.lower() for w in words if w.isupper())

    def is_word(piece: str) -> bool:
        english = len(piece) >= MIN_WORD and (piece in known or piece in _OUTLET_WORDS)
        return english or (vietnamese and is_syllable(piece))

    split: list[str] = []
    for piece in pieces:
        if any(c.isdigit() for c in piece):
            split.append(piece)
        elif (found := split_label(piece, is_word)) is None:
            return None
        else:
            split.extend(found)
    if len(split) < MIN_PARTS:
        return None
    if vietnamese and not (_in_vietnamese(text) or _mostly_written(split, text)):
        return None  # an English page of a Vietnamese site
    return " ".join(_written(split, vietnamese, text, capitals))


def _mostly_written(words: list[str], text: str) -> bool:
    """Most of the label's syllables are words the page writes, with or without their
    marks ("Bac Giang" for baobacgiang): the English page of a Korean brand's Vietnamese
    site ("hanbit") is no "Han Bit"."""
    written = frozenset(_WORD.findall(fold(text)))
    own = [w for w in words if w not in _KIND_SYLLABLES]
    return sum(w in written for w in own) * 2 > len(own)


def _written(
    words: list[str], vietnamese: bool, text: str, capitals: frozenset[str]
) -> list[str]:
    """The words as a name writes them: capitalised; in capitals where the page writes
    them so ("VCCI"), or where they have digits ("B2B"); small English words in lower
    case ("Travel and Travel"); a Vietnamese name with its marks where the page shows
    them all; "Báo" for a paper."""
    out = []
    for i, word in enumerate(words):
        if any(c.isdigit() for c in word):
            out.append(word.upper() if len(word) <= MAX_INITIALS else word)
        elif word in capitals and len(word) <= MAX_INITIALS:
            out.append(word.upper())
        elif i and word in _SMALL_WORDS:
            out.append(word)
        else:
            out.append(word.capitalize())
    if not vietnamese:
        return out
    for kind, name in _KINDS.items():
        if tuple(words[: len(kind)]) == kind and len(words) > len(kind):
            out[: len(kind)] = name
            start = len(kind)
            break
    else:
        start = 0
    marked = _marks(words[start:], text)
    if marked:
        out[start:] = marked
    return out


def _marks(syllables: list[str], text: str) -> list[str] | None:
    """``syllables`` as the page writes them, where it writes each of them inside a run
    of two or more of them in a row ("Quảng Ngãi"); None when some syllable is in none."""
    if len(syllables) < MIN_PARTS:
        return None
    written = [m.group() for m in re.finditer(r"\w+", text)]
    folded = [fold(w) for w in written]
    starts: dict[str, list[int]] = {}
    for at, word in enumerate(folded):
        starts.setdefault(word, []).append(at)
    out: list[str] = []
    i = 0
    while i < len(syllables):
        run, found = 0, 0
        for start in starts.get(syllables[i], ()):
            length = 0
            while (
                i + length < len(syllables)
                and start + length < len(folded)
                and folded[start + length] == syllables[i + length]
            ):
                length += 1
            if length > run:
                run, found = length, start
        if run < MIN_PARTS:
            return None
        out.extend(w[0].upper() + w[1:] for w in written[found : found + run])
        i += run
    return out
