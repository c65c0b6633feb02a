"""What the search knows of each page: the fields Pagefind indexes, the labels of results.

The site's search is Pagefind: after each build, ``publish/search_build.py`` runs it over the
HTML, and it writes a chunked index that a browser reads a few kilobytes at a time. The search
box (``docs/assets/javascripts/search/``) asks Pagefind once per name and word of a query and
ranks the answers itself. This module prepares what the index needs, from the Dossier alone:

- :func:`annotate`, in ``on_page_context``: a page's content in a ``data-pagefind-body``
  element, with hidden ``data-pagefind-*`` fields: the type, country and year filters, the
  article's date to sort by, the result label ("Leader · Viet Nam"), and the names:

  - every entity the page names gets its *token* (``zq4150382917``, one word per entity) in a
    hidden element, as often as the page names it (up to five times), found by the
    pipeline's own matcher and by its spellings over the page's text, so a name
    is one Pagefind word however it is written ("Saigon", "Thành phố Hồ Chí Minh", "TP.HCM")
    and a query for it never matches a page that only shares a word ("city") of a spelling;
  - an entity page has its own token in ``entity`` (the page a name query names first) and
    every spelling of its name in ``aliases``; the tokens of the names in a page's title or
    spellings go in ``named``;
  - every word Pagefind cannot fold itself gets its folded twin in ``folded``: Pagefind drops
    combining marks, but "đ" has none, so "Đại" is also indexed as "dai".

  Table cells and definition lists are spaced (:func:`space_blocks`), so an infobox indexes as
  words, not one glued string. The views (timeline, map, network, the indexes, the report,
  the tags) are not indexed, nor an entity page's list of every article naming it.
- the labels of results ("Leader · Viet Nam", "Article · 2025") and the spellings of a name,
  which ``publish/search_files.py`` writes for the box to read.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from html import escape, unescape

from dossier.model import Article, Dossier, Entity, Registry
from dossier.publish.search_fold import SEPARATOR, case_folded
from dossier.recognize.matcher import Matcher, build_matcher, find_in_text
from dossier.schema import TYPES, TYPES_BY_KEY
from dossier.text import _HAND_FOLDED, fold
from dossier.urls import page_url

TOKEN_PREFIX = "zq"  # no word starts so: an entity's word in the index, "zq4150382917"
TOKEN_DIGITS = 10  # fixed length: no token is the start of another
MENTIONS_CAP = 5  # a name's token repeats as often as the page names it, up to this
ARTICLE_TYPE = "Article"
# The views list everything the dossier holds; readers reach them from the navigation. In the
# index they would answer every name, and a result would cost its reader the whole list.
UNSEARCHED = frozenset(
    {
        "timeline.md",
        "map.md",
        "network.md",
        "articles/index.md",
        "about/report.md",
        "about/tags.md",
        *(f"{entity_type.key}/index.md" for entity_type in TYPES),
    }
)

# Block elements whose tags an indexer drops without a space: "<td>Type</td><td>City</td>"
# would index as the one word "typecity". Whitespace between block elements does not render.
_BLOCK_END = re.compile(
    r"(</(?:td|th|tr|thead|tbody|table|caption|dt|dd|dl|div|figcaption|figure|aside|nav|section)>)(?=<)"
)
_TAG = re.compile(r"<[^>]*>")
_FIRST_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
_PERMALINK = 'class="headerlink"'  # the "¶" of each heading: not words of the page
# An entity page's list of every article naming it: their titles are found on the articles
# themselves, and with thousands of articles the list would be most of the page's index.
_ARTICLE_LIST = 'class="dossier-articles"'
_ARTICLE_LIST_ELEMENT = re.compile(r'<ul class="dossier-articles".*?</ul>', re.S)
_HEADERLINK = re.compile(r'<a[^>]*class="headerlink"[^>]*>.*?</a>', re.S)
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def space_blocks(html: str) -> str:
    """The page HTML with a line break after each block element that another tag follows directly."""
    return _BLOCK_END.sub("\\1\n", html)


def words(text: str) -> str:
    """The search's key for a text: its folded words, one space apart (``search/fold.js``
    computes the same in the browser)."""
    return " ".join(w for w in re.split(SEPARATOR, fold(text)) if w)


def spellings(entity: Entity) -> list[str]:
    """Every way the entity is written, canonical first, one per folded form."""
    names = [
        entity.name,
        *entity.aliases,
        *entity.short_names,
        entity.get("native_name") or "",
    ]
    unique: dict[str, str] = {}
    for name in names:
        if fold(name).strip():
            unique.setdefault(fold(name), name)
    return list(unique.values())


def _year(value: str | None) -> str | None:
    match = re.match(r"\d{4}", str(value or ""))
    return match.group() if match else None


def entity_label(entity: Entity) -> str:
    """What a result is: "Leader · Viet Nam", "Agreement · 2024", or just "Initiative"."""
    kind = TYPES_BY_KEY[entity.type].singular
    detail = entity.get("country") or _year(entity.get("date") or entity.get("start"))
    return f"{kind} · {detail}" if detail else kind


def article_label(article: Article) -> str:
    """ "Article · 2025" by its publication year, else "Article · <outlet>", else "Article"."""
    detail = _year(article.metadata.published) or article.metadata.outlet
    return f"Article · {detail}" if detail else "Article"


# ---- what each page tells the index ----


@dataclass(frozen=True)
class PageFields:
    """The hidden fields of one page: filters, sorts and metadata (empty for hand-written pages)."""

    filters: tuple[
        tuple[str, str], ...
    ] = ()  # ("type", "Leader"), ("country", "Viet Nam")…
    sorts: tuple[tuple[str, str], ...] = ()  # ("date", "2024-05-01")
    meta: tuple[tuple[str, str], ...] = ()  # ("label", …), ("aliases", …)
    names: tuple[str, ...] = ()  # the spellings of an entity page's name
    entity: str = ""  # an entity page's slug


def entity_fields(entity: Entity) -> PageFields:
    year = _year(entity.get("date") or entity.get("start"))
    names = spellings(entity)
    filters = [("type", TYPES_BY_KEY[entity.type].singular)]
    if entity.get("country"):
        filters.append(("country", str(entity.get("country"))))
    if year:
        filters.append(("year", year))
    return PageFields(
        filters=tuple(filters),
        meta=(("label", entity_label(entity)), ("aliases", " · ".join(names))),
        names=tuple(names),
        entity=entity.slug,
    )


def article_fields(article: Article) -> PageFields:
    published = article.metadata.published
    date = _DATE.match(str(published or ""))
    filters = [("type", ARTICLE_TYPE)]
    if date:
        filters.append(("year", date.group()[:4]))
    return PageFields(
        filters=tuple(filters),
        sorts=(("date", date.group()),) if date else (),
        meta=(("label", article_label(article)),)
        + ((("date", date.group()),) if date else ()),
    )


def page_fields(uri: str, dossier: Dossier) -> PageFields:
    """The fields of the page built from ``uri`` (``leaders/to-lam.md``, ``articles/x.md``)."""
    folder, _, name = uri.partition("/")
    slug = name.removesuffix(".md")
    if folder == "articles" and slug in dossier.article:
        return article_fields(dossier.article[slug])
    entity = dossier.entities.get(slug)
    if entity is not None and entity.uri == uri:
        return entity_fields(entity)
    return PageFields()


@dataclass(frozen=True)
class NameTokens:
    """Where a text names an entity, and each entity's token (:func:`entity_tokens`).

    A text names an entity where the pipeline's matcher finds it (so an article's page gets the
    token of every entity the article is listed under, "Hanoi" read as "Ha Noi" too) and where
    it holds a spelling as whole words, even inside a longer name or around punctuation the
    matcher will not cross ("Seoul" in "Seoul Business Agency", "… Tourism (South Korea)").
    """

    registry: Registry
    matcher: Matcher
    tokens: dict[str, str]  # entity slug → "zq4150382917"
    spelled: dict[
        str, tuple[tuple[tuple[str, ...], str], ...]
    ]  # first word → (words, token)

    def found(self, text: str) -> dict[str, int]:
        """Token → how many times the text names its entity."""
        counts: dict[str, int] = {}
        for slug, _, _ in find_in_text(text, self.matcher, set()):
            token = self.tokens[slug]
            counts[token] = counts.get(token, 0) + 1
        spelled: dict[str, int] = {}
        folded = words(text).split(" ")
        for i, word in enumerate(folded):
            for key, token in self.spelled.get(word, ()):
                if tuple(folded[i : i + len(key)]) == key:
                    spelled[token] = spelled.get(token, 0) + 1
        for token, count in spelled.items():
            counts[token] = max(counts.get(token, 0), count)
        return counts


_LAST_TOKENS: list[NameTokens] = []  # the tokens of the registry being built, made once


def name_tokens(dossier: Dossier) -> NameTokens:
    """The tokens of the dossier's registry: made once per registry, though every page asks."""
    if not _LAST_TOKENS or _LAST_TOKENS[0].registry is not dossier.registry:
        tokens = entity_tokens(dossier)
        spelled: dict[str, set[tuple[tuple[str, ...], str]]] = {}
        for entity in dossier.entities.values():
            names = (entity.name, *entity.aliases, entity.get("native_name") or "")
            for name in names:
                key = tuple(words(name).split())
                if key:
                    spelled.setdefault(key[0], set()).add((key, tokens[entity.slug]))
        _LAST_TOKENS[:] = [
            NameTokens(
                dossier.registry,
                build_matcher(dossier.registry),
                tokens,
                {first: tuple(sorted(keys)) for first, keys in spelled.items()},
            )
        ]
    return _LAST_TOKENS[0]


