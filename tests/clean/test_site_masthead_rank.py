"""A syndicated copy on a site whose masthead opens with 'The': the carried outlet's own
line, sign-off or byline names the outlet, not the site's masthead, and a source
paper's logo over an aggregator's masthead stays the outlet. Lines written for the
shape, never a page's."""

from __future__ import annotations

import pytest
from builders import LAST, MORE, STORY, article_from_text

URL = "https://theharbourview.example.com/news/1"
HEAD = "Water agency to share its know-how with Hanoi"
BODY = f"{STORY}\n\n{MORE}\n\n{LAST}"


@pytest.mark.parametrize(
    ("rest", "outlet"),
    [
        (f"{BODY}\n\nThe Korea Times", "The Korea Times"),
        (f"Viet Nam News\n\n{BODY}", "Việt Nam News"),
        (f"{BODY}\n\nVnExpress International", "VnExpress International"),
        (f"{BODY}\n\n— VNS", "Việt Nam News"),
        (f"By Kim Min-ji\n\nThe Korea Herald\n\n{BODY}", "The Korea Herald"),
    ],
)
def test_the_carried_outlets_own_line_outweighs_a_the_masthead(rest, outlet):
    text = f"The Harbour View\n\n{HEAD}\n\n{rest}\n"
    assert article_from_text(text, url=URL).metadata.outlet == outlet


def test_a_sister_sites_masthead_yields_to_the_group_papers_byline_line():
    text = f"THE LANTERN\n\n{HEAD}\n\nBy Kim Min-ji\n\nThe Korea Herald\n\n{BODY}\n"
    url = "https://thelantern.example.kr/view.php?id=1"
    assert article_from_text(text, url=url).metadata.outlet == "The Korea Herald"


def test_a_source_papers_logo_over_an_aggregators_masthead_names_the_outlet():
    text = f"The Korea Times\n\nAsia Brief Daily\n\n{HEAD}\n\n{BODY}\n"
    url = "https://asiabriefdaily.example.com/a/1"
    assert article_from_text(text, url=url).metadata.outlet == "The Korea Times"
