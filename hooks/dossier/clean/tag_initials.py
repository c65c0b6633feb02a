"""A Vietnamese site's label split into syllables the way a story's tag spells it: the
tag's initials ("(PNTĐ) -") confirm the one split of ``baophunuthudo`` whose syllables
start with those letters ("Báo Phu Nu Thu Do"), where the page writes none of the
syllables and the label alone splits more than one way ("phun u"). The marks the address
drops stay dropped; the kind of paper before the name ("Báo", "Tạp chí") is no initial
of it. A lead's tag shortening the masthead's name ("(QK7 Online) -") is that name as
the masthead writes it in full ("Quân khu 7 Online")."""

from __future__ import annotations

import re

from dossier.clean.address_words import KINDS, SMALL_WORDS, is_syllable
from dossier.clean.metadata import Outlets
from dossier.text import fold

MAX_LABEL = 40  # letters: a longer label is no paper's name
MIN_INITIALS = 2
MAX_SYLLABLE = 8  # letters: "nghieng"


def _splits(label: str, letters: str) -> list[list[str]]:
    """Cuts of ``label`` into syllables, one per letter of ``letters``, each starting with
    its letter: at most two (one is enough to use, two say it is unsure). Each place in
    the label is weighed once per letter, so a long label costs no more than its length
    times the letters."""
    ways: dict[tuple[int, int], list[list[str]]] = {}

    def rest(at: int, k: int) -> list[list[str]]:
        if k == len(letters):
            return [[]] if at == len(label) else []
        if (at, k) not in ways:
            found: list[list[str]] = []
            for end in range(at + 1, min(len(label), at + MAX_SYLLABLE) + 1):
                piece = label[at:end]
                if piece[0] == letters[k] and is_syllable(piece):
                    found += [[piece, *tail] for tail in rest(end, k + 1)]
                if len(found) > 1:
                    break
            ways[at, k] = found[:2]
        return ways[at, k]

    return rest(0, 0)


def split_by_initials(label: str, initials: str) -> str | None:
    """The name ``label`` spells in syllables whose initials are ``initials`` (folded,
    lower case: "pntd"), after a kind of paper's syllables if it opens with them; None
    unless exactly one split fits."""
    if not (MIN_INITIALS <= len(initials) <= len(label) <= MAX_LABEL):
        return None
    if not (label.isascii() and label.isalpha()):
        return None
    for kind, spelt in [((), ()), *KINDS.items()]:
        head = "".join(kind)
        if not label.startswith(head):
            continue
        splits = _splits(label[len(head) :], initials)
        if len(splits) == 1:
            return " ".join([*spelt, *_words(splits[0])])
    if _online(initials) and len(initials) > MIN_ONLINE_INITIALS:
        return split_by_initials(label, initials[:-1])  # "khpto": "khpt", then Online
    return None


# (the initials before the web edition's "O" are three letters or more when they
# confirm a split of the label on their own: two start too many syllables)
MIN_ONLINE_INITIALS = 3


def _online(initials: str) -> bool:
    """Initials closing on the "O" of "Online" a paper's web edition adds to its own
    ("KHPTO", "NLĐO", "QNO", "TPO")."""
    return initials.endswith("o") and len(initials) > MIN_INITIALS


def tags_name(initials: str, name: str) -> bool:
    """``initials`` (folded) are the tag of ``name``: its initials, with or without its
    kind, or those and the web edition's "O" ("KHPTO" for "Khoa Hoc Pho Thong")."""
    own = name_initials(name)
    return initials in own or (_online(initials) and initials[:-1] in own)


def _words(syllables: list[str]) -> list[str]:
    """The syllables as a name's words, a kind of paper opening them spelt as it is
    ("Báo": "baohaiphong" split by "bhp")."""
    for kind, spelt in KINDS.items():
        if tuple(syllables[: len(kind)]) == kind and len(syllables) > len(kind):
            return [*spelt, *(s.capitalize() for s in syllables[len(kind) :])]
    return [s.capitalize() for s in syllables]


