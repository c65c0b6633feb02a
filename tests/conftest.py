"""Shared fixtures: the project root, the bundled dossier in memory, a real strict
`mkdocs build`, and a copy of the project."""

from __future__ import annotations

from pathlib import Path

import pytest
from building import ROOT, Build, copy_project, run_build
from dossier.build import build_dossier
from dossier.model import Dossier

__all__ = ["Build", "run_build"]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def bundled(root) -> Dossier:
    """The bundled dossier (seeds/ and docs/), built in memory once per test session."""
    return build_dossier(root)


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Build:
    """The real site, built once per test session with `mkdocs build --strict`."""
    build = run_build(ROOT, tmp_path_factory.mktemp("site"))
    assert build.returncode == 0, build.output
    return build


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "project")
