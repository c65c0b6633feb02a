"""A real `mkdocs build --strict` of the project, asserted on its HTML."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from dossier.build import build_dossier
from dossier.model import PARAGRAPH
from dossier.text import sentences
from dossier.urls import href

pytestmark = pytest.mark.build
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dossier():
    return build_dossier(ROOT)


class _Text(HTMLParser):
    """Visible text of the article content, whitespace-normalised."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def page_text(page_html: str) -> str:
    content = page_html.split('<article class="md-content__inner md-typeset">', 1)[
        1
    ].split("</article>", 1)[0]
    parser = _Text()
    parser.feed(content)
    return " ".join("".join(parser.parts).split())


def section(page_html: str, heading_id: str) -> str:
    start = page_html.index(f'id="{heading_id}"')
    following = page_html.find("<h2", start + 1)
    return page_html[start : following if following != -1 else len(page_html)]


def test_strict_build_has_zero_warnings(built):
    assert "WARNING" not in built.output and "ERROR" not in built.output, built.output


def test_every_seed_has_its_article_page(built, dossier):
    sources = sorted(
        p.relative_to(ROOT).as_posix() for p in (ROOT / "seeds").glob("*.txt")
    )
    assert sorted(a.source for a in dossier.articles) == sources
    for article in dossier.articles:
        page = built.page(f"articles/{article.slug}/")
        assert (
            f"<title>{html.escape(article.title, quote=False)}" in page
            or html.escape(article.title) in page
        )


def test_every_body_sentence_of_every_seed_is_on_its_page(built, dossier):
    for article in dossier.articles:
        text = page_text(built.page(f"articles/{article.slug}/"))
        dropped = {d.line for d in article.dropped}
        raw = (
            (ROOT / article.source)
            .read_text(encoding="utf-8-sig")
            .replace("\r\n", "\n")
            .split("\n")
        )
        for number, line in enumerate(raw, start=1):
            if not line.strip() or number in dropped or line.strip() == article.byline:
                continue
            for start, end in sentences(" ".join(line.split())):
                sentence = " ".join(line.split())[start:end]
                assert sentence in text, (
                    f"{article.source}:{number}: sentence missing from the page: {sentence!r}"
                )


def test_paragraphs_have_stable_anchors(built, dossier):
    for article in dossier.articles:
        page = built.page(f"articles/{article.slug}/")
        count = sum(1 for p in article.passages if p.kind == PARAGRAPH)
        ids = re.findall(r'<p id="(p-\d+)"', page)
        assert ids == [f"p-{n}" for n in range(1, count + 1)]


def test_clutter_is_not_on_the_pages(built, dossier):
    for article in dossier.articles:
        text = page_text(built.page(f"articles/{article.slug}/"))
        for dropped in article.dropped:
            if dropped.reason in ("repeats the headline", "repeats the line above"):
                continue  # the same words legitimately appear once
            if dropped.reason == "byline":
                continue  # shown in the article's header as its author, not as text
            assert dropped.text not in text, (
                f"{article.source}:{dropped.line}: clutter on the page: {dropped.text!r}"
            )
    assert dossier.article[
        "industry-leaders-from-south-korea-and-vietnam-strengthen"
    ].dropped


def test_captions_are_figures_not_paragraphs(built):
    page = built.page("articles/to-lam-concludes-state-visit-to-south-korea/")
    assert re.search(
        r'<figure id="c-3" class="dossier-caption"><figcaption>Party Chief <a [^>]+>To Lam</a> and delegates',
        page,
    )
    assert "_n.jpg" not in page_text(page)


def test_metadata_box_shows_the_byline_as_author(built):
    page = built.page(
        "articles/south-korea-to-launch-vietnam-local-promotion-program-2023/"
    )
    assert re.search(r"<dt>Author</dt>\s*<dd>Rosie Nguyen</dd>", page)


def test_to_lam_page_quotes_and_links_both_spellings(built, dossier):
    page = built.page("leaders/to-lam/")
    sources = section(page, "in-the-sources")
    diacritic = dossier.article["vietnam-south-korea-strengthen-political-ties-driving"]
    ascii_form = dossier.article["to-lam-concludes-state-visit-to-south-korea"]
    assert "<mark>Tô Lâm</mark>" in sources and "<mark>To Lam</mark>" in sources
    for article in (diacritic, ascii_form):
        anchors = re.findall(
            rf'href="\.\./\.\./articles/{article.slug}/#(p-\d+|c-\d+)"', sources
        )
        assert anchors, f"no quote links to {article.slug}"
        for anchor in anchors:
            assert (
                "To Lam" in article.passage(anchor).text
                or "Tô Lâm" in article.passage(anchor).text
            )


