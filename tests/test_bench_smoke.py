"""The benchmark stays runnable: a tiny run prints every figure with a number (no timing asserted)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

NUMBER = r"\d+(?:\.\d+)?"
FIGURES = [
    rf"total build time: {NUMBER} s",
    rf"pipeline time: {NUMBER} s",
    rf"mkdocs rendering time: -?{NUMBER} s",
    rf"pipeline alone, in-process: {NUMBER} s",
    rf"ms per article: {NUMBER} ms",
    rf"peak memory: {NUMBER} MB",
    rf"search index per article: {NUMBER} KB",
    rf"largest page: \S+ \({NUMBER} KB\)",
    r"pages over 1 MB: \d+",
    rf"largest entity page: \S+ \({NUMBER} KB\)",
    rf"plain baseline build time \(MkDocs and Material with their search plugin, no hooks\): {NUMBER} s",
    rf"build / plain ratio: {NUMBER}",
    rf"plain baseline without any search: {NUMBER} s .*; build / plain without search ratio: {NUMBER}",
    rf"mention detection: {NUMBER} ms with 12 entities, {NUMBER} ms with 120 entities, ratio {NUMBER}",
    rf"live preview after editing one seed \(mkdocs serve --dirty\): {NUMBER} s .*; search updated {NUMBER} s after the reload",
    rf"plain MkDocs rebuild of the same site: {NUMBER} s",
    rf"preview / plain rebuild ratio: {NUMBER}",
    r"preview site against a clean build \(\d+ s\): 0 pages differ in content",
]


@pytest.mark.build
def test_bench_prints_every_figure(tmp_path):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    keep = tmp_path / "bench"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "bench"),
            "--articles",
            "6",
            "--entities",
            "12",
            "--keep",
            str(keep),
            "--check-preview",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    missing = [figure for figure in FIGURES if not re.search(figure, done.stdout)]
    assert not missing, f"not printed: {missing}\n{done.stdout}"
    assert len(list((keep / "dossier" / "seeds").glob("*.txt"))) == 6
    assert (keep / "site-dossier" / "pagefind" / "pagefind-entry.json").is_file()


def test_synthetic_generator_is_deterministic(tmp_path):
    from synthetic import generate, synthetic_entities

    first = [
        p.read_text(encoding="utf-8") for p in generate(ROOT, tmp_path / "a", 4, 12)
    ]
    second = [
        p.read_text(encoding="utf-8") for p in generate(ROOT, tmp_path / "b", 4, 12)
    ]
    assert first == second
    assert [e.name for e in synthetic_entities(12)] == [
        e.name for e in synthetic_entities(120)[:12]
    ]
    assert {e.type for e in synthetic_entities(12)} == {
        "leaders",
        "cities",
        "agreements",
        "initiatives",
        "organizations",
        "events",
    }
