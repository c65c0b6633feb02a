"""Rules of the candidate finder, each on a small sentence of its own."""

from __future__ import annotations

import pytest
import yaml
from builders import matcher_with, proposed_names
from dossier.editorial.stubs import stub_text
from dossier.model import PARAGRAPH, Article, Metadata, Passage
from dossier.recognize.candidates import find_candidates
from dossier.recognize.candidates.lexicon import lexicon


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("rules"),
        ("cities", "busan", "name: Busan"),
        ("cities", "ho-chi-minh-city", "name: Ho Chi Minh City"),
        ("cities", "seoul", "name: Seoul"),
    )


def names(text: str, matcher) -> dict[str, str]:
    """Name → type of every candidate in a one-paragraph article."""
    return proposed_names(matcher, text)


def test_yaml_words_stay_words():
    """``on``, ``no`` and ``yes`` in the word lists are words, not booleans."""
    lex = lexicon()
    assert "on" in lex.connectors
    assert {"no", "yes"} <= lex.stop


def test_a_committee_on_a_topic_is_one_name_and_numbered_it_is_an_event(matcher):
    found = names(
        "The 15th Korea-Laos Joint Committee on Consular Affairs was held.", matcher
    )
    assert found == {"Korea-Laos Joint Committee on Consular Affairs": "events"}


@pytest.mark.parametrize(
    "text",
    ["Lao Cai", "Thai Nguyen"],
)
def test_a_known_place_keeps_its_nationality_like_first_word(matcher, text):
    assert names(f"Factories in Bac Ninh and {text} grew.", matcher) == {
        "Bac Ninh": "cities",
        text: "cities",
    }


def test_a_country_name_is_not_cut_at_a_surname(matcher):
    found = names("They toured the Viet Nam Military History Museum in June.", matcher)
    assert found == {"Viet Nam Military History Museum": "organizations"}


def test_a_country_after_a_name_is_part_of_it(matcher):
    text = "The Human Resources Development Service of Korea sent staff."
    assert "Human Resources Development Service of Korea" in names(text, matcher)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The South Korean National Assembly met.", None),
        ("Passengers flew Korean Air to Hue.", "Korean Air"),
        ("The Korean Film Week opens.", "Korean Film Week"),
        # a ministry is named with its country, as first written: two countries have one
        ("The Korean Ministry of Justice issued visas.", "Korean Ministry of Justice"),
    ],
)
def test_a_nationality_is_trimmed_only_before_a_state_institution(matcher, text, name):
    found = names(text, matcher)
    assert (name in found) if name else not found


def test_a_person_after_the_body_they_work_for_is_cut_from_it(matcher):
    text = (
        "Vice Chairman of the Ho Chi Minh City People's Committee Phan Minh Dat spoke."
    )
    assert names(text, matcher) == {
        "Ho Chi Minh City People's Committee": "organizations",
        "Phan Minh Dat": "leaders",
    }


def test_a_person_of_a_body_is_two_names_and_a_place_opening_a_name_a_third(matcher):
    text = "Vice President Nam Sang-hoon of Daegu Hanseong University said so."
    assert names(text, matcher) == {
        "Nam Sang-hoon": "leaders",
        "Daegu Hanseong University": "organizations",
        "Daegu": "cities",
    }


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        (
            "Awards went to Lee Kyung-sik of the Korea Post and others.",
            "Lee Kyung-sik",
            "Korea Post",
        ),
        (
            "The winner was Pham Thi Ngoc Lan of Ben Tre, a nurse.",
            "Pham Thi Ngoc Lan",
            "Ben Tre",
        ),
    ],
)
def test_a_person_of_a_name_with_no_head_noun_is_two_names(
    matcher, text, person, other
):
    found = names(text, matcher)
    assert found.get(person) == "leaders"
    assert other in found
    assert not any(" of " in name for name in found)


def test_a_name_of_another_kind_inside_a_name_is_proposed_too(matcher):
    text = "The Joint Committee on the Laos–Korea Free Trade Agreement met."
    found = names(text, matcher)
    assert found["Laos–Korea Free Trade Agreement"] == "agreements"
    assert "Joint Committee on the Laos–Korea Free Trade Agreement" in found


@pytest.mark.parametrize(
    "text",
    [
        "The Joint Committee met.",
        "The Ministry said.",
        "None of this matters.",
        "Please enable it.",
        "Thanks again.",
        "Officials met at 4:12 PM GMT+7.",
        "The National Assembly met.",
        "An image PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv loaded.",
    ],
)
def test_generic_words_sentence_openers_times_and_code_are_no_names(matcher, text):
    assert names(text, matcher) == {}


def test_a_name_before_a_company_title_is_a_company(matcher):
    text = "Daewon Cold Chain CEO Lim Sang-chul told reporters."
    assert names(text, matcher) == {
        "Daewon Cold Chain": "organizations",
        "Lim Sang-chul": "leaders",
    }


def test_a_name_listed_with_a_known_place_is_a_place(matcher):
    found = names("Flights between Jeju and Cam Ranh resumed.", matcher)
    assert found["Cam Ranh"] == "cities"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Workers go under the Employment Permit System.",
            "Employment Permit System",
            "initiatives",
        ),
        ("He visited the Lach Tray Shipyard.", "Lach Tray Shipyard", "organizations"),
        ("Farms in the Mekong Delta grew.", "Mekong Delta", "cities"),
        (
            "They toured the Seoul International Aerospace & Defense Exhibition.",
            "Seoul International Aerospace & Defense Exhibition",
            "events",
        ),
    ],
)
def test_head_nouns_type_a_name(matcher, text, name, kind):
    assert names(text, matcher)[name] == kind


def test_more_surnames_split_a_person_from_a_body(matcher):
    text = "Chairman of the Quang Ninh People’s Committee Đào Minh Trí said so."
    found = names(text, matcher)
    assert found["Đào Minh Trí"] == "leaders"
    assert "Quang Ninh People’s Committee" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Korean Cultural Centre in Viet Nam opened.",
            "Korean Cultural Centre in Viet Nam",
        ),
        ("The Vietnam Festival in Busan drew crowds.", "Vietnam Festival in Busan"),
        ("The Korean Association in Da Nang helped.", "Korean Association in Da Nang"),
        # a mission's rank after its head, and a country whose name holds "of"
        (
            "The Consulate General of the Republic of Korea in Danang hosted it.",
            "Consulate General of the Republic of Korea in Danang",
        ),
        (
            "The Vietnamese Embassy in the Republic of Korea held a Tet party.",
            "Vietnamese Embassy in the Republic of Korea",
        ),
    ],
)
def test_a_name_whose_head_takes_a_place_goes_on_over_in(matcher, text, name):
    assert name in names(text, matcher)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an institute's seat is where it is, not its name
        ("The King Sejong Institute in Hanoi held a contest.", "King Sejong Institute"),
        # "General" ranks a person, whose title "Secretary" is no body's head
        ("The Secretary General of ASEAN in Jakarta spoke.", None),
    ],
)
def test_a_name_whose_head_takes_no_place_stops_before_in(matcher, text, name):
    found = names(text, matcher)
    assert not any(n.endswith(("in Hanoi", "in Jakarta")) for n in found)
    assert name is None or name in found


