"""Vietnamese places inside names and links: "TP." (thành phố, city) and a People's
Committee by its initials (recognize/candidates/councils.py, vietnamese.py, matcher)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names
from dossier.recognize.candidates.vietnamese import vietnamese_names
from dossier.recognize.matcher import find_in_text
from dossier.text import sentences

HCMC = "name: Ho Chi Minh City\naliases: [TP. Hồ Chí Minh, TP Hồ Chí Minh]"


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("vietnamese-places"),
        ("cities", "ho-chi-minh-city", HCMC),
    )


def proposed(matcher, text: str) -> dict[str, str]:
    return proposed_names(matcher, text)


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Sáng nay, UBND thành phố Hải Phòng tổ chức hội nghị.",
            "UBND thành phố Hải Phòng",
        ),
        ("UBND TP. Hải Phòng trao giấy chứng nhận.", "UBND TP. Hải Phòng"),
        ("Đại diện UBND tỉnh Bắc Ninh phát biểu.", "UBND tỉnh Bắc Ninh"),
        ("HĐND huyện Ea Súp họp.", "HĐND huyện Ea Súp"),
    ],
)
def test_a_peoples_committee_by_its_initials_and_its_place(text, name):
    assert names(text).get(name) == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "Phó Chủ tịch UBND tỉnh đã có buổi tiếp đoàn.",  # no place named
        "Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu.",  # the chair, not a place
    ],
)
def test_a_committee_without_its_place_is_no_name(text):
    assert not any(name.startswith("UBND") for name in names(text))


def test_tp_does_not_end_a_sentence():
    text = "Đoàn thăm Đại học Quốc gia TP. Hồ Chí Minh. Sau đó đoàn về Hà Nội."
    assert len(sentences(text)) == 2


def test_a_name_runs_on_over_tp_and_its_city(matcher):
    found = proposed(
        matcher, "Đại học Quốc gia TP. Hồ Chí Minh ký kết với Sở Công Thương TP.HCM."
    )
    assert found.get("Đại học Quốc gia TP. Hồ Chí Minh") == "organizations"
    assert found.get("Sở Công Thương TP.HCM") == "organizations"


def test_tp_before_a_listed_city_is_the_city(matcher):
    assert proposed(matcher, "Ông bắt đầu chuyến thăm TP Đà Nẵng trong bốn ngày.") == {
        "Đà Nẵng": "cities"
    }


def test_the_short_words_full_stop_joins_a_registered_name(matcher):
    found = find_in_text("Đoàn đến TP. Hồ Chí Minh hôm qua.", matcher, set())
    assert [slug for slug, _, _ in found] == ["ho-chi-minh-city"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Quan hệ giữa thành phố Từ Sơn với huyện Bonghwa ngày càng phát triển.",
            "Từ Sơn",
        ),
        ("Đoàn công tác của huyện Chợ Gạo đã đến thăm nhà máy.", "Chợ Gạo"),
        ("Lãnh đạo quận Sung-buk-gu, thành phố Seoul, đã đến làm việc.", "Sung-buk-gu"),
    ],
)
def test_a_name_after_a_vietnamese_places_kind_is_a_place(matcher, text, place):
    # "Từ" is a surname and "Sơn" a given name: the kind before them says more
    assert proposed(matcher, text).get(place) == "cities"


def test_a_chair_of_a_province_named_without_it_is_a_person(matcher):
    text = "Phó Chủ tịch UBND tỉnh Nguyễn Mạnh Hùng phát biểu tại buổi lễ."
    assert proposed(matcher, text).get("Nguyễn Mạnh Hùng") == "leaders"


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        (
            "Sở Ngoại vụ TP Đà Nẵng phối hợp tổ chức lễ hội.",
            "Sở Ngoại vụ TP Đà Nẵng",
            "Đà Nẵng",
        ),
        ("UBND tỉnh Bắc Ninh đã làm việc với đoàn.", "UBND tỉnh Bắc Ninh", "Bắc Ninh"),
    ],
)
def test_the_place_a_bodys_name_ends_in_is_proposed_beside_it(
    matcher, text, body, place
):
    found = proposed(matcher, text)
    assert found.get(body) == "organizations"
    assert found.get(place) == "cities"


def test_a_place_inside_a_registered_name_is_not_proposed(matcher):
    found = proposed(matcher, "Sở Ngoại vụ TP Hồ Chí Minh phối hợp tổ chức lễ hội.")
    assert "Hồ Chí Minh" not in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Đoàn công tác đã tham quan Samsung tại khu công nghiệp.",
            "Samsung",
            "organizations",
        ),
        (
            "Thị trưởng thành phố Park Heong-joon đã tiếp đoàn.",
            "Park Heong-joon",
            "leaders",
        ),
        ("Chủ tịch UBND huyện Lê Hùng phát biểu tại buổi lễ.", "Lê Hùng", "leaders"),
    ],
)
def test_a_visit_a_title_or_a_korean_name_after_the_kind_is_no_place(
    matcher, text, name, kind
):
    assert proposed(matcher, text).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Koreans gather along Le Van Sy, Tran Quang Khai and Pham Ngoc Thach streets "
        "in the city.",
        "Restaurants line Le Van Sy street and the market nearby.",
    ],
)
def test_streets_named_for_people_are_places(matcher, text):
    """Vietnam names its streets for people: "… streets" after a list says what every
    name in it is, "… street" in lower case what the one before it is."""
    found = proposed(matcher, text)
    assert found.get("Le Van Sy") == "cities"
    assert "leaders" not in found.values()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The plant stands in Tan Quang Industrial Park, near the river.", None),
        ("Samsung runs a lab in TP. Hồ Chí Minh Hi-Tech Park now.", None),
        (
            "Firms fill the Dung Quat Economic Zone near the port.",
            "Dung Quat Economic Zone",
        ),
    ],
)
def test_an_industrial_park_or_a_zone_is_a_place(matcher, text, place):
    """Editors file an industrial park or an economic zone as a place firms stand in; a
    registered city opening its name stays in it ("… Hi-Tech Park")."""
    found = proposed(matcher, text)
    name = place or next(n for n in found if n.endswith(("Park", "Zone")))
    assert found.get(name) == "cities"
    assert " " in name and name.split()[0] not in ("Industrial", "Hi-Tech")


def test_a_sea_is_a_place_and_a_games_of_initials_an_event(matcher):
    found = proposed(
        matcher, "They spoke of safety in the South China Sea before the SEA Games."
    )
    assert found.get("South China Sea") == "cities"
    assert found.get("SEA Games") == "events"


def test_foreign_capital_beside_a_list_of_banks_names_no_place(matcher):
    """ "capital" around a name is as often money as a city; just before it, a city."""
    found = proposed(
        matcher,
        "Nine banks with foreign capital include ANZ, Standard Chartered, HSBC, "
        "Public Bank and Woori Bank.",
    )
    assert found.get("Standard Chartered") == "organizations"
    assert "cities" not in found.values()


def test_a_road_trip_or_map_named_for_a_person_leaves_the_person_a_person(matcher):
    found = proposed(
        matcher, "Thousands of fans joined the Park Hang-seo road trip on Monday."
    )
    assert found.get("Park Hang-seo") == "leaders"


def test_the_part_of_the_country_after_mien_opens_no_name(matcher):
    """ "miền Trung Đà Nẵng": Da Nang, in the centre; "Trung" is the region's word."""
    found = proposed(matcher, "Thành phố biển miền Trung Đà Nẵng thu hút du khách.")
    assert found.get("Đà Nẵng") == "cities"
    assert "Trung Đà Nẵng" not in found


def test_a_number_cut_at_its_decimal_comma_is_no_name(matcher):
    found = proposed(matcher, "Khoảng 4,8 triệu người Hàn Quốc đã đến Nhật Bản.")
    assert "Khoảng 4" not in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ocean Bank reported losses in the city.", "Ocean Bank", "organizations"),
        ("Mall Holdings opened an office there.", "Mall Holdings", "organizations"),
        ("Former coach Hang-seo Park said so.", "Hang-seo Park", "leaders"),
        ("Workers repaved Le Van Sy road last week.", "Le Van Sy", "cities"),
        (
            "Các doanh nghiệp đầu tư vào miền Đông Nam Bộ năm nay.",
            "Đông Nam Bộ",
            "cities",
        ),
    ],
)
def test_place_heads_and_region_words_leave_other_names_whole(
    matcher, text, name, kind
):
    """A place's head noun opens no body's name ("Ocean Bank"), a Korean surname written
    last is no park ("Hang-seo Park"); "miền Đông Nam Bộ" is a region of three words."""
    assert proposed(matcher, text).get(name) == kind
