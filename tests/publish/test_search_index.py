"""The search index transform (dossier.search_index): aliases, labels, separator, worker prelude."""

from __future__ import annotations

import copy
import json
import re

import pytest
from builders import make_article, make_entity
from dossier.publish.search_index import (
    ALIASES,
    PRELUDE_MARKER,
    SEPARATOR,
    article_label,
    entity_label,
    patch_worker,
    refine_index,
    space_blocks,
    spellings,
    worker_prelude,
)
from dossier.schema import TYPES_BY_KEY
from dossier.text import fold
from dossier.urls import article_uri, page_url

MATERIAL_CONFIG = {
    "lang": ["en"],
    "separator": r"[\s\-]+",
    "pipeline": ["stopWordFilter"],
    "fields": {"title": {"boost": 1e3}, "text": {"boost": 1.0}, "tags": {"boost": 1e6}},
}


@pytest.fixture(scope="module")
def dossier(bundled):
    return bundled


def material_index(dossier) -> dict:
    """An index shaped like Material's: a record per page, then one per section."""
    docs = [{"location": "", "title": "Home", "text": "<p>Welcome</p>"}]
    for entity in dossier.entities.values():
        url = page_url(entity.uri)
        docs += [
            {"location": url, "title": entity.name, "text": "<p>…</p>", "tags": ["x"]},
            {"location": url + "#articles", "title": "Articles", "text": ""},
        ]
    for article in dossier.articles:
        docs.append(
            {
                "location": page_url(article_uri(article.slug)),
                "title": article.title,
                "text": "<p>…</p>",
            }
        )
    return {"config": copy.deepcopy(MATERIAL_CONFIG), "docs": docs}


def test_every_spelling_of_every_entity_is_on_its_own_record(dossier):
    refined = refine_index(material_index(dossier), dossier)
    by_location = {doc["location"]: doc for doc in refined["docs"]}
    for item in dossier.entities.values():
        written = {
            item.name,
            *item.aliases,
            *item.short_names,
            *([item.get("native_name")] if item.get("native_name") else []),
        }
        assert {fold(s) for s in by_location[page_url(item.uri)][ALIASES]} == {
            fold(s) for s in written
        }, item.source
        assert (
            by_location[page_url(item.uri)][ALIASES][0] == item.name
        )  # canonical first


def test_aliases_are_never_copied_onto_articles_or_sections(dossier):
    refined = refine_index(material_index(dossier), dossier)
    carriers = [doc["location"] for doc in refined["docs"] if ALIASES in doc]
    assert len(carriers) == len(dossier.entities)
    assert not [c for c in carriers if "#" in c or c.startswith("articles/")]


def test_spellings_drop_forms_that_fold_alike():
    hanoi = make_entity(
        "cities", "Hanoi", aliases=["Hà Nội", "Ha Noi", "HANOI"], native_name="Hà Nội"
    )
    assert spellings(hanoi) == ["Hanoi", "Hà Nội"]


def test_config_adds_the_aliases_field_above_titles_and_a_punctuation_separator(
    dossier,
):
    original = material_index(dossier)
    snapshot = copy.deepcopy(original)
    refined = refine_index(original, dossier)
    assert original == snapshot  # pure: the input is not changed
    fields = refined["config"]["fields"]
    assert fields[ALIASES]["boost"] > fields["title"]["boost"]
    assert {k: v for k, v in fields.items() if k != ALIASES} == MATERIAL_CONFIG[
        "fields"
    ]
    split = [
        w
        for w in re.split(SEPARATOR, "“Vietnam–Korea” (Hanoi), Seoul’s K-pop: 2.5…")
        if w
    ]
    assert split == ["Vietnam", "Korea", "Hanoi", "Seoul", "s", "K", "pop", "2", "5"]
    assert (
        "|" not in SEPARATOR
    )  # Material's page highlighter splits the separator at "|"


def test_refining_twice_changes_nothing(dossier):
    once = refine_index(material_index(dossier), dossier)
    assert refine_index(once, dossier) == once


@pytest.mark.parametrize(
    ("item", "label"),
    [
        (make_entity("leaders", "X", country="Viet Nam"), "Leader · Viet Nam"),
        (make_entity("cities", "X", country="South Korea"), "City · South Korea"),
        (make_entity("agreements", "X", date="2024-12-05"), "Agreement · 2024"),
        (make_entity("events", "X", start="2023-05"), "Event · 2023"),
        (make_entity("initiatives", "X"), "Initiative"),
    ],
)
def test_entity_labels_say_type_and_country_or_year(item, label):
    assert entity_label(item) == label


@pytest.mark.parametrize(
    ("metadata", "label"),
    [
        ({"published": "2025-11-20", "outlet": "VietNamNet"}, "Article · 2025"),
        ({"outlet": "VietNamNet"}, "Article · VietNamNet"),
        ({}, "Article"),
    ],
)
def test_article_labels_say_year_else_outlet(metadata, label):
    assert article_label(make_article(**metadata)) == label


def test_every_page_of_the_dossier_gets_its_label(dossier):
    refined = refine_index(material_index(dossier), dossier)
    labels = {doc["location"]: doc.get("label") for doc in refined["docs"]}
    for item in dossier.entities.values():
        assert labels[page_url(item.uri)].startswith(TYPES_BY_KEY[item.type].singular)
    for item in dossier.articles:
        assert labels[page_url(article_uri(item.slug))].startswith("Article")
    assert labels[""] is None


def test_the_prelude_is_filled_in_and_prepended_once():
    prelude = worker_prelude()
    assert prelude.startswith(PRELUDE_MARKER)
    assert "/*@" not in prelude  # every folding table was filled in
    assert '"đ": "d"' in prelude and '"Đ": "D"' in prelude
    material = '"use strict";(()=>{addEventListener("message",()=>{})})();'
    patched = patch_worker(material)
    assert patched.endswith(material) and patched.startswith(prelude)
    assert (
        patch_worker(patched) == patched
    )  # `mkdocs serve` may rebuild over the same file


@pytest.mark.build
def test_the_built_site_serves_the_refined_index_and_worker(built):
    index = json.loads(
        (built.site / "search" / "search_index.json").read_text(encoding="utf-8")
    )
    assert index["config"]["separator"] == SEPARATOR
    assert ALIASES in index["config"]["fields"]
    assert any(ALIASES in doc for doc in index["docs"])
    workers = list(
        (built.site / "assets" / "javascripts" / "workers").glob("search.*.js")
    )
    assert workers and all(
        w.read_text(encoding="utf-8").startswith(worker_prelude()) for w in workers
    )


def test_block_boundaries_reach_materials_indexer_as_spaces():
    from material.plugins.search.plugin import Parser

    def indexed(html: str) -> str:
        parser = Parser()
        parser.feed(html)
        parser.close()
        return " ".join("".join(section.text) for section in parser.data)

    infobox = '<aside><table><caption><span>Hanoi</span></caption><tr><th scope="row">Type</th><td>City</td></tr></table></aside>'
    html = infobox + "<dl><dt>Author</dt><dd>Tran</dd></dl><p>x</p>"
    assert "HanoiTypeCity" in indexed(html)  # what Material does on its own
    assert indexed(space_blocks(html)).split()[:5] == [
        "Hanoi",
        "Type",
        "City",
        "Author",
        "Tran",
    ]
    assert space_blocks(space_blocks(html)) == space_blocks(html)
