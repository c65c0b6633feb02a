"""Search in a real browser: every spelling of a name finds its page first, folding both ways,
Hangul, phrases, a name widened only by whole spellings, pages holding every name of a query
first, nothing for nonsense, labels, suggestions and on-page highlighting, offline.

Expected pages come from the registry and the seeds at test time, never from a fixed list.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from dossier.build import build_dossier
from dossier.publish.search_index import (
    SEPARATOR,
    article_label,
    entity_label,
    worker_prelude,
)
from dossier.text import fold, strip_marks
from dossier.urls import article_uri, page_url

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]

PREFERRED_TYPES = (
    "leaders",
    "cities",
    "organizations",
    "agreements",
    "events",
    "initiatives",
)
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture(scope="module")
def dossier(root):
    return build_dossier(root)


def words(text: str) -> str:
    """The search's key for a text (as the worker computes it): folded words, one space apart."""
    return " ".join(w for w in re.split(SEPARATOR, fold(text)) if w)


def written_forms(entity) -> list[str]:
    """Every way a reader may type the entity: canonical, ASCII-folded, aliases, short and native names."""
    forms = [
        entity.name,
        strip_marks(entity.name),
        *entity.aliases,
        *entity.short_names,
        entity.get("native_name") or "",
    ]
    return list(dict.fromkeys(f for f in forms if f.strip()))


def owners_by_form(dossier) -> Counter[str]:
    return Counter(
        words(form)
        for entity in dossier.entities.values()
        for form in dict.fromkeys(map(words, written_forms(entity)))
    )


def chosen_entities(dossier) -> list:
    """One entity of each of five types: the one with the most spellings (a name only it owns)."""
    owners = owners_by_form(dossier)
    chosen = []
    for type_key in PREFERRED_TYPES:
        candidates = [
            e
            for e in dossier.registry.of_type(type_key)
            if all(owners[words(f)] == 1 for f in written_forms(e))
        ]
        if candidates:
            chosen.append(
                max(candidates, key=lambda e: (len(written_forms(e)), e.slug))
            )
    assert len(chosen) >= 5, (
        "the registry needs entities of five types for the search tests"
    )
    return chosen[:5]


def pytest_generate_tests(metafunc):
    if "entity_slug" in metafunc.fixturenames:
        metafunc.parametrize(
            "entity_slug", [e.slug for e in chosen_entities(build_dossier(ROOT))]
        )


def test_every_spelling_finds_the_entity_page_first_and_its_articles(
    search, dossier, entity_slug
):
    entity = dossier.entities[entity_slug]
    expected = page_url(entity.uri)
    for form in written_forms(entity):
        results = search(form)
        assert results, f"{form!r} found nothing"
        assert results[0].path == expected, (
            f"{form!r}: first result is {results[0].path}, expected {expected}"
        )
        assert results[0].labels == (entity_label(entity),)
    found = {r.path for r in search(entity.name)}
    articles = {page_url(article_uri(a.slug)) for a in dossier.articles_of(entity.slug)}
    assert articles <= found, (
        f"{entity.name}: articles naming it missing from the results: {sorted(articles - found)}"
    )


def test_a_query_without_diacritics_finds_text_with_them(search, dossier):
    hanoi = next(
        e
        for e in dossier.entities.values()
        if "ha noi" in map(words, written_forms(e)) and e.type == "cities"
    )
    results = search("ha noi")
    assert results[0].path == page_url(hanoi.uri)
    marked = {m for r in results for m in r.marked}
    assert {"Hà", "Nội"} <= marked, (
        f"no result highlights the Vietnamese spelling: {sorted(marked)[:20]}"
    )


def test_a_query_with_diacritics_finds_text_without_them(search, dossier):
    article = next(a for a in dossier.articles if a.source.startswith("seeds/004_"))
    assert any("To Lam" in p.text for p in article.passages) and not any(
        "Tô Lâm" in p.text for p in article.passages
    )
    results = search("Tô Lâm")
    mine = next(
        (r for r in results if r.path == page_url(article_uri(article.slug))), None
    )
    assert mine is not None, (
        f"'Tô Lâm' does not find {article.source}, which writes 'To Lam'"
    )
    assert "Lam" in mine.marked  # matched in the body text, as written there


def test_luong_cuong_finds_luong_cuong(search, dossier):
    leader = next(e for e in dossier.entities.values() if fold(e.name) == "luong cuong")
    results = search("Luong Cuong")
    assert results[0].path == page_url(leader.uri)
    assert "Lương" in results[0].marked


def test_a_letter_without_combining_mark_is_folded_by_hand(search, dossier):
    """đ has no combining mark: "Dai" must still find "Đại"."""
    texts = [p.text for a in dossier.articles for p in a.passages] + [
        e.get("native_name") or "" for e in dossier.entities.values()
    ]
    word = next(
        w
        for text in texts
        for w in re.split(SEPARATOR, text)
        if w[:1] in "đĐ" and len(w) > 2
    )
    results = search(strip_marks(word))
    assert word in {m for r in results for m in r.marked}


