"""The frozen data that flows between the stages of the pipeline, and the Dossier they make.

Every stage reads and returns these types; renderers see nothing else. The Dossier's ``index``
holds what ``derive`` works out once per build for the pages (see ``dossier.derive``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dossier.schema import TYPE_ORDER
from dossier.text import fold, slugify

HEADLINE, SUBHEADING, PARAGRAPH, CAPTION, CUT_OFF = (
    "headline",
    "subheading",
    "paragraph",
    "caption",
    "cut-off",  # the few words of a last paragraph where the pasted copy breaks off
)
METADATA_FIELDS = (
    "published",
    "outlet",
    "url",
    "author",
)  # the sidecar fields editors fill in


@dataclass(frozen=True)
class Problem:
    """An error or warning about an input file, reported as ``file:line: message``."""

    path: str
    line: int | None
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Passage:
    """A unit of article text with a stable anchor: ``p-3`` (paragraph), ``c-1`` (caption)…"""

    kind: str
    anchor: str
    text: str
    line: int  # first line in the seed file


@dataclass(frozen=True)
class DroppedLine:
    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Metadata:
    """An article's editorial metadata: the sidecar ``seeds/<stem>.yml`` first, then what the
    text itself states (``detected`` names those fields); fields nobody knows stay None."""

    title: str | None = None
    slug: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    dateline: str | None = None  # the place the story is filed from ("HANOI")
    drop_lines: tuple[int, ...] = ()
    keep_lines: tuple[int, ...] = ()
    not_entities: tuple[str, ...] = ()  # candidate names the editors ruled out
    unknown: tuple[str, ...] = ()  # fields the sidecar states the article does not give
    detected: tuple[str, ...] = ()  # fields read from the text, not yet confirmed

    def missing(self) -> list[str]:
        """Fields an editor should settle: neither confirmed nor recorded as not stated."""
        return [
            name
            for name in METADATA_FIELDS
            if (not getattr(self, name) or name in self.detected)
            and name not in self.unknown
        ]


@dataclass(frozen=True)
class Article:
    slug: str
    source: str  # "seeds/000_x.txt"
    title: str
    passages: tuple[Passage, ...]
    byline: str | None
    dropped: tuple[DroppedLine, ...]
    metadata: Metadata
    line_count: int

    @property
    def author(self) -> str | None:
        return self.metadata.author or self.byline

    def passage(self, anchor: str) -> Passage:
        return next(p for p in self.passages if p.anchor == anchor)


@dataclass(frozen=True)
class Entity:
    slug: str
    type: str  # key of schema.TYPES: "leaders", "cities", …
    name: str
    source: str  # "docs/leaders/to-lam.md"
    aliases: tuple[str, ...]
    short_names: tuple[str, ...]
    fields: dict[str, Any] = field(hash=False, compare=False)  # validated front matter
    body: str = ""
    field_lines: dict[str, int] = field(default_factory=dict, hash=False, compare=False)

    def line_of(self, field_name: str) -> int | None:
        return self.field_lines.get(field_name)

    @property
    def uri(self) -> str:
        return f"{self.type}/{self.slug}.md"

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)


@dataclass(frozen=True)
class Mention:
    entity: str  # slug
    article: str  # slug
    anchor: str  # passage anchor
    start: int  # span in the passage text
    end: int


@dataclass(frozen=True)
class Relation:
    """A typed, directed link between entities: ``source --label--> target``."""

    source: str
    target: str
    label: str  # as the source page shows it ("Parties")
    inverse: str  # as the target page shows it ("Party to")


@dataclass(frozen=True)
class Registry:
    entities: dict[str, Entity]  # by slug, in file order

    def of_type(self, type_key: str) -> list[Entity]:
        entities = (e for e in self.entities.values() if e.type == type_key)
        return sorted(entities, key=lambda e: fold(e.name))


@dataclass(frozen=True)
class Occurrence:
    """Where a candidate name was seen."""

    source: str  # the seed file
    article: str  # article slug
    anchor: str  # passage anchor: p-3, c-1, title
    line: int  # line in the seed file
    sentence: str


@dataclass(frozen=True)
class Candidate:
    """A name in the articles that looks like an entity but matches none."""

    name: str
    type: str
    occurrences: tuple[Occurrence, ...]
    scores: dict[str, float] = field(default_factory=dict, hash=False, compare=False)
    # the short forms the articles give it in brackets: "KOICA" of "한국국제협력단(KOICA)"
    aliases: tuple[str, ...] = ()

    @property
    def slug(self) -> str:
        return slugify(self.name)

    @property
    def path(self) -> str:
        return f"docs/{self.type}/{self.slug}.md"

    @property
    def first(self) -> Occurrence:
        return self.occurrences[0]


@dataclass(frozen=True)
class Dated:
    """One item on a timeline: an entity with a date, or an article with its publication date."""

    date: str
    end: str | None
    type: str  # an entity type key, or "articles"
    slug: str
    name: str
    uri: str
    source: Mention | None = None  # the passage that dates it

    @property
    def year(self) -> str:
        return self.date[:4]

    def sort_key(self) -> tuple:
        order = TYPE_ORDER.get(self.type, 99)
        return (self.date, self.end or "", order, self.name.casefold(), self.slug)


@dataclass(frozen=True)
class Index:
    """Lookups and views several pages need, computed once per build by ``dossier.derive``."""

    article: dict[str, Article] = field(default_factory=dict)
    by_entity: dict[str, list[Mention]] = field(default_factory=dict)
    by_article: dict[str, tuple[Mention, ...]] = field(default_factory=dict)
    articles_of: dict[str, tuple[Article, ...]] = field(default_factory=dict)
    relations_of: dict[str, list[Relation]] = field(default_factory=dict)
    dated: dict[str, Dated | None] = field(
        default_factory=dict
    )  # entity slug → its date
    timeline: tuple[Dated, ...] = ()  # every dated entity and article, in date order
    undated: tuple[Entity, ...] = ()  # datable entities the sources give no date for
    mapped_cities: tuple[Entity, ...] = ()  # cities with coordinates, most-cited first
    api_documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    newest: tuple[Article, ...] = ()  # every article, newest first
    # by article slug; None where the build leaves them for later (build_dossier)
    candidates: dict[str, tuple[Candidate, ...]] | None = field(default_factory=dict)


@dataclass(frozen=True)
class Dossier:
    """Everything the site is made of: what was read and recognised, and the derived index."""

    articles: tuple[Article, ...]
    registry: Registry
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    shared: dict[str, Counter[str]] = field(hash=False, compare=False)  # co-mentions
    problems: tuple[Problem, ...] = ()
    index: Index = field(default_factory=Index, hash=False, compare=False)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def entities(self) -> dict[str, Entity]:
        return self.registry.entities

    @property
    def article(self) -> dict[str, Article]:
        return self.index.article

    @property
    def by_entity(self) -> dict[str, list[Mention]]:
        return self.index.by_entity

    @property
    def relations_of(self) -> dict[str, list[Relation]]:
        return self.index.relations_of

    def articles_of(self, slug: str) -> list[Article]:
        """Articles mentioning an entity, newest first (by published date, then seed order)."""
        return list(self.index.articles_of.get(slug, ()))

    def mentions_in(self, article: str) -> list[Mention]:
        return list(self.index.by_article.get(article, ()))
