"""The package's shape as a newcomer reads it: stages in the order the data flows, each
importing only earlier ones; MkDocs only in the adapter; small modules; HTML from templates."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from building import ROOT

PACKAGE = ROOT / "hooks" / "dossier"
STAGES = [
    "read",
    "clean",
    "recognize",
    "relate",
    "derive",
    "render",
    "publish",
    "editorial",
]
FOUNDATION = {
    "model",
    "schema",
    "text",
    "urls",
    "cache",
    "yamltext",
}  # used by every stage


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "dossier" else None


def test_every_stage_is_a_package():
    for stage in STAGES:
        assert (PACKAGE / stage / "__init__.py").is_file(), stage


def test_no_stage_imports_a_later_stage():
    for path in modules():
        own = path.relative_to(PACKAGE).parts[0]
        if own not in STAGES:
            continue
        for module in imported(path):
            other = stage_of(module)
            if other in STAGES:
                assert STAGES.index(other) <= STAGES.index(own), f"{path}: {module}"


def test_the_foundation_imports_no_stage():
    for name in FOUNDATION:
        for module in imported(PACKAGE / f"{name}.py"):
            assert stage_of(module) not in STAGES, f"{name}.py imports {module}"


def test_renderers_read_only_the_model():
    for path in (PACKAGE / "render").glob("*.py"):
        for module in imported(path):
            assert stage_of(module) not in {"read", "clean", "recognize", "relate"}, (
                f"{path.name} imports {module}"
            )


def test_mkdocs_is_imported_only_by_the_adapter():
    for path in modules():
        assert not any(m.split(".")[0] == "mkdocs" for m in imported(path)), path


def test_modules_stay_small():
    for path in modules():
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= 400, f"{path}: {lines} lines"


def test_html_comes_from_templates():
    html_fstrings = 0
    for path in modules():
        html_fstrings += len(
            re.findall(r"""f["']<""", path.read_text(encoding="utf-8"))
        )
    assert html_fstrings <= 10


def test_one_sys_path_edit_at_most():
    edits = [
        path
        for path in [
            *ROOT.joinpath("hooks").rglob("*.py"),
            *ROOT.joinpath("scripts").iterdir(),
        ]
        if path.is_file() and "sys.path.insert" in path.read_text(encoding="utf-8")
    ]
    assert len(edits) <= 1, edits
