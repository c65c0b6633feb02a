"""Korean names of political parties ("새누리당", "민주당", "미국 공화당"), of leaders'
talks named by a pair written as one word ("남북 정상회담", "2차 북미 정상회담"), and
a palace named with its city in front ("하노이 주석궁")
(recognize/candidates/korean_parties.py, korean_pair_summits.py, korean_sights.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("대표단은 방한 기간 중 한나라당과 협력 방안을 논의했다.", "한나라당"),
        ("바른미래당의 초청으로 대표단이 서울을 찾았다.", "바른미래당"),
        ("그는 민주당에서 정책위원장을 지냈다.", "민주당"),
        ("양측은 중국 공산당 대표단과 만났다.", "중국 공산당"),
        ("미국 공화당 의원들이 하노이를 찾았다.", "미국 공화당"),
    ],
)
def test_a_party_named_whole(matcher, text, party):
    assert proposed_names(matcher, text).get(party) == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "그는 식당에서 당시 상황을 설명했다.",
        "당국은 해당 정당의 활동을 담당 부서에 맡겼다.",
        "양당 대표는 상당한 의견 차이를 보였다.",
        "공산당 간부들이 당일 회의를 열었다.",  # whose party, no country says
    ],
)
def test_no_party_from_words_ending_in_dang(matcher, text):
    found = proposed_names(matcher, text)
    assert not [name for name in found if name.endswith("당")]


@pytest.mark.parametrize(
    ("text", "summit"),
    [
        ("정부는 다음 달 열릴 남북 정상회담을 준비하고 있다.", "남북 정상회담"),
        ("그는 2차 북미 정상회담이 다낭에서 열리길 바랐다.", "2차 북미 정상회담"),
        ("한미 정상회담에서 두 정상은 공급망을 논의했다.", "한미 정상회담"),
    ],
)
def test_a_summit_named_by_a_pair_in_one_word(matcher, text, summit):
    assert proposed_names(matcher, text).get(summit) == "events"


def test_no_summit_from_a_single_country_or_both(matcher):
    found = proposed_names(matcher, "양국 정상회담과 베트남 정상회담이 잇따랐다.")
    assert not [name for name in found if name.endswith("정상회담")]


def test_a_palace_with_its_city_in_front(matcher):
    found = proposed_names(matcher, "두 정상은 다낭 주석궁에서 회담을 열었다.")
    assert found.get("다낭 주석궁") == "cities"
    assert "주석궁" not in found


def test_a_palace_after_its_country_stands_alone(matcher):
    found = proposed_names(matcher, "두 정상은 베트남 주석궁에서 회담을 열었다.")
    assert found.get("주석궁") == "cities"