def test_an_abbreviation_in_brackets_is_the_name_it_follows(matcher):
    text = (
        "Workers go under the Employment Permit System (EPS). The EPS began in 2004. "
        "The Seoul Business Agency (SBA) helped."
    )
    found = names(text, matcher)
    assert "EPS" not in found and "SBA" not in found
    assert found["Employment Permit System"] == "initiatives"


def test_hangul_is_page_furniture_in_an_article_in_another_language(matcher):
    assert names("Readers saw 검색창 열기 and 저작권자 here.", matcher) == {}


def test_a_nationality_with_a_lower_case_tail_is_an_adjective(matcher):
    assert (
        names("They run Korean-language courses for Korean-invested firms.", matcher)
        == {}
    )


def test_a_lower_case_agreement_keeps_its_capitalised_object(matcher):
    text = "They will review the memorandum of understanding on the Employment Permit System."
    found = names(text, matcher)
    assert (
        found["memorandum of understanding on the Employment Permit System"]
        == "agreements"
    )
    assert found["Employment Permit System"] == "initiatives"


def test_a_name_inside_a_name_without_a_head_noun_is_not_proposed(matcher):
    found = names("The Vietnam–Republic of Korea Defence Policy Dialogue met.", matcher)
    assert list(found) == ["Vietnam–Republic of Korea Defence Policy Dialogue"]


def test_a_day_after_on_is_not_part_of_a_name(matcher):
    assert names("They met in Bac Ninh on 11 October.", matcher) == {
        "Bac Ninh": "cities"
    }


def test_a_country_possessive_before_a_name_is_not_part_of_it(matcher):
    found = names("South Korea’s Ministry of Employment and Labor said so.", matcher)
    assert "Ministry of Employment and Labor" in found
    assert not any(name.startswith("South Korea") for name in found)


def test_a_body_named_for_several_fields_goes_on_over_the_list(matcher):
    found = names(
        "Figures came from the Ministry of Trade, Industry and Energy in Seoul.",
        matcher,
    )
    assert "Ministry of Trade, Industry and Energy" in found
    listed = names("The Ministry of Trade, Hanbit Motors and Daesan signed.", matcher)
    assert "Ministry of Trade" in listed and "Hanbit Motors" in listed


def test_a_body_named_for_its_fields_takes_one_more_field_of_common_nouns(matcher):
    found = names(
        "The Ministry of Micro, Small and Medium Enterprises and Startups said so.",
        matcher,
    )
    assert found == {
        "Ministry of Micro, Small and Medium Enterprises and Startups": "organizations"
    }
    other = names(
        "The Ministry of Trade, Industry and Energy and Hanbit Motors met.", matcher
    )
    assert (
        "Ministry of Trade, Industry and Energy" in other and "Hanbit Motors" in other
    )


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Pupils joined the Sasang Multicultural Festival.",
            "Sasang Multicultural Festival",
            "initiatives",
        ),
        (
            "She won the Daegu Korean Speech Contest.",
            "Daegu Korean Speech Contest",
            "events",
        ),
        (
            "He teaches at Hangang Korean Academy.",
            "Hangang Korean Academy",
            "organizations",
        ),
        (
            "A loan from Song Hong Securities came.",
            "Song Hong Securities",
            "organizations",
        ),
        ("They met in Yeongju, he said.", "Yeongju", "cities"),
    ],
)
def test_contests_are_events_festivals_initiatives_academies_and_firms_bodies(
    matcher, text, name, kind
):
    assert names(text, matcher).get(name) == kind


def test_a_name_listed_with_named_bodies_is_a_body(matcher):
    found = names(
        "Two suppliers, Seokwon Chemical and Mirae Separator, said he would come.",
        matcher,
    )
    assert found.get("Mirae Separator") == "organizations"


def test_a_body_named_after_a_king_keeps_the_title(matcher):
    found = names("She studied at the Hue King Sejong Institute in Seoul.", matcher)
    assert found.get("Hue King Sejong Institute") == "organizations"
    assert "Sejong Institute" not in found
    assert names("King Jeongjo visited Busan.", matcher).get("Jeongjo") == "leaders"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "They signed a memorandum of understanding on student and lecturer "
            "exchange in Seoul.",
            "memorandum of understanding on student and lecturer exchange",
        ),
        (
            "Busan signed an agreement on tourism and agreed to meet again.",
            "agreement on tourism",
        ),
        (
            "Busan signed an agreement on tourism and the two sides met.",
            "agreement on tourism",
        ),
    ],
)
def test_a_lower_case_agreement_goes_on_over_a_second_topic(matcher, text, name):
    assert names(text, matcher).get(name) == "agreements"


def test_a_registered_place_opening_a_new_name_stays_in_it(matcher):
    found = names("Members of the Busan Comics Collective said so.", matcher)
    assert found.get("Busan Comics Collective") == "organizations"


def test_foreign_countries_are_the_frame_their_cities_places(matcher):
    """Nepal and Uzbekistan name no entity; Beijing, where the story goes, is a city
    (editors of real pages gave Osaka, Fukuoka and Shanghai pages as cities)."""
    found = names(
        "Workers from Nepal and Uzbekistan met officials of Beijing.", matcher
    )
    assert not {"Nepal", "Uzbekistan"} & set(found)
    assert found.get("Beijing") == "cities"


def test_an_adjective_opening_a_sentence_is_not_part_of_the_name(matcher):
    assert "Pixelnine" in names("Rival Pixelnine plans an app for Seoul.", matcher)


def test_a_head_noun_of_a_field_is_a_name_though_its_words_are_common(matcher):
    found = names("She heads the Department of Overseas Labor in Seoul.", matcher)
    assert found.get("Department of Overseas Labor") == "organizations"


def test_a_registered_place_and_a_head_noun_is_a_new_name(matcher):
    found = names("Films were shown at Busan University last week.", matcher)
    assert found.get("Busan University") == "organizations"


