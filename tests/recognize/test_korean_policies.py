"""A state's policies Korean names without quotes: a strategy or an initiative by the
region it is for, and a government by its president's name; a country's own plan or a
clause before the noun is no name, nor a place's or a party's government
(recognize/candidates/korean_policies.py)."""

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
        ("장관은 한 아세안 연대 구상을 소개했다.", "한 아세안 연대 구상"),
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
    ],
)
def test_no_strategy_of_a_country_or_a_clause(matcher, text):
    names = proposed_names(matcher, text)
    assert not [n for n, kind in names.items() if kind == "initiatives"]


@pytest.mark.parametrize(
    ("text", "president"),
    [
        ("이 사업은 홍길순 정부의 핵심 과제였다.", "홍길순"),
        ("박명수 정부 출범 이후 처음 열렸다.", "박명수"),
        ("그는 김영태 행정부가 추진한 정책을 비판했다.", "김영태"),
    ],
)
def test_a_president_named_by_his_government(matcher, text, president):
    assert proposed_names(matcher, text).get(president) == "leaders"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("안성시 정부는 지원을 약속했다.", "안성시"),
        ("정상이 정부를 대표해 서명했다.", "정상이"),
        ("공산당 정부는 개혁을 시작했다.", "공산당"),
        ("대표단은 베트남 정부청사를 찾았다.", "베트남"),
    ],
)
def test_no_president_before_a_place_or_a_word(matcher, text, word):
    assert proposed_names(matcher, text).get(word) != "leaders"
