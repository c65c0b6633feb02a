"""Review of the Korean name rules: counts in brackets after a country, cups that hold
drinks, centres by a field's initials, a country after a firm that is where it goes, and
the press beside a firm name none of them. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    "text",
    [
        "참가팀은 베트남(12)과 태국(9)에서 왔다.",
        "메달 순위는 인도네시아(5), 말레이시아(3) 순이었다.",
    ],
)
def test_a_country_with_a_count_in_brackets_is_no_person(matcher, text):
    found = proposed_names(matcher, text)
    assert not {n for n, t in found.items() if t == "leaders"}


@pytest.mark.parametrize(
    ("text", "cup"),
    [
        ("행사장에서 참석자들에게 보온컵을 나눠줬다.", "보온컵"),
        ("카페는 와인컵과 접시를 새로 샀다.", "와인컵"),
        ("회사는 CEO 챔피언십을 열었다.", "CEO 챔피언십"),
    ],
)
def test_a_cup_or_a_championship_with_no_sport_around_is_no_event(matcher, text, cup):
    assert cup not in proposed_names(matcher, text)


def test_a_cup_in_a_sports_story_stays_an_event(matcher):
    found = proposed_names(matcher, "베트남 대표팀은 2018 AFF 스즈키컵에서 우승했다.")
    assert found.get("2018 AFF 스즈키컵") == "events"


@pytest.mark.parametrize(
    ("text", "centre"),
    [
        ("정부는 AI 데이터센터 건립을 지원한다.", "AI 데이터센터"),
        ("하노이에 IT 지원센터가 문을 열었다.", "IT 지원센터"),
    ],
)
def test_a_fields_initials_before_a_centre_name_no_body(matcher, text, centre):
    assert centre not in proposed_names(matcher, text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 올해 한빛전자 베트남에 투자를 늘린다.",
        "한빛전자 베트남도 예외는 아니다.",
    ],
)
def test_a_firm_then_the_country_as_where_or_too_is_no_branch(matcher, text):
    assert "한빛전자 베트남" not in proposed_names(matcher, text)


@pytest.mark.parametrize(
    "text",
    ["삼성전자 통신장비가 하노이에 들어갔다.", "비엣텔 통신망에 새 장비가 들어간다."],
)
def test_a_firm_before_a_telecoms_word_is_no_wire(matcher, text):
    firm = text.split()[0]
    assert proposed_names(matcher, text).get(firm) == "organizations"


def test_a_title_and_surname_before_a_comma_and_a_place_is_no_comma_name(matcher):
    found = proposed_names(
        matcher, "Attending were Vice Minister Kim, Da Nang officials and investors."
    )
    assert "Kim, Da Nang" not in found
