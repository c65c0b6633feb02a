"""The open data (/api/*.json), JSON-LD, timeline and map, checked against the pipeline and the real build."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
from dossier import schema
from dossier.build import build_dossier
from dossier.publish.api import api_files
from dossier.render.geo import Frame, frame_for
from dossier.render.jsonld import script_json
from dossier.render.timeline import human_date

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parent.parent
JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


@pytest.fixture(scope="module")
def dossier():
    return build_dossier(ROOT)


@pytest.fixture(scope="module")
def api(built) -> dict[str, dict]:
    return {
        name: json.loads((built.site / "api" / name).read_text(encoding="utf-8"))
        for name in (
            "entities.json",
            "articles.json",
            "mentions.json",
            "relations.json",
        )
    }


def jsonld_of(html: str) -> dict:
    blocks = JSONLD.findall(html)
    assert len(blocks) == 1, "expected exactly one JSON-LD block"
    return json.loads(blocks[0])


def ids_in(html: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', html))


# --- /api/ ---------------------------------------------------------------------------------


def test_published_files_are_the_pipeline_output(built, dossier):
    for uri, text in api_files(dossier).items():
        assert (built.site / uri).read_text(encoding="utf-8") == text, uri


def test_entities_json_lists_every_entity_with_its_page(built, api, dossier):
    records = {r["slug"]: r for r in api["entities.json"]["entities"]}
    assert set(records) == set(dossier.entities)
    for slug, entity in dossier.entities.items():
        record = records[slug]
        assert (record["type"], record["name"], record["aliases"]) == (
            entity.type,
            entity.name,
            list(entity.aliases),
        )
        assert record["articles"] == len(dossier.articles_of(slug))
        assert (built.site / record["url"] / "index.html").is_file(), record["url"]
        if entity.get("coordinates"):
            assert record["fields"]["coordinates"] == list(entity.get("coordinates"))


def test_mentions_json_points_at_real_paragraph_anchors(built, api, dossier):
    mentions = api["mentions.json"]["mentions"]
    assert len(mentions) == len(dossier.mentions)
    pages: dict[str, set[str]] = {}
    for record, mention in zip(mentions, dossier.mentions, strict=True):
        assert (record["entity"], record["article"], record["anchor"]) == (
            mention.entity,
            mention.article,
            mention.anchor,
        )
        path, _, anchor = record["url"].partition("#")
        assert anchor == mention.anchor
        if path not in pages:
            pages[path] = ids_in(built.page(path))
        assert anchor in pages[path], record["url"]
        passage = dossier.article[mention.article].passage(mention.anchor).text
        assert record["text"] == passage[mention.start : mention.end]


def test_articles_json_has_each_article_and_its_entities(api, dossier):
    records = {r["slug"]: r for r in api["articles.json"]["articles"]}
    assert list(records) == [a.slug for a in dossier.articles]
    for article in dossier.articles:
        record = records[article.slug]
        assert record["title"] == article.title
        assert record["published"] == article.metadata.published
        assert [p["anchor"] for p in record["passages"]] == [
            p.anchor for p in article.passages
        ]
        assert set(record["entities"]) == {
            m.entity for m in dossier.mentions_in(article.slug)
        }


def test_relations_json_has_typed_links_and_co_mention_counts(api, dossier):
    typed = api["relations.json"]["typed"]
    assert sorted((r["source"], r["target"], r["label"]) for r in typed) == sorted(
        (r.source, r.target, r.label) for r in dossier.relations
    )
    co = {
        (r["source"], r["target"]): r["passages"]
        for r in api["relations.json"]["co_mentions"]
    }
    for a, counter in dossier.shared.items():
        for b, count in counter.items():
            assert co[tuple(sorted((a, b)))] == count


def test_api_files_are_byte_reproducible(built, project, tmp_path):
    site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-q",
        "-f",
        str(project / "mkdocs.yml"),
        "-d",
        str(site),
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=project, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in (
        "api/entities.json",
        "api/articles.json",
        "api/mentions.json",
        "api/relations.json",
        "map/index.html",
        "timeline/index.html",
        "network/index.html",
    ):
        assert (site / name).read_bytes() == (built.site / name).read_bytes(), name


def test_api_page_documents_and_links_every_file(built):
    html = built.page("api/")
    for name in ("entities.json", "articles.json", "mentions.json", "relations.json"):
        assert f'href="{name}"' in html


# --- JSON-LD -------------------------------------------------------------------------------


def test_article_pages_carry_a_news_article(built, dossier):
    for article in dossier.articles:
        data = jsonld_of(built.page(f"articles/{article.slug}/"))
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == article.title
        assert data["url"].endswith(f"/articles/{article.slug}/")
        assert ("datePublished" in data) == bool(article.metadata.published)
        named = {
            ref["url"].rsplit("/", 2)[-2]
            for key in ("about", "mentions")
            for ref in data.get(key, [])
        }
        assert named == {m.entity for m in dossier.mentions_in(article.slug)}


def test_entity_pages_carry_their_schema_type_and_other_names(built, dossier):
    checked = set()
    for entity in dossier.entities.values():
        data = jsonld_of(built.page(page_path(entity.uri)))
        assert data["@type"] == schema.TYPES_BY_KEY[entity.type].schema_org
        assert data["name"] == entity.name
        assert (
            "sameAs" not in data
        )  # nothing in the entity files says what the entity is the same as
        expected = [
            n
            for n in dict.fromkeys(
                [
                    *entity.aliases,
                    *entity.short_names,
                    *filter(None, [entity.get("native_name")]),
                ]
            )
            if n != entity.name
        ]
        assert data.get("alternateName", []) == expected
        if entity.type == "cities" and entity.get("coordinates"):
            assert [data["geo"]["latitude"], data["geo"]["longitude"]] == list(
                entity.get("coordinates")
            )
        checked.add(entity.type)
    assert checked, "no entity pages to check"


def page_path(uri: str) -> str:
    return uri.removesuffix(".md") + "/"


def test_jsonld_cannot_close_its_script_element():
    text = script_json({"name": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script> & <!--"


def test_pages_without_structured_data_have_none(built):
    assert not JSONLD.search(built.page("about/"))


# --- timeline ------------------------------------------------------------------------------


def test_timeline_lists_every_dated_item_in_date_order(built, dossier):
    html = built.page("timeline/")
    dates = re.findall(
        r'<li class="dossier-timeline__item[^"]*">(?:<span class="dossier-timeline__date">)?<time datetime="([^"]+)"',
        html,
    )
    items = dossier.index.timeline
    assert dates == [item.date for item in items]
    assert dates == sorted(dates)
    for item in items:
        assert f'datetime="{item.date}">{human_date(item.date)}</time>' in html


def test_timeline_links_each_item_to_the_paragraph_that_dates_it(built, dossier):
    html = built.page("timeline/")
    for item in dossier.index.timeline:
        if item.source is None:
            continue
        link = f"../articles/{item.source.article}/#{item.source.anchor}"
        assert f'href="{link}"' in html
        assert item.source.anchor in ids_in(
            built.page(f"articles/{item.source.article}/")
        )
        passage = dossier.article[item.source.article].passage(item.source.anchor)
        assert (
            item.source.entity == item.slug and passage.text
        )  # a passage that names the entity


def test_dating_prefers_a_passage_naming_the_year(dossier):
    for item in dossier.index.timeline:
        if item.type == "articles" or item.source is None:
            continue
        texts = [
            dossier.article[m.article].passage(m.anchor).text
            for m in dossier.by_entity[item.slug]
        ]
        chosen = dossier.article[item.source.article].passage(item.source.anchor).text
        if any(item.year in text for text in texts):
            assert item.year in chosen, item.slug


def test_entity_pages_show_their_own_dates(built, dossier):
    dated = [i for i in dossier.index.timeline if i.type != "articles"]
    if not dated:
        pytest.skip("no dated entity in the dossier")
    for item in dated:
        html = built.page(page_path(item.uri))
        assert 'class="dossier-timeline dossier-timeline--short"' in html
        assert f'<time datetime="{item.date}">' in html


# --- map -----------------------------------------------------------------------------------


def test_map_has_one_link_per_city_with_coordinates(built, dossier):
    html = built.page("map/")
    markers = re.findall(
        r'<a class="dossier-map__marker" xlink:href="([^"]+)" data-slug="([^"]+)"', html
    )
    cities = {
        e.slug for e in dossier.registry.of_type("cities") if e.get("coordinates")
    }
    assert {slug for _, slug in markers} == cities and len(markers) == len(cities)
    for href, slug in markers:
        assert unescape(href) == f"../cities/{slug}/"
        assert (built.site / "cities" / slug / "index.html").is_file()


def test_city_pages_have_a_locator_map_and_others_do_not(built, dossier):
    for city in dossier.registry.of_type("cities"):
        html = built.page(page_path(city.uri))
        assert ("dossier-map--locator" in html) == bool(city.get("coordinates")), (
            city.slug
        )
    leader = next(iter(dossier.registry.of_type("leaders")), None)
    if leader is not None:
        assert "dossier-map--locator" not in built.page(page_path(leader.uri))


def test_map_frame_holds_every_city_and_projects_north_up(dossier):
    points = [tuple(c.get("coordinates")) for c in dossier.index.mapped_cities] + [
        (35.0, 150.0),
        (-5.0, 95.0),
    ]
    frame = frame_for(points)
    for lat, lon in points:
        x, y = frame.project(lat, lon)
        assert 0 < x < frame.width and 0 < y < frame.height
    small = Frame(100.0, 0.0, 140.0, 40.0)
    assert small.project(30.0, 120.0)[1] < small.project(10.0, 120.0)[1]  # north is up
    assert (
        small.project(20.0, 110.0)[0] < small.project(20.0, 130.0)[0]
    )  # east is right
