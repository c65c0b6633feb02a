"""A headline printed again in the story with the label the page cut off its first copy.
Every text is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import HEAD, LAST, MORE, STORY, article_from_text, paragraphs, reasons

LONG_HEAD = "Hanoi Signs $200 Million Ferry Deal... First Export to a Neighbour [Kim's Sea Club]"


def test_the_headline_again_with_its_label_is_no_paragraph():
    again = f"[Exclusive] {LONG_HEAD}"
    article = article_from_text(f"{again}\n\n{STORY}\n\n{again}\n\n{MORE}\n\n{LAST}\n")
    assert article.title == LONG_HEAD
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)[again] == "repeats the headline"


def test_a_labelled_sentence_that_only_opens_like_the_headline_stays():
    told = f"[Update] {HEAD} in the port city, its mayor said on Friday."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, told, MORE]
