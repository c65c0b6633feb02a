"""A second look at two headline rules: a site's name in title case over the headline is
no headline over a deck, and a headline over a standfirst that opens with its words is
the headline (only a series' label marks the upper line as a copy cut short)."""

from __future__ import annotations

from builders import article_from_text

STORY = (
    "Samsung Display said on Friday it would invest a further 1.8 billion dollars in its "
    "plant in Bac Ninh province, raising its total investment to 6.5 billion dollars."
)
MORE = "The company said the money would go to new production lines."


def test_a_site_name_over_the_headline_and_its_byline_is_no_headline():
    head = "Samsung Pours Another $1.8 Billion Into Its Vietnam Display Plant"
    text = (
        f"Harbour Business And Investment News\n\n{head}\n\nBy Tran Minh Duc\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    assert article_from_text(text).title == head


def test_a_headline_over_a_standfirst_that_opens_with_it_stays_the_headline():
    head = "Samsung to build new display line"
    deck = f"{head} in Bac Ninh, creating thousands of jobs for local workers"
    article = article_from_text(f"{head}\n\n{deck}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == head


def test_a_copy_cut_short_over_the_labelled_headline_gives_way():
    whole = "[INTERVIEW] Port operators and Busan firms work toward a southern terminal"
    text = f"Port operators and Busan firms work\n\n{whole}\n\n{STORY}\n\n{MORE}\n"
    title = "Port operators and Busan firms work toward a southern terminal"
    assert article_from_text(text).title == title
