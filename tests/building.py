"""Building the site for tests: a real strict `mkdocs build`, and copies of the project to break."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]


@dataclass(frozen=True)
class Build:
    site: Path
    returncode: int
    output: str

    def page(self, url_path: str) -> str:
        """The HTML of a page by its URL path, e.g. ``leaders/to-lam/``."""
        return (self.site / url_path.strip("/") / "index.html").read_text(
            encoding="utf-8"
        )


def run_build(project: Path, site: Path, *extra: str) -> Build:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [
            *MKDOCS,
            "build",
            "--strict",
            "-f",
            str(project / "mkdocs.yml"),
            "-d",
            str(site),
            *extra,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=project,
        timeout=600,
    )
    return Build(site, result.returncode, result.stdout + result.stderr)


def copy_project(destination: Path) -> Path:
    """A copy of the project (without the virtualenv and build output) to break things in."""
    ignore = shutil.ignore_patterns(
        ".venv",
        "site",
        ".git",
        "__pycache__",
        ".pytest_cache",
        "node_modules",
        ".dossier-cache",
    )
    shutil.copytree(ROOT, destination, ignore=ignore)
    return destination


def write_entity(
    root: Path, type_key: str, slug: str, front_matter: str, body: str = "Summary.\n"
) -> None:
    """An entity file ``docs/<type>/<slug>.md`` with the given front matter lines."""
    folder = root / "docs" / type_key
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{slug}.md").write_text(
        f"---\n{front_matter.strip()}\n---\n{body}", encoding="utf-8"
    )


def write_site(
    root: Path,
    seeds: dict[str, str | bytes] | None = None,
    entities: dict[str, str | bytes | tuple[str, str]] | None = None,
    docs: dict[str, str] | None = None,
) -> Path:
    """A tiny project MkDocs can build: the given seed and entity files (``write_project``),
    the hand-written pages in ``docs`` ({"index.md": text}), a ``mkdocs.yml`` that inherits
    the real one (its navigation dropped: the tiny project has none of its pages), and links
    to the real ``hooks/`` and ``overrides/``."""
    from builders import write_project

    write_project(root, seeds, entities)
    (root / "docs").mkdir(exist_ok=True)
    for uri, text in (docs or {}).items():
        (root / "docs" / uri).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / uri).write_text(text, encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\nnav: null\n", encoding="utf-8"
    )
    for name in ("hooks", "overrides"):
        (root / name).symlink_to(ROOT / name, target_is_directory=True)
    return root
