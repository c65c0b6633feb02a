"""Sentence-case Vietnamese names (recognize/candidates/vietnamese.py)."""

from __future__ import annotations

import pytest
from builders import ROOT, proposed_names
from dossier.read.registry import read_registry
from dossier.recognize.candidates.vietnamese import vietnamese_names
from dossier.recognize.candidates.vietnamese_persons import (
    spelt_like_a_place,
    surname_last,
)
from dossier.recognize.matcher import build_matcher


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Hai bên hợp tác với Quỹ Thiết kế Busan và các cơ sở gốm.",
            "Quỹ Thiết kế Busan",
            "organizations",
        ),
        (
            "Thành phố tham dự Hội chợ Du lịch quốc tế Ulsan vào tháng 5.",
            "Hội chợ Du lịch quốc tế Ulsan",
            "events",
        ),
        (
            "Hai bên tổ chức Ngày Đà Nẵng tại Incheon vào mùa thu.",
            "Ngày Đà Nẵng tại Incheon",
            "events",
        ),
        (
            "Bộ Nông nghiệp và Môi trường Hàn Quốc dự kiến tiếp nhận thêm khoảng 300 người.",
            "Bộ Nông nghiệp và Môi trường Hàn Quốc",
            "organizations",
        ),
        (
            "Lao động đi theo Chương trình lao động thời vụ (SWP).",
            "Chương trình lao động thời vụ",
            "initiatives",
        ),
        (
            "Sinh viên Khoa Đông phương đã tham gia buổi giao lưu.",
            "Khoa Đông phương",
            "organizations",
        ),
        (
            "Đại hội Hội hữu nghị Việt - Hàn tỉnh Đồng Nai diễn ra sáng 27-5.",
            "Đại hội Hội hữu nghị Việt - Hàn tỉnh Đồng Nai",
            "events",
        ),
        (
            "Hai bên ký Bản ghi nhớ hợp tác hữu nghị giữa hai tỉnh.",
            "Bản ghi nhớ hợp tác hữu nghị",
            "agreements",
        ),
        (
            "Đoàn đã làm việc với Quân ủy Trung ương sáng nay.",
            "Quân ủy Trung ương",
            "organizations",
        ),
    ],
)
def test_a_head_noun_starts_a_name_that_runs_to_a_function_word(text, name, kind):
    assert names(text).get(name) == kind


def test_two_bodies_joined_by_and_are_two_names():
    found = names("Sở Ngoại vụ và Sở Du lịch phối hợp xây dựng kế hoạch.")
    assert "Sở Ngoại vụ" in found and "Sở Du lịch" in found


@pytest.mark.parametrize(
    "text",
    ["Ông Lê Văn Nam, Cục trưởng, cho biết.", "The Bộ said so.", "Ngày 6.12, ông đến."],
)
def test_a_title_english_or_a_date_is_no_name(text):
    assert names(text) == {} or "Cục trưởng" not in " ".join(names(text))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Dự án do Hợp tác xã Nông nghiệp Hamyang phối hợp với Trường Đại học Thủ Dầu"
            " Một triển khai từ năm 2023.",
            "Hợp tác xã Nông nghiệp Hamyang",
            "organizations",
        ),
        (
            "Dự án do Hợp tác xã Nông nghiệp Hamyang phối hợp với Trường Đại học Thủ Dầu"
            " Một triển khai từ năm 2023.",
            "Trường Đại học Thủ Dầu Một",
            "organizations",
        ),
        (
            "Ngày 28.9, Lễ hội Văn hóa Việt Nam tại Daegu lần thứ 5 đã thu hút nhiều người.",
            "Lễ hội Văn hóa Việt Nam tại Daegu",
            "initiatives",
        ),
        (
            "Lễ hội năm nay do Hội Cộng đồng người Việt Nam tại Daegu - Gyeongbuk tổ chức.",
            "Hội Cộng đồng người Việt Nam tại Daegu - Gyeongbuk",
            "organizations",
        ),
    ],
)
def test_a_name_ends_before_a_verb_a_function_word_or_a_number(text, name, kind):
    found = names(text)
    assert found.get(name) == kind, found


