"""Interviews and transcripts that set a speaker's label alone on its line over the words
said: the label opens that paragraph (the turn keeps its speaker), never a paragraph of
its own nor a line dropped as a repeat. Every text is invented."""

from __future__ import annotations

from builders import (
    HEAD,
    VI_HEAD,
    VI_STORY,
    article_from_text,
    paragraphs,
    reasons,
)
from dossier.clean.label_turns import labelled_turns
from dossier.clean.lines import Line

ASKED = [
    "Question 1: How have the two ports changed since the agreement was signed?",
    "Question 2: What do traders in the city expect from the new shipping line?",
]
SAID = [
    "Both ports have doubled their traffic, and the customs offices now share records.",
    "Traders expect shorter waits at the docks and cheaper freight for fresh fruit.",
]


def test_an_answer_label_alone_opens_the_answer_under_it_each_time():
    # "Answer:" under each question, a blank line under it: the second and later ones
    # are no repeats to drop, and none is a paragraph of its own
    body = "\n\n".join(
        f"{question}\n\nAnswer:\n\n{answer}"
        for question, answer in zip(ASKED, SAID, strict=True)
    )
    article = article_from_text(f"{HEAD}\n\n{body}\n")
    found = paragraphs(article)
    assert [f"Answer: {SAID[0]}", f"Answer: {SAID[1]}"] == [
        text for text in found if text.startswith("Answer")
    ]
    assert found.index(f"Answer: {SAID[0]}") == found.index(ASKED[0]) + 1
    assert "Answer:" not in reasons(article).values()


def test_a_lettered_speaker_with_a_role_opens_the_words_right_under_it():
    words = [
        "Lúc đầu tôi không biết tiếng nên rất khó nói chuyện với hàng xóm.",
        "Bây giờ tôi đã quen với chợ và trường học của các con ở đây.",
    ]
    body = "\n\n".join(
        [
            "• A (mẹ):\n" + words[0],
            "• B (con trai):\n" + words[1],
        ]
    )
    article = article_from_text(f"{VI_HEAD}\n\n{VI_STORY}\n\n{body}\n")
    assert paragraphs(article) == [
        VI_STORY,
        f"A (mẹ): {words[0]}",
        f"B (con trai): {words[1]}",
    ]


def test_a_pages_field_or_a_lone_label_over_a_heading_stays_as_it_is():
    lines = [
        Line(1, HEAD),
        None,
        Line(3, "Source:"),
        Line(4, "The city council said the new office will open in the spring."),
        None,
        Line(6, "Answer:"),
        Line(7, "More news"),
        None,
        Line(9, "RELATED ARTICLES:"),
        Line(10, "Two ports agree to share their customs records from next spring."),
    ]
    assert labelled_turns(lines) == lines


def test_a_place_opening_like_an_honorific_is_still_the_dateline():
    # "Bà Rịa-Vũng Tàu:" is a province, not "Bà" (Mrs) and a name
    lead = "Bà Rịa-Vũng Tàu: Sáng 3/3, tỉnh đã đón đoàn doanh nghiệp Hàn Quốc đến thăm cảng."
    article = article_from_text(f"{VI_HEAD}\n\n{lead}\n\n{VI_STORY}\n")
    assert article.metadata.dateline == "Bà Rịa-Vũng Tàu"
    assert paragraphs(article)[0].startswith("Sáng 3/3")


def test_a_list_heading_shaped_like_an_honorific_stays_apart():
    heading = "Mr. Sunshine:"
    below = "The series follows a young officer in Seoul at the turn of the century."
    article = article_from_text(f"{HEAD}\n\n{heading}\n\n{below}\n")
    assert below in paragraphs(article)
    assert f"{heading} {below}" not in paragraphs(article)
