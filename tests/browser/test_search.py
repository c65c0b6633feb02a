"""Search in a real browser: every spelling of a name finds its page first, folding both ways
(đ too), Hangul, phrases, a name widened only as a whole, pages holding every name of a query
first, nothing for nonsense, labels, suggestions, keys, facets with counts, sort by date,
on-page highlighting, offline, and a search that loads only part of the index.

Expected pages come from the registry, the seeds and the built pages at test time, never from
a fixed list.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest
from dossier.build import build_dossier
from dossier.publish.search_index import SEPARATOR, article_label, entity_label
from dossier.recognize.matcher import build_matcher, find_in_text
from dossier.text import fold, strip_marks
from dossier.urls import article_uri, page_url
from searching import (
    FACETS,
    RESULT_ITEM,
    RESULT_META,
    SEARCH_INPUT,
    answered,
    load_all_results,
    read_results,
    rerendered,
    run_search,
    served,
    view,
)

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
TYPES = (
    "Leader",
    "City",
    "Agreement",
    "Initiative",
    "Organization",
    "Event",
    "Article",
)


@pytest.fixture(scope="module")
def dossier(root):
    return build_dossier(root)


def words(text: str) -> str:
    """The search's key for a text: folded words, one space apart."""
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


# ---- what each built page says, as the index reads it ----


class _IndexedText(HTMLParser):
    """The text of a page's ``data-pagefind-body``, without ``data-pagefind-ignore`` parts."""

    VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[bool, bool]] = []  # (in body, ignored)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        body, ignored = self.stack[-1] if self.stack else (False, False)
        state = (
            body or "data-pagefind-body" in names,
            ignored or "data-pagefind-ignore" in names or tag in ("script", "style"),
        )
        if tag not in self.VOID:
            self.stack.append(state)
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()
        self.parts.append(" ")

    def handle_data(self, data):
        if self.stack and self.stack[-1] == (True, False):
            self.parts.append(data)


@cache
def page_texts(site: Path) -> dict[str, str]:
    """Each indexed page's text, by its site-relative URL path ("leaders/to-lam/")."""
    texts = {}
    for file in sorted(site.rglob("index.html")):
        html = file.read_text(encoding="utf-8")
        if "data-pagefind-body" not in html:
            continue
        parser = _IndexedText()
        parser.feed(html)
        path = file.parent.relative_to(site).as_posix()
        texts["" if path == "." else path + "/"] = " ".join(
            "".join(parser.parts).split()
        )
    return texts


@pytest.fixture(scope="module")
def page_words(built) -> dict[str, str]:
    """Each indexed page's folded words, space-delimited at both ends."""
    return {path: f" {words(text)} " for path, text in page_texts(built.site).items()}


def holders(built, dossier, entity, typed: str) -> set[str]:
    """The pages that hold a name: any spelling as whole words, the pipeline's matcher finds
    it (it also reads "Hanoi" as "Ha Noi"), or, for a one-word query, a word starting as typed."""
    matcher = build_matcher(dossier.registry)
    forms = [f" {words(f)} " for f in written_forms(entity)]
    key = words(typed)
    found = set()
    for path, text in page_texts(built.site).items():
        folded = f" {words(text)} "
        if (
            any(form in folded for form in forms)
            or (" " not in key and f" {key}" in folded)
            or any(
                slug == entity.slug for slug, _, _ in find_in_text(text, matcher, set())
            )
        ):
            found.add(path)
    return found


# ---- every spelling ----


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
    """đ has no combining mark (Pagefind keeps it): "Dai" must still find and mark "Đại"."""
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
    both_ways = search(word)  # and the word as written finds it too
    assert word in {m for r in both_ways for m in r.marked}


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


# ---- ranking and whole names ----


def test_a_phrase_ranks_the_page_that_holds_it_first(search, page_words, dossier):
    """Two words of an article, each common across the site, together on one page only: it comes first."""
    spread = Counter(w for text in page_words.values() for w in set(text.split()))
    prose = [words(p.text).split() for a in dossier.articles for p in a.passages]
    names = set(owners_by_form(dossier))
    pairs = {
        pair
        for ws in prose
        for pair in zip(ws, ws[1:], strict=False)
        if pair[0] != pair[1]
        and all(len(w) > 4 and w.isalpha() and w not in names for w in pair)
    }
    # As the search does while a reader types, the last word may be the start of a longer one.
    holding = {
        pair: [
            path for path, text in page_words.items() if f" {pair[0]} {pair[1]}" in text
        ]
        for pair in pairs
    }
    unique = sorted(
        (min(spread[w] for w in pair), pair, paths[0])
        for pair, paths in holding.items()
        if len(paths) == 1
    )
    commonness, (first, second), holder = unique[-1]
    assert commonness >= 3, "no phrase of two common words to test with"
    results = search(f"{first} {second}")
    assert results[0].path == holder, (
        f"'{first} {second}' is on {holder} only, but {results[0].path} ranks first"
    )
    assert len(results) >= 3  # the words alone still find other pages