def test_a_name_never_swallows_the_verb_after_it():
    found = names("Trường Đại học Cần Thơ triển khai dự án.")
    assert list(found) == ["Trường Đại học Cần Thơ", "Đại học Cần Thơ"]


def test_a_head_that_a_function_word_follows_is_no_name():
    assert "Dự án do Hợp tác xã" not in " ".join(
        names("Dự án do Hợp tác xã Tân Phú làm.")
    )


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Bệnh viện Đa khoa Hanseo (Hàn Quốc) đã khám cho trẻ em.",
            "Bệnh viện Đa khoa Hanseo",
            "organizations",
        ),
        (
            "Khóa học do Cơ quan An toàn Lao động Hàn Quốc tổ chức.",
            "Cơ quan An toàn Lao động Hàn Quốc",
            "organizations",
        ),
        (
            "Cuộc thi Hùng biện tiếng Hàn do Quỹ Giáo dục Hangeul tổ chức.",
            "Quỹ Giáo dục Hangeul",
            "organizations",
        ),
        (
            "Đại sứ quán Việt Nam tại Hàn Quốc đã hỗ trợ.",
            "Đại sứ quán Việt Nam tại Hàn Quốc",
            "organizations",
        ),
        (
            "vùng Đồng bằng sông Cửu Long có nhiều trẻ em.",
            "Đồng bằng sông Cửu Long",
            "cities",
        ),
        (
            "Đoàn có cán bộ Vụ Hợp tác quốc tế, Bộ Xây dựng.",
            "Vụ Hợp tác quốc tế",
            "organizations",
        ),
        (
            "Học viện Ngoại giao tổ chức hội thảo.",
            "Học viện Ngoại giao",
            "organizations",
        ),
        (
            "Hãng hàng không Bamboo mở đường bay mới.",
            "Hãng hàng không Bamboo",
            "organizations",
        ),
        (  # "Phát triển" (development): no verb that ends the name
            "Cán bộ Cục Phát triển đô thị đã có buổi làm việc.",
            "Cục Phát triển đô thị",
            "organizations",
        ),
    ],
)
def test_more_head_nouns(text, name, kind):
    assert names(text).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Vụ việc xảy ra tại Hà Nội vào tối qua.",  # the case: no capital after the head
        "Hãng cho biết sẽ mở thêm đường bay.",  # the company, named before
    ],
)
def test_a_head_that_is_a_common_word_needs_a_capital_after_it(text):
    assert not any(name.startswith(("Vụ", "Hãng")) for name in names(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lễ hội diễn ra tại tỉnh vào tháng 9 với nhiều hoạt động.",
        "Biên bản ghi nhớ hợp tác giữa hai bên có hiệu lực ba năm.",
    ],
)
def test_a_head_opening_a_sentence_with_no_capital_after_it_names_nothing(text):
    assert names(text) == {}


def test_a_head_opening_a_sentence_with_a_name_after_it_is_the_name():
    text = "Lễ hội Hoa Anh Đào diễn ra vào tháng 3."
    assert names(text).get("Lễ hội Hoa Anh Đào") == "initiatives"


def test_a_function_word_right_after_a_head_still_ends_it():
    assert names("Dự án được kỳ vọng sẽ mang lại nhiều lợi ích.") == {}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Hai bên ký biên bản ghi nhớ về tiếp nhận lao động thời vụ từ tháng 11.",
            "biên bản ghi nhớ về tiếp nhận lao động thời vụ",
            "agreements",
        ),
        (
            "Địa phương hợp tác theo chương trình lao động thời vụ, chủ yếu trồng trọt.",
            "chương trình lao động thời vụ",
            "initiatives",
        ),
        (
            "Bộ Tư pháp Hàn Quốc hôm qua thông báo.",
            "Bộ Tư pháp Hàn Quốc",
            "organizations",
        ),
        (
            "Sở Lao động - Thương binh và Xã hội Nghệ An tổ chức lễ tiễn.",
            "Sở Lao động - Thương binh và Xã hội Nghệ An",
            "organizations",
        ),
        (
            "Phim được chọn chiếu tại Liên hoan phim quốc tế Busan.",
            "Liên hoan phim quốc tế Busan",
            "initiatives",
        ),
    ],
)
def test_lower_case_agreements_times_dashes_and_festivals(text, name, kind):
    assert names(text).get(name) == kind


