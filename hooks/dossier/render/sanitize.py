"""The editor's prose on an entity page, made safe after Markdown has rendered it.

Entity bodies are Markdown written by contributors, and Markdown passes raw HTML through: a
pull request could add ``<script>``, ``onerror=`` handlers or ``javascript:`` links. The body is
fenced between two HTML comments when the page is rendered; once MkDocs has turned the page
into HTML, everything between the fences goes through an allow-list sanitizer (nh3, the
Python binding of the Rust library ammonia). The generated parts of the page (infobox,
sources, links) are built from escaped text and stay outside the fences, untouched.
"""

from __future__ import annotations

import nh3

PROSE_START = "<!-- dossier:prose -->"
PROSE_END = "<!-- /dossier:prose -->"

# Attributes Markdown and its extensions (toc, attr_list, tables) put on ordinary elements.
_GENERIC_ATTRIBUTES = {"id", "class", "title", "lang", "dir"}
_ATTRIBUTES = {tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()}
_ATTRIBUTES["*"] = _GENERIC_ATTRIBUTES
_TAGS = set(nh3.ALLOWED_TAGS) - {"area", "map"}
_URL_SCHEMES = {"http", "https", "mailto"}
_CLEANER = nh3.Cleaner(
    tags=_TAGS,
    clean_content_tags={"script", "style"},
    attributes=_ATTRIBUTES,
    url_schemes=_URL_SCHEMES,
    link_rel="noopener",
    strip_comments=True,
)


def fence_prose(body: str) -> str:
    """The editor's Markdown between the fences; fences inside the body itself are removed."""
    body = body.replace(PROSE_START, "").replace(PROSE_END, "")
    return f"{PROSE_START}\n\n{body}\n\n{PROSE_END}"


def sanitize_html(fragment: str) -> str:
    """An HTML fragment with only allow-listed tags, attributes and URL schemes left."""
    return _CLEANER.clean(fragment)


def sanitize_prose(html: str) -> str:
    """A rendered page with every fenced region sanitized; pages without fences are unchanged."""
    if PROSE_START not in html:
        return html
    out, rest = [], html
    while PROSE_START in rest:
        before, _, rest = rest.partition(PROSE_START)
        prose, found, after = rest.partition(PROSE_END)
        out.append(before)
        out.append(sanitize_html(prose))
        rest = after if found else ""
    out.append(rest)
    return "".join(out)
