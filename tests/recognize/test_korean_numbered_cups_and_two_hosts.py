"""A Korean cup named by its sponsor's letters and number ("K 300컵", "J0200컵", "K-300컵")
where a contest is said after it, not a count of cups sold or drunk; and the Games of a
host, not of two words side by side ("서울 부산 아시안게임": only one Games ever had two
hosts) (recognize/candidates/korean_contests.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("대표팀은 2019 태국 K 300컵 대회에서 우승했다.", "K 300컵"),
        ("축구 대표팀은 J0200컵에서 준우승했다.", "J0200컵"),
        ("대표팀은 2019 라오스 K-300컵 대회에서 우승했다.", "K-300컵"),
        ("대표팀은 2016년 라오스 Q 200컵 U-21 은메달을 땄다.", "Q 200컵"),
    ],
)
def test_a_cup_by_letters_and_games_by_two_hosts(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "events"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("축구 경기장 매점은 커피 300컵을 팔았다.", "300컵"),
        ("축구 대표팀은 이번 부산 아시안게임에서 우승했다.", "이번 부산 아시안게임"),
        ("축구 대표팀은 서울 부산 아시안게임 모두 우승했다.", "서울 부산 아시안게임"),
        ("축구 대표팀은 대구 인천 아시안게임에서 우승했다.", "대구 인천 아시안게임"),
        ("경기 침체 속에 편의점 XY 3000컵 한정 판매가 끝났다.", "XY 3000컵"),
        ("축구 선수들은 하루에 BCAA 2컵을 마신다.", "BCAA 2컵"),
        ("축구 대회 매점은 QX 500컵을 팔았다.", "QX 500컵"),
    ],
)
def test_a_number_alone_or_a_word_before_a_host_is_none(matcher, text, name):
    assert name not in proposed_names(matcher, text)
