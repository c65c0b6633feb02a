"""Other stories listed at a page's foot under a heading ("NEWS SAME CATEGORY"), each a
headline and its teaser cut short, blank lines between them all: the list's, to the
page's end. Every text is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import HEAD, LAST, MORE, STORY, article_from_text, paragraphs, reasons

LISTED = [
    "NEWS SAME CATEGORY",
    "Busan port opens a new berth for Vietnamese container lines",
    "The port authority said on Friday that the new berth would take its first ships"
    " from Haiphong and Da Nang in the spring, doubling...",
    "Seoul fair draws coffee makers from the Central Highla",
]


def test_headlines_and_cut_teasers_by_turns_to_the_page_end_are_the_list():
    text = "\n\n".join([HEAD, STORY, MORE, LAST, *LISTED]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    why = reasons(article)
    assert all(why[line] == "related list" for line in LISTED[1:])


# a story paragraph that ends on "…" under a related box, the story going on below it
LISTING = "… Taekwondo shows, K-pop dance contests, Korean cooking classes…"
EXTRA = "Organisers expect about 20,000 visitors over the festival's three days."


def test_a_paragraph_ending_on_dots_under_a_box_stays_when_the_story_goes_on():
    aside = f"The festival will offer food stalls, crafts, {LISTING}"
    text = (
        "\n\n".join([HEAD, STORY, "Related news", LISTED[1], aside, MORE, EXTRA, LAST])
        + "\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, aside, MORE, EXTRA, LAST]
