"""A committee named by the fields it covers, listed with middle dots
(recognize/candidates/korean_field_committees.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "양국은 필리핀-한국 농업·수산협력 정부간위원회를 열었다.",
            "필리핀-한국 농업·수산협력 정부간위원회",
        ),
        (
            "두 나라는 조선·해운·물류 분야 협력 차관급 공동위원회를 이어 가고 있다.",
            "조선·해운·물류 분야 협력 차관급 공동위원회",
        ),
    ],
)
def test_a_committee_after_its_fields_listed_with_dots(matcher, text, name):
    found = proposed_names(matcher, text)
    assert found.get(name) == "organizations"
    assert name.split()[-1] not in found  # not the committee's word alone


@pytest.mark.parametrize(
    "text",
    [
        "조선·해운에 관한 위원회를 만들었다.",  # the fields' particle: a clause
        "위원들은 조선·해운 등을 논의한 뒤 위원회를 떠났다.",
    ],
)
def test_fields_apart_from_a_committee_name_none(matcher, text):
    found = proposed_names(matcher, text)
    assert not any("·" in name and name.endswith("위원회") for name in found)
