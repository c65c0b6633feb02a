"""Vietnamese gatherings named after the two countries they join, with a dash between
them, the head often in lower case ("hội thảo … Việt Nam - Hàn Quốc 2031";
recognize/candidates/vietnamese_paired_events.py)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("vietnamese-paired-events"),
        ("cities", "hanoi", "name: Hanoi\naliases: [Hà Nội]"),
    )


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Hơn 300 khách mời dự diễn đàn đầu tư nông nghiệp Việt Nam - Hàn Quốc 2031 "
            "tại Hà Nội.",
            "diễn đàn đầu tư nông nghiệp Việt Nam - Hàn Quốc 2031",
            "events",
        ),
        (
            "Các đạo diễn gặp nhau tại hội nghị Mạng lưới sản xuất hoạt hình Việt Nam"
            " - Hàn Quốc diễn ra trong hai ngày.",
            "hội nghị Mạng lưới sản xuất hoạt hình Việt Nam - Hàn Quốc",
            "events",
        ),
        (
            "Hội sinh viên tổ chức lễ hội ẩm thực đường phố Việt-Hàn để chào mừng năm học.",
            "lễ hội ẩm thực đường phố Việt-Hàn",
            "initiatives",
        ),
        # a comma before a capital stays inside: two topics of one festival
        (
            "Ngày hội Âm nhạc, Điện ảnh Việt Nam – Hàn Quốc thu hút đông người xem.",
            "Ngày hội Âm nhạc, Điện ảnh Việt Nam – Hàn Quốc",
            "initiatives",
        ),
    ],
)
def test_a_gathering_ends_on_its_two_countries(matcher, text, name, kind):
    assert proposed_names(matcher, text).get(name) == kind


def test_a_clause_between_the_head_and_the_countries_is_no_name(matcher):
    found = proposed_names(
        matcher,
        "Sau hội nghị, các đại biểu bàn về giao lưu giữa hai nước Việt – Hàn trong năm tới.",
    )
    assert not any("Việt – Hàn" in name for name in found)


def test_a_head_right_before_the_countries_is_not_read_here(matcher):
    found = proposed_names(
        matcher, "Nhiều gian hàng được dựng tại lễ hội Việt Nam-Hàn Quốc cuối tuần qua."
    )
    assert "lễ hội Việt Nam-Hàn Quốc" not in found


@pytest.fixture(scope="module")
def matcher_with_bodies(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("vietnamese-paired-events-bodies"),
        ("cities", "hanoi", "name: Hanoi\naliases: [Hà Nội]"),
        (
            "organizations",
            "vietnam-korea-friendship-association",
            "name: Vietnam-Korea Friendship Association\n"
            "aliases: [Hội Hữu nghị Việt Nam - Hàn Quốc]",
        ),
        ("organizations", "apec", "name: APEC"),
    )


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a comma after the head opens the sentence's subject: that stays itself
        (
            "Tại hội nghị, Bộ trưởng Nguyễn Văn Thắng ca ngợi quan hệ Việt - Hàn.",
            "Nguyễn Văn Thắng",
            "leaders",
        ),
        (
            "Tại hội nghị, Chủ tịch Hội Hữu nghị Việt Nam - Hàn Quốc phát biểu.",
            "Hội Hữu nghị Việt Nam - Hàn Quốc",
            "organizations",
        ),
        (
            "Bên lề hội nghị thượng đỉnh APEC doanh nghiệp Việt Nam - Hàn Quốc đã ký"
            " 20 thỏa thuận.",
            "APEC",
            "organizations",
        ),
        # a third country after a dash: the whole name, as the capitals read it
        (
            "Hội thảo ba bên Việt - Hàn - Nhật diễn ra tại Hà Nội.",
            "Hội thảo ba bên Việt - Hàn - Nhật",
            "events",
        ),
        (
            "Hội nghị thượng đỉnh Việt Nam - Hàn Quốc - Nhật Bản sẽ diễn ra vào tháng tới.",
            "Hội nghị thượng đỉnh Việt Nam - Hàn Quốc - Nhật Bản",
            "events",
        ),
    ],
)
def test_a_name_the_gathering_does_not_open_stays(matcher, text, name, kind):
    assert proposed_names(matcher, text).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Tại hội nghị, Bộ trưởng Nguyễn Văn Thắng ca ngợi quan hệ Việt - Hàn.",
        "Tại hội nghị, Chủ tịch Hội Hữu nghị Việt Nam - Hàn Quốc phát biểu.",
        "Bên lề hội nghị, Bộ trưởng Công Thương Việt Nam - Hàn Quốc đã ký bản ghi nhớ"
        " về chuỗi cung ứng.",
        "Sau hội nghị, Tập đoàn Samsung Việt Nam - Hàn Quốc đã ký hợp đồng mới.",
        "Hội nghị, Hội thảo, Triển lãm Việt Nam - Hàn Quốc đều được tổ chức.",
        "Bên lề hội nghị thượng đỉnh APEC doanh nghiệp Việt Nam - Hàn Quốc đã ký"
        " 20 thỏa thuận.",
        "Trên diễn đàn quốc tế Việt Nam - Hàn Quốc luôn phối hợp chặt chẽ.",
        "Tại các hội thảo chuyên đề Việt Nam - Hàn Quốc, hai bên trao đổi kinh nghiệm.",
    ],
)
def test_a_clause_opened_after_a_head_is_no_gathering(matcher_with_bodies, text):
    found = proposed_names(matcher_with_bodies, text)
    heads = ("hội nghị", "diễn đàn", "hội thảo")
    assert not [n for n in found if n.casefold().startswith(heads)]


def test_a_year_of_a_figure_is_not_the_gatherings(matcher):
    found = proposed_names(
        matcher,
        "Hội nghị đánh giá kim ngạch thương mại Việt Nam - Hàn Quốc năm 2023 đạt 80 tỷ"
        " USD.",
    )
    assert not any("2023" in name for name in found)


def test_the_edition_year_after_the_countries_stays(matcher):
    found = proposed_names(
        matcher,
        "Khai mạc diễn đàn hợp tác giáo dục Việt Nam - Hàn Quốc năm 2031 tại Hà Nội.",
    )
    assert (
        found.get("diễn đàn hợp tác giáo dục Việt Nam - Hàn Quốc năm 2031") == "events"
    )


def test_a_comma_between_topics_in_lower_case_ends_no_name(matcher):
    found = proposed_names(
        matcher, "Nhóm bạn trẻ mở ngày hội ẩm thực, Hoa hậu Việt Nam - Hàn Quốc đến dự."
    )
    assert not [n for n in found if n.startswith("ngày hội")]
