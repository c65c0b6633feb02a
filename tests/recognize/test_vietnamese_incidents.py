"""A massacre Vietnamese names by its place, the words for it in lower case: "vụ thảm
sát Bình Hòa" (recognize/candidates/vietnamese_incidents.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.lowercase import lower_case_names


def names(text: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _, _ in lower_case_names(text)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Nhân chứng của vụ thảm sát Bình Hòa năm 1966 đã lên tiếng.",
            "vụ thảm sát Bình Hòa",
        ),
        (
            "Cũng như vụ thảm sát Diên Niên, nhiều người đã đến.",
            "vụ thảm sát Diên Niên",
        ),
        (  # two places joined by a dash
            "Họ kể về vụ thảm sát Phước Bình - Phước Yên năm 1968.",
            "vụ thảm sát Phước Bình - Phước Yên",
        ),
    ],
)
def test_a_massacre_named_by_its_place(sentence, name):
    assert names(sentence) == [(name, "events")]


def test_a_massacre_of_civilians_names_no_place():
    assert names("Họ nhắc lại vụ thảm sát dân thường ở miền Trung.") == []
