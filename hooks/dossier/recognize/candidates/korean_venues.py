"""A stadium or a convention centre is a place things are held in, not a body: "하노이
국제컨벤션센터" (the Hanoi convention centre a state dinner is given in), "라차망칼라
스타디움" (Rajamangala stadium). The readers of bodies take either for one by its head
noun ("…센터", "…스타디움"); as a venue it is filed as a place. A stadium's name spelt by
sound in several words is the whole of it: "겔로라 붕 카르노 스타디움" (Gelora Bung Karno),
not only the word before the head ("카르노 스타디움"); a word of one syllable counts between
two spelt words ("붕", Bung)."""

from __future__ import annotations

import re

from dossier.places import is_country, is_listed_place
from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, Named, stem
from dossier.recognize.candidates.sounded_words import sounds_foreign
from dossier.recognize.candidates.transliterated import is_transliterated
from dossier.text import name_key

VENUE_HEADS = ("스타디움", "컨벤션센터")
# the word right before a word at ``end``, a space between: "붕 " before "카르노"
_WORD_BEFORE = re.compile(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]+ $")
_WORD = re.compile(r"[\uac00-\ud7a3]+")
# words of a name spelt by sound before the head ("겔로라 붕 카르노")
MAX_SPELT_WORDS = 4
_LOOK_BACK = 40  # characters read before a name for the words spelt by sound


def as_venue(text: str, name: Named) -> Named:
    """``name`` as found, or filed as a place where it is a stadium or a convention
    centre, with the words spelling its name by sound before it."""
    word, kind, start, end = name
    if kind != "organizations" or not word.endswith(VENUE_HEADS):
        return name
    start = _spelt_start(text, start)
    return text[start:end], "cities", start, end


def _spelt(word: str) -> bool:
    """A word spelling a foreign name by sound, no place or country of the list, with no
    particle on it: "카르노", "겔로라"; not "방콕", "자카르타의" (whose stadium it is)."""
    if stem(word) != word:
        return False
    if word in HANGUL_COUNTRIES or is_country(word) or is_listed_place(name_key(word)):
        return False
    return is_transliterated(word) or sounds_foreign(word)


def _spelt_start(text: str, start: int) -> int:
    """``start``, or where the words spelt by sound before the name's own first one open
    (itself spelt so), a space apart each; a word of one syllable only with a spelt word
    before it."""
    first = _WORD.match(text, start)
    if first is None or not _spelt(first.group()):
        return start
    opens = start
    for _ in range(MAX_SPELT_WORDS):
        before = _WORD_BEFORE.search(text, max(0, opens - _LOOK_BACK), opens)
        if before is None:
            break
        word = before.group()[:-1]
        if len(word) == 1:
            further = _WORD_BEFORE.search(
                text, max(0, before.start() - _LOOK_BACK), before.start()
            )
            if further is None or not _spelt(further.group()[:-1]):
                break
            opens = further.start()
        elif _spelt(word):
            opens = before.start()
        else:
            break
    return opens
