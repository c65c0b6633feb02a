"""One short sentence standing alone among a page's long paragraphs is read as the caption
of a picture the copy left out, unless it tells what no picture shows: what is reported or
alleged, planned, sought or expected. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, captions, paragraphs

HEAD = "Two river ports agree to pool their customs checks"
LONG = (
    "Officials of the two river ports met in the provincial capital on Tuesday to review "
    "five years of shared inspections of timber, rice and machinery, and agreed to pool "
    "their customs checks at a single office on the northern bank from the spring, the "
    "port authority said in a statement."
)
MORE = (
    "The northern office will employ about forty inspectors drawn from both ports, who "
    "will be trained together in the handling of refrigerated cargo and in the new "
    "electronic manifests that shipping lines have been asked to file a day in advance, "
    "according to the statement."
)


@pytest.mark.parametrize(
    "told",
    [
        "The capital is reportedly seeking to sign the pact before the rainy season.",
        "The provincial council plans to open a second office near the ferry pier.",
        "The new office is expected to halve the waiting time for barges.",
        "Both ports will share the cost of the scanners at the northern office.",
        "A rival bidder allegedly lobbied the council against the merger.",
    ],
)
def test_a_short_sentence_telling_a_report_or_a_plan_stays_a_paragraph(told):
    article = article_from_text(f"{HEAD}\n\n{LONG}\n\n{told}\n\n{MORE}\n")
    assert paragraphs(article) == [LONG, told, MORE]
    assert captions(article) == []


def test_a_short_sentence_showing_a_scene_is_still_a_caption():
    scene = "Inspectors of the two ports check timber at the northern pier."
    article = article_from_text(f"{HEAD}\n\n{LONG}\n\n{scene}\n\n{MORE}\n")
    assert captions(article) == [scene]
    assert paragraphs(article) == [LONG, MORE]
