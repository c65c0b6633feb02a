"""Vietnamese names written as one Hangul word before 씨 with its particle, before a
province and its chief's title, or with a middle syllable read before
(recognize/candidates/vietnamese_in_hangul.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("피해자 응우옌티란 씨가 법정에서 증언했다.", "응우옌티란"),
        ("레끼만 빈딘성 부주석은 협력을 제안했다.", "레끼만"),
        ("호끼뚜언 꽝남성 인민위원회 부위원장 등이 참석했다.", "호끼뚜언"),
        ("베트남 바리어-붕따우성 쩐민꽝 성장 일행이 도청을 찾았다.", "쩐민꽝"),
        ("응옌반호아 베트남 꽝찌성 성장이 협약에 서명했다.", "응옌반호아"),
        ("대사관의 따티투하 1등 서기관이 참석했다.", "따티투하"),
        ("부휘남 장관과 회담했다.", "부휘남"),
    ],
)
def test_a_vietnamese_name_run_together_before_its_cue(text, person):
    assert names(text).get(person) == "leaders"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("공연을 본 20세 여성 팜티란 씨는 기뻐했다.", "팜티란"),
        ("지역주민 호반탄 씨는 고마워했다.", "호반탄"),
        ("쩐민꽝 성장률이 높다.", "쩐민꽝"),
    ],
)
def test_a_passer_by_or_growth_names_no_one(text, word):
    assert names(text).get(word) != "leaders"
