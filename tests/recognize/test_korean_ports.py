"""A port named by its place in Korean ("인천항") is a place, as an airport is
(recognize/candidates/korean_glued_heads.py)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("인천항과 하이퐁항 간 물동량이 늘었다.", "하이퐁항"),
        ("화물선이 부산항에 입항했다.", "부산항"),
    ],
)
def test_a_port_by_its_place_is_a_place(text, port):
    assert names(text).get(port) == "cities"


BUSAN = "name: Busan\naliases: [부산]"


def test_a_port_of_a_registered_city_is_a_place_of_its_own(tmp_path):
    matcher = matcher_with(tmp_path, ("cities", "busan", BUSAN))
    found = proposed_names(matcher, "화물선이 부산항에 입항했고 부산시는 환영했다.")
    assert found.get("부산항") == "cities"
    assert "부산시" not in found  # the registered city with the word for its kind


def test_a_word_listed_with_a_port_is_a_place_as_the_port_is():
    found = names("대표단은 광양경제자유구역과 광양항을 둘러봤다.")
    assert found.get("광양경제자유구역") == "cities"
    assert found.get("광양항") == "cities"