def entity_order(dossier: Dossier) -> list[Entity]:
    """Entities by URL, the order the names and preview files list them in."""
    return sorted(dossier.entities.values(), key=lambda e: page_url(e.uri))


def token(slug: str, attempt: int = 0) -> str:
    """An entity's word in the index, from its slug alone: the same in every build, so a
    preview that renders only the pages an edit touched (``mkdocs serve --dirty``) keeps the
    tokens of the others. Digits: no stemmer changes it; fixed length: none starts another."""
    seed = slug if not attempt else f"{slug}#{attempt}"
    number = int(hashlib.sha1(seed.encode("utf-8")).hexdigest(), 16)
    return f"{TOKEN_PREFIX}{number % 10**TOKEN_DIGITS:0{TOKEN_DIGITS}d}"


def entity_tokens(dossier: Dossier) -> dict[str, str]:
    """Every entity's token; of two slugs that would share one, the later (by slug) tries again."""
    tokens: dict[str, str] = {}
    taken: set[str] = set()
    for slug in sorted(dossier.entities):
        attempt, word = 0, token(slug)
        while word in taken:
            attempt += 1
            word = token(slug, attempt)
        tokens[slug] = word
        taken.add(word)
    return tokens


@cache
def _unfoldable() -> re.Pattern[str]:
    """A word holding a letter Pagefind folds otherwise than :func:`fold`: a letter folded by hand
    (đ, ø, ł, ı) or one whose case folding is not its lower case (ß → ss)."""
    letters = {chr(code) for code in _HAND_FOLDED} | set(case_folded())
    return re.compile(rf"\w*[{re.escape(''.join(sorted(letters)))}]\w*")


