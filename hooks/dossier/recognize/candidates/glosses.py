"""Korean names given with their own spelling in brackets: "응우옌 반 꽝(Nguyen Van Quang)",
"띠엔퐁로지스틱스(Tien Phong Logistics)". The spelling says how many Hangul words before it
are the name, and what kind of name it is (read by the caller, from the spelling's own
words)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import WORD, is_title, stem

# A spelling in brackets has a lower-case letter: "(MOU)", "(BPA)" are short forms.
_GLOSS = re.compile(r"\(([A-ZÀ-ỸĐ][A-Za-zÀ-ỹĐđ.'’ -]*[a-zà-ỹđ][A-Za-zÀ-ỹĐđ.'’ -]*)\)")
_LONG_WORD = 4  # syllables: a transliterated company name is written as one word


def glossed_names(text: str) -> Iterator[tuple[str, int, int, int, int]]:
    """(Hangul name, start, end, gloss start, gloss end) for each name given with its
    spelling in brackets: the Hangul words before the bracket, as many as the spelling
    has words, or one long transliterated word ("띠엔퐁로지스틱스")."""
    for match in _GLOSS.finditer(text):
        before = list(WORD.finditer(text, 0, match.start()))
        if not before or before[-1].end() != match.start():
            continue
        take = (
            1 if len(before[-1].group()) >= _LONG_WORD else len(match.group(1).split())
        )
        words = before[-take:]
        between = text[words[0].start() : match.start()]
        if not re.fullmatch(r"[\uac00-\ud7a3 ]+", between):
            words = before[-1:]
        # "국회의장 쩐탄만(Tran Thanh Man)": the title before the name is not the name's
        titles = [k for k, w in enumerate(words[:-1]) if is_title(stem(w.group()))]
        if titles:
            words = words[titles[-1] + 1 :]
        start, end = words[0].start(), words[-1].end()
        yield text[start:end], start, end, match.start(1), match.end(1)
