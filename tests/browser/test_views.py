"""The timeline, map and network views in a real browser: offline, clickable, in order."""

from __future__ import annotations

from pathlib import Path

import pytest
from dossier.build import build_dossier

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
READY = "[data-dossier-network][data-state=ready]"


@pytest.fixture(scope="module")
def dossier():
    return build_dossier(ROOT)


def entity_url(site_url: str, entity) -> str:
    return f"{site_url}{entity.type}/{entity.slug}/"


def test_map_has_a_marker_per_city_with_coordinates(
    page, site_url, external_requests, dossier
):
    cities = [e for e in dossier.registry.of_type("cities") if e.get("coordinates")]
    page.goto(site_url + "map/")
    page.wait_for_load_state("networkidle")
    assert page.locator("a.dossier-map__marker").count() == len(cities)
    assert (
        page.locator(".dossier-map__land--kr").count() == 1
        and page.locator(".dossier-map__land--vn").count() == 1
    )
    assert external_requests.attempted == []


def test_clicking_a_marker_opens_the_city(page, site_url, external_requests, dossier):
    cities = [e for e in dossier.registry.of_type("cities") if e.get("coordinates")]
    if not cities:
        pytest.skip("no city with coordinates")
    page.goto(site_url + "map/")
    for city in (cities[0], cities[-1]):
        page.goto(site_url + "map/")
        page.locator(f'a.dossier-map__marker[data-slug="{city.slug}"] circle').click()
        page.wait_for_url(entity_url(site_url, city))
        assert page.locator(".dossier-map--locator svg").count() == 1
    assert external_requests.attempted == []


def test_timeline_is_in_date_order(page, site_url, external_requests, dossier):
    page.goto(site_url + "timeline/")
    page.wait_for_load_state("networkidle")
    shown = page.eval_on_selector_all(
        ".dossier-timeline__item time:first-child",
        "els => els.map(e => e.getAttribute('datetime'))",
    )
    assert shown == sorted(shown)
    assert shown == [item.date for item in dossier.index.timeline]
    assert external_requests.attempted == []


def network_ready(page, site_url: str) -> None:
    page.goto(site_url + "network/")
    page.wait_for_selector(READY)


def visible_nodes(page) -> int:
    return page.evaluate(
        "document.querySelector('[data-dossier-network]').dossierGraph.nodes(':visible').length"
    )


def test_network_draws_every_entity_offline(page, site_url, external_requests, dossier):
    network_ready(page, site_url)
    assert visible_nodes(page) == len(dossier.entities)
    edges = page.evaluate(
        "document.querySelector('[data-dossier-network]').dossierGraph.edges().length"
    )
    pairs = {
        tuple(sorted((a, b))) for a, counter in dossier.shared.items() for b in counter
    }
    assert edges == len(dossier.relations) + len(pairs)
    assert external_requests.attempted == []


def test_clicking_a_node_opens_its_page(page, site_url, external_requests, dossier):
    entity = max(
        dossier.entities.values(),
        key=lambda e: (len(dossier.articles_of(e.slug)), e.slug),
    )
    network_ready(page, site_url)
    # Centre the node and zoom in, so no neighbour overlaps it, then click where it is drawn.
    position = page.evaluate(
        """slug => {
            const cy = document.querySelector('[data-dossier-network]').dossierGraph
            const node = cy.getElementById(slug)
            cy.zoom(3)
            cy.center(node)
            return node.renderedPosition()
        }""",
        entity.slug,
    )
    box = page.locator(".dossier-network__canvas").bounding_box()
    page.mouse.click(box["x"] + position["x"], box["y"] + position["y"])
    page.wait_for_url(entity_url(site_url, entity))
    assert external_requests.attempted == []


def test_type_filter_hides_nodes_and_table_rows(page, site_url, dossier):
    leaders = len(dossier.registry.of_type("leaders"))
    if not leaders:
        pytest.skip("no leaders registered")
    network_ready(page, site_url)
    rows_before = page.locator("tr[data-types]:visible").count()
    page.locator("input[name=type][value=leaders]").uncheck()
    assert visible_nodes(page) == len(dossier.entities) - leaders
    hidden_rows = page.locator("tr[data-types~=leaders]:visible").count()
    assert (
        hidden_rows == 0
        and page.locator("tr[data-types]:visible").count() < rows_before
    )
    page.locator("input[name=type][value=leaders]").check()
    assert visible_nodes(page) == len(dossier.entities)


def test_network_tables_work_without_script(browser, site_url, dossier):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "network/")
        assert page.locator("tr[data-edge=typed]").count() == len(dossier.relations)
        assert "tables below" in page.locator(".dossier-network__status").inner_text()
    finally:
        context.close()