def folded_twins(text: str) -> list[str]:
    """The folded form of each word Pagefind would index otherwise: "Đà Nẵng" → ["da"]."""
    return list(dict.fromkeys(words(w) for w in _unfoldable().findall(text)))


def _hidden(attribute: str, key: str, value: str) -> str:
    return f'<span data-pagefind-{attribute}="{key}[data-value]" data-value="{escape(value)}"></span>'


def page_title(html: str, fallback: str = "") -> str:
    """The page's headline as text: its first ``<h1>`` without the permalink, else ``fallback``
    (MkDocs' page title, which the generated pages' metadata holds HTML-escaped)."""
    match = _FIRST_H1.search(html)
    text = _TAG.sub("", _HEADERLINK.sub("", match.group(1))) if match else fallback
    return " ".join(unescape(text).split())


def page_text(html: str) -> str:
    """The words of a page's content the names are counted in (not an entity page's list
    of every article naming it)."""
    return unescape(_TAG.sub(" ", _ARTICLE_LIST_ELEMENT.sub(" ", html)))


def name_counts(html: str, dossier: Dossier) -> dict[str, int]:
    """Token → how many times the page content ``html`` names its entity."""
    return name_tokens(dossier).found(page_text(html))


def annotate(
    html: str,
    uri: str,
    dossier: Dossier,
    title: str = "",
    counts: dict[str, int] | None = None,
) -> str:
    """The page content as Pagefind indexes it: in ``data-pagefind-body``, blocks spaced, with
    its fields in a hidden element Pagefind reads but does not index as text, and the tokens
    of the names it holds in a hidden element it does index (as often as the page names each,
    so the pages that name an entity most rank first). ``title`` is MkDocs' title of the page,
    used when the content has no headline; ``counts``, :func:`name_counts` of ``html`` if
    already known. A view (:data:`UNSEARCHED`) is left out."""
    if not html or not html.strip():
        return html
    body = space_blocks(html)
    if uri in UNSEARCHED:
        return body
    body = body.replace(_PERMALINK, _PERMALINK + " data-pagefind-ignore")
    body = body.replace(_ARTICLE_LIST, _ARTICLE_LIST + " data-pagefind-ignore")
    fields = page_fields(uri, dossier)
    names = name_tokens(dossier)
    text = page_text(html)
    headline = page_title(html, title)
    mentions = names.found(text) if counts is None else counts
    named = names.found(" · ".join((headline, *fields.names)))
    twins = folded_twins(" ".join((text, *fields.names)))
    meta = [
        *((("title", headline),) if headline else ()),
        *fields.meta,
        *((("entity", names.tokens[fields.entity]),) if fields.entity else ()),
        *((("named", " ".join(named)),) if named else ()),
        *((("folded", " ".join(twins)),) if twins else ()),
    ]
    hidden = [
        *(_hidden("filter", key, value) for key, value in fields.filters),
        *(_hidden("sort", key, value) for key, value in fields.sorts),
        *(_hidden("meta", key, value) for key, value in meta),
    ]
    tokens = " ".join(
        " ".join([token] * min(count, MENTIONS_CAP))
        for token, count in mentions.items()
    )
    return (
        f"<div data-pagefind-body>{body}"
        f'<div hidden data-pagefind-ignore="index">{"".join(hidden)}</div>'
        + (f"<div hidden>{tokens}</div>" if tokens else "")
        + "</div>"
    )
