"""Candidates dropped on the evidence of all their sightings (recognize/candidates/filters)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("filters"), ("cities", "seoul", "name: Seoul")
    )


def names(matcher, *texts: str, author: str | None = None) -> dict[str, str]:
    """Name → type of every candidate in an article of one paragraph per text."""
    return proposed_names(matcher, *texts, author=author)


@pytest.mark.parametrize(
    "text",
    [
        "Inside a workshop near Seoul, welders train.",
        "Nobody expected the orders to grow so fast.",
        "Enrolment at the schools doubled. Much of it came from Seoul.",
        "Explore more stories about Seoul here.",
    ],
)
def test_a_word_that_only_opens_sentences_is_no_name(matcher, text):
    assert names(matcher, text) == {}


def test_a_word_opening_a_sentence_is_a_name_with_evidence_or_in_a_list(matcher):
    found = names(
        matcher,
        "Hanbit and a Korean airline plan flights to Seoul.",
        "Daesan said it would open a plant. The company Daesan employs 300.",
    )
    assert {"Hanbit", "Daesan"} <= set(found)


def test_a_word_seen_inside_a_sentence_too_is_kept(matcher):
    found = names(matcher, "Koreo opened. Workers at Koreo in Seoul agree.")
    assert "Koreo" in found


@pytest.mark.parametrize("word", ["Chính", "Dịp", "Nhiều"])
def test_a_vietnamese_syllable_alone_is_no_name(matcher, word):
    assert word not in names(matcher, f"{word} quyền Seoul và Hà Nội đã ký kết.")


def test_a_one_syllable_city_of_the_gazetteer_is_a_name(matcher):
    assert names(matcher, "Students came from Huế to Seoul.").get("Huế") == "cities"


@pytest.mark.parametrize(
    "credit",
    [
        "Workers in Seoul. (AP Photo/Lee Min-jae)",
        "Workers in Seoul. Photograph: Lee Min-jae/The Daily",
        "Công nhân ở Seoul. ẢNH: LEE MIN-JAE",
        "The river in Seoul (Lee Min-jae/Flickr)",
        "Translated by Lee Min-jae. Edited by Lee Min-jae.",
        "Workers in Seoul. (Photo: SGGP/ Lee Min-jae)",
    ],
)
def test_a_name_seen_only_in_credits_is_no_name(matcher, credit):
    found = {k.casefold() for k in names(matcher, credit)}
    assert not found & {"lee min-jae", "flickr", "the daily", "daily"}


@pytest.mark.parametrize(
    "caption",
    [
        "Welders at a yard in Seoul. Courtesy of Daesung Marine",
        "Visitors sample snacks at a fair in Seoul last year. — Filepic",
    ],
)
def test_a_credit_word_makes_no_name(matcher, caption):
    found = {k.casefold() for k in names(matcher, caption)}
    assert not {n for n in found if "courtesy" in n or "filepic" in n}, found


def test_a_name_in_a_credit_and_in_the_story_is_kept(matcher):
    found = names(
        matcher,
        "Lee Min-jae, a welder, moved to Seoul.",
        "A welder in Seoul. (AP Photo/Lee Min-jae)",
    )
    assert found.get("Lee Min-jae") == "leaders"


def test_the_author_and_a_bare_name_line_are_no_new_names(matcher):
    assert "Park Ji-hoon" not in names(
        matcher, "Park Ji-hoon said Seoul was ready.", author="By Park Ji-hoon"
    )
    assert "Park Ji-hoon" not in names(matcher, "Park Ji-hoon", "He lives in Seoul.")


@pytest.mark.parametrize(
    "text",
    [
        "Read the Acme Privacy Policy and the Terms of Service before Seoul.",
        "We use cookies; see our Cookie Policy. Open in app to read about Seoul.",
    ],
)
def test_a_page_link_or_notice_is_no_name(matcher, text):
    assert names(matcher, text) == {}


def test_a_name_with_the_word_for_picture_inside_is_kept(matcher):
    assert names(matcher, "Phim được Cục Điện ảnh cấp phép ở Seoul.").get(
        "Cục Điện ảnh"
    ) == ("organizations")


def test_the_capitalised_words_of_a_title_are_no_name(matcher):
    found = names(
        matcher,
        "Tổng Bí thư Tô Lâm và Quyền Bộ trưởng Trần Đức Thắng đã tiếp đoàn đại biểu Busan.",
    )
    assert "Tổng Bí" not in found
    assert "Quyền Bộ" not in found


def test_units_and_screens_in_capitals_are_no_name(matcher):
    found = names(
        matcher,
        "The plant makes OLED and LCD panels and will add 500 MW of solar power.",
    )
    assert not {"OLED", "LCD", "MW"} & set(found)


def test_the_vietnamese_copula_joins_no_name(matcher):
    """ "là" (is) folds to "la", a connector in "Casa de la Cultura"; spelt as it is, it
    ends a name: "… của Tây Nguyên là Đà Lạt" names two places."""
    found = names(
        matcher,
        "Hãng bay mở đường bay tới thủ phủ du lịch của Tây Nguyên là Đà Lạt vào tháng tới.",
    )
    assert "Đà Lạt" in found
    assert not any(" là " in name for name in found)


@pytest.mark.parametrize("country", ["Thái Lan", "Campuchia", "Triều Tiên"])
def test_every_countrys_name_in_the_countries_file_is_never_proposed(matcher, country):
    found = names(matcher, f"{country} đứng thứ ba với 1,08 triệu lượt khách tới thăm.")
    assert country not in found


def test_a_provinces_name_that_starts_with_a_nationality_keeps_it(matcher):
    found = names(matcher, "The plant in Thai Nguyen Province employs 16,000 workers.")
    assert "Thai Nguyen Province" in found


def test_an_unmarked_ba_opens_a_places_name_where_ba_is_mrs(matcher):
    """ "Bà" (Mrs) is a title; "Ba" without the mark begins "Ba Ria Vung Tau"."""
    found = names(
        matcher,
        "The plant sits in Ba Ria Vung Tau, near the port.",
        "Bà Nguyễn Thị Hoa phát biểu tại hội nghị ở Hà Nội hôm qua.",
    )
    assert "Ba Ria Vung Tau" in found
    assert "Nguyễn Thị Hoa" in found
    assert not any(name.startswith("Bà") for name in found)


def test_a_free_trade_agreement_by_its_initials_is_an_agreement(matcher):
    found = names(
        matcher,
        "The VKFTA took effect in 2015, and the ASEAN-Korea FTA cut tariffs further.",
        "Exporters still ask how the FTA applies to fruit.",
    )
    assert found.get("VKFTA") == "agreements"
    assert found.get("ASEAN-Korea FTA") == "agreements"
    assert "FTA" not in found  # the kind alone names no agreement


def test_a_trade_agreement_between_two_named_parties_in_lower_case(matcher):
    found = names(
        matcher, "Under the Vietnam-Korea free trade agreement, tariffs fell."
    )
    assert found.get("Vietnam-Korea free trade agreement") == "agreements"


def test_a_regions_side_or_the_first_half_of_trung_uong_is_no_name(matcher):
    found = names(
        matcher,
        "Bão gây thiệt hại lớn cho khu vực miền Trung của Việt Nam.",
        "Ông là Ủy viên Trung ương Đảng, Bộ trưởng Bộ Quốc phòng.",
        "Ông Trung nói rằng hai bên sẽ hợp tác.",  # a man called Trung
    )
    assert "Trung" in found
    only_region = names(matcher, "Bão gây thiệt hại lớn cho khu vực miền Trung.")
    assert "Trung" not in only_region


def test_an_agreements_kind_with_nothing_to_say_which_is_no_name(matcher):
    found = names(
        matcher,
        "The two sides signed a Memorandum of Understanding on Monday.",
        "The Ministry of Education will host the students.",
    )
    assert "Memorandum of Understanding" not in found
    assert "Ministry of Education" in found


def test_an_academic_title_before_a_name_is_no_name(matcher):
    found = names(
        matcher,
        "Đáp lại, TS Oh Se-jung, Hiệu trưởng nhà trường, cảm ơn đoàn.",
        "Speaking at the meeting, Assoc. Prof. Dr. Nguyen Van Hieu welcomed them.",
    )
    assert "TS" not in found and "Assoc" not in found
    assert found.get("Oh Se-jung") == "leaders"


def test_a_region_of_the_world_in_vietnamese_is_never_proposed(matcher):
    found = names(matcher, "Việt Nam là thị trường lớn nhất Đông Nam Á của hãng.")
    assert "Đông Nam Á" not in found


@pytest.mark.parametrize("word", ["K-pop", "Kpop", "Vpop", "COVID-19", "VPN", "MICE"])
def test_a_genre_a_disease_or_a_thing_of_the_trade_alone_is_no_name(matcher, word):
    # listed in candidates.yml's common words: never proposed alone
    text = f"Fans said {word} was everywhere in Hanoi this year, the organisers said."
    assert word not in proposed_names(matcher, text)


@pytest.mark.parametrize(
    "text",
    [
        "올해 행사에는 CJ ENM과 CGV가 참여한다.",
        "올해 행사에는 CJ ENM, CGV, 카카오프렌즈 등 기업이 참여한다.",
    ],
)
def test_names_in_letters_stand_apart_from_the_korean_around_them(matcher, text):
    # Hangul around a name in letters, its particle on it ("CGV가"), is no part of it
    found = proposed_names(matcher, text)
    assert found.get("CJ ENM") == "organizations"
    assert found.get("CGV") == "organizations"


def test_an_abbreviation_that_names_nothing_is_no_name_in_a_korean_quote(matcher):
    text = "“광운대와의 MOU를 통해 양교가 함께 발전하겠다”고 말했다."
    assert "MOU" not in proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vingroup이라는 기업이 투자했다.", "Vingroup"),
        ("VinFast에도 주문이 몰렸다.", "VinFast"),
        ("Lotte측은 이를 부인했다.", "Lotte"),
    ],
)
def test_a_name_in_letters_keeps_its_particle_off(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "organizations"


def test_oks_bank_keeps_its_name(matcher):
    text = "OK Savings Bank opened a branch in Hanoi on Monday."
    assert "OK Savings Bank" in proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fans filled My Dinh National Stadium in Hanoi on Sunday.",
            "My Dinh National Stadium",
        ),
        ("Fans filled Mỹ Đình National Stadium on Sunday.", "Mỹ Đình National Stadium"),
        ("The parade crossed Ly Thai To Square at noon.", "Ly Thai To Square"),
    ],
)
def test_a_venue_is_a_place_and_my_or_my_with_marks_opens_its_name(matcher, text, name):
    """ "My" is a stop word in English, but Mỹ is a Vietnamese place's syllable, and a
    surname ("Dinh") before a venue's word opens no person's name."""
    assert names(matcher, text).get(name) == "cities"


def test_a_marked_vietnamese_stop_word_still_opens_no_name(matcher):
    found = names(matcher, "Tại Hà Nội, ông Nguyễn Văn Tùng phát biểu hôm qua.")
    assert not any(name.startswith("Tại") for name in found)


def test_a_sum_glued_to_its_currency_and_common_abbreviations_are_no_names(matcher):
    found = names(
        matcher,
        "Seats cost nearly VND4 million, and VIP guests watched on LED screens.",
        "Đội tuyển VN giành 2 HCV và 1 HCB tại giải, vượt qua HQ ở chung kết.",
    )
    assert not {"VND4", "VIP", "LED", "VN", "HCV", "HCB", "HQ"} & set(found)


def test_a_provinces_body_keeps_its_lower_case_kind_and_the_place(matcher):
    found = names(
        matcher,
        "The Binh Phuoc provincial People’s Committee hosted the ceremony.",
        "Officials of the Da Nang city Party Committee came, from Da Nang city itself.",
    )
    assert found.get("Binh Phuoc provincial People’s Committee") == "organizations"
    assert found.get("Da Nang city Party Committee") == "organizations"
    assert found.get("Binh Phuoc") == "cities"
    assert not any(name.endswith(" city") for name in found)


def test_and_between_a_name_ending_in_a_place_and_another_name_splits_them(matcher):
    found = names(
        matcher,
        "The People’s Committee of Binh Phuoc and Gyeonggi signed a deal.",
        "Vietnam National University Seoul and Duy Tan University joined.",
    )
    assert found.get("Vietnam National University Seoul") == "organizations"
    assert found.get("Duy Tan University") == "organizations"
    assert "People’s Committee of Binh Phuoc" in found
    assert not any(" and " in name for name in found)


def test_a_field_after_and_stays_in_the_bodys_name(matcher):
    found = names(matcher, "The Ministry of Science and Technology of Seoul agreed.")
    assert not {"Technology of Seoul", "Ministry of Science"} & set(found)


def test_a_street_and_a_korean_provinces_long_name_are_places(matcher):
    found = names(
        matcher,
        "Korean restaurants line Truong Chinh Street in the city.",
        "A delegation from Gyeongsangnam province visited the port.",
        "Flights land at Noi Bai International Airport every hour.",
    )
    assert found.get("Noi Bai International Airport") == "cities"
    assert found.get("Truong Chinh Street") == "cities"
    assert found.get("Gyeongsangnam") == "cities"


def test_things_of_a_culture_or_a_trade_and_a_quarter_are_no_names_alone(matcher):
    found = names(
        matcher,
        "Visitors wore Hanbok, tried Kimchi and watched Taekwondo at City Hall.",
        "Sales rose in Q2 and Q3 on SNS, the PPP said; the Vietnam Taekwondo Federation agreed.",
    )
    assert not {
        "Hanbok",
        "Kimchi",
        "Taekwondo",
        "City Hall",
        "Q2",
        "Q3",
        "SNS",
        "PPP",
    } & set(found)
    assert found.get("Vietnam Taekwondo Federation") == "organizations"


def test_a_short_form_no_name_alone_may_open_a_name(matcher):
    found = names(
        matcher,
        "Police said executives of VN Pharma imported fake drugs.",
        "The VIP Lounge at the airport reopened, and the VN Index rose on Monday.",
        "The MC opened the show, the EHS team checked the site, and guests met on Zoom.",
    )
    assert not {"MC", "EHS", "Zoom"} & set(found)
    assert {"VN Pharma", "VIP Lounge", "VN Index"} <= set(found)
    assert not {"Index", "Lounge", "Pharma"} & set(found)
