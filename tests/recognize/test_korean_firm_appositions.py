"""A firm named right after the word for what it is ("…업체인 …", "… 브랜드 …", "…기업
…") (recognize/candidates/korean_firm_appositions.py), and the Vietnamese surname 럼
(Lâm). Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("대한식품은 지난달 베트남 소스업체인 응온쩌를 사들였다.", "응온쩌"),
        ("현지 커피 브랜드 꼬바뚜이가 서울에 매장을 열었다.", "꼬바뚜이"),
        ("한 해운사는 현지 창고기업 롱빅을 인수했다.", "롱빅"),
    ],
)
def test_a_firm_after_the_word_for_its_kind(text, firm):
    assert names(text).get(firm) == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        # the country the firms are in, spelt as the model does not know it ("베트남서")
        "한국계 식품기업 베트남서 사업확장 지속",
        "국내 물류업체 베트남서 창고 늘려",
    ],
)
def test_where_the_firms_are_names_no_firm(text):
    assert not any(kind == "organizations" for kind in names(text).values())


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("건설 기업 레반홍 사장이 공장을 둘러봤다.", "레반홍"),
        ("식품 업체 쩐티마이 대표는 수출을 늘리겠다고 했다.", "쩐티마이"),
    ],
)
def test_a_person_after_the_kind_word_is_no_firm(text, person):
    found = names(text)
    assert found.get(person) == "leaders"
    assert "organizations" not in found.values()


@pytest.mark.parametrize(
    "text",
    [
        "패션 업체 K패션 바람을 타고 매출이 늘었다.",
        "중소 기업 IT기술 지원 사업이 시작됐다.",
        "커피 브랜드 K커피를 알리는 행사가 열렸다.",
    ],
)
def test_letters_before_a_common_noun_name_no_firm(text):
    assert not any(kind == "organizations" for kind in names(text).values())


def test_the_kind_word_of_a_listed_firm_is_no_firm_of_the_list():
    found = names(
        "한빛식품은 젓갈업체인 롱빅, 냉동만두업체 까우팟, 떡업체 민닷을 샀다."
    )
    assert "냉동만두업체" not in found and "떡업체" not in found
    assert found.get("까우팟") == "organizations"


def test_lam_spelt_with_eo_opens_a_vietnamese_name():
    found = names("띠엔장성 럼반또 인민위원회 부위원장 등 6명이 방문했다.")
    assert found.get("럼반또") == "leaders"
    assert "럼반또 인민위원회" not in found
