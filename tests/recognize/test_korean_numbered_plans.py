"""A Korean plan names one by its number in a series, and the country whose it is before
that number ("베트남 8차 전력개발계획"); a plan without one is any plan
(recognize/candidates/korean_kinds.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("정부는 제9차 전력수급기본계획을 확정했다.", "제9차 전력수급기본계획"),
        ("이는 베트남 10차 국가전력계획에 담겼다.", "베트남 10차 국가전력계획"),
    ],
)
def test_a_numbered_plan(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "initiatives"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("회사는 2024 사업계획을 발표했다.", "2024 사업계획"),
        ("시는 관광개발계획을 세웠다.", "관광개발계획"),
        (
            "베트남정부의 제7차 국가전력계획에 담겼다.",
            "베트남정부의 제7차 국가전력계획",
        ),
    ],
)
def test_no_plan_without_its_number(matcher, text, name):
    assert name not in proposed_names(matcher, text)