def test_article_body_links_the_first_mention_per_paragraph(built):
    page = built.page("articles/vietnam-south-korea-strengthen-political-ties-driving/")
    first = re.search(r'<p id="p-2".*?</p>', page, re.S).group(0)
    assert first.count('href="../../leaders/to-lam/"') == 1
    assert 'href="../../leaders/woo-won-shik/"' in re.search(
        r'<p id="p-1".*?</p>', page, re.S
    ).group(0)


def test_seoul_business_agency_names_the_agency_and_the_city(built, dossier):
    # The editors' convention: a registered place inside a body's name is a mention of
    # the place too, the word alone; the body's page keeps the whole name.
    seoul_quotes = section(built.page("cities/seoul/"), "in-the-sources")
    assert "<mark>Seoul Business Agency</mark>" not in seoul_quotes
    agency = section(
        built.page("organizations/seoul-business-agency/"), "in-the-sources"
    )
    assert "<mark>Seoul Business Agency</mark>" in agency
    seoul_spans = [
        m
        for m in dossier.by_entity["seoul"]
        if m.article == "with-k-culture-booming-in-southeast-asia-seoul-looks-to"
    ]
    article = dossier.article["with-k-culture-booming-in-southeast-asia-seoul-looks-to"]
    assert all(
        article.passage(m.anchor).text[m.start : m.end].casefold().startswith("seoul")
        for m in seoul_spans
    )
    assert any(
        article.passage(m.anchor).text[m.start : m.end + 16] == "Seoul Business Agency"
        and m.end - m.start == len("Seoul")
        for m in seoul_spans
    )


def test_links_go_both_ways_for_typed_relations(built, dossier):
    assert dossier.relations
    for relation in dossier.relations:
        source, target = (
            dossier.entities[relation.source],
            dossier.entities[relation.target],
        )
        there = built.page(f"{source.type}/{source.slug}/")
        back = built.page(f"{target.type}/{target.slug}/")
        assert f'href="{href(source.uri, target.uri)}"' in section(there, "connected")
        assert f'href="{href(target.uri, source.uri)}"' in section(back, "connected")
        if (
            relation.label != "Related"
        ):  # "Related" yields to a typed relation between the same pair
            assert html.escape(relation.inverse) in section(back, "connected")


def test_a_leader_lists_the_events_they_took_part_in(built, dossier):
    events = [
        e
        for e in dossier.registry.of_type("events")
        if "to-lam" in e.get("participants", ())
    ]
    assert events
    connected = section(built.page("leaders/to-lam/"), "connected")
    assert "Took part in" in connected
    for event in events:
        assert f'href="../../events/{event.slug}/"' in connected


def test_index_pages_list_every_entity_with_counts(built, dossier):
    for type_key in (
        "leaders",
        "cities",
        "agreements",
        "initiatives",
        "organizations",
        "events",
    ):
        page = built.page(f"{type_key}/")
        for entity in dossier.registry.of_type(type_key):
            row = re.search(
                rf'<tr>\s*<td><a href="{entity.slug}/"[^>]*>.*?</tr>', page, re.S
            )
            assert row, f"{entity.slug} missing from {type_key} index"
            count = len(dossier.articles_of(entity.slug))
            assert re.search(rf'data-sort="{count}">{count}</td>', row.group(0))


def test_home_page_shows_counts_and_latest_articles(built, dossier):
    page = built.page("")
    assert f"<strong>{len(dossier.articles)}</strong> articles" in page
    assert (
        f"<strong>{len(dossier.registry.of_type('leaders'))}</strong> leaders" in page
    )
    for article in dossier.articles:
        assert f'href="articles/{article.slug}/"' in page


def test_edit_link_points_at_the_true_source(built):
    article = built.page("articles/to-lam-concludes-state-visit-to-south-korea/")
    assert (
        'href="https://github.com/korea-vietnam-dossier/dossier/edit/main/seeds/004_7aa8a1d7fd37673f.txt"'
        in article
    )
    leader = built.page("leaders/to-lam/")
    assert "/edit/main/docs/leaders/to-lam.md" in leader


def test_tags_index_lists_countries(built):
    page = built.page("about/tags/")
    assert "Viet Nam" in page and "South Korea" in page
