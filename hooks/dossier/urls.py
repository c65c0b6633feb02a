"""Where each page lives and how one page links to another (directory URLs, as MkDocs serves)."""

from __future__ import annotations

import posixpath

API_DIR = "api"  # the open data files: /api/entities.json …


def page_url(uri: str) -> str:
    """``leaders/to-lam.md`` → ``leaders/to-lam/``; ``leaders/index.md`` → ``leaders/``."""
    stem = uri.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        stem = stem.removesuffix("index")
        return stem
    return stem + "/"


API_DIR = "api"  # the open data files: /api/entities.json …


def href(from_uri: str, to_uri: str, anchor: str = "") -> str:
    """Relative link from one page to another, as the browser resolves it."""
    here, there = page_url(from_uri), page_url(to_uri)
    path = _relpath(there or ".", here or ".") if here != there else ""
    if path == ".":
        path = "./"
    elif path and not path.endswith("/"):
        path += "/"
    if not path and not anchor:
        path = "./"
    return path + (f"#{anchor}" if anchor else "")


API_DIR = "api"  # the open data files: /api/entities.json …


def _relpath(path: str, start: str) -> str:
    """``posixpath.relpath`` for relative page paths, without its cwd lookups (it runs per link)."""
    if ".." in path or ".." in start or path.startswith("/") or start.startswith("/"):
        return posixpath.relpath(path, start)
    target, origin = _parts(path), _parts(start)
    common = 0
    while common < min(len(target), len(origin)) and target[common] == origin[common]:
        common += 1
    return "/".join([".."] * (len(origin) - common) + target[common:]) or "."


API_DIR = "api"  # the open data files: /api/entities.json …


def _parts(path: str) -> list[str]:
    """The folders of a relative path, without empty and ``.`` parts (filtered only when there are any)."""
    parts = path.rstrip("/").split("/")
    return (
        [part for part in parts if part not in ("", ".")]
        if "" in parts or "." in parts
        else parts
    )


API_DIR = "api"  # the open data files: /api/entities.json …


def article_uri(slug: str) -> str:
    return f"articles/{slug}.md"
