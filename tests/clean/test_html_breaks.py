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


def test_inline_tags_and_entities_of_an_html_page_never_reach_the_story():
    text = (
        f"<h1>{HEAD}</h1><p><strong>HANOI</strong> &ndash; {STORY}</p>"
        '<p><img src="/a.jpg" alt="A picture" /></p>'
        f'<p>{MORE[:20]}<a href="https://example.com/x">{MORE[20:40]}</a>'
        f"{MORE[40:]}&nbsp;</p><script>var p = '<p>';</script><p>{LAST}</p>\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.metadata.dateline == "HANOI"
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_a_page_that_quotes_one_tag_is_read_as_written():
    quoting = f"{STORY[:-1]}, and its site marks a new line with <br> as most do."
    article = article_from_text(f"{HEAD}\n\n{quoting}\n\n{MORE}\n")
    assert paragraphs(article) == [quoting, MORE]
    assert html_break_parts("A<br>B<BR/>C<br /> <br/>D") == ["A", "B", "C", "", "D"]
    assert html_break_parts("<br /><br />") == [""]
