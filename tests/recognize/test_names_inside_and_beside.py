"""Registered names inside a body's name, an institution's name going on past a registered
one, a body placed in another country's city, middle dots between a name's words, and
places written onto a Korean word. The texts are invented."""

from __future__ import annotations

import pytest
from builders import make_entity, make_registry
from dossier.recognize.matcher import build_matcher, find_in_text

MATCHER = build_matcher(
    make_registry(
        make_entity(
            "cities",
            "Hanoi",
            aliases=["Hà Nội"],
            country="Viet Nam",
            kind="capital city",
        ),
        make_entity("cities", "Busan", aliases=["부산"], country="South Korea"),
        make_entity(
            "cities",
            "Seoul",
            aliases=["서울"],
            country="South Korea",
            kind="capital city",
        ),
        make_entity(
            "cities", "Ho Chi Minh City", aliases=["호찌민"], country="Viet Nam"
        ),
        make_entity(
            "organizations", "Hanoi University", aliases=["Trường Đại học Hà Nội"]
        ),
        make_entity(
            "organizations",
            "Hanoi People's Committee",
            aliases=["Ủy ban nhân dân thành phố Hà Nội"],
            country="Viet Nam",
        ),
        make_entity("organizations", "Seoul Trade Agency", country="South Korea"),
        make_entity("organizations", "Seoul City Government", country="South Korea"),
        make_entity("organizations", "KORIX", country="South Korea"),
        make_entity("organizations", "Sao Films", country="Viet Nam"),
        make_entity(
            "organizations",
            "Ministry of Foreign Affairs of Viet Nam",
            aliases=["Ministry of Foreign Affairs", "Bộ Ngoại giao"],
            country="Viet Nam",
        ),
        make_entity(
            "organizations", "Department of Ports of Busan", country="South Korea"
        ),
        make_entity("organizations", "Press Bureau of Hanoi"),
        make_entity(
            "organizations",
            "Labour Party of Vietnam",
            aliases=["Đảng Lao động Việt Nam"],
            country="Viet Nam",
        ),
        make_entity(
            "organizations",
            "Central Board of the Labour Party of Vietnam",
            aliases=["Ban Trung ương Đảng Lao động Việt Nam"],
            country="Viet Nam",
        ),
        make_entity(
            "organizations",
            "Vietnamese Trade Office in Busan",
            aliases=["Văn phòng Thương mại Việt Nam tại Busan"],
            country="Viet Nam",
        ),
        make_entity(
            "organizations",
            "Ministry of Planning of Viet Nam",
            aliases=["Ministry of Planning", "Bộ Kế hoạch"],
            country="Viet Nam",
        ),
        make_entity("organizations", "Viet Nam Press Office", country="Viet Nam"),
        make_entity("initiatives", "Hanoi Blues"),  # a film's title
        make_entity(
            "agreements",
            "Viet Nam–Korea Broad Partnership",
            aliases=["넓은 전략적 동반자 관계"],
        ),
    )
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(slug, text[a:b]) for slug, a, b in find_in_text(text, MATCHER, set())]


@pytest.mark.parametrize(
    ("text", "body", "name", "place"),
    [
        (
            "Lecturers of Hanoi University met.",
            "hanoi-university",
            "Hanoi University",
            "hanoi",
        ),
        (
            "The Seoul Trade Agency opened a desk.",
            "seoul-trade-agency",
            "Seoul Trade Agency",
            "seoul",
        ),
    ],
)
def test_a_place_opening_a_bodys_name_is_a_mention_after_it(text, body, name, place):
    # the editors read a place in any body's name, registered or not, as naming it
    assert _found(text) == [(body, name), (place, name.split()[0])]


def test_a_place_named_further_into_a_bodys_name_is_a_mention_after_it():
    assert _found("Staff of the Press Bureau of Hanoi met.") == [
        ("press-bureau-of-hanoi", "Press Bureau of Hanoi"),
        ("hanoi", "Hanoi"),
    ]


def test_a_body_inside_a_bodys_name_is_a_mention_after_it():
    text = "Ủy viên Ban Trung ương Đảng Lao động Việt Nam phát biểu."
    assert _found(text) == [
        (
            "central-board-of-the-labour-party-of-vietnam",
            "Ban Trung ương Đảng Lao động Việt Nam",
        ),
        ("labour-party-of-vietnam", "Đảng Lao động Việt Nam"),
    ]
    assert _found("the Central Board of the Labour Party of Vietnam") == [
        (
            "central-board-of-the-labour-party-of-vietnam",
            "Central Board of the Labour Party of Vietnam",
        ),
        ("labour-party-of-vietnam", "Labour Party of Vietnam"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Staff of the Vietnamese Trade Office in Busan met.",
        "Văn phòng Thương mại Việt Nam tại Busan cho biết.",
    ],
)
def test_a_place_a_body_is_in_is_no_mention_of_its_own(text):
    assert [slug for slug, _ in _found(text)] == ["vietnamese-trade-office-in-busan"]