def test_an_edition_numbered_by_its_year_does_not_go_on_over_in(matcher):
    found = names("He opened Korean Culture Week 2025 in Busan on Friday.", matcher)
    assert found.get("Korean Culture Week 2025") == "events"
    assert "Korean Culture Week 2025 in Busan" not in found


def test_an_ordinal_after_a_possessive_does_not_make_an_event(matcher):
    found = names("We opened our first Bomnal Bakery store in Seoul.", matcher)
    assert found.get("Bomnal Bakery") == "organizations"
    assert (
        names("Seoul held the 15th Hanbit Day.", matcher).get("Hanbit Day") == "events"
    )


def test_and_between_two_bodies_with_their_own_head_nouns_separates_them(matcher):
    found = names(
        "Hanmaru Financial Group, Union Trust Bank and Daedong Bank met the "
        "Ministry of Science and Technology.",
        matcher,
    )
    assert found == {
        "Hanmaru Financial Group": "organizations",
        "Union Trust Bank": "organizations",
        "Daedong Bank": "organizations",
        "Ministry of Science and Technology": "organizations",
    }


def test_and_after_a_province_or_before_a_nationality_separates_names(matcher):
    found = names(
        "Quang Nam and Hanbit Group signed it. Mipo Dockyard and Vietnam Shipbuilding "
        "Corporation met the Union of Friendship Organizations and Korean groups.",
        matcher,
    )
    assert {"Hanbit Group", "Mipo Dockyard", "Vietnam Shipbuilding Corporation"} <= set(
        found
    )
    assert "Union of Friendship Organizations" in found
    assert not [name for name in found if " and " in name]


def test_a_body_of_a_registered_place_keeps_the_place(matcher):
    found = names(
        "Bishops from the Archdiocese of Hanoi met the Mayor of Hanoi.", matcher
    )
    assert found.get("Archdiocese of Hanoi") == "organizations"
    assert "Mayor of Hanoi" not in found


def test_capitals_joined_by_an_ampersand_are_one_word_of_a_company(matcher):
    assert names("Daewon E&C said it would build a plant.", matcher) == {
        "Daewon E&C": "organizations"
    }


def test_a_body_named_for_its_members_keeps_the_plural_possessive(matcher):
    found = names(
        "Kwon Tae-sik heads the Geumsan Ginseng Growers’ Cooperative.", matcher
    )
    assert found["Geumsan Ginseng Growers’ Cooperative"] == "organizations"


def test_a_person_in_apposition_to_a_title_is_a_person(matcher):
    found = names(
        "Wichai Tanasombat, president of the Thai Inbound Tour Operators Guild, spoke.",
        matcher,
    )
    assert found == {
        "Wichai Tanasombat": "leaders",
        "Thai Inbound Tour Operators Guild": "organizations",
    }


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Undersecretary Celeste Ramirez said the team would visit.",
            "Celeste Ramirez",
            "leaders",
        ),
        (
            "Chief executive Datuk Azlan Hamid said the logo helps.",
            "Azlan Hamid",
            "leaders",
        ),
        (
            "Zhou Mingyuan, a research fellow at the academy, spoke.",
            "Zhou Mingyuan",
            "leaders",
        ),
        (
            "Seorim Bicycle Co. said it would invest.",
            "Seorim Bicycle Co.",
            "organizations",
        ),
        (
            "Hanbit Valve Vina Co., Ltd. said it would invest.",
            "Hanbit Valve Vina Co., Ltd.",
            "organizations",
        ),
        (
            "Firms such as Wookwang Vietnam Co. Ltd and others came.",
            "Wookwang Vietnam Co. Ltd",
            "organizations",
        ),
        (
            "The coach of Ho Tay FC said the team would win.",
            "Ho Tay FC",
            "organizations",
        ),
        ("Rents rose in the game hub of Pangyo last year.", "Pangyo", "cities"),
        (
            "Officials from the Korean National Police Agency signed it.",
            "Korean National Police Agency",
            "organizations",
        ),
    ],
)
def test_titles_company_marks_and_places_type_the_name(matcher, text, name, kind):
    assert names(text, matcher).get(name) == kind


def test_a_photographer_after_an_agency_slash_is_not_proposed(matcher):
    found = names("Workers leave the plant in Bavet on Monday. KT/Chea Vannak", matcher)
    assert "Chea Vannak" not in found


@pytest.mark.parametrize(
    "text",
    [
        "South-East Asian leaders met Malaysians and Muslim groups on Monday.",
        "A Western diplomat said Younger Korean workers were leaving.",
        "Many Cambodians and Thais work on the farms.",
        "SEASONAL WORKERS Filipino staff arrived at the farms.",
        "A trawler off the coast. Jun Michaels for The Washington Post",
        "Stalls at the night market. Jun Michaels for VnExpress",
        "Stalls at the night market. Jun Michaels for Example Daily",
        "Participants pose at the ceremony on Monday.",
    ],
)
def test_peoples_shouted_labels_and_credits_are_not_names(matcher, text):
    assert names(text, matcher) == {}


def test_and_before_a_second_body_separates_two_names(matcher):
    text = "Officials from the Police Agency and Vietnam’s Ministry of Public Security met."
    assert "Ministry of Public Security" in names(text, matcher)
    assert not any(" and " in name for name in names(text, matcher))


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Take Kumsan Precision, a maker of metal parts.",
            "Kumsan Precision",
            "organizations",
        ),
        (
            "Daehan Land & Infra will build the park.",
            "Daehan Land & Infra",
            "organizations",
        ),
        (
            "Hiroshi Tanabe, a senior official at the ministry, chaired it.",
            "Hiroshi Tanabe",
            "leaders",
        ),
        (
            "Buyers from Lotus Beauty Retail came.",
            "Lotus Beauty Retail",
            "organizations",
        ),
        (
            "Gyeonggi Startup Bridge Vietnam 2025 opened.",
            "Gyeonggi Startup Bridge Vietnam 2025",
            "events",
        ),
    ],
)
def test_openers_ampersands_roles_and_editions(matcher, text, name, kind):
    assert names(text, matcher).get(name) == kind


def test_korean_phrases_and_particles_are_not_names(matcher):
    text = "부산항만공사가 베트남 중부 최대 도시 다낭에 한국 기업 전용 공동물류센터를 짓는다고 밝혔다."
    found = names(text, matcher)
    assert not any(len(name.split()) > 3 or name.endswith("다") for name in found)


def test_photo_credits_written_without_a_colon_are_not_names(matcher):
    text = "Passengers receive flowers at the airport. — VNS Photo Công Thành"
    assert not any("Photo" in name for name in names(text, matcher))