def test_hangul_finds_hangul(search, dossier):
    entity = next(
        e
        for e in dossier.entities.values()
        if HANGUL.search(e.get("native_name") or "")
    )
    native = entity.get("native_name")
    results = search(native)
    assert results[0].path == page_url(entity.uri)
    assert native in results[0].marked


def test_a_phrase_ranks_the_page_that_holds_it_first(search, built, dossier):
    """Two words of an article, each common across the site, together on one page only: it comes first."""
    index = json.loads(
        (built.site / "search" / "search_index.json").read_text(encoding="utf-8")
    )
    pages: dict[str, list[str]] = {}
    for doc in index["docs"]:
        pages.setdefault(doc["location"].split("#")[0], []).append(
            f"{doc['title']} {re.sub(r'<[^>]*>', ' ', doc['text'])}"
        )
    haystacks = {path: f" {words(' '.join(parts))} " for path, parts in pages.items()}
    spread = Counter(w for text in haystacks.values() for w in set(text.split()))
    prose = [words(p.text).split() for a in dossier.articles for p in a.passages]
    pairs = {
        pair
        for ws in prose
        for pair in zip(ws, ws[1:], strict=False)
        if pair[0] != pair[1] and all(len(w) > 4 and w.isalpha() for w in pair)
    }
    # As the search does while a reader types, the last word may be the start of a longer one.
    holders = {
        pair: [
            path for path, text in haystacks.items() if f" {pair[0]} {pair[1]}" in text
        ]
        for pair in pairs
    }
    unique = sorted(
        (min(spread[w] for w in pair), pair, paths[0])
        for pair, paths in holders.items()
        if len(paths) == 1
    )
    commonness, (first, second), holder = unique[-1]
    assert commonness >= 3, "no phrase of two common words to test with"
    results = search(f"{first} {second}")
    assert results[0].path == holder, (
        f"'{first} {second}' is on {holder} only, but {results[0].path} ranks first"
    )
    assert len(results) >= 3  # the words alone still find other pages


@pytest.fixture(scope="module")
def page_words(built) -> dict[str, str]:
    """Each page's words as the search indexes them (title, text, tags, spellings), space-delimited."""
    index = json.loads(
        (built.site / "search" / "search_index.json").read_text(encoding="utf-8")
    )
    parts: dict[str, list[str]] = {}
    for doc in index["docs"]:
        fields = [
            doc["title"],
            re.sub(r"<[^>]*>", " ", doc["text"]),
            *doc.get("tags", []),
            *doc.get("aliases", []),
        ]
        parts.setdefault(doc["location"].split("#")[0], []).extend(fields)
    return {path: f" {words(' '.join(fields))} " for path, fields in parts.items()}


def holders(page_words: dict[str, str], typed: str, spellings) -> set[str]:
    """The pages that hold a name: as typed (a word may go on, as while typing), or any other spelling whole."""
    return {
        path
        for path, text in page_words.items()
        if f" {words(typed)}" in text or any(f" {words(s)} " in text for s in spellings)
    }


def test_a_longer_spelling_widens_a_name_only_as_a_whole(search, dossier, page_words):
    """A query "Saigon" also finds pages writing "Ho Chi Minh City", never one that only shares "city".

    Checked for "Saigon" and for the one-word name whose longer spellings, OR'ed word by word,
    would pull in the most pages that hold none of its spellings.
    """
    owners = owners_by_form(dossier)
    candidates = {}
    for entity in dossier.entities.values():
        forms = list(dict.fromkeys(map(words, written_forms(entity))))
        longer = [f for f in forms if " " in f]
        for single in (f for f in forms if " " not in f and owners[f] == 1 and longer):
            holding = holders(page_words, single, forms)
            lures = {
                path
                for path, text in page_words.items()
                if path not in holding
                and any(f" {w} " in text for f in longer for w in f.split())
            }
            candidates[single] = (entity, holding, lures)
    assert "saigon" in candidates, "the registry no longer spells a city 'Saigon'"
    widest = max(candidates, key=lambda single: (len(candidates[single][2]), single))
    for single in dict.fromkeys(["saigon", widest]):
        entity, holding, lures = candidates[single]
        assert len(lures) >= 3, (
            f"{single!r}: its longer spellings share no word with other pages"
        )
        query = next(f for f in written_forms(entity) if words(f) == single)
        results = search(query)
        found = {r.path for r in results}
        assert results[0].path == page_url(entity.uri), (
            f"{query!r}: first result is {results[0].path}"
        )
        assert not found & lures, (
            f"{query!r} finds pages holding no spelling of it: {sorted(found & lures)[:5]}"
        )
        assert found <= holding, sorted(found - holding)[:5]
        elsewise = {path for path in holding if f" {single}" not in page_words[path]}
        assert elsewise & found, f"{query!r} finds no page that writes it another way"