def test_a_bare_programme_after_its_verb_names_nothing():
    assert names("Hai bên ký thỏa thuận.") == {}


def test_a_verb_right_after_a_bare_head_may_be_the_name():
    found = names("Lao động sang Hàn Quốc theo Chương trình cấp phép việc làm (EPS).")
    assert found.get("Chương trình cấp phép việc làm") == "initiatives"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a foreign name after the head: no syllable in lower case goes on it
        (
            "Các nhà cung cấp của Tập đoàn Hanbit đóng vai trò chủ lực.",
            "Tập đoàn Hanbit",
        ),
        ("Tập đoàn Daesan và Công ty Mirae ký kết hợp đồng.", "Công ty Mirae"),
        # the person after the country is not the body's
        (
            "Thứ trưởng Bộ Quốc phòng Hàn Quốc Kim Min-jae chủ trì cuộc họp.",
            "Bộ Quốc phòng Hàn Quốc",
        ),
    ],
)
def test_a_body_ends_before_what_cannot_be_its_name(text, name):
    assert names(text).get(name) == "organizations", names(text)


def test_a_vietnamese_name_without_marks_goes_on_in_lower_case():
    text = "Sở Du lịch Đà Nẵng phối hợp với các doanh nghiệp."
    assert names(text) == {"Sở Du lịch Đà Nẵng": "organizations"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Gồm Công ty Han Eoulrim; Công ty Mirae Bio và các trường.",
            "Công ty Han Eoulrim",
            "organizations",
        ),
        (
            "Tổng Hội người Việt Nam tại Hàn Quốc và bệnh viện đã ký kết.",
            "Tổng Hội người Việt Nam tại Hàn Quốc",
            "organizations",
        ),
        (
            "Hai bên đã ký với Bệnh viện HPlus Yangji ở Seoul.",
            "Bệnh viện HPlus Yangji",
            "organizations",
        ),
        (
            "Đã diễn ra Đối thoại Chính sách Quốc phòng Việt Nam – Hàn Quốc lần thứ 12.",
            "Đối thoại Chính sách Quốc phòng Việt Nam – Hàn Quốc",
            "events",
        ),
    ],
)
def test_foreign_names_after_a_head_and_more_heads(text, name, kind):
    assert names(text).get(name) == kind, names(text)


def test_the_minister_after_the_body_is_not_part_of_its_name():
    found = names(
        "Bộ trưởng Bộ Nông nghiệp và Môi trường Trần Đức Thắng đã hội đàm với phía Hàn Quốc."
    )
    assert "Bộ Nông nghiệp và Môi trường" in found
    assert not any("Trần" in name for name in found)


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        # after a capital, and a surname that also opens places' names ("Hồ", "Đào")
        (
            "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên",
            "Bộ Công Thương",
            "Nguyễn Hồng Diên",
        ),
        ("Bộ trưởng Bộ Tài chính Hồ Đức Phớc", "Bộ Tài chính", "Hồ Đức Phớc"),
        (
            "Bộ trưởng Bộ Lao động Thương binh và Xã hội Đào Ngọc Dung",
            "Bộ Lao động Thương binh và Xã hội",
            "Đào Ngọc Dung",
        ),
    ],
)
def test_a_minister_after_a_capital_is_no_part_of_the_ministry(text, body, person):
    found = names(f"Đoàn tháp tùng có {text} và các quan chức khác.")
    assert found.get(body) == "organizations", found
    assert not any(person in name for name in found), found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Chủ tịch Tập đoàn Lotte Shin Dong-bin dự kiến sẽ đến", "Tập đoàn Lotte"),
        ("Phó chủ tịch Tập đoàn Samsung Lee Jae-yong vào năm 2018", "Tập đoàn Samsung"),
    ],
)
def test_a_korean_chairman_after_the_group_is_no_part_of_its_name(text, body):
    found = names(f"{text} tại Hà Nội.")
    assert found.get(body) == "organizations", found
    assert not any("-" in name for name in found), found


