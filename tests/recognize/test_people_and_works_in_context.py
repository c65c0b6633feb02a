"""People the context names, though their own words say nothing: a person's title in an
appositive after a dotted country ("…, the U.S. president") names a person, a body's
("…, the U.S. lender") a body (recognize/candidates)."""

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
