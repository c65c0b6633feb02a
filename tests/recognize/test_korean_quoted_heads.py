"""A Korean name in quotes ending in a noun of its kind that only quotes make a name of
("로드쇼", "대화", "MOU", "…의 밤"), in a paper's own quotes too ("「…」", "<…>"), with the
initials in brackets inside them left out (recognize/candidates/korean_quoted.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "시는 ‘한국-베트남 관광 로드쇼’를 열었다.",
            "한국-베트남 관광 로드쇼",
            "events",
        ),
        (
            "두 장관은 「한-베트남 문화장관 대화」를 가졌다.",
            "한-베트남 문화장관 대화",
            "events",
        ),
        ("협회는 <2021 한-베 우정의 밤>을 열었다.", "2021 한-베 우정의 밤", "events"),
        (
            "양측은 '항만 및 물류 협력 MOU'를 맺었다.",
            "항만 및 물류 협력 MOU",
            "agreements",
        ),
        (
            "군은 '2025년 어업인력 도입을 위한 업무협약(MOU)'을 체결했다.",
            "2025년 어업인력 도입을 위한 업무협약",
            "agreements",
        ),
    ],
)
def test_a_quoted_name_by_its_head(matcher, text, name, kind):
    assert proposed_names(matcher, text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("그는 “서로 진솔한 대화”라고 말했다.", "서로 진솔한 대화"),
        ("그는 ‘대화’를 강조했다.", "대화"),
    ],
)
def test_speech_and_a_bare_head_name_none(matcher, text, name):
    assert name not in proposed_names(matcher, text)
