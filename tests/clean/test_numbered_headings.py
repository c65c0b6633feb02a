"""A numbered section's heading on a line of its own between a story's paragraphs ("1.
Factors that …:", "2. Title (Translation)") is no paragraph; a numbered sentence, a run of
numbered items, an item set in or under a line introducing it stay story text. Every text
is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    LAST,
    MORE,
    STORY,
    VI_HEAD,
    VI_LAST,
    VI_MORE,
    VI_STORY,
    article_from_text,
    paragraphs,
)
from dossier.clean.lines import Line
from dossier.clean.numbered_headings import is_numbered_heading
from dossier.clean.units import Unit
from dossier.model import SUBHEADING


def _unit(number: int, text: str, indent: str = "") -> Unit:
    return Unit([Line(number, text, bool(indent))])


def _subheadings(article) -> list[str]:
    return [p.text for p in article.passages if p.kind == SUBHEADING]


@pytest.mark.parametrize(
    "heading",
    [
        "1. Factors that shaped the ties between the two port cities:",
        "2. The Harbour Lights (Đèn Cảng)",
    ],
)
def test_a_numbered_section_heading_between_paragraphs_is_no_paragraph(heading):
    text = f"{HEAD}\n\n{STORY}\n\n{heading}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert _subheadings(article) == [heading]


def test_a_numbered_heading_closed_by_footnote_marks_is_no_paragraph():
    heading = (
        "1. Bối cảnh quốc tế mới tác động đến mối quan hệ hợp tác giữa hai thành phố "
        "cảng[1](2000-2020)[2]"
    )
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{heading}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]
    assert _subheadings(article) == [heading]


def test_a_numbered_sentence_between_paragraphs_stays_story():
    told = "2. The two sides agreed to open a second office in the port city next year."
    text = f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n\n{LAST}\n"
    assert paragraphs(article_from_text(text)) == [STORY, told, MORE, LAST]


def test_numbered_items_one_under_another_stay_story():
    items = "1. Port logistics\n\n2. Vocational training\n\n3. Tourism"
    text = f"{HEAD}\n\n{STORY}\n\n{items}\n\n{MORE}\n\n{LAST}\n"
    found = paragraphs(article_from_text(text))
    assert "2. Vocational training" in found and "3. Tourism" in found


@pytest.mark.parametrize(
    ("above", "indent", "heading"),
    [
        ("The director presented the following points:", "", False),
        (MORE, "  ", False),
        (MORE, "", True),
    ],
)
def test_a_numbered_line_introduced_or_set_in_is_no_section_heading(
    above, indent, heading
):
    units = [
        _unit(1, STORY),
        _unit(3, above),
        _unit(5, "1. Project goals (2026-2030)", indent),
    ]
    units.append(_unit(7, LAST))
    assert is_numbered_heading(units, 2) is heading


@pytest.mark.parametrize(
    "told",
    [
        "2. The two sides also agreed to expand direct flights between the two port "
        "cities (up from 12 a week)",
        "3) The firm will invest $3 billion in a second plant in the northern province "
        "(its largest so far)",
        "2. Training of 300 young engineers in the port city (2026-2028)",
    ],
)
def test_a_numbered_sentence_with_an_aside_in_brackets_stays_story(told):
    text = f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, told, MORE, LAST]
    assert _subheadings(article) == []


def test_a_numbered_vietnamese_sentence_with_an_aside_in_brackets_stays_story():
    told = "2. Thủ tướng tiếp Chủ tịch Tập đoàn Hanbit Kim Min-jun tại trụ sở Chính phủ (ảnh)"
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{told}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, told, VI_MORE, VI_LAST]
    assert _subheadings(article) == []
