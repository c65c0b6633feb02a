"""A title-case headline over a title-case line that restates it, the story right under
them (``restated_headlines``): lines written for the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import LAST, MORE, STORY, article_from_text

HEAD = "Busan Trade Mission Opens Joint Office in Can Tho for Small Firms"
RESTATED = "Can Tho and Busan Open Joint Trade Office to Help Small Firms"


def _page(*header: str) -> str:
    return "\n\n".join((*header, STORY, MORE, LAST)) + "\n"


def test_the_headline_over_its_restatement_is_the_headline():
    assert (
        article_from_text(_page("Tuesday, 3 June 2025", HEAD, RESTATED)).title == HEAD
    )


def test_the_pair_read_the_other_way_round_keeps_the_upper_line():
    assert article_from_text(_page(RESTATED, HEAD)).title == RESTATED


@pytest.mark.parametrize(
    "above",
    [
        "Mekong Trade Office",  # a section's or a company's name: too short
        "Regional Desk Covers Cultural Festivals Across the Country",  # no shared words
        "The Busan Society of Trade Office Research 1",  # a label ending in its number
    ],
)
def test_a_line_that_does_not_restate_the_headline_stays_above_it(above):
    assert article_from_text(_page(above, HEAD)).title == HEAD
