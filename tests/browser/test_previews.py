"""Link previews in a real browser: hovering or focusing a link to an entity shows its card
(name, what it is, role or kind, one line), keyboard reachable, offline, nothing for other links."""

from __future__ import annotations

import pytest
from dossier.build import build_dossier
from dossier.publish.search_files import one_line
from dossier.publish.search_index import entity_label
from dossier.urls import article_uri, page_url

pytestmark = pytest.mark.browser
CARD = "#dossier-preview"
ENTITY_LINK = "[data-pagefind-body] a.dossier-ref"


@pytest.fixture(scope="module")
def dossier(root):
    return build_dossier(root)


def an_article_with_links(dossier):
    """The article that names the most entities (its names are links to them)."""
    article = max(
        dossier.articles,
        key=lambda a: (
            len({m.entity for m in dossier.index.by_article.get(a.slug, ())}),
            a.slug,
        ),
    )
    return page_url(article_uri(article.slug))


def linked_entity(page, site_url, dossier, index: int = 0):
    link = page.locator(ENTITY_LINK).nth(index)
    path = page.evaluate(
        "([a, base]) => new URL(a.href).pathname.slice(new URL(base).pathname.length)",
        [link.element_handle(), site_url],
    )
    entity = next(e for e in dossier.entities.values() if page_url(e.uri) == path)
    return link, entity


def assert_card_describes(page, entity) -> None:
    card = page.locator(CARD)
    card.wait_for(state="visible")
    text = card.inner_text()
    assert entity.name in text
    assert entity_label(entity).upper() in text.upper()
    detail = entity.get("role") or entity.get("kind")
    if detail:
        assert str(detail) in text
    assert one_line(entity) in text


def test_hovering_an_entity_link_shows_its_card(
    page, site_url, dossier, external_requests
):
    page.goto(site_url + an_article_with_links(dossier))
    page.wait_for_load_state("networkidle")
    link, entity = linked_entity(page, site_url, dossier)
    link.hover()
    assert_card_describes(page, entity)
    assert link.get_attribute("aria-describedby") == "dossier-preview"
    assert page.url.startswith(site_url + "articles/")  # the reader stays on the page
    page.mouse.move(2, 2)
    page.locator(CARD).wait_for(state="hidden")
    other_link, other = linked_entity(page, site_url, dossier, 1)
    other_link.hover()
    assert_card_describes(page, other)
    assert external_requests.attempted == []


def test_focusing_an_entity_link_shows_its_card_and_escape_hides_it(
    page, site_url, dossier
):
    page.goto(site_url + an_article_with_links(dossier))
    link, entity = linked_entity(page, site_url, dossier)
    link.focus()
    assert_card_describes(page, entity)
    assert page.locator(CARD).get_attribute("role") == "tooltip"
    assert link.get_attribute("aria-describedby") == "dossier-preview"
    page.keyboard.press("Escape")
    page.locator(CARD).wait_for(state="hidden")
    assert link.get_attribute("aria-describedby") is None
    page.keyboard.press(
        "Tab"
    )  # the next link gets its own card, or none if it is no entity
    focused = page.evaluate("document.activeElement.matches('a.dossier-ref')")
    if focused:
        page.locator(CARD).wait_for(state="visible")


def test_links_to_other_pages_show_no_card(page, site_url, dossier):
    page.goto(site_url + an_article_with_links(dossier))
    tabs = page.locator(".md-tabs__link")  # the index pages of each type: no entity
    for index in range(min(3, tabs.count())):
        page.mouse.move(2, 600)
        tabs.nth(index).hover()
        page.wait_for_timeout(500)
        assert page.locator(f"{CARD}:not([hidden])").count() == 0
