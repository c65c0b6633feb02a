"""Round nine of issue 10: where a page names its own outlet without a source line: its
prompt to follow it, its page title, a copyright sign after its name, a tag of initials or
of two known outlets. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, paragraphs, reasons

HEAD = "Two port cities open a joint office for small firms"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Deals of the week | Follow Portwatch on Google News now!", "Portwatch"),
        ("Follow PORTDAY on WhatsApp", "PORTDAY"),
        ("Theo dõi BĐCT trên", "BĐCT"),  # the platforms shown as icons after it
    ],
)
def test_a_prompt_to_follow_the_site_names_the_outlet(line, outlet):
    article = article_from_text(f"{line}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [STORY, MORE]


def test_a_page_title_names_the_site_after_the_headline():
    text = f"{HEAD} | Portwatch\n\nSep 06, 2023\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).metadata.outlet == "Portwatch"


def test_the_holder_before_a_copyright_sign_is_the_outlet():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nPortwatch.az © 2025. .\n"
    assert article_from_text(text).metadata.outlet == "Portwatch.az"


def test_initials_no_place_has_are_an_outlets_tag_not_a_dateline():
    article = article_from_text(f"{HEAD}\n\nKHPTO - {STORY}\n\n{MORE}\n")
    assert article.metadata.outlet == "KHPTO"
    assert not article.metadata.dateline
    assert paragraphs(article) == [STORY, MORE]


def test_a_place_in_capitals_stays_a_dateline():
    article = article_from_text(f"{HEAD}\n\nHANOI - {STORY}\n\n{MORE}\n")
    assert article.metadata.dateline == "HANOI"


def test_two_known_outlets_either_side_of_a_slash_are_a_tag():
    article = article_from_text(f"{HEAD}\n\nNDO/VNA—{STORY}\n\n{MORE}\n")
    assert article.metadata.outlet == "NDO/VNA"
    assert not article.metadata.dateline
    assert paragraphs(article) == [STORY, MORE]


def test_a_screenshots_file_name_is_neither_date_nor_author():
    shot = "Screen Shot 2017-05-03 at 3.50.15 PM"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{shot}\n\n{MORE}\n")
    assert article.metadata.published is None
    assert article.byline is None
    assert reasons(article)[shot] == "image file name"
