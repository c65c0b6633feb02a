"""Link integrity: every internal href and src of the built site resolves, and so does every #anchor.

The whole site is crawled: each HTML file is parsed, each internal link (relative or
root-relative) is resolved to a file in the site, and each fragment to an id (or a legacy
``name``) present in the target page. External http(s) links, mailto: and similar are left
alone. The test fails listing every broken link, not only the first.
"""

from __future__ import annotations

import os
import posixpath
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

LINK_ATTRIBUTES = {"href", "src", "srcset", "poster", "data", "action"}
IGNORED_SCHEMES = {"http", "https", "mailto", "tel", "javascript", "data", "blob"}


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.ids: set[str] = set()
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            if tag == "base" and name == "href":
                self.base = value
            elif name in LINK_ATTRIBUTES:
                if name == "srcset":
                    self.links += [
                        (tag, name, part.strip().split(" ")[0])
                        for part in value.split(",")
                        if part.strip()
                    ]
                else:
                    self.links.append((tag, name, value))


@cache
def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8", errors="replace"))
    return page


def site_path(site: Path, page: Path) -> str:
    """The URL path of a built file, e.g. ``leaders/to-lam/index.html`` → ``/leaders/to-lam/index.html``."""
    return "/" + page.relative_to(site).as_posix()


def resolve(site: Path, from_path: str, url: str, root: str) -> tuple[Path | None, str]:
    """The file a link points to (None when outside the site) and its fragment."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    if not path:
        target = from_path
    elif path.startswith("/"):
        if not path.startswith(root):
            return None, parts.fragment
        target = "/" + path[len(root) :]
    else:
        relative = posixpath.normpath(
            posixpath.join(posixpath.dirname(from_path).lstrip("/"), path)
        )
        if relative == ".." or relative.startswith("../"):
            return None, parts.fragment
        target = "/" + relative.removeprefix(".") + ("/" if path.endswith("/") else "")
    file = site / target.lstrip("/")
    if target.endswith("/") or file.is_dir():
        file = file / "index.html"
    return file, unquote(parts.fragment)


def broken_links(site: Path, root: str = "/") -> list[str]:
    """Every internal link of the site that points at no file or at no anchor of its page."""
    broken = []
    for page in sorted(site.rglob("*.html")):
        here = site_path(site, page)
        parsed = parse(page)
        for tag, attribute, url in parsed.links:
            scheme = urlsplit(url).scheme.lower()
            if scheme in IGNORED_SCHEMES or url.startswith("//"):
                continue
            if scheme:
                broken.append(f"{here}: <{tag} {attribute}={url!r}>: unknown scheme")
                continue
            target, fragment = resolve(site, here, url, root)
            if target is None:
                broken.append(f"{here}: <{tag} {attribute}={url!r}>: outside the site")
            elif not target.is_file():
                broken.append(
                    f"{here}: <{tag} {attribute}={url!r}>: no file {site_path(site, target)}"
                )
            elif (
                fragment
                and target.suffix == ".html"
                and fragment not in parse(target).ids
            ):
                broken.append(
                    f"{here}: <{tag} {attribute}={url!r}>: no id '{fragment}' in {site_path(site, target)}"
                )
    return broken


@pytest.mark.build
def test_the_crawl_sees_the_whole_site(built):
    pages = list(built.site.rglob("*.html"))
    assert len(pages) > 50
    links = sum(len(parse(p).links) for p in pages)
    assert links > 1000


@pytest.mark.build
def test_every_internal_link_and_anchor_resolves(built):
    broken = broken_links(
        built.site,
        urlsplit(os.environ.get("SITE_URL", "http://127.0.0.1:8000/")).path or "/",
    )
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken)


def test_the_checker_reports_broken_files_and_anchors(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<p id="x">x</p><a href="../b/">b</a><a href="#x">ok</a><a href="#nope">bad</a>',
        encoding="utf-8",
    )
    (tmp_path / "index.html").write_text(
        '<a href="a/#x">ok</a><a href="a/#y">bad anchor</a><a href="/missing/">bad file</a>'
        '<img src="img.png"><a href="https://example.com/">external</a><a href="../../etc/passwd">out</a>',
        encoding="utf-8",
    )
    broken = broken_links(tmp_path)
    assert len(broken) == 6, broken
    assert any("'../b/'" in b and "no file /b/index.html" in b for b in broken)
    assert any("'a/#y'" in b and "no id 'y'" in b for b in broken)
    assert any("'/missing/'" in b and "no file" in b for b in broken)
    assert any("'img.png'" in b for b in broken)
    assert any("'#nope'" in b for b in broken)
    assert any("'../../etc/passwd'" in b and "outside the site" in b for b in broken)
