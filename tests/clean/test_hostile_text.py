"""Hostile and odd article text, from the clean stage to the page: markup is text, nothing is lost.

Each article is made by the clean stage from a seed text (``article_from_text``), put in a
Dossier with the leader and cities the stories name (``make_dossier``), rendered by the render stage and
converted as MkDocs converts a page (``page_html``). The HTML must show every line as text and
carry no live ``<script>``, handler, ``javascript:`` link or element from the text. The theme's
frame prints the page title and description from ``page.meta`` unescaped, so those must come
escaped; ``tests/test_bad_input.py`` checks them in a real build.
"""

from __future__ import annotations

import html

from builders import article_from_text, make_dossier, page_html
from dossier.read.seeds import decode
from dossier.render.article import render_article
from dossier.render.entity import render_entity
from dossier.render.indexes import articles_index
from dossier.render.site import OVERVIEW_MARKER, enrich
from hostile import (
    ESCAPED_PAYLOAD,
    PAYLOAD,
    assert_inert,
    dom,
    search_records,
    story_entities,
    text_of,
)


def article_page(text: str, source: str = "seeds/900_test.txt"):
    """(the article's page as HTML, the page, the dossier) for a seed text."""
    article = article_from_text(text, source)
    dossier = make_dossier([article], story_entities())
    page = render_article(article, dossier)
    return page_html(page, dossier), page, dossier


def test_seed_without_headline_line_gets_a_title_and_a_page():
    seed = "Officials from Seoul met in Hanoi on Monday\nwhere they talked about trade with Tô Lâm.\n\nA second paragraph follows here.\n"
    content, _, _ = article_page(seed)
    page = assert_inert(content)
    assert '<h1 id="title">Officials from Seoul met in Hanoi' in content
    assert (
        "Officials from Seoul met in Hanoi on Monday where they talked about trade with Tô Lâm."
        in text_of(page)
    )
    assert "A second paragraph follows here." in text_of(page)


def test_seed_with_1_mb_lines_builds_and_shows_every_line():
    line = (
        "Officials from Seoul discussed ports and trade corridors with Hanoi in detail. "
        * 13_000
    )
    assert len(line.encode()) > 1_000_000
    seed = f"A very long article\n\n{line}\n\nLast words about Tô Lâm.\n"
    text, problems = decode(seed.encode(), "seeds/900_long.txt")
    assert text is not None and problems == []  # under the size limit: read
    content, _, _ = article_page(text, "seeds/900_long.txt")
    shown = text_of(assert_inert(content))
    assert " ".join(line.split()) in shown
    assert "Last words about Tô Lâm." in shown


def test_html_and_script_in_a_seed_are_shown_as_text():
    seed = (
        f"Headline with {PAYLOAD} inside\n\n"
        f'A paragraph "><script>alert("PWNED")</script> with <b>bold</b> and <img src=x onerror=alert("PWNED")> about Tô Lâm.\n\n'
        "<iframe src=\"javascript:alert('PWNED')\"></iframe> <a href=\"javascript:alert('PWNED')\">link</a>\n"
    )
    content, page, dossier = article_page(seed)
    text = text_of(assert_inert(content))
    assert "with &lt;b&gt;bold&lt;/b&gt;" in content
    assert f"Headline with {PAYLOAD} inside" in text
    assert '<img src=x onerror=alert("PWNED")>' in text
    assert "<b>bold</b>" in text and "<iframe" in text
    assert not [t for t, _ in dom(content).elements if t in ("b", "img", "iframe")]
    # the theme prints the title into <title> and the description into <meta content="…">
    assert page.meta["title"] == f"Headline with {ESCAPED_PAYLOAD} inside"
    description = page.meta["description"]
    assert '"' not in description and "<" not in description
    assert html.unescape(description).startswith(
        'A paragraph "><script>alert("PWNED")</script>'
    )
    # pages that link to the article by its title
    others = {
        "": enrich("index.md", OVERVIEW_MARKER, dossier),
        "articles/": articles_index(dossier),
        "leaders/to-lam/": render_entity(dossier.entities["to-lam"], dossier),
    }
    for url, other in others.items():
        other_html = page_html(other, dossier)
        assert_inert(other_html)
        assert url == "" or f"Headline with {ESCAPED_PAYLOAD} inside" in other_html
    # Material renders search titles and text as HTML
    for record in search_records(content, page.meta["title"]):
        assert "<script" not in record["title"] + record["text"], record


def test_markdown_syntax_in_a_seed_is_shown_as_text():
    lines = [
        "# Not a heading",
        "*not emphasis* and __not strong__",
        "[click me](javascript:alert('PWNED')) and <javascript:alert('PWNED')>",
        "| a | b |",
        "|---|---|",
        "`not code` and ```fence```",
        "{{ config.site_name }} {% raw %} :material-account: [TOC]",
        "<!-- not a comment --> &amp; &lt;tag&gt;",
        "* not a list item",
        "> not a quote",
        "    not a code block",
        "Term {: #injected-id .injected-class }",
    ]
    seed = "Markdown headline for the test\n\n" + "\n\n".join(lines) + "\n"
    content, _, _ = article_page(seed)
    page = assert_inert(content)
    text = text_of(page)
    for line in lines:
        assert " ".join(line.split()) in text, line
    assert "<table" not in content.split('id="title"')[1].split("In this article")[0]
    assert not [
        a
        for t, a in page.elements
        if a.get("id") == "injected-id" or "injected-class" in a.get("class", "")
    ]
    assert not [
        a for t, a in page.elements if t == "a" and "alert" in a.get("href", "").lower()
    ]
    assert not [
        t for t, a in page.elements if t in ("em", "strong", "blockquote", "pre")
    ]
