"""A dateline a site decorated with a pictograph between the wire's tag and the dash
("Seoul (VNA)💙 – …") is still the dateline; a pictograph inside the story stays. Every
text is invented."""

from __future__ import annotations

from builders import HEAD, MORE, STORY, article_from_text, paragraphs

LEAD = (
    "President Kim Min-jun highlighted his country's readiness to work with Vietnam"
    " during talks in Seoul on Monday."
)


def test_a_pictograph_before_the_dateline_dash_leaves_the_dateline():
    for mark in ("💙", "⭐", "❤️"):
        text = f"{HEAD}\n\nSeoul (VNA){mark} – {LEAD}\n\n{STORY}\n\n{MORE}\n"
        article = article_from_text(text)
        assert paragraphs(article) == [LEAD, STORY, MORE]
        assert article.metadata.dateline == "Seoul"


def test_a_pictograph_in_a_lead_with_no_dateline_stays():
    lead = (
        f"Fans 💙 – thousands of them – filled the stadium in Hanoi on Monday. {LEAD}"
    )
    text = f"{HEAD}\n\n{lead}\n\n{STORY}\n\n{MORE}\n"
    assert paragraphs(article_from_text(text))[0] == lead


def test_a_pictograph_after_the_dateline_dash_stays_on_the_story():
    text = f"{HEAD}\n\nHanoi (VNA) – 💦{LEAD}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article)[0] == f"💦{LEAD}"
