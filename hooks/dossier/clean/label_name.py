"""A site's label read as a name, for a page that names its outlet nowhere and an address
no rule spells better: ``verdict.co.uk`` → "Verdict", ``apparelresources.com`` → "Apparel
Resources", ``giaoducthoidai.vn`` → "Giao Duc Thoi Dai", ``tcn.vn`` → "TCN". The editor
confirms it.

English words are found with ``wordsegment`` (word frequencies of a large English corpus:
"gapping world", not "gap ping world"), and a split is taken only when each word is a
common one; a Vietnamese site's label splits into syllables where it splits one best way.
A label that is a word of the corpus itself is a brand and stays whole ("samsung.vn" is no
"Sam Sung"). A Korean page's label is romanised Korean ("gunchinews": 건치신문), never cut
into English words. What does not split stays whole; words the page writes only in
capitals keep them ("Mekong ASEAN")."""

from __future__ import annotations

from functools import cache

from dossier.clean.address_words import SMALL_WORDS, PageWords, best_split, is_syllable

COMMON_RANK = 30_000  # of the corpus's words by frequency: "media", "vine", not "etsu"
MIN_WORD = 3  # letters: "biz", "net"; not "s money", "g captain"
SHORT_WORD = 5  # letters: a word this short must be a common one
# letters of an English word beside Vietnamese syllables: "online", not "quo" ("quochoi")
MIN_WORD_AMONG_SYLLABLES = 4
MAX_INITIALS = 4  # letters of a short label read as initials: "TCN", "VUFO", "OSEN"
MAX_PAGE_INITIALS = 5  # letters of a word the page writes in capitals: "KOTRA"
_VOWELS = frozenset("aeiouy")


@cache
def _segmenter() -> tuple[object, float]:
    """The English segmenter, loaded once and only when a label needs it (its word
    list takes a moment to read), and the count of its ``COMMON_RANK``-th word."""
    from wordsegment import Segmenter

    segmenter = Segmenter()
    segmenter.load()
    counts = sorted(segmenter.unigrams.values(), reverse=True)
    return segmenter, counts[min(COMMON_RANK, len(counts) - 1)]


def _count(word: str) -> float:
    segmenter, _ = _segmenter()
    return segmenter.unigrams.get(word, 0)  # type: ignore[attr-defined]


def _is_common(word: str) -> bool:
    """A word of the corpus, and a common one when it is short (a chance cut leaves short
    rare pieces: "evert iq", "etsu jin", "bong danet")."""
    _, common = _segmenter()
    short = len(word) <= SHORT_WORD
    return len(word) >= MIN_WORD and _count(word) >= (common if short else 1)


def _english_words(part: str) -> list[str] | None:
    """``part`` in common English words (a word with digits in it too: "7m sport news")."""
    segmenter, _ = _segmenter()
    words = segmenter.segment(part)  # type: ignore[attr-defined]
    if len(words) < 2 or "".join(words) != part:
        return None
    if all(any(c.isdigit() for c in w) or _is_common(w) for w in words):
        return words
    return None


def _syllable(piece: str) -> bool:
    """A Vietnamese syllable an address is cut at (a vowel and a final alone, "ip", "ac",
    is too weak a cut)."""
    return is_syllable(piece) and (len(piece) >= MIN_WORD or piece[0] not in _VOWELS)


def _syllables(part: str) -> list[str] | None:
    """``part`` in Vietnamese syllables, a common English word of four letters or more
    among them counting as two pieces ("ha noi online", not "ha noi on li ne"), where it
    splits one best way."""

    def cost(piece: str) -> tuple[int, int] | None:
        if _syllable(piece):
            return 0, 0
        english = len(piece) >= MIN_WORD_AMONG_SYLLABLES and _is_common(piece)
        return (1, 0) if english else None

    split = best_split(part, cost)
    return split if split and len(split) > 1 and any(map(_syllable, split)) else None


def label_name(
    label: str, vietnamese: bool, korean: bool, page: PageWords | None = None
) -> str:
    """``label`` (a site's own part of its address, "apparelresources", "oled-info") as a
    name: each hyphened part whole when it is a word of the corpus ("samsung", "lotte"),
    else in Vietnamese syllables on a Vietnamese site (or, if it has a syllable split at
    all, whole: "quochoi" is no "Quo Choi"), else in common English words unless the page
    is in Korean, else whole; a short label alone, a word with no vowel or one the page
    writes only in capitals, in capitals."""
    parts = [part for part in label.split("-") if part]
    if len(parts) == 1 and len(label) <= MAX_INITIALS and label.isalpha():
        return label.upper()
    words: list[str] = []
    for part in parts:
        if _count(part) or not part.isascii():
            words.append(part)
            continue
        vietnamese_split = vietnamese and _syllables(part)
        tied = vietnamese and not vietnamese_split and _splits_into_syllables(part)
        english = not korean and not tied and _english_words(part)
        split = vietnamese_split or english or [part]
        words.extend(split)
    capitals = page.capitals if page else frozenset()
    return " ".join(_cased(word, i, capitals) for i, word in enumerate(words))


def _splits_into_syllables(part: str) -> bool:
    """``part`` is Vietnamese syllables end to end, one way or more ("quoc hoi" and "quo
    choi" for "quochoi")."""
    ends = {0}
    for end in range(1, len(part) + 1):
        if any(start in ends and _syllable(part[start:end]) for start in range(end)):
            ends.add(end)
    return len(part) in ends


def _cased(word: str, index: int, capitals: frozenset[str]) -> str:
    """A word capitalised, small English words inside a name in lower case ("Travel and
    Tour World"), in capitals when it has no vowel ("LNG Prime") or the page writes it
    only so ("KOTRA")."""
    if word.isalpha() and not _VOWELS.intersection(word):
        return word.upper()
    if word in capitals and len(word) <= MAX_PAGE_INITIALS:
        return word.upper()
    if index and word in SMALL_WORDS:
        return word
    return word[:1].upper() + word[1:]
