"""A broadcast's label for who speaks, the name before a slash: "[쩐 반 하이 / 베트남
빈푹성 소방경찰 부국장 : …]", and an interview's caption, "▶ 인터뷰 : 김진석 / 식품의약품
안전처 국장", "[인터뷰] 레방단 / 세관장". After the interview's label the name may be a
Vietnamese one with its surname run on into the next syllable ("레티 닌": Lê Thị Ninh),
which no model of Korean knows; a passer-by ("하노이 시민") or common nouns are no name.
A bracketed label captions anyone the story asks ("[인터뷰] 김도현/학부모": a parent), so
there the words after the slash must end in an office ("…세관장", "…과장")."""

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
from dossier.recognize.candidates.morphemes import is_name_alone, reads_as_foreign
from dossier.recognize.candidates.vietnamese_in_hangul import VIETNAMESE_SURNAMES

_SPEAKER_LABEL = re.compile(
    r"(?:(?P<interview>\[\s?인터뷰\s?\]|인터뷰\s?:)|\[)\s*"
    r"(?P<name>[\uac00-\ud7a3]{1,4}(?:\s[\uac00-\ud7a3]{1,3}){0,3})\s*/"
    r"(?=(?P<role>[^:/\"“\n\].▶-]*))"  # (read ahead: a label may follow on the line)
)
_BRACKETED = "["
# the middle names a Vietnamese surname is run on into: Thị, Văn ("레티", "레방")
_MIDDLE_NAMES = ("티", "반", "방")


def labelled_speakers(text: str) -> Iterator[tuple[str, int, int, bool]]:
    """(name, start, end, vouched) of each speaker a label in ``text`` names; vouched when
    the name reads alone as one (a label then speaks for a name no model knows)."""
    for label in _SPEAKER_LABEL.finditer(text):
        name = label.group("name")
        start, end = label.span("name")
        first = name.split()[0]
        if (label["interview"] or "").startswith(_BRACKETED) and not _office(
            label["role"]
        ):
            continue  # "[인터뷰] 김도현/학부모": a parent the story asks, no name
        if first in VIETNAMESE_SURNAMES or (
            len(name) <= MAX_NAME_SYLLABLES[1] and name[0] in SURNAMES
        ):
            yield name, start, end, is_name_alone(name)  # not "[도움말 / …"
        elif label.group("interview") and _run_on_surname(first):
            yield name, start, end, True


def _office(role: str) -> bool:
    """The words after a label's slash end in an office: "베트남 관세청 세관장"."""
    words = WORD.findall(role)
    return bool(words) and is_title(stem(words[-1]))


def _run_on_surname(first: str) -> bool:
    """A first word that is a Vietnamese surname run on into a middle name ("레티",
    "보티 란"), or opened by one and read as no word of the language ("레방단",
    "팜반뚜"; not "하노이", "부산시민", "보도자료")."""
    return any(
        first.startswith(s)
        and (first[len(s) :] in _MIDDLE_NAMES or reads_as_foreign(first))
        for s in VIETNAMESE_SURNAMES
        if len(first) > len(s)
    )
