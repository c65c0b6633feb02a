"""A lead told apart above the dateline (the Vietnamese press's sapo) is the story's first
paragraph, when the dateline's paragraph goes on from it rather than repeating it; a
summary the dateline's paragraph repeats, a deck of clauses strung with semicolons and a
caption placing people in the picture still go, each reported as dropped. Every text here
is invented."""

from __future__ import annotations

from builders import article_from_text, captions, paragraphs, reasons

HEAD = "River port city targets more visitors from the north"
SAPO = (
    "Last year alone, the river port welcomed more than two million visitors, with "
    "travellers from the two northern markets making up nearly half of the arrivals."
)
LEAD = (
    "Hanoi (VNA) – The river port, known for its floating markets and old merchant houses, "
    "has quickly become one of the region's favourite short-break spots, according to a "
    "booking site's latest survey."
)
MORE = (
    "Airlines opened four new routes to the city during the autumn, and two large hotels "
    "are due to open their doors before the summer season begins."
)


def _page(top: str) -> str:
    return "\n\n".join(
        (HEAD, top, "Tourists arrive at the port (Photo: VNA)", LEAD, MORE)
    )


def test_a_lead_told_apart_above_the_dateline_is_the_first_paragraph():
    article = article_from_text(_page(SAPO))
    assert paragraphs(article)[:2] == [SAPO, LEAD.removeprefix("Hanoi (VNA) – ")]


def test_a_summary_the_dateline_paragraph_repeats_goes():
    summary = (
        "The river port, known for its floating markets and old merchant houses, has "
        "quickly become one of the region's favourite short-break spots."
    )
    article = article_from_text(_page(summary))
    assert summary not in paragraphs(article)
    assert reasons(article)[summary] == "standfirst above the dateline"


def test_a_deck_of_clauses_and_a_placed_caption_still_go():
    deck = (
        "Tourism board says the river port is ready for a record year of arrivals; "
        "hotel owners say rooms are still too few for the summer season."
    )
    placed = (
        "Provincial Chairman Tran Van Binh (L) and the visiting mayor Kim Dong-su (2nd R) "
        "applaud as the two cities exchange the documents of their new agreement."
    )
    for top in (deck, placed):
        article = article_from_text(_page(top))
        assert top not in paragraphs(article)
        assert top in reasons(article) or top in captions(article)
