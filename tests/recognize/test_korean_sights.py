"""A sight named in one Korean word ending in its kind's syllable: a mountain, an island,
a temple, a palace, a port (recognize/candidates/korean_sights.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


def test_the_sights_of_a_tour():
    """A list of the places a tour visits: each a place."""
    found = names("관광객들은 한라산, 불국사, 남이섬, 경복궁 등을 둘러볼 예정이다.")
    for sight in ("한라산", "불국사", "남이섬", "경복궁"):
        assert found.get(sight) == "cities"


def test_a_sight_with_its_particle():
    assert names("일행은 지리산에 올랐다.").get("지리산") == "cities"


def test_a_temple_whose_monks_act_is_a_body():
    """A temple whose abbot speaks, or where a service is held, is the body that acts."""
    found = names("통도사 주지 현문스님은 이주민을 위한 법회를 열었다.")
    assert found.get("통도사") == "organizations"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("그는 회사를 그만두었다.", "회사"),  # two syllables: a word
        ("연구원은 한국문학통사를 번역했다.", "한국문학통사"),  # a book: too long
        ("회의는 정부세종청사에서 열렸다.", "정부세종청사"),  # the government's offices
        ("행사에 방산업체가 참여했다.", "방산업체"),  # a noun written onto it
    ],
)
def test_no_sight(text, word):
    assert word not in names(text)
