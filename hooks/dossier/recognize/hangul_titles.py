"""A registered body's Korean name with an office's title written onto it.

Korean writes a title after the body it belongs to with or without a space: ``외교부
장관`` and ``외교부장관`` (the ministry's minister), ``국회 의장`` and ``국회의장`` (the
assembly's speaker). Either way the body is named, as a name is the same with or without
the spaces between its syllables. Only titles of two syllables or more are taken off: a
single ``장`` (head) ends too many words (``시장`` is a market too).
"""

from __future__ import annotations

from collections.abc import Iterator

from dossier.recognize.tokens import MIN_STEM, hangul_stems

# a ministry's, an assembly's or a body's office, longest first
_TITLES = ("사무총장", "부의장", "대변인", "장관", "차관", "의장")


def name_stems(word: str) -> Iterator[str]:
    """``word`` less its particle (:func:`hangul_stems`), then ``word`` and each of those
    less an office's title written onto the name ("외교부장관의" → "외교부장관", "외교부")."""
    stems = list(hangul_stems(word))
    yield from stems
    for stem in (word, *stems):
        for title in _TITLES:
            if stem.endswith(title) and len(stem) - len(title) >= MIN_STEM:
                yield stem[: -len(title)]
                break
