"""Where the pasted copy breaks off a few words into the story's last paragraph: those
words are shown as the point where the copy ends, not as a story paragraph; a longer cut
paragraph, or a short one that ends its sentence, stays a paragraph. Every text here is
invented."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, make_dossier, page_html, paragraphs
from dossier.model import CUT_OFF
from dossier.render.article import render_article

from tests.clean.test_nothing_lost import visible_text

HEAD = "Two port cities open a joint office"


@pytest.mark.parametrize(
    "cut", ["Both sides said the", "The team will play their secon"]
)
def test_a_few_words_where_the_copy_breaks_off_are_no_story_paragraph(cut):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}")
    assert paragraphs(article) == [STORY, MORE]
    ending = article.passages[-1]
    assert (ending.kind, ending.text) == (CUT_OFF, cut)
    assert not article.dropped


@pytest.mark.parametrize(
    "last",
    [
        "Both sides said they would meet again in Busan before the end of",  # 40 or more
        "Both sides agreed.",  # a sentence ended
    ],
)
def test_a_longer_cut_paragraph_or_a_short_sentence_stays_a_paragraph(last):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{last}")
    assert paragraphs(article) == [STORY, MORE, last]


def test_a_short_line_with_more_text_under_it_is_not_where_the_copy_ends():
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\nBoth sides said the\n\n{MORE}\n")
    assert all(p.kind != CUT_OFF for p in article.passages)


def test_the_page_shows_where_the_copy_breaks_off():
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nBoth sides said the")
    dossier = make_dossier([article])
    html = page_html(render_article(article, dossier), dossier)
    assert '<p id="cut-off" class="dossier-cut-off">' in html
    text = visible_text(html)
    assert "Both sides said the… (the pasted copy breaks off here)" in text
    assert "¶3" not in text  # numbered as no paragraph of the story
