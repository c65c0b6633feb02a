"""The code stays as `make lint` wants it: ruff's checks and formatting."""

import subprocess
import sys

from building import ROOT

PATHS = [
    "hooks",
    "scripts/bench",
    "scripts/dossier",
    "scripts/evaluate",
    "scripts/synthetic.py",
    "tests",
]


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *PATHS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_ruff_check_is_clean():
    result = ruff("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    result = ruff("format", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
