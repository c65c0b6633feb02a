"""A copy of the headline cut short over the headline whole (``first_headline``):
lines written for the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import LAST, MORE, STORY, article_from_text

WHOLE = "Korean firms open a joint office for small suppliers in Hanoi"


@pytest.mark.parametrize("label", ["", "[INTERVIEW] "])
def test_the_whole_headline_under_its_cut_copy_is_taken(label):
    text = (
        f"reader's avatar\nKorean firms open a joint\n{label}{WHOLE}\n"
        f"Officials of both cities at the signing on Monday\n\n"
        f"{STORY}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article_from_text(text).title == WHOLE


def test_a_headline_over_itself_with_its_date_stays():
    text = (
        f"{WHOLE}\n\n{WHOLE} 29/07/2015 03:57:00 533\n\n"
        f"Font-size:A- A+\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article_from_text(text).title == WHOLE
