"""Shapes a review found read wrong by this session's rules: a word and the lone 시
("when") read as a city, a firm's name run on over "tại" and its city, a typo of an
agreement's head, a Korean after a venue's kind, a country after "làng", a match's score
read into a club's name."""

from __future__ import annotations

import pytest
from builders import proposed_names
from dossier.recognize.candidates.korean import korean_names
from dossier.recognize.candidates.vietnamese import vietnamese_names


def vietnamese(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


@pytest.mark.parametrize(
    "text",
    [
        "생산 목표 달성 시 추가 투자를 검토하고, 규제 강화 시 계획을 바꾼다.",
        "국립묘지 안장 시 유족의 동의가 필요하다.",
    ],
)
def test_a_word_and_the_lone_si_when_is_no_city(text):
    assert not [name for name, *_ in korean_names(text) if name.endswith(" 시")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ngân hàng Shinhan Việt Nam tại thành phố Hà Nội đã khai trương chi nhánh.",
            "Ngân hàng Shinhan Việt Nam",
        ),
        (
            "Công ty Samsung Display Việt Nam tại tỉnh Bắc Ninh tuyển thêm kỹ sư.",
            "Công ty Samsung Display Việt Nam",
        ),
    ],
)
def test_a_firm_at_a_city_ends_before_tai(text, name):
    found = vietnamese(text)
    assert name in found
    assert not [n for n in found if "tại" in n]


def test_an_association_keeps_its_seat_after_tai():
    found = vietnamese("Hội Người Việt Nam tại tỉnh Chungnam tổ chức Tết.")
    assert "Hội Người Việt Nam tại tỉnh Chungnam" in found


def test_a_typo_of_an_agreements_head_is_read_without_a_traceback():
    assert vietnamese("Hai bên đã ký Tiệp định thương mại tự do.") == {}


def test_a_korean_after_a_venue_s_kind_is_the_person(matcher):
    found = proposed_names(
        matcher, "Sau khi rời sân vận động Park Hang-seo nói với báo chí rằng ông vui."
    )
    assert found.get("Park Hang-seo") == "leaders"
    assert not [name for name in found if name.startswith("sân vận động")]


def test_a_city_s_new_towns_are_no_venue():
    assert not [n for n in vietnamese("Giá nhà ở khu đô thị Hà Nội tăng mạnh.")]


def test_a_village_called_after_a_country_is_no_place():
    found = vietnamese("Khu phố được mệnh danh là làng Hàn Quốc ở quận Nam Từ Liêm.")
    assert "Hàn Quốc" not in found


def test_a_match_s_score_is_no_part_of_a_club_s_name():
    found = vietnamese("Kết quả trận đấu: Câu lạc bộ Hà Nội 2, Câu lạc bộ Viettel 1.")
    assert "Câu lạc bộ Hà Nội" in found
    assert not [name for name in found if name[-1].isdigit()]
