"""A news outlet a Korean story cites is no new name
(recognize/candidates/korean_outlets.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("현지 매체 VN뉴스에 따르면 공장이 문을 열었다.", "VN뉴스"),
        (
            "온라인신문 ‘사이공넷 브릿지(SaigonNet Bridge)’가 보도했다.",
            "사이공넷 브릿지",
        ),
        ("여행 전문지 트래블위클리(Travel Weekly) 독자들이 뽑았다.", "트래블위클리"),
        ("AP통신 등 외신에 따르면 정상회담이 열린다.", "AP통신"),
    ],
)
def test_an_outlet_named_with_the_word_for_the_press(matcher, text, outlet):
    assert outlet not in proposed_names(matcher, text)


def test_a_firm_the_press_reports_on_stays_a_name(matcher):
    found = proposed_names(matcher, "현지 매체에 따르면 한빛전자는 공장을 세운다.")
    assert found.get("한빛전자") == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 언론에 새 공장 계획을 밝혔다. 한빛전자 관계자는 공장이 곧 완공된다고 했다.",
        "한빛전자와 현지 언론이 함께 행사를 열었다.",
    ],
)
def test_a_firm_that_talks_to_the_press_or_stands_beside_it_stays_a_name(matcher, text):
    assert proposed_names(matcher, text).get("한빛전자") == "organizations"


def test_a_wire_by_its_word_is_no_name(matcher):
    found = proposed_names(
        matcher, "로이터 통신과 현지 매체에 따르면 공장이 문을 열었다."
    )
    assert "로이터 통신" not in found and "로이터" not in found