def name_initials(name: str) -> tuple[str, str]:
    """A name's initials, its small English words aside, with and without its kind
    ("BPNTD" and "PNTD" for "Báo Phụ Nữ Thủ Đô")."""
    # (and a province's "tỉnh", which initials leave out: "CTTĐTBP"; and the "&" or "và"
    # joining two words, which a tag writes as "&" or not at all: "ĐS&PL" for "Đời sống &
    # Pháp luật")
    words = [w for w in name.split() if fold(w) not in SMALL_WORDS | _JOINED]
    own = words
    for kind in KINDS:  # "Báo" as the list writes it, "bao" as a folded spelling
        if tuple(fold(w) for w in words[: len(kind)]) == kind:
            own = words[len(kind) :]
    return "".join(fold(w[0]) for w in words), "".join(fold(w[0]) for w in own)


_JOINED = frozenset(["tinh", "&", "va"])  # folded: "tỉnh", "&", "và"
MIN_LISTED_INITIALS = 3  # letters: two name more than one paper ("HG", "HP")


def listed_by_initials(
    initials: str, outlet_names: Outlets, host: str = ""
) -> str | None:
    """The one outlet outlets.yml lists whose name, or another spelling of it, has the
    initials ``initials`` (folded, lower case, three letters or more: "gdtd" for "Giáo
    dục & Thời đại", "nnvn" for Vietnam Agriculture's "Nông nghiệp Việt Nam"), else
    None. Of several, the one whose name holds a word of the address ``host`` ("bqn" on
    quangninh.gov.vn: "Báo Quảng Ninh", not Quảng Nam's or Quảng Ngãi's)."""
    if len(initials) < MIN_LISTED_INITIALS:
        return None
    found = {
        name
        for spelling, name in outlet_names.names.items()
        if initials in name_initials(spelling)
    }
    if len(found) > 1:
        labels = [p for p in host.split(".") if len(p) >= MIN_PLACE_LABEL]
        found = {n for n in found if any(p in fold(n).replace(" ", "") for p in labels)}
    return found.pop() if len(found) == 1 else None


MIN_PLACE_LABEL = 4  # letters of an address's part that names a place ("hue", no)


# An outlet's name a lead's tag shortens and the page's masthead writes in full: "(QK7
# Online) -" over the lead, "Quân khu 7 Online" alone above it. A shortened word is
# capitals (and digits) standing for the initials of the full name's words ("QK7":
# "Quân khu 7"); the other words, one at least, are the same in both.
MAX_MASTHEAD_WORDS = 8
MIN_SPELT = 2  # words a shortened word stands for: "QK" for "Quân khu"
_SHORT = re.compile(r"[A-ZĐ][A-ZĐ0-9]{1,7}")


def _spells(short: list[str], full: list[str]) -> bool:
    """The words ``full`` are the words ``short``, each shortened word spelt out."""
    if not short:
        return not full
    word, rest = short[0], short[1:]
    if full and fold(full[0]) == fold(word):
        return _spells(rest, full[1:])
    return bool(_SHORT.fullmatch(word)) and any(
        fold(word) in name_initials(" ".join(full[:end])) and _spells(rest, full[end:])
        for end in range(MIN_SPELT, len(full) + 1)
    )


def spelt_in_full(outlet: str, text: str) -> str | None:
    """The masthead writing the outlet ``outlet`` in full, where ``outlet`` shortens a
    word of it to initials and keeps another as it is ("QK7 Online": "Quân khu 7
    Online"): a line of its own above the first that writes ``outlet``. A tag of
    initials alone ("(VH) -", "(PV) -") is spelt out by no line: a menu's item, a
    writer's name or a label has the same initials."""
    short = outlet.split()
    if all(_SHORT.fullmatch(word) for word in short) or not any(
        _SHORT.fullmatch(word) for word in short
    ):
        return None
    for line in text.splitlines():
        if outlet in line:
            return None
        full = line.split()
        if len(short) < len(full) <= MAX_MASTHEAD_WORDS and _spells(short, full):
            return line.strip()
    return None
