"""Where a Vietnamese name read by its kind in lower case ends
(recognize/candidates/vietnamese_venues.py, vietnamese_schools.py): before a title or a
person's name; an airport's single foreign word is the only one kept before a lower-case
syllable; a school's name leaves a trailing country and a verb, and a long name is taken
whole, never cut."""

from __future__ import annotations

import pytest
from builders import ROOT, VI_HEAD, VI_LAST, VI_STORY, article_from_text
from dossier.read.registry import read_registry
from dossier.recognize.candidates import find_candidates
from dossier.recognize.matcher import build_matcher


@pytest.fixture(scope="module")
def matcher():
    registry, _ = read_registry(ROOT)
    return build_matcher(registry)


def read(matcher, sentence: str) -> dict[str, str]:
    """Name → type of every candidate of a Vietnamese story with ``sentence`` in it."""
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{sentence}\n\n{VI_LAST}\n"
    return {c.name: c.type for c in find_candidates(article_from_text(text), matcher)}


@pytest.mark.parametrize(
    ("sentence", "name", "gone"),
    [
        (
            "Tại sân bay Tân Sơn Nhất HLV Park Hang-seo được người hâm mộ chào đón.",
            "sân bay Tân Sơn Nhất",
            "sân bay Tân Sơn Nhất HLV Park",
        ),
        (
            "Ngay tại sân bay Incheon Bộ trưởng Lee Ji-won đã trả lời báo chí.",
            "sân bay Incheon",
            "sân bay Incheon Bộ",
        ),
        (
            "Tại sân bay quốc tế Nội Bài Thủ tướng Phạm Minh Chính ra đón.",
            "sân bay quốc tế Nội Bài",
            "sân bay quốc tế Nội Bài Thủ",
        ),
    ],
)
def test_an_airport_s_name_stops_before_a_title(matcher, sentence, name, gone):
    found = read(matcher, sentence)
    assert found.get(name) == "cities"
    assert gone not in found


@pytest.mark.parametrize(
    ("sentence", "gone", "kept"),
    [
        (
            "Người dân dạo quanh công viên Samsung tài trợ xây dựng cho thành phố.",
            "công viên Samsung",
            "Samsung",
        ),
        ("Khách tham quan nhà hát Daegu mới xây xong.", "nhà hát Daegu", "Daegu"),
    ],
)
def test_only_an_airport_keeps_one_foreign_word_before_a_syllable(
    matcher, sentence, gone, kept
):
    found = read(matcher, sentence)
    assert gone not in found
    assert kept in found


@pytest.mark.parametrize(
    ("sentence", "school", "person"),
    [
        (
            "Hiệu trưởng trường đại học Yeungnam Kim Min-su đã ký biên bản với phía Việt Nam.",
            "trường đại học Yeungnam",
            "Kim Min-su",
        ),
        (
            "Trưởng khoa đại học Hanyang Lee Ji-won cho biết trường sẽ nhận thêm sinh viên.",
            "đại học Hanyang",
            "Lee Ji-won",
        ),
        (
            "Giám đốc bệnh viện Chợ Rẫy Nguyễn Tri Thức cho biết bệnh viện đã sẵn sàng.",
            "bệnh viện Chợ Rẫy",
            "Nguyễn Tri Thức",
        ),
    ],
)
def test_a_school_s_name_stops_before_its_head_s(matcher, sentence, school, person):
    found = read(matcher, sentence)
    assert found.get(school) == "organizations"
    assert found.get(person) == "leaders"


@pytest.mark.parametrize(
    ("sentence", "name", "gone"),
    [
        (
            "Anh nhập học đại học Kyungwoon Hàn Quốc năm 2019 theo diện học bổng.",
            "đại học Kyungwoon",
            "đại học Kyungwoon Hàn Quốc",
        ),
        (
            "Năm 1966, lữ đoàn Rồng Xanh Hàn Quốc đóng quân ở đây.",
            "lữ đoàn Rồng Xanh",
            "lữ đoàn Rồng Xanh Hàn Quốc",
        ),
        (
            "Ông từng học tại học viện Chính trị Quốc gia Hồ Chí Minh trong hai năm.",
            "học viện Chính trị Quốc gia Hồ Chí Minh",
            "học viện Chính trị Quốc gia Hồ",
        ),
    ],
)
def test_a_school_s_name_leaves_a_country_and_is_never_cut(
    matcher, sentence, name, gone
):
    found = read(matcher, sentence)
    assert found.get(name) == "organizations"
    assert gone not in found


def test_a_school_s_name_stops_before_a_verb(matcher):
    found = read(matcher, "Sau khi tốt nghiệp đại học Lan sang Hàn Quốc làm việc.")
    assert "đại học Lan sang Hàn Quốc" not in found


def test_a_country_after_a_lower_case_syllable_is_the_school_s():
    from dossier.recognize.candidates.vietnamese import vietnamese_names

    found = {n for n, *_ in vietnamese_names("Sinh viên đại học Quốc gia Việt Nam dự.")}
    assert "đại học Quốc gia Việt Nam" in found


def test_a_province_that_opens_with_a_country_s_word_stays():
    from dossier.recognize.candidates.vietnamese import vietnamese_names

    found = {n for n, *_ in vietnamese_names("Bác sĩ bệnh viện A Thái Nguyên đã đến.")}
    assert "bệnh viện A Thái Nguyên" in found
