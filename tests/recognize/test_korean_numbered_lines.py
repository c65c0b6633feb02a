"""A Korean metro line or plant unit by its place or topic, its number and the counter
("…3호선", "…1호기"); a unit after common nouns names none
(recognize/candidates/korean_numbered_lines.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("회사는 다낭 도시철도 2호선 공사를 맡았다.", "다낭 도시철도 2호선"),
        ("러시아는 빈롱 1호기 건설에 참여한다.", "빈롱 1호기"),
    ],
)
def test_a_numbered_line_or_unit(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "initiatives"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("대통령은 공군 1호기 편으로 떠났다.", "공군 1호기"),
        ("이번 3호선은 길다.", "3호선"),
    ],
)
def test_no_unit_of_common_nouns_nor_a_bare_number(matcher, text, name):
    assert name not in proposed_names(matcher, text)
