"""A stage name right after the noun that says what the act is: a group's ("걸그룹 …",
"보이그룹 …") is a body, a singer's ("가수 …", "인기가수 …") a person. Not a firm's
group ("…그룹 회장"), a group's staff ("그룹 관계자"), nor the first word of a name
written in several. Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def kinds(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("축제 무대에는 걸그룹 루미너스가 올랐다.", "루미너스", "organizations"),
        ("보이그룹 크로노스의 리더가 인사했다.", "크로노스", "organizations"),
        # a numeral the model knows, named so: its spelling in letters vouches for it
        ("신인 보이그룹 열둘(YEOLDUL)과 함께 무대에 섰다.", "열둘", "organizations"),
        ("이어 가수 세린과 관객이 함께 노래했다.", "세린", "leaders"),
        ("현지 인기가수 뚜안콩과 함께 불렀다.", "뚜안콩", "leaders"),
        ("또 가수 민쭝 그리고 댄스팀이 무대를 꾸몄다.", "민쭝", "leaders"),
        # a final 이 after an open syllable is the name's, no subject's particle
        ("현지 인기가수 투이마이 무대가 끝났다.", "투이마이", "leaders"),
        ("무대에는 아이돌 그룹 루미너스가 섰다.", "루미너스", "organizations"),
    ],
)
def test_a_stage_name_after_its_act_s_noun(text, name, kind):
    assert kinds(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("행사에는 그룹 관계자 20명이 참석했다.", "관계자"),
        ("참석자들은 그룹 노래를 따라 불렀다.", "노래"),
        # the first word of a Vietnamese name in several words is no name alone
        ("축하 무대는 가수 호앙 투이 린이 맡았다.", "호앙"),
        # a firm's group, spaced, and a common noun spelt in letters after it
        ("한빛 그룹은 올해 그룹 빅데이터(BD) 사업을 넓힌다.", "빅데이터"),
        ("다온 그룹 기술개발(R&D) 예산이 늘었다.", "기술개발"),
        # a founder after a firm's group: a person, no act
        ("현지 최대 기업인 탄 그룹 레반꽝 창업자가 방한했다.", "레반꽝"),
        # fans' words after an act's noun: a fandom, a lightstick, a platform
        ("걸그룹 팬덤이 커지자 팬들은 밴드 응원봉을 샀다.", "팬덤"),
        ("걸그룹 팬덤이 커지자 팬들은 밴드 응원봉을 샀다.", "응원봉"),
        ("이 곡은 가수 틱톡 영상으로 퍼졌다.", "틱톡"),
    ],
)
def test_no_stage_name(text, word):
    assert word not in kinds(text)
