"""A broadcaster's lead handing over to its reporter in English with no anchor's label:
"… Jane Roe has the story.", "As the HBN's Jane Roe reports from
Hanoi, …". The reporter is the author; the sentence stays story text. Every text is
invented; each test keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import HEAD, MORE, STORY, article_from_text, paragraphs
from dossier.clean.english_handovers import reporter_named

LEAD = "(HBN) - Two port cities have opened a joint office for their shipping firms."


@pytest.mark.parametrize(
    "hand_over",
    [
        "Marta Lindqvist has the story.",
        "Reporter Marta Lindqvist has the details.",
    ],
)
def test_a_leads_last_sentence_handing_over_names_the_reporter(hand_over):
    lead = f"{LEAD} {hand_over}"
    article = article_from_text(f"{HEAD}\n\n{lead}\n\n{STORY}\n\n{MORE}\n")
    assert article.byline == "Marta Lindqvist"
    assert hand_over in paragraphs(article)[0]


def test_a_hosts_sentence_on_the_networks_reporter_names_the_reporter():
    said = (
        "As HBN's Marta Lindqvist reports from Hanoi, the office is only a first step."
    )
    text = f"{HEAD}\n\nHOST: Ports are busy again.\n\n{said}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.byline == "Marta Lindqvist"
    assert said in paragraphs(article)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Guardian has the story.",  # a paper, no reporter
        "Ports Authority reports.",  # a body's report, no hand-over
        "Marta Lindqvist has the story, officials said, and more.",  # the sentence goes on
        "Marta Lindqvist has the story. The office opens in May.",  # not the last sentence
        "As Marta Lindqvist reports, ships wait.",  # no network's reporter
        "As the port's Chief Engineer reports from Busan, the cranes are new.",
    ],
)
def test_a_sentence_that_hands_over_to_no_reporter_names_none(sentence):
    assert reporter_named(f"{LEAD} {sentence}") is None
