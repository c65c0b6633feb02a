"""Villages in Korean, a proper noun before 마을 (recognize/candidates/korean_villages.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("그 할머니는 하미마을에서 평생을 살았다.", "하미마을"),
        ("조사단은 땀응억 마을 주민들을 만났다.", "땀응억 마을"),
        ("퐁니·퐁넛 마을은 꽝남성에 있다.", "퐁니·퐁넛 마을"),
    ],
)
def test_a_proper_noun_before_the_word_for_a_village(text, village):
    assert names(text).get(village) == "cities"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("작은 어촌마을에서 축제가 열렸다.", "어촌마을"),
        ("프랑스풍 마을이 관광지가 됐다.", "마을"),
        ("새마을운동을 배우러 왔다.", "새마을"),
        ("주민들은 베트남 마을의 전통을 지켰다.", "베트남 마을"),
        ("그들은 우정의 마을을 세웠다.", "우정의 마을"),
    ],
)
def test_the_kind_of_a_village_names_none(text, word):
    assert not any(name.endswith("마을") and word in name for name in names(text)), (
        names(text)
    )
