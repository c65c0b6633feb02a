"""A headline wrapped whole in markup, read without it: Markdown's bold, and brackets
round the line a page's address spells. Lines written for the shape, never a page's."""

from __future__ import annotations

from builders import LAST, MORE, STORY, article_from_text
from dossier.clean.address_title import address_title

HEAD = "Busan Opens a Trade Office for Small Firms in Hanoi"


def test_a_headline_set_in_markdown_bold_is_read_without_its_stars():
    text = f"Home » News » **{HEAD}**\n\n**{HEAD}**\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).title == HEAD


def test_the_line_an_address_spells_loses_the_brackets_round_it():
    url = "https://blog.example.com/entry/busan-trade-office-in-hanoi-small-firms-guide"
    text = f"[Busan trade office in Hanoi (small firms, guide)]\n\n{STORY}\n"
    assert (
        address_title(url, text) == "Busan trade office in Hanoi (small firms, guide)"
    )


def test_brackets_that_close_inside_the_line_stay():
    url = "https://blog.example.com/entry/busan-trade-office-in-hanoi-small-firms-guide"
    text = f"[Busan] trade office in [Hanoi] small firms guide\n\n{STORY}\n"
    assert (
        address_title(url, text) == "[Busan] trade office in [Hanoi] small firms guide"
    )
