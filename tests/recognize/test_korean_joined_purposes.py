"""A Korean agreement's purpose that joins two things before "위한" or "관한": "A와 B를
위한 협정", "A 및 B 협력에 관한 협약", "A·B을 위한 양해각서" name the agreement from the
first of them, joined once; a partner before "와" (a firm's name ending in an act too), a
time before the acts, or a name past the word limit leave the purpose alone
(recognize/candidates/korean_purposes.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "두 대학은 국제 연구교류와 교수교류를 위한 협정을 맺었다.",
            "국제 연구교류와 교수교류를 위한 협정",
        ),
        (
            "시는 청년인턴 파견 및 수용 협력에 관한 협약을 체결했다.",
            "청년인턴 파견 및 수용 협력에 관한 협약",
        ),
        (
            "학교는 현지 학교와 교류·협력을 위한 양해각서를 맺었다.",
            "교류·협력을 위한 양해각서",
        ),
    ],
)
def test_a_joined_purpose_names_the_agreement_whole(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "agreements"


@pytest.mark.parametrize(
    ("text", "name", "partner"),
    [
        (
            "시는 라오스와 협력을 위한 양해각서를 체결했다.",
            "협력을 위한 양해각서",
            "라오스와 협력을 위한 양해각서",
        ),
        (
            "기관은 현지 대학과 인재양성을 위한 협약을 맺었다.",
            "인재양성을 위한 협약",
            "현지 대학과 인재양성을 위한 협약",
        ),
    ],
)
def test_a_partner_before_and_is_no_part_of_the_purpose(matcher, text, name, partner):
    names = proposed_names(matcher, text)
    assert partner not in names
    assert names.get(name) == "agreements"


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        (
            "군은 GHX한라건설과 신도시 협력을 위한 양해각서를 체결했다.",
            "신도시 협력을 위한 양해각서",
            "한라건설과 신도시 협력을 위한 양해각서",
        ),
        (
            "교육부는 천재교육과 디지털교과서 협력을 위한 양해각서를 맺었다.",
            "디지털교과서 협력을 위한 양해각서",
            "천재교육과 디지털교과서 협력을 위한 양해각서",
        ),
        (
            "두 도시는 자매결연 이후 교류와 협력을 위한 협정을 여럿 맺었다.",
            "협력을 위한 협정",
            "자매결연 이후 교류와 협력을 위한 협정",
        ),
        (
            "두 나라는 농업 및 수산 교류와 청년 창업 육성을 위한 협정을 맺었다.",
            "청년 창업 육성을 위한 협정",
            "수산 교류와 청년 창업 육성을 위한 협정",
        ),
        (
            "공단은 기업 지원과 라오스 진출 협력을 위한 협약을 맺었다.",
            "라오스 진출 협력을 위한 협약",
            "기업 지원과 라오스 진출 협력을 위한 협약",
        ),
    ],
)
def test_a_firm_a_time_or_too_many_words_leave_the_purpose_alone(
    matcher, text, name, wrong
):
    names = proposed_names(matcher, text)
    assert names.get(name) == "agreements"
    assert not any(wrong in n or n.endswith(wrong) for n in names)


def test_a_long_run_of_joined_acts_gives_the_one_agreement(matcher):
    # the run is read in one pass (its time: scripts/bench, "hostile lines")
    text = "시는 " + "교류와 " * 20_000 + "협력을 위한 협정을 맺었다."
    assert proposed_names(matcher, text) == {"교류와 협력을 위한 협정": "agreements"}
