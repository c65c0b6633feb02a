"""A body's unit in Korean, named by the body and the unit after it
(recognize/candidates/korean_units.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "unit", "alone"),
    [
        (
            "협약식은 한국무역보험공사 하노이지사에서 열렸다.",
            "한국무역보험공사 하노이지사",
            "",
        ),
        ("연수는 KDI 국제정책대학원에서 진행됐다.", "KDI 국제정책대학원", ""),
        (
            "경희대학교 경희의료원병원 의료진이 참여했다.",
            "경희대학교 경희의료원병원",
            "",
        ),
        ("협약은 UNDP 베트남사무소에서 맺었다.", "UNDP 베트남사무소", "베트남사무소"),
    ],
)
def test_a_body_then_its_unit(text, unit, alone):
    found = names(text)
    assert found.get(unit) == "organizations"
    assert not alone or alone not in found  # the longer name ending there is whole


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("한국가스공사 한화에너지 두 회사가 참여했다.", "한국가스공사 한화에너지"),
        ("김하늘 다문화통합연구소 연구원이 말했다.", "다문화통합연구소 연구원"),
    ],
)
def test_two_firms_or_a_researcher_is_no_unit(text, joined):
    assert joined not in names(text)


@pytest.mark.parametrize(
    ("text", "unit", "alone"),
    [
        (
            "행사는 대한간호협회 전남지회가 주관했다.",
            "대한간호협회 전남지회",
            "전남지회",
        ),
        ("후원금은 KFA 베트남지부가 전달했다.", "KFA 베트남지부", "베트남지부"),
        (
            "학생들은 삼성전기 부산캠퍼스를 견학했다.",
            "삼성전기 부산캠퍼스",
            "부산캠퍼스",
        ),
        ("입학식은 계명대 성서캠퍼스에서 열렸다.", "계명대 성서캠퍼스", "성서캠퍼스"),
    ],
)
def test_an_association_chapter_or_a_campus(text, unit, alone):
    """A chapter or a branch of a body in a region ("… 전남지회", "… 베트남지부"), a
    campus ("… 부산캠퍼스"): the body's unit, not a name of its own."""
    found = names(text)
    assert found.get(unit) == "organizations"
    assert alone not in found