def test_vice_before_an_adjective_is_part_of_a_meetings_name(matcher):
    found = names(
        "The Korea-Viet Nam Vice Ministerial Strategic Dialogue was held.", matcher
    )
    assert found == {"Korea-Viet Nam Vice Ministerial Strategic Dialogue": "events"}


def test_time_zones_are_not_names(matcher):
    assert names("January 21, 2026 02:00 ET the companies said.", matcher) == {}


def test_a_genre_word_inside_a_name_keeps_the_name_whole(matcher):
    found = names("The Hue K-pop Cover Dance Contest drew 40 teams.", matcher)
    assert found["Hue K-pop Cover Dance Contest"] == "events"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Officials met the Korea–Vietnam Parliamentarians’ Friendship Group on Monday.",
            "Korea–Vietnam Parliamentarians’ Friendship Group",
            "organizations",
        ),
        (
            "Both sides will host the Mekong-Korea Foreign Ministers’ Meeting next year.",
            "Mekong-Korea Foreign Ministers’ Meeting",
            "events",
        ),
        (
            "The city wishes to sign the Khanh Hoa - Ulsan Friendly Exchange Agreement.",
            "Khanh Hoa - Ulsan Friendly Exchange Agreement",
            "agreements",
        ),
        (
            "Exporters grew fast. Phương Nam Seafood, a shrimp exporter, ships to Busan.",
            "Phương Nam Seafood",
            "organizations",
        ),
    ],
)
def test_a_name_runs_over_a_members_possessive_a_spaced_dash_and_a_compound(
    matcher, text, name, kind
):
    assert names(text, matcher).get(name) == kind


def test_two_places_joined_by_a_spaced_dash_without_a_head_are_no_one_name(matcher):
    found = names("Flights between Khanh Hoa - Ulsan resumed on Monday.", matcher)
    assert "Khanh Hoa - Ulsan" not in found


def test_a_trade_head_keeps_a_company_whole(matcher):
    assert names("Lac Hong Comics will translate the titles.", matcher) == {
        "Lac Hong Comics": "organizations"
    }


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Director in Viet Nam Ko Eun-seo said so.", "Ko Eun-seo"),
        (
            "Vice Chairwoman of the Điện Biên Provincial People's Committee Lò Thị Hồng Nhung"
            " thanked them.",
            "Lò Thị Hồng Nhung",
        ),
    ],
)
def test_a_person_is_cut_from_a_country_or_a_body_before_them(matcher, text, person):
    assert names(text, matcher).get(person) == "leaders"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # the title before "of" is the person's: the name after it is what they work for
        (
            "Provincial leaders met Na Ki Hong, General Director of Hanbit Vina, on Monday.",
            "Hanbit Vina",
            "organizations",
        ),
        (
            "Also present was Mr. Le Van Hai, Investment Counselor to Mekong Trade House.",
            "Mekong Trade House",
            "organizations",
        ),
        # "of" and a country after a person's name are not part of it
        (
            "The festival was opened by Ambassador Tran Van Khoa of Vietnam on Sunday.",
            "Tran Van Khoa",
            "leaders",
        ),
        # a surname last ("Choong-Heon Jeon"), then "of" and a body: two names
        (
            "Chairman Choong-Heon Jeon of the Korea-Vietnam Rice Association spoke.",
            "Choong-Heon Jeon",
            "leaders",
        ),
    ],
)
def test_a_person_and_the_body_beside_their_title(matcher, text, name, kind):
    found = names(text, matcher)
    assert found.get(name) == kind, found


@pytest.mark.parametrize(
    "text",
    [
        "Ties with the Republic of Korea grew fast.",
        "It follows the Viet Nam–Republic of Korea Comprehensive Strategic Partnership.",
    ],
)
def test_a_country_named_with_of_stays_whole(matcher, text):
    assert "Republic" not in names(text, matcher)
    assert "Viet Nam–Republic" not in names(text, matcher)


def test_a_title_alone_is_not_a_person(matcher):
    found = names(
        "Mr. Le Van Hai, Investment Counselor to the embassy, spoke.", matcher
    )
    assert "Investment Counselor" not in found
    assert found.get("Le Van Hai") == "leaders"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Phó Thủ tướng Việt Nam Vương Đình Hải đã có cuộc hội kiến.",
            "Vương Đình Hải",
        ),
        ("Đại sứ Hàn Quốc Lee Nak-won đã phát biểu.", "Lee Nak-won"),
        ("HLV Kim Sang-woo đã dẫn dắt đội tuyển.", "Kim Sang-woo"),
    ],
)
def test_a_person_after_their_country_or_title(matcher, text, person):
    found = names(text, matcher)
    assert found.get(person) == "leaders", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The 11th Korea-Vietnam Defence Policy Dialogue was held.",
            "11th Korea-Vietnam",
        ),
        ("They played in the 2019 AFC Asian Cup finals.", "2019 AFC Asian Cup"),
    ],
)
def test_an_events_edition_is_part_of_its_name(matcher, text, name):
    found = names(text, matcher)
    assert any(n.startswith(name) and k == "events" for n, k in found.items()), found


@pytest.mark.parametrize(
    "text", ["In 2019 Hanoi Forum opened.", "Since 2019 Korea-Vietnam Forum has met."]
)
def test_a_year_that_says_when_is_no_edition(matcher, text):
    assert not any(n[:4].isdigit() for n in names(text, matcher)), names(text, matcher)


def test_two_bodies_joined_by_and(matcher):
    found = names(
        "South Korea's Coast Guard and Vietnam's Ministry of Public Security signed it.",
        matcher,
    )
    assert found.get("Ministry of Public Security") == "organizations", found
    assert found.get("ASEAN") is None
    assert (
        names("Vietnam and ASEAN leaders met.", matcher).get("ASEAN") == "organizations"
    )


