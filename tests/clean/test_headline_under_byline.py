"""A short headline right under the byline, and the line under a byline in sentence
case (``label_headlines.sentence_cased``): lines written for the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import article_from_text

STORY = (
    "Several Korean electronics suppliers opened new plants in the northern province "
    "this year, officials said on Monday, adding that more would follow."
)
MORE = "The province now hosts more than four hundred Korean investors."


@pytest.mark.parametrize(
    "head",
    [
        "Korean firms expand northward",  # strong, five words at most
        "Samsung expands again",  # three words: no strong headline
    ],
)
def test_a_short_sentence_case_headline_under_the_byline_is_the_headline(head):
    article = article_from_text(f"By Kim Min-ji\n{head}\n{STORY}\n{MORE}\n")
    assert article.title == head
    assert article.author == "Kim Min-ji"


@pytest.mark.parametrize("detail", ["Staff Reporter", "Seoul Bureau Chief (Korea)"])
def test_a_title_case_detail_under_the_byline_stays_no_headline(detail):
    article = article_from_text(f"By Kim Min-ji\n{detail}\n{STORY}\n{MORE}\n")
    assert article.metadata.title is None


@pytest.mark.parametrize(
    ("text", "cased"),
    [
        ("Korean firms expand northward", True),
        ("Staff Reporter", False),
        ("International Desk (Hanoi)", False),
        ("Korean suppliers opened new plants.", False),  # a sentence
    ],
)
def test_sentence_cased(text, cased):
    from dossier.clean.label_headlines import sentence_cased

    assert sentence_cased(text) is cased
