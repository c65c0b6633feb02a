"""Sports competitions and leagues in Korean (recognize/candidates/korean_contests.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("대표팀은 지난달 열린 스즈키컵에서 정상에 올랐다.", "스즈키컵"),
        ("그 팀은 AFF 스즈키컵 결승에 나섰다.", "AFF 스즈키컵"),
        ("선수들은 2022 AFF 스즈키컵을 준비했다.", "2022 AFF 스즈키컵"),
        ("그는 FIFA 월드컵에 두 번 나갔다.", "FIFA 월드컵"),
        ("그는 한일월드컵 이후 유명해졌다.", "한일월드컵"),
        ("대표팀은 AFC U-23 챔피언십에서 준우승했다.", "AFC U-23 챔피언십"),
        ("대표팀은 아시아축구연맹 챔피언십 결승에 올랐다.", "아시아축구연맹 챔피언십"),
        ("그는 광주 아시안게임에서 금메달을 땄다.", "광주 아시안게임"),
    ],
)
def test_a_competition_by_the_noun_of_its_kind(text, name):
    assert names(text).get(name) == "events"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("그는 K리그1 구단으로 이적했다.", "K리그1"),
        ("그는 베트남 V리그에서 뛰었다.", "V리그"),
    ],
)
def test_a_league_by_its_country_s_letter(text, name):
    assert names(text).get(name) == "organizations"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("주장이 우승컵을 들어 올렸다.", "우승컵"),
        ("그는 종이컵에 커피를 따랐다.", "종이컵"),
        ("이 대회는 '동남아 월드컵'이라 불린다.", "동남아 월드컵"),
        ("대표팀은 조별리그에서 2승을 거뒀다.", "조별리그"),
        ("올해 아시안게임에서 메달을 땄다.", "아시안게임"),
    ],
)
def test_a_cup_that_holds_a_drink_or_a_nickname_is_no_competition(text, word):
    assert not any(word in name for name in names(text))


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("광주FC의 홈 경기가 열렸다.", "광주FC"),
        ("그는 베트남 호앙아인잘라이 FC 소속이다.", "호앙아인잘라이 FC"),
    ],
)
def test_a_club_by_its_name_and_fc(text, club):
    assert names(text).get(club) == "organizations"


def test_fc_after_a_word_with_its_particle_is_no_club():
    found = names("회사는 공장에 FC 라인을 늘렸다. 늘어난 FC 수요에 대응한다.")
    assert not any(name.endswith("FC") for name in found)


def test_the_word_for_affiliated_after_fc_is_no_firm():
    assert "FC소속" not in names("그는 호앙아인잘라이 FC소속의 공격수다.")
