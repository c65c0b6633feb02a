"""Names that open with a country's name in Korean: the country's parliament ("베트남
국회"), and a firm whose letters are written onto the country ("한국GM")
(recognize/candidates/korean_country_names.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    "text",
    [
        "대표단은 하노이의 라오스 국회에서 의장을 만났다.",
        "의장은 라오스 국회 본회의를 참관했다.",
        "라오스 국회는 새 법안을 통과시켰다.",
    ],
)
def test_a_country_s_parliament(matcher, text):
    assert proposed_names(matcher, text).get("라오스 국회") == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "그는 라오스 국회의장과 회담했다.",  # the Speaker, a title
        "양국 국회는 교류를 늘리기로 했다.",  # both parliaments, no country named
        "라오스 국회의원 일행이 공장을 찾았다.",  # members, a title
    ],
)
def test_no_parliament(matcher, text):
    names = proposed_names(matcher, text)
    assert not any(name.endswith(("국회", "국회의장", "국회의원")) for name in names)


@pytest.mark.parametrize(
    ("text", "firm", "scrap"),
    [
        ("한국XQ과 대산약품 등 기업이 설명회에 참석했다.", "한국XQ", "XQ"),
        ("베트남ZT는 새 공장을 지었다.", "베트남ZT", "ZT"),
    ],
)
def test_a_firm_by_letters_on_its_country(matcher, text, firm, scrap):
    names = proposed_names(matcher, text)
    assert names.get(firm) == "organizations"
    assert scrap not in names


@pytest.mark.parametrize(
    ("text", "not_a_firm"),
    [
        ("한국GDP는 지난해 2% 늘었다.", "한국GDP"),
        ("베트남ODA 사업이 확대된다.", "베트남ODA"),
        ("한국IT 기업들이 진출했다.", "한국IT"),
    ],
)
def test_letters_of_a_measure_or_a_field_are_no_firm(matcher, text, not_a_firm):
    """A country's output, aid or industry by its initials: no firm."""
    assert not_a_firm not in proposed_names(matcher, text)
