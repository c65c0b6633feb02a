"""A Korean event's year written onto its name, before or after it, no space between
(recognize/candidates/korean_kinds.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "name", "scrap"),
    [
        (
            "협약은 하노이투자포럼2024에서 체결됐다.",
            "하노이투자포럼2024",
            "하노이투자포럼",
        ),
        (
            "양국은 2035여수세계박람회 유치에 협력하기로 했다.",
            "2035여수세계박람회",
            "여수세계박람회",
        ),
    ],
)
def test_an_event_with_its_year_written_on(text, name, scrap):
    found = names(text)
    assert found.get(name) == "events"
    assert scrap not in found


def test_a_date_after_an_event_is_no_part_of_it():
    assert "하노이투자포럼2024" not in names("하노이투자포럼2024년 행사가 열렸다.")
