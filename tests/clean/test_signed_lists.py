"""Items of a list led each by the same sign, an emoji's or a symbol's, as a dash leads
them (``lists``): story text, however short, not subheadings. Sentences written for the
shape, never a page's."""

from __future__ import annotations

import pytest
from builders import LAST, MORE, STORY, article_from_text, paragraphs

HEAD = "Korean firms plan more investment in Vietnam"


@pytest.mark.parametrize("sign", ["✅", "✔", "◆", "➤"])
def test_short_items_led_by_the_same_sign_are_story(sign):
    items = [
        f"{sign} Vietnam holds a key place in global supply chains",
        f"{sign} New industries need more capital",
        f"{sign} Korean firms ready to take part",
    ]
    body = "\n".join(items)
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{body}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, *items, MORE, LAST]


def test_one_short_line_led_by_a_sign_alone_is_no_item():
    # one line led by a sign, no run of them: a subheading as before
    heading = "➤ Why Vietnam matters"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{heading}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_an_item_between_items_of_another_level_is_story():
    # a list of two levels, as Korean releases nest them: the short "○" item between a
    # "·" item above and a "-" item below is an item too, not a subheading
    items = [
        "· Tariffs on textiles and cables end within five years",
        "○ Services open wider",
        "- Construction services open to Korean firms",
    ]
    body = "\n".join(items)
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{body}\n\n{MORE}\n\n{LAST}\n")
    assert "Services open wider" in paragraphs(article)
