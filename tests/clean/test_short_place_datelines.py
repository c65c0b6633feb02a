"""A dateline whose place is a short name in capitals ("HUE —", "VINH —") is the place the
story is filed from, not an outlet's tag; a short tag that names no place ("HNP -") is
still the outlet's. Every text here is made up."""

from __future__ import annotations

import pytest
from builders import HEAD, MORE, STORY, article_from_text, paragraphs


@pytest.mark.parametrize("place", ["HUE", "VINH"])
def test_a_short_place_in_capitals_is_the_dateline(place):
    article = article_from_text(f"{HEAD}\n\n{place} — {STORY}\n\n{MORE}\n")
    assert article.metadata.dateline == place
    assert article.metadata.outlet is None
    assert paragraphs(article) == [STORY, MORE]


def test_a_short_tag_of_no_place_is_still_the_outlet():
    article = article_from_text(f"{HEAD}\n\nHNP - {STORY}\n\n{MORE}\n")
    assert article.metadata.dateline is None
    assert article.metadata.outlet == "HNP"
    assert paragraphs(article) == [STORY, MORE]
