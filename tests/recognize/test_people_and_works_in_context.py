"""People and works the context names, though their own words say nothing: a person's
title in an appositive after a dotted country ("…, the U.S. president"), a two-syllable
Vietnamese name listed beside a person's, a full name whose last word alone speaks
later, a quoted title a director is credited with; and a body a nationality says which
of ("Vietnamese National Assembly") (recognize/candidates)."""

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
