"""A page pasted from its HTML source: its breaks written as ``<br />`` and ``<p>`` tags on
one physical line. Each tag is a line end, two in a row (or a paragraph's close) a blank
line; the tags never reach the story. Every text is invented."""

from __future__ import annotations

from builders import (
    HEAD,
    KO_HEAD,
    KO_LAST,
    KO_MORE,
    KO_STORY,
    LAST,
    MORE,
    STORY,
    article_from_text,
    paragraphs,
)
from dossier.clean.html_breaks import html_break_parts


def test_breaks_written_as_tags_part_the_paragraphs():
    text = "<br /><br />".join([KO_HEAD, KO_STORY, KO_MORE, KO_LAST]) + "<br /><br />\n"
    article = article_from_text(text)
    assert article.title == KO_HEAD
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]


def test_paragraph_tags_part_the_paragraphs_and_never_reach_the_text():
    text = f'{HEAD}\n\n<p>{STORY}</p><p class="body">{MORE}</p>\n<P>{LAST}</P>\n'
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert not any("<" in p for p in paragraphs(article))


def test_one_tag_is_a_line_end_two_a_blank_line():
    assert html_break_parts("A<br>B<BR/>C<br /> <br/>D") == ["A", "B", "C", "", "D"]


def test_a_line_without_break_tags_is_left_whole():
    line = "Exports rose where 3 < 5 and <b>bold</b> stays as written"
    assert html_break_parts(line) == [line]
    assert html_break_parts("<br /><br />") == [""]
