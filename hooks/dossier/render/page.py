"""A rendered page: its metadata and Markdown, and the link helpers every renderer shares.

Article text and names reach the page as escaped HTML inside raw HTML blocks, so nothing an
article or an entity file contains can be read as Markdown or HTML markup. The markup itself is
in ``templates/macros.html``: renderers hand templates ``Link`` values, and the helpers below
print one link for code that needs a single one.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from markupsafe import Markup

from dossier.model import Article, Entity
from dossier.render.templates import environment
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


class Link(NamedTuple):
    """A link as macros.html's ``a`` prints it: href already relative, label plain text.

    The label is a tuple of lines when the text breaks lines (article passages show the breaks).
    """

    href: str
    label: str | tuple[str, ...]
    css: str = ""
    title: str = ""


def esc(text: str) -> str:
    return html.escape(text, quote=True)


@cache  # the macros are compiled once; looking them up per link would stat the file each time
def macros() -> Any:
    """macros.html as a module: its macros are callables returning Markup."""
    return environment().get_template("macros.html").module


def entity_ref(
    from_uri: str, entity: Entity, label: str | tuple[str, ...] | None = None
) -> Link:
    """A link to an entity's page, styled by its type and titled by its kind."""
    return Link(
        href(from_uri, entity.uri),
        label or entity.name,
        _ENTITY_CSS[entity.type],
        TYPES_BY_KEY[entity.type].singular,
    )


def article_ref(
    from_uri: str, article: Article, anchor: str = "", label: str | None = None
) -> Link:
    """A link to an article's page, or to one passage of it (``anchor``)."""
    return Link(
        href(from_uri, article_uri(article.slug), anchor),
        label or article.title,
        "dossier-ref dossier-ref--articles",
    )


_ENTITY_CSS = {key: f"dossier-ref dossier-ref--{key}" for key in TYPES_BY_KEY}


@lru_cache(maxsize=1 << 13)  # about 6 MB; more only keeps one-off passage citations
def render_link(link: Link) -> Markup:
    """The link as macros.html prints it. Cached: thousands of pages link the same pages the
    same way (articles their entities, entity pages their articles), and printing ready markup
    costs a template a fraction of printing four escaped values."""
    return macros().a(link)


def link(
    from_uri: str,
    to_uri: str,
    label: str,
    anchor: str = "",
    css: str = "",
    title: str = "",
) -> Markup:
    return render_link(Link(href(from_uri, to_uri, anchor), label, css, title))


def entity_link(from_uri: str, entity: Entity, label: str | None = None) -> Markup:
    return render_link(entity_ref(from_uri, entity, label))


def article_link(
    from_uri: str, article: Article, anchor: str = "", label: str | None = None
) -> Markup:
    return render_link(article_ref(from_uri, article, anchor, label))


ARTICLE_ICON = "material/newspaper-variant-outline"


def icon_name(type_key: str) -> str:
    return TYPES_BY_KEY[type_key].icon if type_key in TYPES_BY_KEY else ARTICLE_ICON


@cache
def icon(type_key: str) -> Markup:
    """The type's icon as inline SVG (Material's bundled icon set), hidden from screen readers."""
    try:
        svg = (
            resources.files("material")
            / "templates"
            / ".icons"
            / f"{icon_name(type_key)}.svg"
        ).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return Markup("")
    return macros().icon(Markup(svg))  # the SVG is Material's own file: trusted markup


def passage_label(anchor: str) -> str:
    if anchor == "cut-off":
        return "where the copy breaks off"
    kind, _, number = anchor.partition("-")
    return (
        {"p": "¶", "c": "caption ", "s": "section "}.get(kind, "") + number
        if number
        else "headline"
    )