def test_a_ministry_with_a_place_or_a_word_after_a_surname_keeps_it():
    # "Đào tạo": training, no person; "Hà Nội": a place
    found = names(
        "Bộ Giáo dục và Đào tạo làm việc với Bộ Tư lệnh Thủ đô Hà Nội hôm qua."
    )
    assert "Bộ Giáo dục và Đào tạo" in found
    assert "Bộ Tư lệnh Thủ đô Hà Nội" in found, found


def test_a_place_after_the_body_stays_in_its_name():
    # "Hà Nội": a place, though Hà is also a surname
    found = names("Lãnh đạo Sở Văn hóa và Thể thao Hà Nội tiếp đoàn đại biểu Seoul.")
    assert "Sở Văn hóa và Thể thao Hà Nội" in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Lễ trao tặng sách của Thư viện Quốc gia Hàn Quốc diễn ra hôm qua.",
            "Thư viện Quốc gia Hàn Quốc",
            "organizations",
        ),
        (
            "Đại diện Cảng Hàng không Quốc tế Đà Nẵng đón đoàn khách.",
            "Cảng Hàng không Quốc tế Đà Nẵng",
            "organizations",
        ),
        (
            "Tập đoàn khởi công Nhà máy Nhiệt điện LNG Quỳnh Lập vào năm sau.",
            "Nhà máy Nhiệt điện LNG Quỳnh Lập",
            "initiatives",
        ),
    ],
)
def test_more_heads_name_bodies_and_projects(text, name, kind):
    assert names(text).get(name) == kind


def test_a_factory_described_in_lower_case_is_not_named():
    assert not names("Nhà máy mới nằm tại khu công nghiệp Yên Phong.")
    # the head in title case, the rest in lower case: a board described, not named
    assert not names("Ban Quản lý dự án sẽ họp vào tuần sau.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bộ trưởng Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc Kim Minh Su.",
            "Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc",
        ),
        (
            "Đại diện Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Dương phát biểu.",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Dương",
        ),
    ],
)
def test_a_body_lists_its_fields_with_commas_and_va(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # three bodies listed, each with its head
        (
            "Đại diện Bộ Công Thương, Bộ Tài chính và Bộ Xây dựng dự họp.",
            ["Bộ Công Thương", "Bộ Tài chính", "Bộ Xây dựng"],
        ),
        # places listed after a body's name
        (
            "Sở Du lịch Hải Phòng, Đà Nẵng và Huế cùng tham gia.",
            ["Sở Du lịch Hải Phòng"],
        ),
        # countries, companies after a comma
        ("Đại diện Bộ Ngoại giao, Hàn Quốc và Nhật Bản họp.", ["Bộ Ngoại giao"]),
        ("Sở Công Thương, Samsung và LG ký kết.", ["Sở Công Thương"]),
    ],
)
def test_a_comma_between_bodies_or_places_ends_the_name(text, parts):
    found = names(text)
    assert all(part in found for part in parts)
    assert not [name for name in found if "," in name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký cho biết.", "Tỉnh ủy Quảng Ninh"),
        ("Chủ tịch Quốc hội Hàn Quốc Woo Won-shik phát biểu.", "Quốc hội Hàn Quốc"),
        (
            "Công an thành phố Đà Nẵng đã bắt giữ hai đối tượng.",
            "Công an thành phố Đà Nẵng",
        ),
        ("Tổ chức Di cư Quốc tế (IOM) hỗ trợ lao động.", "Tổ chức Di cư Quốc tế"),
        (
            "Tổng Công ty Phân phối Nông sản Hàn Quốc mở văn phòng.",
            "Tổng Công ty Phân phối Nông sản Hàn Quốc",
        ),
    ],
)
def test_more_heads_and_bodies_named_by_their_seat(text, name):
    assert names(text).get(name) == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch Quốc hội Trần Thanh Mẫn tiếp đoàn.",  # the chairman, by his seat
        "Tổ chức hội thảo về lao động.",  # to hold a seminar
        "Tổ chức Hội nghị Xúc tiến đầu tư.",  # to hold the conference
        "Quốc hội đã thông qua luật.",
    ],
)
def test_a_seat_or_a_verb_without_a_place_or_a_capital_names_no_body(text):
    assert not [n for n in names(text) if n.startswith(("Quốc hội", "Tổ chức"))]


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Phong Nhi", True),
        ("Lac Duong", True),
        ("Thốt Nốt", True),
        ("Nguyen Van An", False),  # a surname first: a person
        ("Samsung Display", False),  # no Vietnamese syllables
        ("Phong", False),  # one word
        ("Dong Son", True),  # though Son ends a Korean name written given name first
    ],
)
def test_vietnamese_syllables_are_shaped_like_a_place(name, place):
    assert spelt_like_a_place(name) is place


