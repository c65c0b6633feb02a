"""Vietnamese provinces spelt by sound with 성 (recognize/candidates/korean_provinces.py),
and a Korean's name before 전 (former), a body and a title. Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("관광객은 빈호아성 모안시의 해변을 찾았다.", "빈호아성"),
        ("안호아성 인민위원회 관계자가 참석했다.", "안호아성"),
    ],
)
def test_a_province_spelt_by_sound_by_what_stands_beside_it(text, province):
    assert names(text).get(province) == "cities"


def test_a_common_noun_in_seong_after_a_country_is_no_province():
    # the country before places it, but the model knows the word: -ness, not a province
    assert not any(
        name.endswith("성") for name in names("교포들은 한국 정체성을 지키려 했다.")
    )


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("북부 꽝빈-하띤성 해안 도로가 개통됐다.", "꽝빈", "하띤성"),
        ("공단은 껀터-떠이닌성 일대에 몰려 있다.", "껀터", "떠이닌성"),
    ],
)
def test_two_places_joined_by_a_hyphen_stay_two(text, first, second):
    found = names(text)
    assert found.get(first) == "cities" and found.get(second) == "cities"
    assert not any("-" in name for name in found)


@pytest.mark.parametrize(
    ("text", "province", "piece"),
    [
        (
            "베트남 바리어-붕따우성 쩐반남 성장이 방문했다.",
            "바리어-붕따우성",
            "붕따우성",
        ),
        ("민호아-떠이닌성장 일행 12명이 왔다.", "민호아-떠이닌성", "떠이닌성"),
    ],
)
def test_a_province_of_two_names_joined_by_a_hyphen_is_one(text, province, piece):
    found = names(text)
    assert found.get(province) == "cities"
    assert piece not in found


def test_former_and_a_body_between_a_name_and_the_title():
    found = names("축구 영웅 한도윤 전 베트남 대표팀 감독(61)도 이루지 못했다.")
    assert found.get("한도윤") == "leaders"