def test_a_longer_spelling_widens_a_name_only_as_a_whole(
    search, built, dossier, page_words
):
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
            holding = holders(built, dossier, entity, single)
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


def test_pages_holding_every_name_of_a_query_come_first(search, built, dossier):
    """A query "To Lam Busan": every page holding both names (in any spelling) before any holding one."""
    leader = next(
        e for e in dossier.registry.of_type("leaders") if words(e.name) == "to lam"
    )
    city = next(
        e for e in dossier.registry.of_type("cities") if words(e.name) == "busan"
    )
    query = f"{strip_marks(leader.name)} {city.name}"
    both = holders(built, dossier, leader, strip_marks(leader.name)) & holders(
        built, dossier, city, city.name
    )
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
    everything = fold(" ".join(page_texts(built.site).values()))
    query = next(q for q in ("qxzvj", "zqxvjk", "vjqzxw") if q not in everything)
    assert search(query) == []
    strings = json.loads(
        page.locator("[data-dossier-search]").get_attribute("data-strings")
    )
    assert page.locator(RESULT_META).inner_text().strip() == strings["none"]


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


# ---- the box: suggestions, keys, highlighting ----


def test_suggestion_completes_in_the_readers_spelling(page, site_url, dossier):
    leader = next(e for e in dossier.entities.values() if fold(e.name) == "luong cuong")
    typed = leader.name[:-3]  # "Lương Cư"
    page.goto(site_url)
    box = page.locator(SEARCH_INPUT)
    box.click()
    box.press_sequentially(typed, delay=40)
    page.wait_for_function(
        "([el, name]) => document.querySelector(el).textContent === name",
        arg=["[data-dossier-search-suggest]", leader.name],
    )
    box.press("ArrowRight")  # takes the suggestion
    assert box.input_value() == leader.name
    answered(page, leader.name)


def test_keys_open_the_box_and_move_through_the_results(page, site_url):
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    for key in ("/", "s"):
        page.locator("body").click(position={"x": 5, "y": 300})
        page.keyboard.press("Escape")
        page.keyboard.press(key)
        assert page.evaluate(
            "document.activeElement.matches('[data-dossier-search-query]')"
        ), f"{key!r} does not focus the search box"
        assert page.evaluate("document.getElementById('__search').checked")
    page.keyboard.type("Busan")
    answered(page, "Busan")
    links = page.locator(f"{RESULT_ITEM} > a")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement") is not None
    first = links.nth(0).get_attribute("href")
    assert page.evaluate("document.activeElement.href") == first
    page.keyboard.press("ArrowDown")
    second = links.nth(1).get_attribute("href")
    assert page.evaluate("document.activeElement.href") == second
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.href") == first
    page.keyboard.press("ArrowUp")  # above the first result: back in the box
    assert page.evaluate(
        "document.activeElement.matches('[data-dossier-search-query]')"
    )
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")  # opens the focused result
    page.wait_for_url(second)
    assert not page.evaluate("document.getElementById('__search').checked")


def test_enter_in_the_box_opens_the_first_result_and_escape_closes(page, site_url):
    page.goto(site_url)
    box = page.locator(SEARCH_INPUT)
    box.click()
    box.fill("Hanoi")
    answered(page, "Hanoi")
    box.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")
    box.click()
    first = page.locator(f"{RESULT_ITEM} > a").first.get_attribute("href")
    box.press("Enter")
    page.wait_for_url(first)


