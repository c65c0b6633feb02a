"""A state's policy Korean names without quotes: a strategy or an initiative by the
region it is for; a country's own plan, a company's, a clause before the noun, a region
with its particle or a strategist is no name (recognize/candidates/korean_policies.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "strategy"),
    [
        ("정부는 우리의 인도태평양 전략을 설명했다.", "인도태평양 전략"),
        ("그는 인도-태평양전략과 관련해 말했다.", "인도-태평양전략"),
        ("총리는 인도 태평양 전략에 관심을 보였다.", "인도 태평양 전략"),
        ("두 나라는 한-아세안 연대구상 이행에 합의했다.", "한-아세안 연대구상"),
        ("장관은 한·메콩 협력 구상을 소개했다.", "한·메콩 협력 구상"),
        ("의장은 동북아 평화협력구상에 대한 지지를 밝혔다.", "동북아 평화협력구상"),
        ("대사는 한반도 신뢰 프로세스가 중요하다고 했다.", "한반도 신뢰 프로세스"),
        (
            "양국은 인도-태평양 경제 프레임워크의 회원국이다.",
            "인도-태평양 경제 프레임워크",
        ),
    ],
)
def test_a_strategy_named_by_its_region(matcher, text, strategy):
    assert proposed_names(matcher, text).get(strategy) == "initiatives"


@pytest.mark.parametrize(
    "text",
    [
        "회사는 베트남 진출 전략을 새로 짰다.",
        "한반도 평화를 위한 전략을 논의했다.",
        "양국은 한-베트남 국방전략대화를 열었다.",
        "두 나라는 태평양 동북아에서 전략 경쟁을 벌인다.",
        "투자자들은 인도태평양에서 전략을 새로 짠다.",
        "유라시아에서 구상 중인 노선은 두 개다.",
        "동북아 전략가 박모씨는 이렇게 전망했다.",
        "회사는 유라시아 시장 진출 전략을 내놓았다.",
        "그 회사는 동북아 물류 거점 전략을 밝혔다.",
        "러시아의 동북아 전략은 그대로다.",
        "한반도 전략이 있어야 한다고 그가 말했다.",
        "한반도 정세 변화 프로세스를 살펴야 한다.",
        "기업은 한 아세안 국가 진출 전략을 짰다.",
    ],
)
def test_no_strategy_of_a_country_or_a_clause(matcher, text):
    names = proposed_names(matcher, text)
    assert not [n for n, kind in names.items() if kind == "initiatives"]


def test_no_strategy_again_inside_a_longer_name(matcher):
    names = proposed_names(matcher, "정부는 '우리식 인도태평양 전략'을 공개했다.")
    assert [n for n, kind in names.items() if kind == "initiatives"] == [
        "우리식 인도태평양 전략"
    ]
