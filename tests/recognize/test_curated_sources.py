"""`sources:` ties an entity to paragraphs that describe it without naming it."""

import re
from dataclasses import replace

from builders import make_article, make_dossier, make_entity, make_registry, page_html
from dossier.render.article import render_article
from dossier.render.entity import render_entity

EVENT = "oh-se-hoon-visit-to-vietnam-and-malaysia"
ARTICLE = "with-k-culture-booming-in-southeast-asia-seoul-looks-to"


def test_unknown_article_or_passage_in_sources_is_an_error():
    article = make_article("Seoul looks south.", slug="seoul-looks-south")
    trip = make_entity(
        "events",
        "Mayor's Trip",
        kind="trip",
        sources=[
            "seoul-looks-south#p-1",
            "seoul-looks-south#p-99",
            "no-such-article#p-1",
        ],
    )
    messages = [str(p) for p in make_dossier([article], [trip]).errors]
    assert any(
        m.startswith("docs/events/mayors-trip.md:4:")
        and "unknown article 'no-such-article'" in m
        for m in messages
    ), messages
    assert any(
        m.startswith("docs/events/mayors-trip.md:4:")
        and "article 'seoul-looks-south' has no passage '#p-99'" in m
        for m in messages
    ), messages


def test_curated_source_is_quoted_whole_and_listed_in_the_article(bundled):
    event = page_html(render_entity(bundled.entities[EVENT], bundled), bundled)
    assert re.search(
        r'<blockquote class="dossier-quote"><p>The mayor is scheduled to return to Seoul late Monday\.</p>',
        event,
    )
    article = page_html(render_article(bundled.article[ARTICLE], bundled), bundled)
    panel = article.split('aria-label="Entities in this article"', 1)[1]
    assert f'href="../../events/{EVENT}/"' in panel
    body = article.split('<p id="p-12"', 1)[1].split("</p>", 1)[0]
    assert EVENT not in body  # nothing to link: the text does not name it


def test_removing_sources_removes_the_quotes(bundled):
    assert bundled.entities[EVENT].get("sources")
    entities = dict(bundled.entities)
    fields = {k: v for k, v in entities[EVENT].fields.items() if k != "sources"}
    entities[EVENT] = replace(entities[EVENT], fields=fields)
    dossier = make_dossier(bundled.articles, make_registry(*entities.values()))
    page = page_html(render_entity(dossier.entities[EVENT], dossier), dossier)
    assert "No article in the dossier names this entity yet." in page


def test_a_source_at_a_paragraph_that_is_now_the_cut_off_ending_says_where_it_went():
    from builders import article_from_text

    text = (
        "Seoul looks south\n\nThe mayor will visit Hanoi and Ho Chi Minh City next week,"
        " the city said on Monday.\n\nHe will meet business leaders in both cities and"
        " open a trade office.\n\nHe will also"
    )
    article = replace(article_from_text(text), slug="seoul-looks-south")
    assert article.passages[-1].anchor == "cut-off"
    trip = make_entity(
        "events", "Mayor's Trip", kind="trip", sources=["seoul-looks-south#p-3"]
    )
    messages = [str(p) for p in make_dossier([article], [trip]).errors]
    assert any(
        "has no passage '#p-3' (its last words, where the copy breaks off, are '#cut-off')"
        in m
        for m in messages
    ), messages