def test_the_page_opened_from_a_result_highlights_the_spelling_it_uses(
    search, page, dossier
):
    leader = next(e for e in dossier.entities.values() if fold(e.name) == "luong cuong")
    results = search(strip_marks(leader.name))
    article = next(r for r in results if r.path.startswith("articles/"))
    page.locator(RESULT_ITEM).nth(results.index(article)).locator(
        ":scope > a"
    ).first.click()
    page.wait_for_selector("mark[data-search-highlight]")
    highlighted = page.eval_on_selector_all(
        "mark[data-search-highlight]", "marks => marks.map(m => m.textContent)"
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


def test_a_search_loads_a_small_part_of_the_index(page, site_url, built):
    """The box loads nothing until used, then Pagefind's entry files and the few chunks the
    query's words are in; no whole index (Material's search_index.json) anywhere."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    data = ("pagefind/", "search/")  # the index, the names and the folding module
    assert not [u for u in requested if u.removeprefix(site_url).startswith(data)]
    run_search(page, site_url, "Busan")
    chunks = {u for u in requested if "/pagefind/index/" in u}
    every = list((built.site / "pagefind" / "index").glob("*.pf_index"))
    assert chunks and len(chunks) < len(every), (len(chunks), len(every))
    assert not [u for u in requested if u.endswith("search_index.json")]
    assert not (built.site / "search" / "search_index.json").exists()


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
        """async samples => {
            const { fold, words } = await import(new URL("search/fold.js", document.baseURI).href)
            return samples.map(text => [fold(text), words(text)])
        }""",
        samples,
    )
    mismatches = [
        (s, js, (fold(s), words(s)))
        for s, js in zip(samples, folded, strict=True)
        if tuple(js) != (fold(s), words(s))
    ]
    assert not mismatches, mismatches[:5]


# ---- facets and sort ----


def facet_counts(page) -> dict[str, dict[str, int]]:
    """The counts the facet bar shows: {"type": {"City": 7}, "country": {…}, "year": {…}}."""
    page.wait_for_selector(f"{FACETS}:not([hidden])")
    return page.evaluate(
        """() => {
            const bar = document.querySelector('[data-dossier-search-facets]')
            const counts = { type: {}, country: {}, year: {} }
            for (const chip of bar.querySelectorAll('button[data-facet]'))
                counts.type[chip.dataset.value] = Number(chip.querySelector('.dossier-search__count').textContent)
            for (const select of bar.querySelectorAll('select[data-facet]'))
                for (const option of select.options) {
                    const match = /^(.*) \\((\\d+)\\)$/.exec(option.textContent)
                    if (option.value && match) counts[select.dataset.facet][option.value] = Number(match[2])
                }
            return counts
        }"""
    )


def wait_for_facets(page, query: str) -> None:
    answered(page, query)
    page.wait_for_function(
        "sel => document.querySelector(sel).querySelector('button[data-facet], select[data-facet]')",
        arg=FACETS,
    )


def test_type_facet_counts_what_the_results_are(search, page, dossier):
    city = next(
        e for e in dossier.registry.of_type("cities") if words(e.name) == "busan"
    )
    results = search(city.name)
    wait_for_facets(page, city.name)
    counts = facet_counts(page)
    kinds = Counter(r.labels[0].split(" · ")[0] for r in results if r.labels)
    assert counts["type"] == {t: n for t, n in kinds.items() if t in TYPES}
    assert len(counts["type"]) >= 3
    chosen = max(counts["type"], key=lambda t: (counts["type"][t], t))
    before = view(page)
    page.locator(f'button[data-facet="type"][data-value="{chosen}"]').click()
    rerendered(page, before)
    assert (
        page.locator(RESULT_META).inner_text().startswith(f"{counts['type'][chosen]} ")
    )
    load_all_results(page)
    labels = page.eval_on_selector_all(
        f"{RESULT_ITEM} .md-tag", "tags => tags.map(t => t.textContent)"
    )
    assert len(labels) == counts["type"][chosen]
    assert all(label.split(" · ")[0] == chosen for label in labels)
    assert (
        page.locator(f'button[data-facet="type"][data-value="{chosen}"]').get_attribute(
            "aria-pressed"
        )
        == "true"
    )


def test_country_facet_filters_with_counts(search, page, dossier):
    city = next(
        e for e in dossier.registry.of_type("cities") if words(e.name) == "busan"
    )
    search(city.name)
    wait_for_facets(page, city.name)
    countries = facet_counts(page)["country"]
    assert len(countries) >= 2, countries
    country, count = max(countries.items(), key=lambda kv: (kv[1], kv[0]))
    before = view(page)
    page.locator('select[data-facet="country"]').select_option(country)
    rerendered(page, before)
    assert page.locator(RESULT_META).inner_text().startswith(f"{count} ")
    load_all_results(page)
    labels = page.eval_on_selector_all(
        f"{RESULT_ITEM} .md-tag", "tags => tags.map(t => t.textContent)"
    )
    assert len(labels) == count and all(
        label.endswith(f" · {country}") for label in labels
    )


@pytest.fixture(scope="module")
def synthetic(synthetic_site):
    return synthetic_site, build_dossier(synthetic_site.project)


def most_named(dossier):
    return max(
        dossier.entities.values(),
        key=lambda e: (len(dossier.articles_of(e.slug)), e.slug),
    )


def test_year_facet_counts_and_filters(page, synthetic):
    site, dossier = synthetic
    entity = most_named(dossier)
    results = run_search(page, site.url, entity.name)
    wait_for_facets(page, entity.name)
    years = facet_counts(page)["year"]
    assert len(years) >= 2, years
    year, count = max(years.items(), key=lambda kv: (kv[1], kv[0]))
    expected = {
        page_url(article_uri(a.slug))
        for a in dossier.articles
        if (a.metadata.published or "").startswith(year)
    } | {
        page_url(e.uri)
        for e in dossier.entities.values()
        if str(e.get("date") or e.get("start") or "").startswith(year)
    }
    assert count == len({r.path for r in results} & expected)
    before = view(page)
    page.locator('select[data-facet="year"]').select_option(year)
    rerendered(page, before)
    assert page.locator(RESULT_META).inner_text().startswith(f"{count} ")
    load_all_results(page)
    assert {r.path for r in read_results(page, site.url)} == {
        r.path for r in results
    } & expected


def test_articles_sort_by_date_newest_or_oldest_first(page, synthetic):
    site, dossier = synthetic
    entity = most_named(dossier)
    published = {
        page_url(article_uri(a.slug)): a.metadata.published for a in dossier.articles
    }
    relevance = run_search(page, site.url, entity.name)
    wait_for_facets(page, entity.name)
    for option, newest_first in (("newest", True), ("oldest", False)):
        before = view(page)
        page.locator('select[name="dossier-search-sort"]').select_option(option)
        rerendered(page, before)
        load_all_results(page)
        shown = [r.path for r in read_results(page, site.url)]
        assert sorted(shown) == sorted(r.path for r in relevance)
        dated = [published[p] for p in shown if published.get(p)]
        assert len(dated) >= 5
        assert dated == sorted(dated, reverse=newest_first), dated
        first_undated = next(
            (i for i, p in enumerate(shown) if not published.get(p)), len(shown)
        )
        assert all(not published.get(p) for p in shown[first_undated:])


# ---- markup in a name is text ----


def test_a_name_with_markup_is_shown_as_text_in_results_and_previews(
    page, tmp_path_factory
):
    from building import run_build, write_site
    from dossier.text import slugify

    name = '<b>Bold</b> <img src=x onerror="window.pwned=1"> Kim'
    root = tmp_path_factory.mktemp("hostile")
    project = write_site(
        root / "project",
        entities={
            f"leaders/{slugify(name)}.md": f"name: '{name}'\nrole: '<i>Envoy</i>'\ncountry: South Korea",
            "cities/seoul.md": "name: Seoul\ncountry: South Korea",
        },
        docs={"index.md": f"# Home\n\nSeoul. [Kim](leaders/{slugify(name)}.md)\n"},
    )
    shutil.copytree(ROOT / "docs" / "assets", project / "docs" / "assets")
    build = run_build(project, root / "site")
    assert build.returncode == 0, build.output
    with served(build.site) as url:
        results = run_search(page, url, "Kim")
        assert results and results[0].title == name
        assert page.locator(f"{RESULT_ITEM} b, {RESULT_ITEM} img").count() == 0
        page.goto(url)
        page.locator(
            f'[data-pagefind-body] a[href$="leaders/{slugify(name)}/"]'
        ).hover()
        card = page.locator("#dossier-preview")
        card.wait_for(state="visible")
        assert name in card.inner_text() and "<i>Envoy</i>" in card.inner_text()
        assert card.locator("b, img, i").count() == 0
        assert page.evaluate("window.pwned") is None


# ---- accessibility of the open box ----


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_open_search_box_and_a_preview_pass_axe(page, site_url, dossier, scheme):
    """axe-core finds no serious or critical violation in the box with results and facets
    open, nor in a link preview."""
    page.emulate_media(color_scheme=scheme)
    results = run_search(page, site_url, "Busan")
    wait_for_facets(page, "Busan")
    page.add_script_tag(
        content=(ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js").read_text(
            encoding="utf-8"
        )
    )
    check = """async selector => (await axe.run({ include: [selector] }, { resultTypes: ['violations'] }))
        .violations.filter(v => ['serious', 'critical'].includes(v.impact))
        .map(v => [v.id, v.nodes.map(n => n.target.join(' '))])"""
    assert results and page.evaluate(check, ".md-search") == []
    page.keyboard.press("Escape")
    page.goto(site_url + results[0].path)
    page.locator("[data-pagefind-body] a.dossier-ref").first.hover()
    page.locator("#dossier-preview").wait_for(state="visible")
    page.add_script_tag(
        content=(ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js").read_text(
            encoding="utf-8"
        )
    )
    assert page.evaluate(check, "#dossier-preview") == []
