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
    text = (
        f"{HEAD}\n\nHOST: Ports are busy again.\n\n{said}\n\n{STORY}\n\n"
        f"UNIDENTIFIED PERSON: We work day and night.\n\n{MORE}\n"
    )  # a transcript: speakers' turns
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
    assert reporter_named(f"{LEAD} {sentence}", transcript=True) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # a speaker's quotation left open, as it runs on into the next paragraph
        '"We cannot talk about the price. Marta Lindqvist has the details.',
        "Check the website for changes. Bamboo Airways has the details.",  # a firm
        "Ho Chi Minh City has the report.",  # a place
        "The Port Safety Committee has the report.",  # a body
    ],
)
def test_a_quote_a_place_or_a_body_having_the_details_is_no_reporter(sentence):
    assert reporter_named(f"{LEAD} {sentence}", transcript=True) is None


def test_a_paper_citing_a_networks_reporter_keeps_its_byline():
    cited = (
        "The talks stalled last year. As HBN's Marta Lindqvist reports, the two sides "
        "meet again in May."
    )
    for byline, author in (("By Jane Roe\n\n", "Jane Roe"), ("", None)):
        text = f"{HEAD}\n\n{byline}{STORY}\n\n{cited}\n\n{MORE}\n"
        assert article_from_text(text).byline == author


def test_a_hand_over_in_a_quote_adds_no_writer_to_the_byline():
    said = '"We cannot talk about the price. Marta Lindqvist has the details.'
    text = f"{HEAD}\n\nBy Jane Roe\n\n{STORY}\n\n{said}\n\n{MORE}\n"
    assert article_from_text(text).byline == "Jane Roe"


SECOND = (
    "The two mayors agreed to hold the next round of talks in the spring and to double "
    "the number of container routes by 2030."
)


def test_an_anchors_hand_over_as_a_paragraph_of_its_own_names_the_reporter():
    text = (
        f"{HEAD}\n\n[Anchor]\n\n{LEAD}\n\n{SECOND}\n\n"
        f"Yun Ha-neul reports.\n\n[Report]\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.byline == "Yun Ha-neul"
    assert "Yun Ha-neul reports." in paragraphs(article)  # the sentence stays


@pytest.mark.parametrize(
    "paper",
    [
        "Binh Minh reports.",  # a paper's name: two capitalised words, no person's shape
        "Hanbit Ilbo reports.",
        "Dong-Nam Ilbo reports.",
    ],
)
def test_a_papers_name_handed_over_to_is_no_byline(paper):
    text = (
        f"{HEAD}\n\n[Anchor]\n\n{LEAD}\n\nLet's turn to the morning papers.\n\n"
        f"{paper}\n\n[Report]\n\n{STORY}\n\n{MORE}\n"
    )
    assert article_from_text(text).byline is None


def test_a_papers_name_closing_a_print_story_is_no_byline():
    text = f"{HEAD}\n\n{LEAD}\n\n{STORY}\n\n{MORE}\n\nBinh Minh reports.\n"
    assert article_from_text(text).byline is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Vietnam Airlines reports.",  # a body's report
        "Ports Authority reports.",
        "Hanra Motors reports.",  # a company's
        "Marta Lindqvist reports.",  # no Korean name's shape: as well a firm's or a paper's
        "HBN's Yun Ha-neul reports.",  # the network's reporter: notes.py reads it
        "Yun Ha-neul reports from Busan.",  # filed as a caption before it is read
        "The office opens on Monday, Yun Ha-neul reports.",  # closing a sentence
    ],
)
def test_a_paragraph_reporting_no_hand_over_names_no_reporter(paragraph):
    assert reporter_named(paragraph, transcript=False) is None
