"""Districts as an address writes them ("Q.Tân Bình"), bodies a bracketed short form names
("Ban Quản lý các khu công nghiệp (KCN)"), a festival's edition ("… tại Huế 2024") and a
firm's office by its city ("… tại Hà Nội") in Vietnamese text
(recognize/candidates/vietnamese_districts.py, vietnamese_editions.py,
vietnamese_branches.py, vietnamese.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names
from dossier.recognize.candidates.vietnamese import vietnamese_names
from dossier.recognize.matcher import Matcher


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


def test_a_district_by_its_short_word_is_its_name_alone(matcher: Matcher):
    found = proposed_names(
        matcher,
        "Quán phở mới mở ở số 8 đường Hoàng Văn Thụ, Q.Phú Nhuận và một chi nhánh "
        "ở P. Đa Kao, Q.1, gần Bệnh viện Q.7 cũ.",
    )
    assert found.get("Phú Nhuận") == "cities", found
    assert found.get("Đa Kao") == "cities", found
    assert not any(name.startswith(("Q.", "P.")) for name in found), found
    assert not any(any(ch.isdigit() for ch in name) for name in found), found
    assert not any(name.endswith(" Q") for name in found), found


def test_an_initial_before_a_persons_name_is_no_ward():
    assert not any(
        kind == "cities" for kind in names("Bà P. Nguyễn Thị Mai dự.").values()
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Đại diện Ban Quản lý các khu kinh tế (BQL) tỉnh cho biết như vậy.",
            "Ban Quản lý các khu kinh tế",
        ),
        (
            "Ông dự đại hội của Chi hội doanh nghiệp dệt may Hàn Quốc tại Long An "
            "(KTA Long An) tối qua.",
            "Chi hội doanh nghiệp dệt may Hàn Quốc tại Long An",
        ),
    ],
)
def test_a_short_form_in_brackets_names_the_body_before_it(text, name):
    assert names(text).get(name) == "organizations"


def test_a_body_described_with_no_short_form_is_still_no_name():
    assert names("Ban quản lý các khu công nghiệp của tỉnh họp sáng nay.") == {}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Khách đông nghịt tại Lễ hội Văn hóa Hàn Quốc tại Huế 2024 tối qua.",
            "Lễ hội Văn hóa Hàn Quốc tại Huế 2024",
            "initiatives",
        ),
        (
            "Nhiều người dự Ngày Văn hóa Hàn Quốc tại Hội An 2019 hôm qua.",
            "Ngày Văn hóa Hàn Quốc tại Hội An 2019",
            "events",
        ),
    ],
)
def test_a_place_before_the_year_is_the_festivals_name(text, name, kind):
    assert names(text).get(name) == kind, names(text)


def test_a_festival_held_in_a_place_with_no_year_ends_before_the_place():
    found = names(
        "Thành phố sẽ tổ chức Lễ hội Văn hóa Hàn Quốc tại Hội An vào mùa thu."
    )
    assert found.get("Lễ hội Văn hóa Hàn Quốc") == "initiatives", found


def test_a_film_festival_by_its_short_form_is_a_festival():
    found = names("Phim đoạt giải tại LHP quốc tế Incheon lần thứ 12 năm nay.")
    assert found.get("LHP quốc tế Incheon") == "initiatives", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Giám đốc Tổng công ty Xúc tiến Thủy sản Hàn Quốc tại Hà Nội phát biểu.",
            "Tổng công ty Xúc tiến Thủy sản Hàn Quốc",
        ),
        (
            "Ông là Giám đốc Công ty Thiết bị Y tế Hàn Quốc tại TPHCM, cho biết.",
            "Công ty Thiết bị Y tế Hàn Quốc",
        ),
    ],
)
def test_a_firms_office_in_a_city_is_the_firm(text, name):
    found = names(text)
    assert found.get(name) == "organizations", found
    assert not any(" tại " in n for n in found), found


def test_an_associations_seat_stays_its_name():
    found = names("Hội Doanh nhân Việt Nam tại Busan vừa ra mắt.")
    assert "Hội Doanh nhân Việt Nam tại Busan" in found, found
