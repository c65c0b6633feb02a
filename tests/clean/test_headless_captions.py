"""A page that prints no headline, opening on its picture's caption: people placed in the
picture doing what a picture shows ("X (left) … shake hands with …"), then the byline and
the lead (``vietnamese_captions.opens_as_caption``). Sentences written for the shape,
never a page's."""

from __future__ import annotations

from builders import MORE, STORY, article_from_text, captions, paragraphs

CAPTION = (
    "Minister of Culture Kim Min-su (left), on an official visit to Vietnam, on May 3 "
    "shake hands with Vietnamese Deputy Prime Minister and Minister of Culture Tran Van "
    "Binh at their bilateral dialogue and working-level dinner in Hanoi. (Ministry of "
    "Culture)"
)
LEAD = (
    "Minister of Culture Kim Min-su has agreed with Vietnam on a joint office for small "
    "firms, the ministry said on Tuesday, after two days of talks in Hanoi."
)


def test_a_headless_page_opening_on_a_placed_caption_reads_it_as_one():
    article = article_from_text(
        f"{CAPTION}\n\nBy Jane Roe\n\n{LEAD}\n\n{STORY}\n\n{MORE}\n"
    )
    assert paragraphs(article) == [LEAD, STORY, MORE]
    assert captions(article) == [CAPTION]


def test_a_headless_page_opening_on_its_lead_keeps_it():
    lead = (
        "Minister of Culture Kim Min-su and Deputy Prime Minister Tran Van Binh signed "
        "an agreement on a joint office for small firms in Hanoi on May 3."
    )
    article = article_from_text(f"{lead}\n\nBy Jane Roe\n\n{STORY}\n\n{MORE}\n")
    assert paragraphs(article)[0] == lead
