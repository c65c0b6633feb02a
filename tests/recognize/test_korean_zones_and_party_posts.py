"""An economic zone named by its place (recognize/candidates/korean_zones.py), and a
Vietnamese leader before the Party's Commission for External Relations ("… 당
대외관계위원장": vietnamese_name_ends.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("발전소는 타인호아성 남쪽 응이손경제구역에 들어선다.", "응이손경제구역"),
        ("시찰단은 빈딘성 뇬호이 경제구역을 둘러봤다.", "뇬호이 경제구역"),
        ("회사는 꽝남성 쭈라이 자유경제구역에 공장을 세웠다.", "쭈라이 자유경제구역"),
    ],
)
def test_an_economic_zone_named_by_its_place_is_a_place(matcher, text, zone):
    assert proposed_names(matcher, text).get(zone) == "cities"


@pytest.mark.parametrize(
    "text",
    [
        "정부는 베트남 경제특구 세 곳을 새로 지정했다.",
        "정부는 신규 경제구역 지정을 검토했다.",
        "그 지역은 자유경제구역으로 바뀌었다.",
    ],
)
def test_a_zone_no_place_names_is_none(matcher, text):
    names = proposed_names(matcher, text)
    assert not [n for n in names if n.endswith(("경제특구", "경제구역"))]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("대표단은 쩐 꾸옥 빈 당 대외관계위원장이 이끌었다.", "쩐 꾸옥 빈"),
        ("레 반 뚜 당 대외관계위원회 부위원장이 참석했다.", "레 반 뚜"),
    ],
)
def test_the_party_before_its_external_relations_post_is_no_syllable(
    matcher, text, person
):
    names = proposed_names(matcher, text)
    assert names.get(person) == "leaders"
    assert f"{person} 당" not in names