def test_a_transliterated_province_with_its_spelling_is_a_place(matcher):
    found = names(
        "수도 하노이와 빈즈엉성(Binh Duong), 동나이성(Dong Nai)에도 있다.", matcher
    )
    assert found.get("빈즈엉성") == "cities" and found.get("동나이성") == "cities", (
        found
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Chẩu Văn Lâm tiếp đoàn tại trụ sở tỉnh.",
            "Chẩu Văn Lâm",
        ),  # Văn: a middle name
        ("Visitors met Chau Thi Mai at the market.", "Chau Thi Mai"),  # Thị, unaccented
        ("Đại đức Thích Tường Thanh chia sẻ về chùa.", "Thích Tường Thanh"),  # a monk
    ],
)
def test_a_vietnamese_middle_name_or_a_monks_name_makes_a_person(text, name, matcher):
    assert names(text, matcher).get(name) == "leaders"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sở Văn hóa Thể thao tiếp đoàn tại trụ sở.", "Sở Văn hóa Thể thao"),  # culture
        ("Đoàn thăm Làng Vạn Phúc ở Hà Đông.", "Làng Vạn Phúc"),  # Vạn is no Văn
        ("Họ dự Hội Thi Tay Nghề ở Busan.", "Hội Thi Tay Nghề"),  # a body's head first
    ],
)
def test_no_middle_name_in_a_bodys_name(text, name, matcher):
    assert names(text, matcher).get(name) != "leaders"


def test_a_flight_number_is_no_name(matcher):
    found = names(
        "Chuyến bay VN426 và chuyến KE6810 hạ cánh an toàn tại Busan.", matcher
    )
    assert "VN426" not in found and "KE6810" not in found
    assert "H2020" in names("The H2020 programme funds the Busan lab.", matcher)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Nguyen Van Hiep-Rector of Hannam University spoke.", "Nguyen Van Hiep"),
        ("Ông Oh Sang Sik-Chủ tịch hiệp hội phát biểu.", "Oh Sang Sik"),
        ("Archbishop Kim Hee-jung led the mass.", "Kim Hee-jung"),
        ("Wayne David MP asked the minister.", "Wayne David"),
    ],
)
def test_a_title_joined_by_a_hyphen_or_before_or_after_a_name_is_not_its(
    matcher, text, person
):
    found = names(text, matcher)
    assert found.get(person) == "leaders"


def test_a_consulate_general_keeps_its_general(matcher):
    found = names("Kim Min-su of the Consulate-General in Hue said so.", matcher)
    assert any("Consulate-General" in name for name in found)


def test_a_person_then_a_dash_and_the_body_is_two_names(matcher):
    found = names(
        "Nguyen Van Duoc - Provincial Party Committee Secretary received them.", matcher
    )
    assert found.get("Nguyen Van Duoc") == "leaders"
    assert not [name for name in found if " - " in name]


def test_two_places_dashed_before_a_head_stay_one_name(matcher):
    found = names(
        "The Khanh Hoa - Ulsan Friendly Exchange Agreement was signed.", matcher
    )
    assert "Khanh Hoa - Ulsan Friendly Exchange Agreement" in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Park is a surname before a name, though "park" ends a body's name too
        ("Mr. Park Hong Ook, the firm's CEO, said so.", "Park Hong Ook"),
        # Jun ends a given name where no day follows it
        ("The agent Lee Dong Jun called the coach.", "Lee Dong Jun"),
        # and where a place and a title stand before the name in one run
        (
            "Thị trưởng thành phố Busan Park Hyeong Jun nhận định như vậy.",
            "Park Hyeong Jun",
        ),
        # a less common surname before a common one: one name, not two people
        ("The film is directed by Yeon Hong Jin in Seoul.", "Yeon Hong Jin"),
        ("Phó Thủ tướng Hàn Quốc Choo Kyung-ho phát biểu.", "Choo Kyung-ho"),
    ],
)
def test_a_korean_surname_or_syllable_that_is_also_a_word_stays_in_the_name(
    matcher, text, person
):
    assert names(text, matcher).get(person) == "leaders"


def test_a_short_month_before_a_day_ends_a_name(matcher):
    assert "Lee Dong Jun" not in names("They met Lee Dong Jun 5 times.", matcher)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The university has ties with Binh Duong Province.", "Binh Duong Province"),
        ("Farmers in Hau Giang Province met.", "Hau Giang Province"),
        ("Tourists crowd Sam Son City in summer.", "Sam Son City"),
    ],
)
def test_a_surname_inside_a_listed_place_opens_no_person(matcher, text, place):
    found = names(text, matcher)
    assert found.get(place) == "cities"
    assert not [name for name, kind in found.items() if kind == "leaders"]


def test_a_list_going_on_after_a_comma_is_no_apposition(matcher):
    found = names(
        "Guests included Chairman Choong-Heon Jeon of the Hanbit Content Association, "
        "and President Kim Min-su of the Example Fund.",
        matcher,
    )
    assert found.get("Hanbit Content Association") == "organizations"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Yongdeuk Lee agreed.", "Yongdeuk Lee"),
        ("Then Jong Hyun Kim left early.", "Jong Hyun Kim"),
    ],
)
def test_a_korean_name_written_given_name_first_is_a_person(matcher, text, person):
    assert names(text, matcher).get(person) == "leaders"


def test_vietnamese_words_ending_in_a_korean_surname_are_no_person(matcher):
    found = names("Lớp học Tiếng Hàn mở cửa.", matcher)
    assert found.get("Tiếng Hàn") != "leaders"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a coach, a footballer: people, not bodies; "Dutch" is no name
        (
            "The team was led by Dutch tactician Guus Hiddink that year.",
            "Guus Hiddink",
            "leaders",
        ),
        # a company's officer after its name in the possessive: the name is the company's
        (
            "Hana Micron’s vice president for Vietnam told reporters the plant would grow.",
            "Hana Micron",
            "organizations",
        ),
        # a Korean division romanized with its kind
        (
            "The ministers met at the ministry building in Yongsan-gu, Seoul.",
            "Yongsan-gu",
            "cities",
        ),
        (
            "The delegation then visited Jeollabuk-do to tour its farms.",
            "Jeollabuk-do",
            "cities",
        ),
    ],
)
def test_a_names_type_from_its_role_its_possessive_or_its_kind(
    text, name, kind, matcher
):
    found = names(text, matcher)
    assert found.get(name) == kind
    assert "Dutch" not in found


