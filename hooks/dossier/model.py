"""The frozen data that flows between the stages of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

HEADLINE, SUBHEADING, PARAGRAPH, CAPTION = "headline", "subheading", "paragraph", "caption"


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
    """Editorial metadata from the sidecar ``seeds/<stem>.yml``; unknown fields stay None."""

    title: str | None = None
    slug: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    drop_lines: tuple[int, ...] = ()
    keep_lines: tuple[int, ...] = ()
    not_entities: tuple[str, ...] = ()  # candidate names the editors ruled out (editorial report)
    unknown: tuple[str, ...] = ()  # fields the sidecar states the article does not give


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
