"""A Korean cup named by its sponsor's letters and number ("K 300컵", "J0200컵"), and the
Games of two host cities written side by side without a dot ("서울 부산 아시안게임")
(recognize/candidates/korean_contests.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("대표팀은 2019 태국 K 300컵 대회에서 우승했다.", "K 300컵"),
        ("축구 대표팀은 J0200컵에서 준우승했다.", "J0200컵"),
        ("축구 대표팀은 서울 부산 아시안게임에서 우승했다.", "서울 부산 아시안게임"),
    ],
)
def test_a_cup_by_letters_and_games_by_two_hosts(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "events"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("축구 경기장 매점은 커피 300컵을 팔았다.", "300컵"),
        ("축구 대표팀은 이번 부산 아시안게임에서 우승했다.", "이번 부산 아시안게임"),
    ],
)
def test_a_number_alone_or_a_word_before_a_host_is_none(matcher, text, name):
    assert name not in proposed_names(matcher, text)