def test_a_name_with_no_evidence_spelt_in_vietnamese_syllables_is_a_place():
    matcher = build_matcher(read_registry(ROOT)[0])
    found = proposed_names(matcher, "Phong Nhi still remembers the day.")
    assert found.get("Phong Nhi") == "cities"


@pytest.mark.parametrize("name", ["Binh Son", "Dong Son", "Tan An"])
def test_a_place_of_vietnamese_syllables_ending_as_a_korean_surname_stays_a_place(name):
    matcher = build_matcher(read_registry(ROOT)[0])
    found = proposed_names(matcher, f"{name} still remembers the day.")
    assert found.get(name) == "cities"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Tối 22/4, Lễ hội Con đường văn hoá Hàn Quốc 2023 đã khai mạc tại Hà Nội.",
            "Lễ hội Con đường văn hoá Hàn Quốc 2023",
            "initiatives",
        ),
        (
            "Diễn đàn Phát triển đường bay châu Á 2022 diễn ra tại Đà Nẵng.",
            "Diễn đàn Phát triển đường bay châu Á 2022",
            "events",
        ),
    ],
)
def test_a_festivals_or_a_forums_year_is_its_edition(text, name, kind):
    # the year after the name is the edition's, not a name of its own ("Hàn Quốc 2023")
    found = vietnamese_names(text)
    assert [(n, k) for n, k, _, _ in found] == [(name, kind)]


@pytest.mark.parametrize(
    "text", ["Khoa học công nghệ phát triển.", "Đại hội đồng cổ đông họp."]
)
def test_a_faculty_or_a_congress_needs_a_capital_after_its_head(text):
    assert names(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Ông Nguyễn Đăng Khoa Giám đốc Sở cho biết.",  # a given name, then a title
        "Đề tài Khoa Học Xã Hội được chọn.",  # science, in title case
    ],
)
def test_khoa_ending_a_name_or_opening_science_is_no_faculty(text):
    assert not any(n.startswith("Khoa") for n, _, _, _ in vietnamese_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tại Khoa Ngôn ngữ và Văn hóa Hàn Quốc, sinh viên học tập.",
            "Khoa Ngôn ngữ và Văn hóa Hàn Quốc",
        ),
        ("Theo Khoa Hàn Quốc học, chương trình sẽ mở rộng.", "Khoa Hàn Quốc học"),
    ],
)
def test_a_faculty_after_a_preposition_is_a_faculty(text, name):
    assert names(text).get(name) == "organizations"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("ĐH Quốc gia Seoul và đối tác đã ký kết.", "ĐH Quốc gia Seoul"),  # Đại học
        (
            "Phòng Thương mại và Công nghiệp Busan đã tiếp đoàn.",
            "Phòng Thương mại và Công nghiệp Busan",
        ),
    ],
)
def test_a_university_abbreviated_and_a_chamber_are_bodies(text, body):
    assert names(text).get(body) == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "Phòng họp đã chật kín người.",  # a meeting room
        "Hải Phòng People’s Committee chair Nguyễn Văn Tùng spoke.",  # the city's syllable
    ],
)
def test_a_room_or_a_citys_last_syllable_is_no_chamber(text):
    assert not any(name.startswith("Phòng") for name in names(text))


