"""Reproducible builds: two clean builds of the same commit are byte-identical, on any day.

The second build runs with the clock moved three days ahead (and, as separate processes, a
different string hash seed), so a date stamped from the clock or an order that depends on
set iteration would show up as a difference. Nothing is excluded from the comparison: the
sitemap's <lastmod> dates and the gzip header of sitemap.xml.gz come from the last commit
(``SOURCE_DATE_EPOCH``, see hooks/dossier/reproducible.py).
"""

from __future__ import annotations

import datetime as dt
import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest
from building import ROOT
from dossier.publish.reproducible import VARIABLE, commit_epoch, source_date_epoch

# mkdocs with datetime.now() three days ahead: what a build on another day sees.
_LATER = """
import datetime, sys
import mkdocs.utils
class Later(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime.datetime.now(tz) + datetime.timedelta(days=3)
mkdocs.utils.datetime = Later
from mkdocs.__main__ import cli
sys.exit(cli(sys.argv[1:]))
"""


def build(site: Path, *, later: bool, hash_seed: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != VARIABLE}
    env |= {"NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": hash_seed}
    command = (
        [sys.executable, "-c", _LATER] if later else [sys.executable, "-m", "mkdocs"]
    )
    result = subprocess.run(
        [
            *command,
            "build",
            "--strict",
            "-q",
            "-f",
            str(ROOT / "mkdocs.yml"),
            "-d",
            str(site),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def files_of(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[dict[str, bytes], dict[str, bytes]]:
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    build(first, later=False, hash_seed="1")
    build(second, later=True, hash_seed="2")
    return files_of(first), files_of(second)


@pytest.mark.build
def test_two_builds_on_different_days_are_byte_identical(two_builds):
    first, second = two_builds
    assert len(first) > 50
    assert sorted(first) == sorted(second), set(first) ^ set(second)
    differ = [name for name in first if first[name] != second[name]]
    assert not differ, (
        f"{len(differ)} files differ between two builds of the same commit: {differ[:20]}"
    )


@pytest.mark.build
def test_sitemap_dates_come_from_the_last_commit(two_builds):
    first, _ = two_builds
    epoch = commit_epoch(ROOT)
    if epoch is None:
        pytest.skip("not a git checkout: the build date is today's")
    day = dt.datetime.fromtimestamp(epoch, dt.UTC).date().isoformat()
    assert f"<lastmod>{day}</lastmod>" in first["sitemap.xml"].decode()
    mtime = int.from_bytes(first["sitemap.xml.gz"][4:8], "little")
    assert dt.datetime.fromtimestamp(mtime, dt.UTC).date().isoformat() == day
    assert gzip.decompress(first["sitemap.xml.gz"]) == first["sitemap.xml"]


def test_a_given_source_date_epoch_is_kept():
    assert source_date_epoch({VARIABLE: "1700000000"}, 1800000000) is None
    assert source_date_epoch({}, 1800000000) == "1800000000"
    assert source_date_epoch({VARIABLE: " "}, 1800000000) == "1800000000"
    assert source_date_epoch({}, None) is None


def test_commit_epoch_outside_a_checkout_is_none(tmp_path):
    assert commit_epoch(tmp_path) is None
