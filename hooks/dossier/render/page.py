"""A rendered page: its metadata and Markdown, and the HTML helpers every renderer shares.

Article text and names reach the page as escaped HTML inside raw HTML blocks, so nothing an
article or an entity file contains can be read as Markdown or HTML markup.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from dossier.model import Article, Entity
from dossier.schema import TYPES_BY_KEY
from dossier.urls import article_uri, href
from dossier.yamltext import dump_yaml


@dataclass(frozen=True)
class RenderedPage:
    uri: str  # docs-relative path: "articles/x.md"
    markdown: str
    meta: dict = field(default_factory=dict, hash=False, compare=False)
    edit_path: str | None = None  # the true source, relative to the repository root

    def file_text(self) -> str:
        """The page as a standalone Markdown file with front matter (for export and MkDocs)."""
        front = dump_yaml(self.meta).strip()
        return f"---\n{front}\n---\n\n{self.markdown}"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def link(
    from_uri: str,
    to_uri: str,
    label: str,
    anchor: str = "",
    css: str = "",
    title: str = "",
) -> str:
    attrs = f' class="{css}"' if css else ""
    attrs += f' title="{esc(title)}"' if title else ""
    return f'<a href="{esc(href(from_uri, to_uri, anchor))}"{attrs}>{esc(label)}</a>'


def entity_link(from_uri: str, entity: Entity, label: str | None = None) -> str:
    kind = TYPES_BY_KEY[entity.type].singular
    return link(
        from_uri,
        entity.uri,
        label or entity.name,
        css=f"dossier-ref dossier-ref--{entity.type}",
        title=kind,
    )


def article_link(
    from_uri: str, article: Article, anchor: str = "", label: str | None = None
) -> str:
    return link(
        from_uri,
        article_uri(article.slug),
        label or article.title,
        anchor,
        css="dossier-ref dossier-ref--articles",
    )


ARTICLE_ICON = "material/newspaper-variant-outline"


def icon_name(type_key: str) -> str:
    return TYPES_BY_KEY[type_key].icon if type_key in TYPES_BY_KEY else ARTICLE_ICON


@cache
def icon(type_key: str) -> str:
    """The type's icon as inline SVG (Material's bundled icon set), hidden from screen readers."""
    try:
        svg = (
            resources.files("material")
            / "templates"
            / ".icons"
            / f"{icon_name(type_key)}.svg"
        ).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return ""
    return f'<span class="twemoji dossier-icon" aria-hidden="true">{svg}</span>'


def passage_label(anchor: str) -> str:
    kind, _, number = anchor.partition("-")
    return (
        {"p": "¶", "c": "caption ", "s": "section "}.get(kind, "") + number
        if number
        else "headline"
    )
