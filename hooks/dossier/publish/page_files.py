"""Rendered pages as real files whose modification time changes only with their content.

``mkdocs serve --dirty`` rebuilds a page only when its source file is newer than the page it
built last time; a page handed over as content counts as new every time. Writing each
rendered page to a cache folder, and rewriting the file only when its text differs, lets
MkDocs skip every page an edit did not change.
"""

from __future__ import annotations

from pathlib import Path

CACHE_FOLDER = ".dossier-cache/pages"


def write_if_changed(folder: Path, uri: str, text: str) -> Path:
    """``folder/uri`` holding ``text``; an unchanged file is not touched."""
    path = folder / uri
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return path
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def remove_stale(folder: Path, keep: set[str]) -> None:
    """Delete cached pages no longer in the site (an article removed, a slug renamed)."""
    if not folder.is_dir():
        return
    for path in folder.rglob("*.md"):
        if path.relative_to(folder).as_posix() not in keep:
            path.unlink()
