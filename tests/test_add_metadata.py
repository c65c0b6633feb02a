"""`dossier add` writes what the article states into the sidecar for the editor to confirm;
`dossier suggest --format json` gives tools the names with their type and occurrences."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from building import ROOT

WIRE = ROOT / "tests" / "fixtures" / "corpus" / "kr-wire-01.txt"

pytestmark = pytest.mark.build  # `dossier add`, `check` and `suggest` build the dossier


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("project")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copytree(ROOT / "docs", root / "docs")
    return root


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "dossier", *args],
        capture_output=True,
        text=True,
        cwd=project,
        timeout=300,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def added(project) -> Path:
    result = run(project, "add", str(WIRE))
    assert result.returncode == 0, result.stderr
    return next(p for p in (project / "seeds").glob("005_*.txt"))


def test_the_sidecar_holds_what_the_wire_copy_states(added):
    sidecar = yaml.safe_load(added.with_suffix(".yml").read_text(encoding="utf-8"))
    assert sidecar["title"] == (
        "S. Korea, Vietnam hold vice ministerial strategic dialogue in Hanoi"
    )
    assert sidecar["slug"].startswith("s-korea-vietnam-hold-vice-ministerial")
    assert str(sidecar["published"]) == "2025-11-13"
    assert sidecar["outlet"] == "Yonhap News Agency"
    assert sidecar["dateline"] == "HANOI"
    assert "url" not in sidecar  # not stated: left for the editor, never guessed


def test_the_added_article_passes_check(project, added):
    assert run(project, "check").returncode == 0


def test_suggest_json_lists_names_types_and_occurrences(project, added):
    result = run(project, "suggest", "--format", "json", str(added))
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert all(set(r) == {"name", "type", "occurrences"} for r in records)
    by_name = {r["name"]: r for r in records}
    dialogue = by_name["vice ministerial strategic dialogue"]
    assert dialogue["type"] == "events"
    first = dialogue["occurrences"][0]
    assert first["file"] == f"seeds/{added.name}" and first["anchor"] == "p-1"
    line = added.read_text(encoding="utf-8").split("\n")[first["line"] - 1]
    assert "strategic dialogue" in line
