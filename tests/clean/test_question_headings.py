"""A section's heading asked as a question (``question_headings``): sentences written for
the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import HEAD, LAST, MORE, STORY, article_from_text, paragraphs


@pytest.mark.parametrize(
    "question",
    [
        "Why Hanoi?",
        "Busan: the next partner?",
        "What’s next for the two cities' firms?",
    ],
)
def test_a_short_question_between_paragraphs_is_a_heading(question):
    text = f"{HEAD}\n\n{STORY}\n\n{question}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert any(p.kind == "subheading" and p.text == question for p in article.passages)


@pytest.mark.parametrize(
    "question",
    [
        "“Why did nobody ask the firms first?”",  # someone's words, quoted
        "What would you ask the mayor?",  # the story asking its reader
    ],
)
def test_a_quoted_question_or_one_to_the_reader_stays_a_paragraph(question):
    text = f"{HEAD}\n\n{STORY}\n\n{question}\n\n{MORE}\n\n{LAST}\n"
    assert question in paragraphs(article_from_text(text))


def test_a_korean_storys_question_stays_a_paragraph():
    lead = "베트남 하노이에 한국 빵집이 잇따라 문을 열고 있다고 현지 업계가 전했다."
    question = "그렇다면 한국 빵집은 어떤 장점이 있을까?"
    told = (
        "업계에 따르면 올해 들어서만 한국 브랜드 빵집 다섯 곳이 하노이에 새로 생겼다."
    )
    last = "현지 소비자들은 한국 빵의 부드러운 식감을 좋아하는 것으로 알려졌다."
    text = f"하노이에 한국 빵집 잇따라\n\n{lead}\n\n{question}\n\n{told}\n\n{last}\n"
    assert paragraphs(article_from_text(text)) == [lead, question, told, last]


def test_a_speakers_question_in_a_transcript_stays_a_paragraph():
    turns = [
        "ANCHOR: The two cities opened a joint office for small firms on Monday.",
        "REPORTER: The office will help companies find partners and permits.",
        "ANCHOR: And will it open on time?",
        "REPORTER: Officials say the first projects will start next spring.",
    ]
    text = f"{HEAD}\n\n" + "\n\n".join(turns) + "\n"
    assert "ANCHOR: And will it open on time?" in paragraphs(article_from_text(text))


@pytest.mark.parametrize(
    "line",
    [
        "— Why did nobody ask the firms first?",  # a dialogue's dash
        "Minister Lee: Why not sign it now?",  # a speaker named in mixed case
        "Bạn có biết vì sao giá điện tăng?",  # asking the reader in Vietnamese
    ],
)
def test_a_spoken_line_or_a_question_to_the_reader_stays_a_paragraph(line):
    article = article_from_text(
        f"Two ports open an office\n\n{STORY}\n\n{line}\n\n{MORE}\n"
    )
    assert line in paragraphs(article)


def test_a_heading_of_a_place_of_two_words_and_a_question_stays_a_heading():
    line = "South Korea: the next big market?"
    article = article_from_text(
        f"Two ports open an office\n\n{STORY}\n\n{line}\n\n{MORE}\n"
    )
    assert line not in paragraphs(article)
