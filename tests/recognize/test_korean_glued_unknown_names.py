"""A Vietnamese name written as one word before a title, which the model of Korean reads in
its sentence as a common noun it does not know ("보반끄엉 국가주석", "응우옌만티엔 시장"):
a name, as a word the model knows ("하반기 … 대표", the second half) is not. Every text here
is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def people(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "leaders"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("이번 회담에서도 보반끄엉 국가주석과 대통령은 협력에 합의했다.", "보반끄엉"),
        ("시에서는 응우옌만티엔 시장과 부시장이 참석했다.", "응우옌만티엔"),
        ("회의에서 팜홍꾸엇 개발청장은 협력을 제안했다.", "팜홍꾸엇"),
    ],
)
def test_a_glued_name_the_model_knows_as_no_word(text, name):
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "하반기 사업 계획을 대표가 발표했다.",  # a word of the language: the second half
        "도시계획 담당 과장이 설명했다.",
        "도민회관의 관장은 말했다.",  # two nouns the model knows, run together
    ],
)
def test_a_common_word_before_a_title_names_no_one(text):
    assert people(text) == []