def test_a_place_ending_a_vietnamese_institutions_name_is_a_mention_after_it():
    # as "Hanoi University" names Hanoi, so does "Trường Đại học Hà Nội"
    assert _found("Sáng nay, Trường Đại học Hà Nội đón đoàn khách.") == [
        ("hanoi-university", "Trường Đại học Hà Nội"),
        ("hanoi", "Hà Nội"),
    ]


def test_a_place_after_its_administrative_word_in_a_bodys_name_is_a_mention():
    assert _found("Ủy ban nhân dân thành phố Hà Nội cho biết.") == [
        ("hanoi-peoples-committee", "Ủy ban nhân dân thành phố Hà Nội"),
        ("hanoi", "Hà Nội"),
    ]


def test_a_place_opening_a_works_title_is_no_mention():
    assert _found("The film Hanoi Blues opens.") == [("hanoi-blues", "Hanoi Blues")]


@pytest.mark.parametrize(
    "text",
    [
        "Students of Hanoi University of Pharmacy won.",
        "Students of Hanoi University of the Arts won.",
    ],
)
def test_an_institution_going_on_with_of_and_a_name_is_another(text):
    assert _found(text) == [("hanoi", "Hanoi")]


def test_an_institution_before_of_and_small_words_is_the_registered_one():
    assert _found("Hanoi University, of all places, hosted it.")[0] == (
        "hanoi-university",
        "Hanoi University",
    )


def test_a_body_in_a_city_of_another_country_is_that_countrys():
    assert _found("He called on the Ministry of Planning in Seoul today.") == [
        ("seoul", "Seoul")
    ]
    assert _found("Bộ Kế hoạch tại Seoul cho biết.") == [("seoul", "Seoul")]


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "A fair run by the Seoul Trade Agency in Hanoi drew crowds.",
            "Seoul Trade Agency",
        ),
        ("The tour was staged with KORIX in Hanoi last week.", "KORIX"),
        ("The film deal was signed by Sao Films in Seoul on Monday.", "Sao Films"),
        (
            "The Seoul City Government in Hanoi opened an office.",
            "Seoul City Government",
        ),
    ],
)
def test_a_firm_an_agency_or_a_city_government_in_another_countrys_city_keeps_it(
    text, body
):
    assert body in [name for _, name in _found(text)]


def test_a_ministry_visiting_a_city_that_is_no_capital_is_its_own():
    assert _found("Đoàn công tác của Bộ Ngoại giao tại Busan đã làm việc.") == [
        ("ministry-of-foreign-affairs-of-viet-nam", "Bộ Ngoại giao"),
        ("busan", "Busan"),
    ]


def test_the_ministry_of_a_field_in_another_capital_is_that_countrys():
    assert _found("He met the Ministry of Foreign Affairs in Seoul on Friday.") == [
        ("seoul", "Seoul")
    ]


def test_a_ministry_named_with_a_place_of_its_own_keeps_it_in_another_capital():
    assert [
        slug for slug, _ in _found("The Department of Ports of Busan in Hanoi met.")
    ] == ["department-of-ports-of-busan", "busan", "hanoi"]


def test_a_body_in_a_city_of_its_own_country_is_linked():
    assert _found("He called on the Ministry of Planning in Hanoi today.") == [
        ("ministry-of-planning-of-viet-nam", "Ministry of Planning"),
        ("hanoi", "Hanoi"),
    ]


def test_a_body_whose_name_carries_its_country_keeps_it_in_another_city():
    assert _found("The Viet Nam Press Office in Seoul said.") == [
        ("viet-nam-press-office", "Viet Nam Press Office"),
        ("seoul", "Seoul"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "양국은 넓은·전략적 동반자 관계를 맺었다.",
        "양국은 넓은ㆍ전략적 동반자 관계를 맺었다.",
        "양국은 ‘넓은・전략적 동반자 관계’로 나아간다.",
    ],
)
def test_middle_dots_join_the_words_of_a_name(text):
    assert [slug for slug, _ in _found(text)] == ["viet-nam-korea-broad-partnership"]


def test_the_hangul_middle_dot_separates_two_places():
    assert _found("부산ㆍ서울 노선") == [("busan", "부산"), ("seoul", "서울")]


@pytest.mark.parametrize(
    "text, place",
    [
        ("장관은 정부서울청사에서 협약을 맺었다.", "서울"),
        ("에어부산이 새 노선을 띄운다.", "부산"),
        ("에어서울 항공편", "서울"),
    ],
)
def test_a_place_after_a_word_written_onto_it(text, place):
    # the place's own span inside the word, not the word
    assert find_in_text(text, MATCHER, set()) == [
        (MATCHER.joined[place], text.index(place), text.index(place) + len(place))
    ]


def test_a_word_written_onto_no_place_names_none():
    assert _found("에어컨과 정부청사") == []


@pytest.mark.parametrize(
    "text",
    ["호찌민 전 국가주석의 생가", "호찌민 국가주석", "호찌민 초대 주석"],
)
def test_the_man_before_former_and_his_title(text):
    assert _found(text) == []


def test_the_city_before_former_and_no_title_is_the_city():
    assert _found("호찌민 전 지역에서") == [("ho-chi-minh-city", "호찌민")]