def test_pages_holding_every_name_of_a_query_come_first(search, dossier, page_words):
    """A query "To Lam Busan": every page holding both names (in any spelling) before any holding one."""
    leader = next(
        e for e in dossier.registry.of_type("leaders") if words(e.name) == "to lam"
    )
    city = next(
        e for e in dossier.registry.of_type("cities") if words(e.name) == "busan"
    )
    query = f"{strip_marks(leader.name)} {city.name}"
    both = holders(
        page_words, strip_marks(leader.name), written_forms(leader)
    ) & holders(page_words, city.name, written_forms(city))
    assert len(both) >= 3
    results = [r.path for r in search(query)]
    assert set(results[:3]) <= both, (
        f"{query!r}: {results[:3]} do not all hold both names"
    )
    assert set(results[: len(both)]) == both, (
        f"{query!r}: pages holding one name rank above {sorted(both - set(results[: len(both)]))[:5]}"
    )
    assert len(results) > len(both)  # pages holding one of the names still follow


def test_nonsense_finds_nothing(search, page, built):
    index_text = fold(
        (built.site / "search" / "search_index.json").read_text(encoding="utf-8")
    )
    query = next(q for q in ("qxzvj", "zqxvjk", "vjqzxw") if q not in index_text)
    assert search(query) == []
    none = page.evaluate(
        "JSON.parse(document.getElementById('__config').textContent).translations['search.result.none']"
    )
    assert page.locator(".md-search-result__meta").inner_text().strip() == none


def test_results_say_what_they_are(search, dossier):
    leader = next(
        e for e in dossier.registry.of_type("leaders") if dossier.articles_of(e.slug)
    )
    results = search(leader.name)
    entities = {page_url(e.uri): e for e in dossier.entities.values()}
    articles = {page_url(article_uri(a.slug)): a for a in dossier.articles}
    labelled = 0
    for result in results:
        if result.path in entities:
            assert result.labels == (entity_label(entities[result.path]),), result.path
            labelled += 1
        elif result.path in articles:
            assert result.labels == (article_label(articles[result.path]),), result.path
            labelled += 1
    assert results[0].labels[0].startswith("Leader") and labelled >= 2


def test_suggestion_completes_in_the_readers_spelling(page, site_url, dossier):
    leader = next(e for e in dossier.entities.values() if fold(e.name) == "luong cuong")
    typed = leader.name[:-3]  # "Lương Cư"
    page.goto(site_url)
    box = page.locator("input[data-md-component=search-query]")
    box.click()
    box.press_sequentially(typed, delay=40)
    suggest = page.locator(".md-search__suggest")
    page.wait_for_function(
        "([el, name]) => document.querySelector(el).textContent === name",
        arg=[".md-search__suggest", leader.name],
    )
    assert suggest.text_content() == leader.name


def test_the_page_opened_from_a_result_highlights_the_spelling_it_uses(
    search, page, dossier
):
    leader = next(e for e in dossier.entities.values() if fold(e.name) == "luong cuong")
    results = search(strip_marks(leader.name))
    article = next(r for r in results if r.path.startswith("articles/"))
    page.locator(".md-search-result__item").nth(results.index(article)).locator(
        ":scope > a"
    ).first.click()
    page.wait_for_selector("mark[data-md-highlight]")
    highlighted = page.eval_on_selector_all(
        "mark[data-md-highlight]", "marks => marks.map(m => m.textContent)"
    )
    assert any(word in mark for word in leader.name.split() for mark in highlighted), (
        highlighted
    )


def test_search_runs_offline(search, page, site_url, external_requests):
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    external_requests.attempted.clear()  # page furniture is another test's business; this one is about search
    for query in ("Hà Nội", "to lam", "오세훈"):
        assert search(query)
    assert external_requests.attempted == []


def test_the_browser_folds_exactly_like_the_pipeline(page, site_url, dossier):
    samples = [p.text for a in dossier.articles for p in a.passages]
    samples += [form for e in dossier.entities.values() for form in written_forms(e)]
    samples += [
        "ĐÀ NẴNG",
        "Đặng Thị Ngọc Thịnh",
        "Straße",
        "ΟΔΟΣ",
        "İstanbul",
        "ﬁle",
        "e\u0301",
        "오세훈",
        "서울특별시",
        "Ølstykke Łódź",
    ]
    page.goto(site_url)
    folded = page.evaluate(
        """([prelude, samples]) => {
            const scope = { addEventListener() {}, postMessage() {} }
            new Function("self", prelude)(scope)
            return samples.map(scope.dossierSearch.fold)
        }""",
        [worker_prelude(), samples],
    )
    mismatches = [
        (s, js, fold(s)) for s, js in zip(samples, folded, strict=True) if js != fold(s)
    ]
    assert not mismatches, mismatches[:5]
