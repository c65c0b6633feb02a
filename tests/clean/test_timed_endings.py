"""A short last line that is a whole sentence ending on a time or a date, its stop left
off, stays a story paragraph; a line the copy's end cuts into its time, date or words is
still where the copy breaks off (``timed_endings``, ``cut_endings``). Every text here is
invented."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, paragraphs
from dossier.clean.timed_endings import ends_on_time_or_date
from dossier.model import CUT_OFF

HEAD = "Two port cities open a joint office"


@pytest.mark.parametrize(
    "last",
    [
        "The match kicks off at 19:30",
        "Registration closes on 30 June",
        "Registration closes on June 30, 2025",
        "Giải đấu khai mạc lúc 19h30",
        "Hạn chót nộp hồ sơ là ngày 30/6/2025",
    ],
)
def test_a_short_sentence_ending_on_a_time_or_date_stays_a_paragraph(last):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{last}")
    assert paragraphs(article) == [STORY, MORE, last]


@pytest.mark.parametrize(
    "cut",
    [
        "The match kicks off at 19",
        "The match kicks off at 19:3",
        "Registration closes on 30 Ju",
        "During the 7-8/20",
    ],
)
def test_a_line_cut_into_its_time_or_date_is_still_cut_off(cut):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}")
    assert paragraphs(article) == [STORY, MORE]
    assert article.passages[-1].kind == CUT_OFF


def test_a_labels_line_ending_on_a_date_is_no_sentence():
    # too few words in lower case before the date: a label's, not a sentence's
    assert not ends_on_time_or_date("Updated on 30 June 2024")
    assert not ends_on_time_or_date("Kick-off: 19:30")
    assert ends_on_time_or_date("The visa office opens on 1 July")