@pytest.mark.parametrize(
    "body", ["Bộ NN&PTNT", "Bộ VH,TT&DL", "Sở KH&ĐT", "Bộ LĐ-TB&XH"]
)
def test_a_ministry_by_the_initials_of_its_fields_is_one_body(body):
    found = names(f"Hôm qua, {body} làm việc với đối tác Hàn Quốc.")
    assert found.get(body) == "organizations"
    assert not [n for n in found if n != body and n in body]  # no "Bộ NN", no "PTNT"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Học sinh Trường Tiểu học số 2 Hòa Bình rất vui.",
            "Trường Tiểu học số 2 Hòa Bình",
        ),
        ("Trường THCS số 1 đã khai giảng năm học mới.", "Trường THCS số 1"),
        (
            "Bệnh viện số 2 tỉnh Lào Cai tiếp nhận bệnh nhân.",
            "Bệnh viện số 2 tỉnh Lào Cai",
        ),
    ],
)
def test_a_school_or_a_hospital_keeps_its_number_and_its_place(text, name):
    assert names(text).get(name) == "organizations"


def test_a_ministrys_document_number_is_not_its_name():
    assert "Bộ Công Thương số 5" not in names(
        "Theo văn bản của Bộ Công Thương số 5 năm nay."
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sở Y tế Lào Cai cho biết số ca bệnh giảm.", "Sở Y tế Lào Cai"),
        (
            "Chương trình Hạnh phúc tại Lào Cai đã khởi động.",
            "Chương trình Hạnh phúc tại Lào Cai",
        ),
    ],
)
def test_a_place_whose_first_syllable_is_a_country_does_not_end_the_name(text, name):
    """ "Lào" is Laos, "Lào Cai" a province: the place goes on."""
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Hàng nghìn người dự Kỳ thi Năng lực Tiếng Hàn năm nay.",
            "Kỳ thi Năng lực Tiếng Hàn",
            "events",
        ),
        (
            "Mô hình Làng mới Saemaul được triển khai tại ba xã.",
            "Mô hình Làng mới Saemaul",
            "initiatives",
        ),
        (
            "Triển lãm Di sản Hàn Quốc diễn ra hôm qua.",
            "Triển lãm Di sản Hàn Quốc",
            "events",
        ),
        (
            "Sau 30 năm ký Tuyên bố chung thiết lập quan hệ ngoại giao, hai nước hợp tác.",
            "Tuyên bố chung thiết lập quan hệ ngoại giao",
            "agreements",
        ),
    ],
)
def test_heads_of_exams_models_shows_and_statements_open_names(text, name, kind):
    assert names(text).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        # the noun opening a sentence, a verb after it: no name
        "Triển lãm giới thiệu văn hóa Hàn Quốc đến công chúng Việt Nam.",
        "Mô hình giúp nông dân Quảng Nam tăng thu nhập gấp đôi.",
        "Chiến dịch kêu gọi người dân Hà Nội hạn chế rác thải nhựa.",
        "Kỳ thi diễn ra đồng thời tại Hà Nội và TP.HCM.",
        # "Hoa Kỳ thi hành": the United States enforces, no exam
        "Chính phủ Hoa Kỳ thi hành lệnh cấm với Huawei từ năm 2019.",
        # a visit to a country is no event of its own name
        "Chuyến thăm Hàn Quốc của Chủ tịch nước thành công tốt đẹp.",
    ],
)
def test_a_head_noun_opening_a_sentence_before_a_verb_names_nothing(text):
    assert not any(kind in ("events", "initiatives") for kind in names(text).values())


