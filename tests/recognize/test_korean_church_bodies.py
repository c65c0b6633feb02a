"""A diocese, a parish church and an association of a people abroad by their head nouns
(recognize/candidates/korean_bodies.py): "…교구", "…성당", "…교민회", "…인회"."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("천주교 인천교구는 이주민을 위한 미사를 봉헌했다.", "인천교구"),
        ("광주대교구 사회복음화국이 행사를 열었다.", "광주대교구"),
        ("신자들은 목포 산정동성당에서 모였다.", "산정동성당"),
        ("대전 베트남교민회가 설 잔치를 열었다.", "대전 베트남교민회"),
        ("경북 베트남인회 회원들이 봉사에 나섰다.", "경북 베트남인회"),
    ],
)
def test_a_church_body_or_an_association_by_its_head(text, body):
    assert names(text).get(body) == "organizations"


def test_a_diocese_is_no_district():
    # "…교구" ends as a district's name does ("…구")
    found = names("천주교 대구대교구는 밝혔다.")
    assert found.get("대구대교구") == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "한인교민회가 송년회를 열었다.",
        "한국교민회 회원들이 모였다.",
        "교포교민회가 모였다.",
    ],
)
def test_an_association_of_a_people_alone_names_none(text):
    # the Koreans' association of anywhere abroad, no place before it
    assert not any(kind == "organizations" for kind in names(text).values())
