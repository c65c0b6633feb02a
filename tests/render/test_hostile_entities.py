"""Hostile entity files, met by the render stage: names, fields and prose stay text or are
sanitised; nothing becomes a script, a handler or a ``javascript:`` link.

Entities are made in memory (``make_entity``, validated as the read stage validates a file),
rendered by the render stage and converted as MkDocs converts a page, with the adapter's
content hook that sanitises the editor's prose (``page_html``). The theme prints the title,
description and tags from ``page.meta`` unescaped, so those must come escaped;
``tests/test_bad_input.py`` checks them in a real build.
"""

from __future__ import annotations

import html
import re

from builders import make_article, make_dossier, make_entity, page_html
from dossier.render.entity import render_entity
from dossier.render.indexes import type_index
from dossier.render.sanitize import sanitize_html
from hostile import PAYLOAD, assert_inert, search_records, text_of, to_lam

HTML_NAME = '<b>Bold</b> <script>alert("PWNED")</script> Kim'


def escaped(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def test_entity_name_with_html_is_text_everywhere():
    kim = make_entity(
        "leaders",
        HTML_NAME,
        role="<i>Envoy</i>",
        country="South Korea",
        tags=["<em>tag</em>"],
    )
    assert kim.slug == "b-bold-b-script-alert-pwned-script-kim"
    article = make_article(f"The envoy {HTML_NAME} arrived in Hanoi.")
    dossier = make_dossier([article], [kim])
    page = render_entity(kim, dossier)
    content = page_html(page, dossier)
    parsed = assert_inert(content)
    name = escaped(HTML_NAME)
    assert page.meta["title"] == name  # the theme's <title> and search title
    assert re.search(
        f'<h1 id="name">(<span class="twemoji[^"]*" aria-hidden="true"><svg .*?</svg></span> )?{re.escape(name)}</h1>',
        content,
    )
    assert f'<span class="dossier-infobox__name">{name}</span>' in content
    assert "<i>Envoy</i>" in text_of(parsed)
    assert not [t for t, _ in parsed.elements if t in ("b", "i", "em")]
    # tags are printed by the theme and listed on the tags page from page.meta
    assert "&lt;em&gt;tag&lt;/em&gt;" in page.meta["tags"]
    assert all("<" not in tag for tag in page.meta["tags"])
    index = page_html(type_index("leaders", dossier), dossier)
    assert name in index and HTML_NAME not in index
    assert_inert(index)
    titles = [r["title"] for r in search_records(content, page.meta["title"])]
    assert titles and all("<b>" not in t and "<script" not in t for t in titles)


def test_entity_prose_cannot_inject_scripts_handlers_or_javascript_links():
    body = (
        "\nThe editor's **real prose** with a [link to Hanoi](../cities/hanoi.md).\n\n"
        f"{PAYLOAD}\n\n"
        '<img src="x" onerror="alert(\'PWNED\')">\n\n'
        "[click](javascript:alert('PWNED'))\n\n"
        "<a href=\"JaVaScRiPt:alert('PWNED')\" onclick=\"alert('PWNED')\">x</a>\n\n"
        '<div style="position:fixed" onmouseover="alert(\'PWNED\')">overlay</div>\n\n'
        "<iframe src=\"https://example.com\"></iframe><!-- /dossier:prose --><script>alert('PWNED2')</script>\n\n"
        "<style>body { display: none }</style>\n"
    )
    leader = to_lam(body=body)
    hanoi = make_entity("cities", "Hanoi", kind="city", country="Viet Nam")
    dossier = make_dossier([], [leader, hanoi])
    content = page_html(render_entity(leader, dossier), dossier)
    page = assert_inert(content, "PWNED")
    assert "<strong>real prose</strong>" in content
    assert '<a href="../../cities/hanoi/"' in content
    assert "display: none" not in content and "<iframe" not in content
    assert not [a for t, a in page.elements if "style" in a and "fixed" in a["style"]]


def test_entity_description_and_tags_stay_inside_their_attributes():
    leader = to_lam(
        description='"><script>alert("PWNED")</script>', tags=["<b>PWNED</b>"]
    )
    dossier = make_dossier([], [leader])
    page = render_entity(leader, dossier)
    assert_inert(page_html(page, dossier))
    # printed by the theme into <meta name="description" content="…">
    description = page.meta["description"]
    assert '"' not in description and "<" not in description
    assert html.unescape(description) == '"><script>alert("PWNED")</script>'
    # printed by the theme as the text of each tag's link
    assert "&lt;b&gt;PWNED&lt;/b&gt;" in page.meta["tags"]
    assert not [tag for tag in page.meta["tags"] if "<" in tag]


def test_sanitizer_keeps_ordinary_markdown_output():
    kept = '<h2 id="x">T<a class="headerlink" href="#x" title="Permanent link">¶</a></h2><p><em>a</em> <a href="https://e.org/">b</a></p><table><tr><td>c</td></tr></table>'
    cleaned = sanitize_html(kept)
    for piece in (
        '<h2 id="x">',
        'class="headerlink"',
        'href="#x"',
        "<em>a</em>",
        'href="https://e.org/"',
        "<td>c</td>",
    ):
        assert piece in cleaned
    assert (
        sanitize_html('<a href="javascript:x()">y</a><svg onload="x()"></svg>')
        == '<a rel="noopener">y</a>'
    )
