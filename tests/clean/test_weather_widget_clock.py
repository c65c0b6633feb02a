"""A site's clock beside its weather widget, the temperature with no degree sign and the
city under it ("Monday, May 5, 2025" / "13.6 C" / "London"): the site's today, not the
article's date, and the widget's city is no masthead. Every text is invented; each test
keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import HEAD, MORE, STORY, article_from_text, paragraphs


@pytest.mark.parametrize(
    "widget",
    [
        "Monday, May 5, 2025\n13.6 C\nLondon",
        "58 F\nLos Angeles\nMonday, April 29, 2024",
    ],
)
def test_the_clock_by_a_weather_widget_dates_no_story(widget):
    article = article_from_text(f"{widget}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.published is None
    assert article.metadata.outlet is None
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


def test_the_date_under_the_headline_still_dates_the_story():
    text = (
        f"Monday, May 5, 2025\n13.6 C\nLondon\n\n{HEAD}\n\nMay 2, 2025\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    assert article_from_text(text).metadata.published == "2025-05-02"