def test_a_capitals_possessive_before_a_ministry_is_its_countrys_government(matcher):
    found = names(
        "Seoul's Ministry of Trade, Industry and Energy signed the deal.", matcher
    )
    assert found.get("Ministry of Trade, Industry and Energy") == "organizations"
    assert "Seoul's Ministry of Trade, Industry and Energy" not in found


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("The two sides held a Working Session on trade at noon.", "Working Session"),
        ("Theo BTC, chương trình thu hút hàng nghìn người tham dự.", "BTC"),
    ],
)
def test_a_generic_meeting_or_an_abbreviation_of_the_organisers_is_no_name(
    text, junk, matcher
):
    assert junk not in names(text, matcher)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Lee Jae-won’s spokesman Kang Yu-jung told reporters on Monday.",
            "Lee Jae-won",
            "leaders",
        ),
        (
            "Officials from Lotte Myanmar attended the opening.",
            "Lotte Myanmar",
            "organizations",
        ),
    ],
)
def test_a_politicians_spokesman_and_a_company_in_myanmar(text, name, kind, matcher):
    assert names(text, matcher).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The carrier Air Busan will fly to Da Nang from May.", "Air Busan"),
        ("Hãng hàng không giá rẻ Air Seoul sẽ mở đường bay mới.", "Air Seoul"),
        ("Tập đoàn bán lẻ Lotte Mart mở thêm siêu thị ở Hà Nội.", "Lotte Mart"),
    ],
)
def test_an_airline_or_a_firm_after_its_description_is_named_alone(matcher, text, name):
    found = proposed_names(matcher, text)
    assert found.get(name) == "organizations"
    assert not any(other.startswith(("Hãng", "Tập đoàn")) for other in found)


def test_a_country_airline_after_its_description_is_whole(matcher):
    found = proposed_names(matcher, "Hãng hàng không Vietnam Airlines mở đường bay.")
    assert set(found) == {"Vietnam Airlines"}


def test_a_firm_whose_name_has_a_capital_inside_stays_whole_after_its_description(
    matcher,
):
    text = "Tập đoàn thương mại điện tử eBay Korea mở văn phòng tại Hà Nội."
    found = proposed_names(matcher, text)
    assert found.get("Tập đoàn thương mại điện tử eBay Korea") == "organizations"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Korea's Ministry of Agriculture, Food and Rural Affairs Minister Song said so.",
            "Ministry of Agriculture, Food and Rural Affairs",
        ),
        (
            "The Ministry of Labour, Invalids and Social Affairs Deputy Minister attended.",
            "Ministry of Labour, Invalids and Social Affairs",
        ),
    ],
)
def test_a_ministrys_fields_end_before_its_ministers_title(matcher, text, body):
    found = names(text, matcher)
    assert body in found
    assert not any(name.startswith(body) and name != body for name in found)


@pytest.mark.parametrize(
    "text",
    [
        "Tại lễ ký kết, Tổng thư ký hiệp hội - Hwangbo Eun phát biểu.",
        "The council's secretary general - Sagong Il - spoke.",
    ],
)
def test_a_korean_surname_of_two_syllables_opens_a_persons_name(matcher, text):
    found = names(text, matcher)
    assert [
        kind for name, kind in found.items() if name.startswith(("Hwangbo", "Sagong"))
    ] == ["leaders"]


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (  # a Korean name, its short form glued to it
            "농어촌공사는 한국국제협력단(KOICA), 유엔 식량농업기구(FAO) 대표 등과 만났다.",
            "한국국제협력단",
            "KOICA",
        ),
        (  # a Vietnamese name in sentence case
            "Ông Kim làm việc với Hiệp hội Doanh nghiệp Hàn Quốc (HDH) tại Hà Nội.",
            "Hiệp hội Doanh nghiệp Hàn Quốc",
            "HDH",
        ),
        (
            "The Seoul Business Agency (SBA) helped, and SBA staff came.",
            "Seoul Business Agency",
            "SBA",
        ),
        (  # a short form of two parts
            "Delegates visited the Vietnam Korea Institute of Technology (VKIT-HN) today.",
            "Vietnam Korea Institute of Technology",
            "VKIT-HN",
        ),
    ],
)
def test_a_short_form_in_brackets_is_the_names_alias_not_a_name(
    matcher, text, name, short
):
    """One body, one candidate: its short form is an alias its stub lists, so the
    matcher links both spellings once the stub is filled in."""
    passages = (Passage(PARAGRAPH, "p-1", text, 1),)
    article = Article("a", "seeds/a.txt", "A", passages, None, (), Metadata(), 1)
    found = {c.name: c for c in find_candidates(article, matcher)}
    assert short not in found
    assert found[name].aliases == (short,)
    stub = yaml.safe_load(stub_text(found[name]).split("---")[1])
    assert short in stub["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        "Khoảng 2.500 lao động sang Hàn Quốc làm việc mỗi năm.",
        "Hơn 10.000 người dự thi năm nay.",
        "Nearly 1,200 firms joined the fair.",
    ],
)
def test_a_word_before_a_number_cut_at_its_thousands_is_no_name(matcher, text):
    assert names(text, matcher) == {}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a body credited beside a person or a project, a place's code: no short form
        ("Mr Kim Min-jun (KOTRA) said the fair would grow.", "KOTRA"),
        (
            "Dự án Làng thông minh Hòa Vang (KOICA) được khởi công. KOICA tài trợ.",
            "KOICA",
        ),
    ],
)
def test_a_bracketed_body_whose_letters_do_not_fit_the_name_stays_a_name(
    matcher, text, kept
):
    passages = (Passage(PARAGRAPH, "p-1", text, 1),)
    article = Article("a", "seeds/a.txt", "A", passages, None, (), Metadata(), 1)
    found = {c.name: c for c in find_candidates(article, matcher)}
    assert kept in found
    assert not any(kept in c.aliases for c in found.values())


def test_a_places_code_in_brackets_is_no_alias(matcher):
    text = "Samsung Electronics (VN) hired 500 engineers in Bac Ninh."
    passages = (Passage(PARAGRAPH, "p-1", text, 1),)
    article = Article("a", "seeds/a.txt", "A", passages, None, (), Metadata(), 1)
    found = {c.name: c for c in find_candidates(article, matcher)}
    assert found["Samsung Electronics"].aliases == ()


def test_a_registered_names_short_form_is_no_new_name_whatever_its_letters(matcher):
    """A short form after a registered name is that entity's, though its letters do not
    spell the name ("Seoul (SMG)": its government's)."""
    assert "SMG" not in names("Officials of Seoul (SMG) met the delegation.", matcher)


@pytest.mark.parametrize(
    ("text", "person", "junk"),
    [
        # "Đại sứ" (ambassador) after the name, its second syllable in lower case
        (
            "Buổi lễ có ông Choi Youngsam Đại sứ Hàn Quốc tại Việt Nam tham dự.",
            "Choi Youngsam",
            "Choi Youngsam Đại",
        ),
        # "Tổng Lãnh sự" (consul general), "Ngài" (His Excellency) before the name
        (
            "Lãnh đạo tỉnh đã tiếp Ngài Kang Myongil - Tổng Lãnh sự Hàn Quốc tại thành phố.",
            "Kang Myongil",
            "Tổng Lãnh",
        ),
    ],
)
def test_a_vietnamese_title_begun_in_capitals_is_no_part_of_a_name(
    matcher, text, person, junk
):
    found = names(text, matcher)
    assert found.get(person) == "leaders"
    assert junk not in found
    assert f"Ngài {person}" not in found