@pytest.mark.parametrize("name", ["Tung Ngo", "Oanh Kieu", "Tuan Tran", "Linh Pham"])
def test_a_vietnamese_name_written_given_name_first_is_a_person(name):
    """A surname last that ends no place's name: a person, not a district."""
    matcher = build_matcher(read_registry(ROOT)[0])
    found = proposed_names(matcher, f"{name} still remembers the day.")
    assert found.get(name) == "leaders"
    assert spelt_like_a_place(name) is False


@pytest.mark.parametrize("name", ["Tay Nguyen", "Lac Duong", "Long Ho"])
def test_a_place_ending_as_a_surname_may_stay_a_place(name):
    assert spelt_like_a_place(name) is True


def test_a_clause_ending_on_a_place_then_a_name_is_no_list_of_places():
    """ "in Incheon, Yen Sy-han is …": a comma ends the clause; the name after it is no
    second place ("between Jeju and Cam Ranh" is a list)."""
    matcher = build_matcher(read_registry(ROOT)[0])
    found = proposed_names(
        matcher,
        "Though yet to find his best form in Incheon, Yen Sy-han is still the team's "
        "pivotal player.",
    )
    assert found.get("Yen Sy-han") == "leaders"
    assert found.get("Incheon") == "cities"
    listed = proposed_names(matcher, "Flights now run between Jeju and Cam Ranh daily.")
    assert listed.get("Cam Ranh") == "cities"


@pytest.mark.parametrize("name", ["Đền Trần", "Den Tran", "Chùa Trần"])
def test_a_temple_named_for_a_family_is_no_person(name):
    assert not surname_last(name)


def test_a_town_whose_first_syllable_heads_bodies_is_a_town():
    found = names("Du khách thích Đà Nẵng, Nha Trang, Hội An và Phú Quốc.")
    assert not any(name.startswith("Hội An") for name in found)
    assert names("Hội Doanh nhân Hàn Quốc tham dự.") == {
        "Hội Doanh nhân Hàn Quốc": "organizations"
    }


def test_a_network_is_no_head_of_a_name():
    found = names(
        "Mạng lưới Samsung tại Việt Nam gồm ba nhà máy. Mạng lưới điện đang quá tải."
    )
    assert not any(name.startswith("Mạng lưới") for name in found)


def test_a_port_authority_is_a_head():
    found = names("Lãnh đạo Cảng vụ Ulsan (UPA) bố trí một tàu cho đoàn.")
    assert found.get("Cảng vụ Ulsan") == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "Chính sách này giúp doanh nghiệp mở rộng đầu tư.",
        "Chính sách thuế mới của Việt Nam được thông qua.",
        # a policy opening its sentence names its country, not itself
        "Chính sách Hàn Quốc đối với khu vực ASEAN đang thay đổi nhanh.",
        "Chính sách E-7 giúp lao động Việt Nam làm việc lâu hơn.",
        "Chính sách thị thực Hàn Quốc áp dụng cho người Việt từ tháng 5.",
        "Chính sách Việt Nam - Hàn Quốc về lao động được bàn tại hội nghị.",
    ],
)
def test_a_policy_that_names_nothing_is_no_name(text):
    assert not any(name.startswith("Chính sách") for name in names(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bộ phim xoay quanh Tuấn, một thầy giáo trẻ ở vùng cao.",
        "Bộ phim dự kiến ra rạp tại Việt Nam vào tháng 8.",
    ],
)
def test_a_film_opening_a_sentence_is_no_ministry(text):
    """ "Bộ phim": a film, "bộ" its classifier; a ministry has a capital after it."""
    assert not any(name.startswith("Bộ") for name in names(text))


def test_a_ministry_opening_a_sentence_is_still_named():
    found = names("Bộ Ngoại giao Hàn Quốc cho biết đoàn sẽ đến vào tháng 8.")
    assert found.get("Bộ Ngoại giao Hàn Quốc") == "organizations"
