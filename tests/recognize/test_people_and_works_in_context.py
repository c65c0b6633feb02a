"""People and works the context names, though their own words say nothing: a person's
title in an appositive after a dotted country ("…, the U.S. president"), a two-syllable
Vietnamese name listed beside a person's, a full name whose last word alone speaks
later, a quoted title a director is credited with, what an actor starred in; a body a
nationality says which of ("Vietnamese National Assembly"), a film company's "Pictures",
a programme a company's name opens; an industrial complex, a place
(recognize/candidates)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    "text",
    [
        "Marcus Bell, the U.S. president, said tariffs would rise next year.",
        "Anna Holm, a U.K. minister, visited the port on Monday.",
    ],
)
def test_a_title_after_a_dotted_country_names_a_person(matcher, text):
    name = text.split(",")[0]
    assert proposed_names(matcher, text)[name] == "leaders"


def test_a_body_after_a_dotted_country_stays_a_body(matcher):
    found = proposed_names(
        matcher, "Northwind Capital, the U.S. lender, said it would invest more."
    )
    assert found["Northwind Capital"] == "organizations"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“Lá thư mùa đông,” dự án hợp tác giữa hai nước do đạo diễn Trần Minh "
            "Khoa thực hiện, ra mắt khán giả từ tháng 7.",
            "Lá thư mùa đông",
        ),
        (
            "Một tác phẩm khác là “Về nhà ăn tết,” do đạo diễn Park Se-hoon chỉ đạo.",
            "Về nhà ăn tết",
        ),
        (
            'The second is "Winter Letters," directed by Kim Do-yun, out in July.',
            "Winter Letters",
        ),
    ],
)
def test_a_quoted_title_a_director_is_credited_with_is_a_work(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "initiatives"


def test_a_quote_a_speaker_follows_is_no_work(matcher):
    found = proposed_names(
        matcher, "“Hợp tác là chìa khóa,” đạo diễn Trần Minh Khoa nói với báo chí."
    )
    assert "Hợp tác là chìa khóa" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Cậu có hai người bạn thân (Quế Lâm và Hoàng Hà) luôn bên cạnh.",
            "Quế Lâm",
        ),
        (
            "Sự tham gia của Tiến Đạt và Đinh Y Nhung làm phim thêm sức hút.",
            "Tiến Đạt",
        ),
    ],
)
def test_syllables_listed_beside_a_person_name_a_person(matcher, text, name):
    assert proposed_names(matcher, text)[name] == "leaders"


def test_syllables_listed_beside_a_listed_place_stay_a_place(matcher):
    found = proposed_names(matcher, "Đoàn đã đến Hà Nam và Lạc Dương trong tuần trước.")
    assert found.get("Lạc Dương") == "cities"


def test_a_full_name_whose_last_word_speaks_is_a_person(matcher):
    found = proposed_names(
        matcher,
        "Back home, Lien Tho had always liked the dramas.",
        '"It was far from what I hoped," Tho said.',
    )
    assert found == {"Lien Tho": "leaders"}


def test_a_full_name_whose_last_word_says_nothing_stays_as_read(matcher):
    found = proposed_names(
        matcher,
        "Back home, Lien Tho had always liked the dramas.",
        "Tho is far from the sea.",
    )
    assert found.get("Lien Tho") == "cities"


def test_an_industrial_complex_is_a_place(matcher):
    found = proposed_names(
        matcher, "The Dong Vinh Industrial Complex is home to many shipping firms."
    )
    assert found == {"Dong Vinh Industrial Complex": "cities"}


def test_a_complex_inside_a_firm_s_name_is_no_place(matcher):
    found = proposed_names(
        matcher, "Hana Complex Materials Co won the contract, a manager said."
    )
    assert found.get("Hana Complex Materials Co") == "organizations"


def test_what_an_actor_starred_in_is_a_work(matcher):
    found = proposed_names(
        matcher,
        "Before this film, the lead also starred in Chi Ba Ngay last year.",
    )
    assert found["Chi Ba Ngay"] == "initiatives"


def test_what_an_actor_lived_in_stays_a_place(matcher):
    found = proposed_names(
        matcher, "Before this film, the lead also lived in Phong Nhi last year."
    )
    assert found["Phong Nhi"] == "cities"


def test_pictures_name_a_film_company(matcher):
    found = proposed_names(
        matcher, "The remake was made by Im Pictures with a local partner."
    )
    assert found["Im Pictures"] == "organizations"


def test_a_programme_a_company_name_opens_is_a_programme(matcher):
    found = proposed_names(
        matcher,
        "The two sides backed several schemes, including the CJ Short Film Making "
        "Project, where young directors got funds.",
    )
    assert found["CJ Short Film Making Project"] == "initiatives"


def test_a_company_name_and_a_country_stay_a_company(matcher):
    found = proposed_names(matcher, "Samsung Vietnam opened its new office in 2016.")
    assert found["Samsung Vietnam"] == "organizations"