def test_a_body_named_after_a_title_keeps_its_name(matcher):
    text = "Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng tổ chức lễ kỷ niệm."
    assert "Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng" in names(text, matcher)


@pytest.mark.parametrize(
    ("text", "person", "joined"),
    [
        (
            "They met Prime Minister Hwang Kyo-ahn and National Assembly Speaker "
            "Chung Sye-kyun in Seoul.",
            "Hwang Kyo-ahn",
            "Hwang Kyo-ahn and National Assembly",
        ),
        (
            "Prime Minister Nguyen Xuan Phuc and Vietnamese National Assembly's "
            "Chairwoman Nguyen Thi Kim Ngan met the guests.",
            "Nguyen Xuan Phuc",
            "Nguyen Xuan Phuc and Vietnamese National Assembly",
        ),
    ],
)
def test_and_after_a_persons_name_ends_it(matcher, text, person, joined):
    found = names(text, matcher)
    assert found.get(person) == "leaders"
    assert joined not in found


def test_a_number_after_a_persons_name_is_no_part_of_it(matcher):
    text = "The court ordered the state to pay Nguyen Thi Thanh 30 million won."
    found = names(text, matcher)
    assert found.get("Nguyen Thi Thanh") == "leaders"
    assert "Nguyen Thi Thanh 30" not in found


def test_a_number_after_an_events_name_stays(matcher):
    assert "Busan Expo 2030" in names("The Busan Expo 2030 bid was lost.", matcher)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Chủ tịch tập đoàn SK Chey Tae-won phát biểu tại diễn đàn.", "Chey Tae-won"),
        (
            "Tổng giám đốc LG Display Hải Phòng Suk Myung Su khẳng định như vậy.",
            "Suk Myung Su",
        ),
    ],
)
def test_a_company_before_a_person_with_a_less_common_surname_stays_apart(
    matcher, text, person
):
    assert names(text, matcher).get(person) == "leaders"


@pytest.mark.parametrize(
    ("text", "agreement"),
    [
        (
            "They will amend the existing MOU on defense cooperation this year.",
            "MOU on defense cooperation",
        ),
        (
            "Both sides will implement the Memorandum of Understanding on defence "
            "cooperation between the two ministries.",
            "Memorandum of Understanding on defence cooperation",
        ),
    ],
)
def test_an_agreement_in_capitals_on_a_topic_in_lower_case(matcher, text, agreement):
    assert names(text, matcher).get(agreement) == "agreements"


@pytest.mark.parametrize(
    ("text", "body", "titled"),
    [
        (
            "He is a member of the Olympic Council and Chairman of Hanbit University.",
            "Hanbit University",
            "Chairman of Hanbit University",
        ),
        (
            "She is a Member of the Asian Olympic Committee in Seoul.",
            "Asian Olympic Committee",
            "Member of the Asian Olympic Committee",
        ),
    ],
)
def test_a_role_of_a_body_is_no_part_of_its_name(matcher, text, body, titled):
    found = names(text, matcher)
    assert found.get(body) == "organizations"
    assert titled not in found


def test_an_institution_an_outlets_name_opens_is_proposed(matcher):
    found = names("Chosun University has pioneered exchange with Hue.", matcher)
    assert found.get("Chosun University") == "organizations"


def test_an_outlets_name_and_its_desk_are_not_proposed(matcher):
    found = names("Chosun Ilbo reported the visit, Yonhap News said.", matcher)
    assert not any(name.startswith(("Chosun", "Yonhap")) for name in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Bà Phạm Thị Minh Thu trưởng đại diện KOTRA tại Hà Nội cho biết.",
            "Phạm Thị Minh Thu",
        ),
        (
            "They met Prime Minister Park Jin and National Assembly Speaker Kim Jin-pyo.",
            "Park Jin",
        ),
        (
            "The court ordered the state to pay Park Ji-won 30 million won.",
            "Park Ji-won",
        ),
        (
            "Yoon Suk Yeol and Vo Van Thuong and Lee Jae-sung met in Hanoi.",
            "Lee Jae-sung",
        ),
    ],
)
def test_names_the_review_found_cut_wrongly(matcher, text, person):
    assert names(text, matcher).get(person) == "leaders"


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Lee International IP and Law Group opened an office in Hanoi.",
            "Lee International IP and Law Group",
        ),
        (
            "Kim Jang Lee and Partners opened an office in Hanoi.",
            "Kim Jang Lee and Partners",
        ),
    ],
)
def test_a_firm_a_surname_opens_is_not_cut_at_and(matcher, text, firm):
    assert names(text, matcher).get(firm) == "organizations"


def test_a_vietnamese_place_is_no_korean_surnames_person(matcher):
    found = names("Doanh nghiệp Hàn Quốc đầu tư vào Mỏ Cày Nam.", matcher)
    assert found.get("Mỏ Cày Nam") == "cities"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Officials of the Ministry of Planning and Investment attended the event.",
            "Ministry of Planning and Investment",
        ),
        (
            "Representatives of the Ministry of Science and Technology met the guests.",
            "Ministry of Science and Technology",
        ),
    ],
)
def test_a_body_named_for_two_fields_after_the_people_of_it_stays_whole(
    matcher, text, body
):
    assert names(text, matcher).get(body) == "organizations"


def test_a_person_of_a_body_named_for_two_fields_is_kept(matcher):
    found = names(
        "Deputy Director Nguyễn Thị Hồng Vân of the Bắc Ninh Department of Industry "
        "and Trade said local firms were ready.",
        matcher,
    )
    assert found.get("Nguyễn Thị Hồng Vân") == "leaders"
    assert "Bắc Ninh Department of Industry and Trade" in found


def test_the_people_of_two_bodies_joined_by_and_part_them(matcher):
    found = names(
        "Representatives of Daeil Semicon and Dong Do Technical College signed it.",
        matcher,
    )
    assert found.get("Dong Do Technical College") == "organizations"
    assert "Daeil Semicon" in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Staff of the University of Social Sciences and Humanities met them.",
            "University of Social Sciences and Humanities",
        ),
        (
            "Students of the Academy of Journalism and Communication met them.",
            "Academy of Journalism and Communication",
        ),
    ],
)
def test_a_school_named_for_two_fields_after_its_people_stays_whole(
    matcher, text, body
):
    assert names(text, matcher).get(body) == "organizations"


