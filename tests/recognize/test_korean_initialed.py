"""A Korean body told by its initials in brackets, when its last word says it is one: a
fund, an international organisation, an agency. Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def bodies(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "organizations"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("사업은 해외협력진흥기금(OCPF)의 지원을 받았다.", "해외협력진흥기금"),
        ("단체는 아시아자원봉사기구(AVSO)와 손잡았다.", "아시아자원봉사기구"),
        ("정부는 미국의 국제개발처(USAID)와 협력한다.", "국제개발처"),
    ],
)
def test_a_body_its_last_word_and_its_initials_tell(text, name):
    assert name in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "두 기관은 양해각서(MOU)를 체결했다.",  # a common noun
        "현지 비정부기구(NGO)가 참여했다.",  # a kind of body, no body's name
        "회의에는 정부간기구(IGO) 대표들이 참석했다.",  # kinds, however they are told
        "행사에는 지역 개발기금(DF) 관계자들도 참석했다.",
    ],
)
def test_initials_after_a_common_noun_or_a_kind_tell_no_body(text):
    assert bodies(text) == []
