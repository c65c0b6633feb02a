"""What the search knows: each page's hidden fields for Pagefind and the labels
(dossier.publish.search_index), the names files and the preview cards (search_files), the
folding module for the browser (search_fold)."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from builders import make_article, make_dossier, make_entity
from dossier.publish.search_files import (
    DESCRIPTION_LIMIT,
    NAMES_DIR,
    PREVIEWS_DIR,
    name_files,
    one_line,
    preview,
    search_files,
    shard_of,
)
from dossier.publish.search_fold import FOLD_MODULE, SEPARATOR, fold_module
from dossier.publish.search_index import (
    MENTIONS_CAP,
    TOKEN_DIGITS,
    TOKEN_PREFIX,
    UNSEARCHED,
    annotate,
    article_label,
    entity_label,
    entity_tokens,
    folded_twins,
    name_tokens,
    page_title,
    space_blocks,
    spellings,
    token,
    words,
)
from dossier.text import fold
from dossier.urls import article_uri, page_url

FIELD = re.compile(
    r'<span data-pagefind-(filter|sort|meta)="(\w+)\[data-value\]" data-value="([^"]*)"></span>'
)


@pytest.fixture(scope="module")
def dossier(bundled):
    return bundled


def tokens_of(html: str) -> list[str]:
    """The name tokens an annotated page holds, as often as it holds them."""
    found = re.search(r"<div hidden>([^<]*)</div></div>$", html)
    return found.group(1).split() if found else []


def fields(html: str) -> dict[tuple[str, str], str]:
    """The hidden fields of an annotated page: {("filter", "type"): "Leader", …}."""
    return {(kind, key): unescape(value) for kind, key, value in FIELD.findall(html)}


@pytest.fixture(scope="module")
def small():
    """Two cities, a leader with a native name, an agreement and two dated articles."""
    entities = [
        make_entity(
            "cities",
            "Ho Chi Minh City",
            aliases=["Saigon", "Thành phố Hồ Chí Minh"],
            country="Viet Nam",
        ),
        make_entity("cities", "Đà Nẵng", aliases=["Da Nang"], country="Viet Nam"),
        make_entity(
            "leaders",
            "Oh Se-hoon",
            aliases=["Oh Sehoon"],
            short_names=["Oh"],
            native_name="오세훈",
            country="South Korea",
            role="Mayor of Seoul",
            description="Mayor of Seoul who visited Ho Chi Minh City.",
        ),
        make_entity(
            "agreements",
            "Saigon–Seoul Agreement",
            date="2024-12-05",
            kind="memorandum",
            body="The agreement was signed in Saigon. It covers tourism.",
        ),
    ]
    articles = [
        make_article(
            "Oh Se-hoon flew to Saigon, then to Đà Nẵng.",
            title="Seoul mayor in Vietnam",
            published="2024-05-01",
        ),
        make_article("Nothing about names here.", title="Other story", outlet="Paper"),
    ]
    return make_dossier(articles, entities)


# ---- labels and spellings ----


def test_spellings_drop_forms_that_fold_alike():
    hanoi = make_entity(
        "cities", "Hanoi", aliases=["Hà Nội", "Ha Noi", "HANOI"], native_name="Hà Nội"
    )
    assert spellings(hanoi) == ["Hanoi", "Hà Nội"]


def test_every_spelling_of_every_entity_is_kept(dossier):
    for item in dossier.entities.values():
        written = {
            item.name,
            *item.aliases,
            *item.short_names,
            *([item.get("native_name")] if item.get("native_name") else []),
        }
        assert {fold(s) for s in spellings(item)} == {fold(s) for s in written}
        assert spellings(item)[0] == item.name  # canonical first


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
def test_entity_labels(item, label):
    assert entity_label(item) == label


@pytest.mark.parametrize(
    ("metadata", "label"),
    [
        ({"published": "2025-01-02"}, "Article · 2025"),
        ({"outlet": "Hanoi Times"}, "Article · Hanoi Times"),
        ({}, "Article"),
    ],
)
def test_article_labels(metadata, label):
    assert article_label(make_article("Text.", **metadata)) == label


def test_words_split_at_punctuation_and_fold():
    split = [
        w
        for w in re.split(SEPARATOR, "“Vietnam–Korea” (Hanoi), Seoul’s K-pop: 2.5…")
        if w
    ]
    assert split == ["Vietnam", "Korea", "Hanoi", "Seoul", "s", "K", "pop", "2", "5"]
    assert words("Đà Nẵng (TP.HCM)") == "da nang tp hcm"


# ---- what each page tells the index ----


def test_a_page_is_wrapped_for_pagefind_with_its_blocks_spaced(small):
    html = annotate("<table><tr><td>Type</td><td>City</td></tr></table>", "x.md", small)
    assert html.startswith("<div data-pagefind-body>") and html.endswith("</div></div>")
    assert "<td>Type</td>\n<td>City</td>" in html
    assert space_blocks("<dt>A</dt><dd>B</dd>") == "<dt>A</dt>\n<dd>B</dd>"
    assert annotate("", "x.md", small) == ""


def test_an_entity_page_has_its_filters_label_spellings_and_own_token(small):
    leader = small.entities["oh-se-hoon"]
    html = annotate("<h1>Oh Se-hoon</h1><p>Mayor.</p>", leader.uri, small)
    found = fields(html)
    assert found[("filter", "type")] == "Leader"
    assert found[("filter", "country")] == "South Korea"
    assert ("filter", "year") not in found
    assert found[("meta", "label")] == "Leader · South Korea"
    assert found[("meta", "title")] == "Oh Se-hoon"
    assert found[("meta", "aliases")].split(" · ") == spellings(leader)
    assert found[("meta", "entity")] == token(leader.slug)
    assert token(leader.slug) in found[("meta", "named")].split()
    assert ("sort", "date") not in found


def test_an_agreement_has_its_year(small):
    agreement = small.entities["saigon-seoul-agreement"]
    found = fields(annotate("<p>Text.</p>", agreement.uri, small))
    assert found[("filter", "type")] == "Agreement"
    assert found[("filter", "year")] == "2024"
    assert found[("meta", "label")] == "Agreement · 2024"


def test_an_article_page_has_its_type_year_and_date_to_sort_by(small):
    dated, undated = small.articles
    found = fields(annotate("<p>x</p>", article_uri(dated.slug), small))
    assert found[("filter", "type")] == "Article"
    assert found[("filter", "year")] == "2024"
    assert found[("sort", "date")] == "2024-05-01"
    assert found[("meta", "date")] == "2024-05-01"
    assert found[("meta", "label")] == "Article · 2024"
    other = fields(annotate("<p>x</p>", article_uri(undated.slug), small))
    assert ("sort", "date") not in other and ("filter", "year") not in other
    assert other[("meta", "label")] == "Article · Paper"


def test_a_hand_written_page_has_a_title_and_no_filters(small):
    found = fields(annotate("<p>Home</p>", "index.md", small, title="Home &amp; more"))
    assert found == {("meta", "title"): "Home & more"}


def test_a_page_gets_the_token_of_every_entity_it_names_in_any_spelling(small):
    tok = entity_tokens(small)
    text = (
        "<p>Saigon and Sài Gòn and Thành phố Hồ Chí Minh. Da Nang, then <a>오세훈</a>.</p>"
        "<p>The Saigon–Seoul Agreement.</p>"
    )
    mentions = tokens_of(annotate(text, "index.md", small))
    # as often as the page names it, up to a cap
    assert mentions.count(tok["ho-chi-minh-city"]) >= 3
    assert tok["da-nang"] in mentions and tok["oh-se-hoon"] in mentions
    assert tok["saigon-seoul-agreement"] in mentions
    assert tokens_of(annotate("<p>city</p>", "index.md", small)) == []  # no name
    capped = tokens_of(annotate("<p>Saigon.</p>" * 9, "index.md", small))
    assert capped.count(tok["ho-chi-minh-city"]) == MENTIONS_CAP


def test_views_are_not_indexed_nor_an_entity_pages_list_of_articles(small):
    table = "<p>Saigon</p><table><tr><td>a</td><td>b</td></tr></table>"
    for view in sorted(UNSEARCHED):
        html = annotate(table, view, small)
        assert "data-pagefind" not in html and "<td>a</td>\n<td>b</td>" in html
    assert {"timeline.md", "network.md", "leaders/index.md"} <= UNSEARCHED
    city = small.entities["ho-chi-minh-city"]
    html = annotate(
        '<p>Intro</p><ul class="dossier-articles"><li>Đà Nẵng story</li></ul>',
        city.uri,
        small,
    )
    assert '<ul class="dossier-articles" data-pagefind-ignore>' in html
    assert token("da-nang") not in tokens_of(html)
    assert ("meta", "folded") not in fields(html)


def test_tokens_are_fixed_length_words_unique_per_entity(dossier):
    tokens = name_tokens(dossier).tokens
    assert len(set(tokens.values())) == len(dossier.entities)
    assert all(
        t.startswith(TOKEN_PREFIX) and len(t) == len(TOKEN_PREFIX) + TOKEN_DIGITS
        for t in tokens.values()
    )
    assert all(t.isalnum() and t.islower() and t[-1].isdigit() for t in tokens.values())
    assert name_tokens(dossier) is name_tokens(dossier)  # made once per registry
    # from the slug alone: the same whatever else the registry holds
    assert all(tokens[slug] == token(slug) for slug in tokens)
    assert entity_tokens(make_dossier([], [dossier.entities["to-lam"]])) == {
        "to-lam": tokens["to-lam"]
    }


def test_two_slugs_that_would_share_a_token_get_two(monkeypatch):
    import dossier.publish.search_index as search_index

    monkeypatch.setattr(
        search_index, "TOKEN_DIGITS", 1
    )  # ten tokens in all: they collide
    cities = [make_entity("cities", f"City {n}") for n in range(8)]
    tokens = search_index.entity_tokens(make_dossier([], cities))
    assert len(set(tokens.values())) == len(cities)


def test_words_pagefind_cannot_fold_get_a_folded_twin(small):
    assert folded_twins("ĐẠI hội Đà Nẵng, Łódź, Straße and plain") == [
        "dai",
        "da",
        "lodz",
        "strasse",
    ]
    found = fields(annotate("<p>Đại hội</p>", "index.md", small))
    assert found[("meta", "folded")] == "dai"


def test_permalinks_are_not_indexed_and_the_title_has_none(small):
    html = '<h1 id="x">Tô Lâm &amp; co<a class="headerlink" href="#x">¶</a></h1>'
    annotated = annotate(html, "index.md", small)
    assert 'class="headerlink" data-pagefind-ignore' in annotated
    assert page_title(html) == "Tô Lâm & co"
    assert (
        page_title("<p>no headline</p>", "Fallback &amp; title") == "Fallback & title"
    )


def test_field_values_are_escaped_attributes(small):
    hostile = make_entity("leaders", '<b>Bold</b> "Kim"', country="South Korea")
    dossier = make_dossier([], [hostile])
    html = annotate("<p>x</p>", hostile.uri, dossier)
    assert (
        "<b>" not in html
        and 'data-value="&lt;b&gt;Bold&lt;/b&gt; &quot;Kim&quot;"' in html
    )


# ---- the files the box and the previews read ----


def test_names_files_hold_every_spelling_by_first_letter(small):
    files = name_files(small)
    index = json.loads(files[f"{NAMES_DIR}/index.json"])
    assert index["entities"] == len(small.entities)
    assert (index["token"], index["digits"]) == (TOKEN_PREFIX, TOKEN_DIGITS)
    assert index["dated"] == 1
    for entity in small.entities.values():
        mine = token(entity.slug)
        for spelling in spellings(entity):
            key = words(spelling)
            shard = json.loads(files[f"{NAMES_DIR}/{shard_of(key)}.json"])
            assert mine in shard["names"][key], spelling
            assert shard["entities"][mine] == spellings(entity)
            assert shard["longest"] >= len(key.split())
    assert sorted(index["shards"]) == sorted(
        path.removeprefix(f"{NAMES_DIR}/").removesuffix(".json")
        for path in files
        if not path.endswith("index.json")
    )
    assert (
        shard_of("오세훈") == "_"
        and shard_of("saigon") == "s"
        and shard_of("50") == "5"
    )


def test_a_preview_card_says_name_label_role_and_one_line(small):
    leader = small.entities["oh-se-hoon"]
    assert preview(leader) == {
        "name": "Oh Se-hoon",
        "native": "오세훈",
        "label": "Leader · South Korea",
        "detail": "Mayor of Seoul",
        "description": "Mayor of Seoul who visited Ho Chi Minh City.",
        "url": page_url(leader.uri),
    }
    agreement = small.entities["saigon-seoul-agreement"]
    assert one_line(agreement) == "The agreement was signed in Saigon."
    assert preview(agreement)["detail"] == "memorandum"
    long = make_entity("events", "Long", description="word " * 100)
    assert len(one_line(long)) <= DESCRIPTION_LIMIT and one_line(long).endswith("…")


def test_search_files_are_the_folding_module_names_and_one_card_per_entity(dossier):
    files = search_files(dossier)
    cards = [p for p in files if p.startswith(f"{PREVIEWS_DIR}/")]
    assert len(cards) == len(dossier.entities)
    for entity in dossier.entities.values():
        card = json.loads(files[f"{PREVIEWS_DIR}/{entity.type}/{entity.slug}.json"])
        assert card["name"] == entity.name and card["url"] == page_url(entity.uri)
    assert files[FOLD_MODULE] == fold_module()


def test_the_folding_module_has_its_tables_filled_in():
    source = fold_module()
    assert "/*@" not in source  # every placeholder replaced
    assert '"đ": "d"' in source and "export function fold" in source
    assert "export const SEPARATOR" in source and "export const words" in source