def test_a_country_then_a_number_is_no_name(matcher):
    found = names(
        "Đội U22 Việt Nam 5 lần vô địch; Hàn Quốc 5 năm liền đứng đầu.", matcher
    )
    assert not any(name in ("Việt Nam 5", "Hàn Quốc 5") for name in found)


def test_a_time_zones_letters_after_and_in_a_name_are_its_field(matcher):
    """ "ICT" is a time zone after a clock ("10:00 ICT") but a field after "and" in a
    ministry's name."""
    found = names(
        "The Ministry of Science and ICT met officials at 10:00 ICT.", matcher
    )
    assert found == {"Ministry of Science and ICT": "organizations"}
    found = names("The Ministry of Science & ICT met officials.", matcher)
    assert found == {"Ministry of Science & ICT": "organizations"}


def test_a_title_month_or_initials_after_and_still_end_a_name(matcher):
    found = names(
        "The Ministry of Planning and Investment and PM Pham Minh Chinh welcomed "
        "investors; Korea Exchange and April Capital hosted the forum.",
        matcher,
    )
    assert "Ministry of Planning and Investment" in found
    assert not any(" and PM" in n or " and April" in n for n in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Growth could surpass China according to Turicum Investment Management.",
        "Funds came from Lotus Asset Management and others.",
    ],
)
def test_an_investment_or_asset_manager_is_an_organization(matcher, sentence):
    found = proposed_names(matcher, sentence)
    assert [kind for name, kind in found.items() if "Management" in name] == [
        "organizations"
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Shayne Elliott, who last year replaced the bank's long-serving head, has "
            "focused on the lower returns of its Asian businesses.",
            "Shayne Elliott",
        ),
        (
            "Bộ phim là tác phẩm đầu tay của đạo diễn Kay Nguyễn tại liên hoan.",
            "Kay Nguyễn",
        ),
        ("Đêm nhạc có sự tham gia của ca sĩ Hariwon và nhiều nghệ sĩ.", "Hariwon"),
    ],
)
def test_who_after_a_name_or_a_director_or_singer_before_it_tells_a_person(
    matcher, sentence, name
):
    assert proposed_names(matcher, sentence).get(name) == "leaders"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "It helps, said Song Ji-ho, chief executive of Hanbit Bank Vietnam, who "
            "oversees the bank's digital business.",
            "Hanbit Bank Vietnam",
        ),
        (
            "Julia is a business development manager at Daewon Real Estate who you may "
            "have met.",
            "Daewon Real Estate",
        ),
    ],
)
def test_who_after_a_body_whose_officer_is_named_leaves_the_body_a_body(
    matcher, sentence, name
):
    assert proposed_names(matcher, sentence).get(name) == "organizations"


def test_a_korean_body_whose_head_ends_as_a_particle_is_no_phrase(matcher):
    """ "…경찰서" ends as "서" (at) does, "…디스플레이" as "이"; each is a body, not a
    word with its particle."""
    found = proposed_names(
        matcher, "이날 장관은 인천해양경찰서 전용부두와 안양소방서를 방문했다."
    )
    assert found.get("인천해양경찰서") == "organizations"
    assert found.get("안양소방서") == "organizations"
    assert proposed_names(matcher, "한빛디스플레이는 박닌성에 공장을 짓는다.").get(
        "한빛디스플레이"
    ) == ("organizations")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Blackpink, who performed in Hanoi on Saturday, flew home.", "Blackpink"),
        ("Các ca sĩ của Starship đã biểu diễn tại Hà Nội tối qua.", "Starship"),
    ],
)
def test_a_band_or_a_singers_agency_is_no_person(matcher, sentence, name):
    assert proposed_names(matcher, sentence).get(name) != "leaders"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "한빛인삼농협은 베트남 수출을 늘렸다고 밝혔다.",
            "한빛인삼농협",
        ),  # a cooperative
        ("한빛테크노파크가 상담회를 공동주관했다.", "한빛테크노파크"),
        ("한빛마이크론은 박장성에서 반도체를 생산한다.", "한빛마이크론"),
        ("한빛케미칼과 한빛임플란트가 전시회에 참가했다.", "한빛케미칼"),
    ],
)
def test_a_korean_cooperative_or_firm_by_its_head_noun(matcher, sentence, name):
    assert proposed_names(matcher, sentence).get(name) == "organizations"


def test_a_kind_of_cooperative_fibre_or_implant_is_no_body(matcher):
    found = proposed_names(
        matcher,
        "지역농협과 단위농협은 식이섬유와 탄소섬유, 합성섬유 제품, 치과임플란트를 소개했다.",
    )
    assert not [name for name in found if name.endswith(("농협", "섬유", "임플란트"))]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Korea's Rural Development Administration sent experts to Hanoi.",
            "Rural Development Administration",
        ),
        (
            "According to South Korea’s National Police Agency, the man was arrested.",
            "National Police Agency",
        ),
    ],
)
def test_a_country_s_body_named_by_common_words_after_its_possessive(
    matcher, sentence, name
):
    assert proposed_names(matcher, sentence).get(name) == "organizations"


def test_common_words_with_no_country_s_possessive_stay_no_body(matcher):
    found = proposed_names(
        matcher, "The Rural Development Administration sent experts."
    )
    assert "Rural Development Administration" not in found
    assert "Joint Committee" not in proposed_names(
        matcher, "Vietnam's Joint Committee met."
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The trip was led by the abbot of Minh Trang Pagoda (Cheongju City, Chungbuk).",
            "Minh Trang Pagoda",
        ),
    ],
)
def test_a_religious_house_whose_abbot_leads_is_an_organisation(
    matcher, sentence, name
):
    assert proposed_names(matcher, sentence).get(name) == "organizations"


def test_a_name_over_brackets_after_other_brackets_in_the_sentence(matcher):
    # the words before the second brackets are read from the first brackets on, not
    # from the sentence's start (whose own brackets end elsewhere)
    found = names(
        "Ho Chi Minh (HCM) City leaders said the Ho Chi Minh (HCM) City People's"
        " Committee would host the forum.",
        matcher,
    )
    assert found.get("Ho Chi Minh (HCM) City People's Committee") == "organizations"


def test_no_name_is_read_from_the_tail_of_a_name_over_earlier_brackets(matcher):
    # "City People's Committee (DNPC) Office" only continues the name that runs over
    # "(DN)": it is no name of its own
    found = names(
        "The Da Nang (DN) City People's Committee (DNPC) Office said tourism grew.",
        matcher,
    )
    assert not any(name.startswith("City People") for name in found)
