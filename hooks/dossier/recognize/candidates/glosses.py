"""Korean names given with their own spelling in brackets: "응우옌 반 꽝(Nguyen Van Quang)",
"띠엔퐁로지스틱스(Tien Phong Logistics)". The spelling says how many Hangul words before it
are the name, and what kind of name it is (read by the caller, from the spelling's own
words)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import (
    MAX_NAME_SYLLABLES,
    SURNAMES,
    WORD,
    is_title,
    stem,
)
from dossier.recognize.candidates.lexicon import lexicon

# A spelling in brackets has a lower-case letter: "(MOU)", "(BPA)" are short forms.
_GLOSS = re.compile(r"\(([A-ZÀ-ỸĐ][A-Za-zÀ-ỹĐđ.'’ -]*[a-zà-ỹđ][A-Za-zÀ-ỹĐđ.'’ -]*)\)")
_LONG_WORD = 4  # syllables: a transliterated company name is written as one word


def glossed_names(
    text: str,
) -> Iterator[tuple[str, int, int, int, int, str | None]]:
    """(Hangul name, start, end, gloss start, gloss end, its kind if the gloss tells) for
    each name given with its spelling in brackets: the Hangul words before the bracket, as
    many as the spelling has words, or one long transliterated word ("띠엔퐁로지스틱스"),
    or a Korean's name ("박지환(Jihwan Park)", a person's)."""
    for match in _GLOSS.finditer(text):
        before = list(WORD.finditer(text, 0, match.start()))
        if not before or before[-1].end() != match.start():
            continue
        gloss = match.group(1).split()
        person = _korean_person(before[-1].group(), gloss)
        take = 1 if person or len(before[-1].group()) >= _LONG_WORD else len(gloss)
        words = before[-take:]
        between = text[words[0].start() : match.start()]
        if not re.fullmatch(r"[\uac00-\ud7a3 ]+", between):
            words = before[-1:]
        # "국회의장 쩐탄만(Tran Thanh Man)": the title before the name is not the name's
        titles = [k for k, w in enumerate(words[:-1]) if is_title(stem(w.group()))]
        if titles:
            words = words[titles[-1] + 1 :]
        start, end = words[0].start(), words[-1].end()
        kind = "leaders" if person else None
        yield text[start:end], start, end, match.start(1), match.end(1), kind


def _korean_person(word: str, gloss: list[str]) -> bool:
    """A Korean's name, one Hangul word spelt in two or three ("박지환(Jihwan Park)"): a
    surname's syllable first, a surname first or last among the spelling's words, and a
    given name of two syllables ("Jihwan", "Jong Il"; not "An Giang", a province)."""
    low, high = MAX_NAME_SYLLABLES
    surnames = lexicon().surnames
    if not (low <= len(word) <= high and word[0] in SURNAMES and 2 <= len(gloss) <= 3):
        return False
    keys = [w.casefold().strip(".,") for w in gloss]
    return any(
        surname in surnames and len(_VOWELS.findall(" ".join(given))) >= 2
        for surname, given in ((keys[0], keys[1:]), (keys[-1], keys[:-1]))
    )


_VOWELS = re.compile(r"[aeiouy]+")  # a romanized syllable's vowels: "ji-hwan" has two
