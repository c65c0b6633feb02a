"""Reproducible builds: the same commit gives the same bytes, whatever day it is built.

MkDocs stamps two files with the build date: ``sitemap.xml`` (``<lastmod>`` of every page)
and ``sitemap.xml.gz`` (the gzip header's mtime). Both honour ``SOURCE_DATE_EPOCH``
(https://reproducible-builds.org/specs/source-date-epoch/). When the caller has not set it,
the build uses the time of the last commit: the date the content last changed, not the date
the machine ran the build. Outside a git checkout nothing is set and MkDocs uses today.
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from pathlib import Path

VARIABLE = "SOURCE_DATE_EPOCH"


def commit_epoch(root: Path) -> int | None:
    """Seconds since the epoch of the checkout's last commit, or None without git or commits."""
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    value = result.stdout.strip()
    return int(value) if result.returncode == 0 and value.isdigit() else None


def source_date_epoch(environ: Mapping[str, str], epoch: int | None) -> str | None:
    """The value to set: None when the caller chose one already or there is no commit time."""
    if environ.get(VARIABLE, "").strip() or epoch is None:
        return None
    return str(epoch)
