"""People and places in Korean text that a title or a neighbour vouches for: names listed
before a nurse's, a designer's or a clerk's title; Vietnamese names whose surname is spelt
르, 도안 or 쵸우; a province after the country's part or listed after a province; and the
words after a Vietnamese name that are not its (a title, a list's end, the party)."""

from __future__ import annotations

import pytest
from builders import proposed_names
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "봉사단에는 한가람, 오소영, 남궁민 간호사와 권태식 주임이 함께했다.",
            {"한가람", "오소영", "남궁민", "권태식"},
        ),
        (
            "무대에는 유다인, 백서진, 송하윤 한복디자이너가 참여했다.",
            {"유다인", "백서진", "송하윤"},
        ),
        ("여기에 임도윤 약사와 문태규 계장이 합류했다.", {"임도윤", "문태규"}),
    ],
)
def test_names_listed_before_a_nurses_a_designers_or_a_clerks_title(text, people):
    found = names(text)
    assert {n for n, k in found.items() if k == "leaders"} == people


def test_a_pharmaceutical_firm_is_no_pharmacists_title():
    assert names("국내 대형 제약사 한빛제약은 공장을 지었다.").get("대형") is None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("르반뚜언 다낭시 부국장을 만난 대표단은", "르반뚜언"),
        ("르훙탄 베트남탁구협회장은 말했다.", "르훙탄"),
        ("행사에서 도안 반 남 씨에게 감사패를 전했다.", "도안 반 남"),
        ("이에 쵸우 반 호아 베트남 까마우성 당서기는 답했다.", "쵸우 반 호아"),
    ],
)
def test_vietnamese_names_with_the_surnames_le_doan_and_chau(text, person):
    found = names(text)
    assert found.get(person) == "leaders"
    assert not any(n != person and n in person for n in found)  # no scrap of it


@pytest.mark.parametrize(
    ("text", "person", "not_names"),
    [
        ("개막식에는 호앙 민 차관 외 현지 인사가 왔다.", "호앙 민", {"호앙 민 차관"}),
        ("코미콜라 응우옌 이사 외 현지 작가들이 왔다.", None, {"응우옌 이사 외 현지"}),
        (
            "서열 1위는 응우옌 반 하 공산당 서기장이다.",
            "응우옌 반 하",
            {"응우옌 반 하 공산당", "공산당"},
        ),
        ("응우옌 씨에게 물었다.", None, {"응우옌 씨에게"}),
        ("또반탄 CJ제마로 센터장은 말했다.", None, {"제마로"}),
    ],
)
def test_the_words_after_a_vietnamese_name_that_are_not_its(text, person, not_names):
    found = names(text)
    if person:
        assert found.get(person) == "leaders"
    assert not not_names & found.keys()


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        ("장비를 북부 빙롱성 병원에 전달했다.", {"빙롱성"}),
        ("꽝남성, 꽝나이성 및 빈홉성 등 세 지역", {"꽝남성", "꽝나이성", "빈홉성"}),
        ("꽝남성과 닥롱성에 학교를 짓는다.", {"꽝남성", "닥롱성"}),
    ],
)
def test_a_province_after_the_countrys_part_or_listed_after_a_province(text, provinces):
    found = names(text)
    assert {n for n, k in found.items() if k == "cities"} >= provinces


def test_a_common_word_in_seong_after_a_part_is_no_province():
    assert names("남부 지역의 중요성과 가능성을 말했다.") == {}


def test_a_korean_name_after_the_long_vietnamese_name_of_korea(matcher):
    found = proposed_names(
        matcher,
        "Tổng thống Đại Hàn Dân Quốc Kwon Tae Min và Phu nhân đến thăm Hà Nội.",
    )
    assert found.get("Kwon Tae Min") == "leaders"
    assert not any("Đại Hàn" in n for n in found)


def test_huh_opens_a_korean_name(matcher):
    found = proposed_names(matcher, "Chủ tịch - ông Huh Min Jae cho biết hôm qua.")
    assert found.get("Huh Min Jae") == "leaders"
    assert "Huh" not in found
