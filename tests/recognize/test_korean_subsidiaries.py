"""A firm's branch in Vietnam by the firm and the country after it
(recognize/candidates/korean_subsidiaries.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        ("삼성전기 베트남은 올해 투자를 늘린다.", "삼성전기 베트남"),
        ("LG전자 베트남 법인과 협약을 맺었다.", "LG전자 베트남 법인"),
        ("김하늘 삼성전기 베트남 법인장은 말했다.", "삼성전기 베트남"),
    ],
)
def test_a_firm_and_the_country_after_it(text, branch):
    assert names(text).get(branch) == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "삼성전기 베트남 공장이 문을 열었다.",
        "삼성전기 베트남 진출 30년을 맞았다.",
    ],
)
def test_a_firm_s_factory_or_its_coming_there_is_no_branch(text):
    assert not any(name.endswith("베트남") for name in names(text))
