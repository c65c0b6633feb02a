"""Building the search after the site (dossier.publish.search_build): Pagefind runs over the
HTML, and whatever the search box relies on is checked, so a missing binary or a changed
output stops the build with a message saying what to do."""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import time
from pathlib import Path
from urllib.request import urlopen

import pytest
from building import MKDOCS, run_build, write_site
from dossier.publish.search_build import (
    BUNDLE_DIR,
    ENTRY,
    SCRIPT,
    SearchBuildError,
    check_bundle,
    pagefind_binary,
    run_pagefind,
)
from dossier.publish.search_bundle import (
    BundleFormatError,
    full_hash,
    read,
    stabilize,
    write,
)

PAGE = (
    '<!doctype html><html lang="en"><head><title>{title}</title></head><body>'
    "<nav>menu</nav><div data-pagefind-body><h1>{title}</h1><p>{text}</p></div></body></html>"
)


def tiny_site(root: Path) -> Path:
    for name, text in {"a": "Hà Nội and Busan", "b": "Seoul"}.items():
        (root / name).mkdir(parents=True)
        (root / name / "index.html").write_text(
            PAGE.format(title=name.upper(), text=text), encoding="utf-8"
        )
    return root


def test_pagefind_indexes_a_site_and_its_bundle_checks_out(tmp_path):
    site = tiny_site(tmp_path / "site")
    run_pagefind(site)
    assert (site / BUNDLE_DIR / SCRIPT).is_file()
    assert check_bundle(site / BUNDLE_DIR, expected_pages=2) == ["en: 2 pages"]


def test_fewer_pages_indexed_than_the_dossier_has_is_an_error(tmp_path):
    site = tiny_site(tmp_path / "site")
    run_pagefind(site)
    with pytest.raises(SearchBuildError, match="indexed 2 pages .* fewer than the 5"):
        check_bundle(site / BUNDLE_DIR, expected_pages=5)


def write_entry(site: Path, entry) -> None:
    (site / BUNDLE_DIR).mkdir(parents=True, exist_ok=True)
    (site / BUNDLE_DIR / SCRIPT).write_text("", encoding="utf-8")
    text = entry if isinstance(entry, str) else json.dumps(entry)
    (site / BUNDLE_DIR / ENTRY).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (None, f"{ENTRY}, {SCRIPT} missing"),
        ("not json", "cannot be read"),
        ({"version": "1.5.2"}, "cannot be read"),
        (
            {"version": "2.0.0", "languages": {"en": {"page_count": 9}}},
            "Pagefind 2.0.0 built it",
        ),
    ],
)
def test_a_changed_bundle_is_reported(tmp_path, entry, message):
    if entry is not None:
        write_entry(tmp_path, entry)
    with pytest.raises(SearchBuildError, match=message):
        check_bundle(tmp_path / BUNDLE_DIR, expected_pages=1)


def test_a_missing_binary_is_reported_with_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    with pytest.raises(SearchBuildError, match="Pagefind binary is missing.*make"):
        pagefind_binary()


def test_a_failing_binary_is_reported(tmp_path):
    failing = tmp_path / "pagefind"
    failing.write_text("#!/bin/sh\necho 'broken index' >&2\nexit 3\n", encoding="utf-8")
    failing.chmod(0o755)
    with pytest.raises(SearchBuildError, match=r"exit 3\):\nbroken index"):
        run_pagefind(tiny_site(tmp_path / "site"), failing)


@pytest.mark.build
def test_the_build_stops_with_the_message_when_pagefind_is_missing(
    tmp_path, monkeypatch
):
    project = write_site(
        tmp_path / "project",
        entities={"cities/hanoi.md": "name: Hanoi\ncountry: Viet Nam"},
        docs={"index.md": "# Home\n\nHanoi.\n"},
    )
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", os.devnull + "-missing")
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "search: the Pagefind binary is missing" in result.output
    assert "Traceback" not in result.output


@pytest.mark.build
def test_mkdocs_serve_indexes_the_site_it_serves(tmp_path):
    """``mkdocs serve`` builds into a temporary folder: the search is built there beside the
    server after each build (search_refresh.py), and served with the pages."""
    project = write_site(
        tmp_path / "project",
        entities={"cities/hanoi.md": "name: Hanoi\ncountry: Viet Nam"},
        docs={"index.md": "# Home\n\nHanoi.\n"},
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tmp_path / "serve.log"

    def wait_for(text: str, times: int = 1) -> None:
        deadline = time.monotonic() + 240
        while log.read_text().count(text) < times and time.monotonic() < deadline:
            assert server.poll() is None, log.read_text()
            time.sleep(0.5)
        assert log.read_text().count(text) >= times, log.read_text()

    with log.open("w") as out:
        server = subprocess.Popen(
            [
                *MKDOCS,
                "serve",
                "--dev-addr",
                f"127.0.0.1:{port}",
                "-f",
                str(project / "mkdocs.yml"),
            ],
            cwd=project,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
    try:
        wait_for("Serving on")
        wait_for("search updated")
        base = f"http://127.0.0.1:{port}/"
        entry = json.loads(urlopen(base + "pagefind/pagefind-entry.json").read())
        pages = entry["languages"]["en"]["page_count"]
        assert pages >= 2
        assert urlopen(base + "search/names/index.json").status == 200
        assert "data-pagefind-body" in urlopen(base + "cities/hanoi/").read().decode()
        assert not (project / "site").exists()  # served from mkdocs' temporary folder
        # An edit: a new entity; its page is served, then the search holds it too.
        (project / "docs" / "cities" / "busan.md").write_text(
            "---\nname: Busan\ncountry: South Korea\n---\n", encoding="utf-8"
        )
        wait_for("search updated", times=2)
        entry = json.loads(urlopen(base + "pagefind/pagefind-entry.json").read())
        assert entry["languages"]["en"]["page_count"] == pages + 1
    finally:
        server.terminate()
        server.wait(timeout=30)


# ---- the same pages, the same bundle ----

FACETED = (
    '<!doctype html><html lang="en"><body><div data-pagefind-body><h1>{n}</h1><p>word {n}</p>'
    '<span data-pagefind-filter="type:{kind}"></span>'
    '<span data-pagefind-filter="year:{year}"></span>'
    '<span data-pagefind-sort="date:{year}-01-0{day}"></span></div></body></html>'
)


def faceted_site(root: Path) -> Path:
    kinds = ["City", "Leader", "Event", "Article", "Agreement", "Initiative"]
    for n in range(12):
        page = root / f"p{n}"
        page.mkdir(parents=True)
        (page / "index.html").write_text(
            FACETED.format(n=n, kind=kinds[n % 6], year=2015 + n % 7, day=1 + n % 9),
            encoding="utf-8",
        )
    return root


def bundle_bytes(site: Path) -> dict[str, bytes]:
    bundle = site / BUNDLE_DIR
    return {
        p.relative_to(bundle).as_posix(): p.read_bytes()
        for p in sorted(bundle.rglob("*"))
        if p.is_file()
    }


def test_two_runs_on_the_same_pages_give_the_same_bundle(tmp_path):
    runs = []
    for name in ("one", "two", "three"):
        site = faceted_site(tmp_path / name)
        run_pagefind(site)
        stabilize(site / BUNDLE_DIR)
        check_bundle(site / BUNDLE_DIR, expected_pages=12)
        runs.append(bundle_bytes(site))
    assert runs[0] == runs[1] == runs[2]
    filters = [p for p in runs[0] if p.startswith("filter/")]
    assert len(filters) == 2
    for path in filters:
        name, values = read(tmp_path / "one" / BUNDLE_DIR / path)
        assert [value for value, _ in values] == sorted(value for value, _ in values)


def test_the_cbor_pagefind_writes_is_read_and_written_back(tmp_path):
    value = ["type", [["City", [0, 1, 23, 24, 255, 256, 70000]], ["Événement", []]]]
    path = tmp_path / "x.pf_filter"
    write(path, value)
    assert read(path) == value
    # Pagefind writes each byte of the SHA-1 in hex without its leading zero: "…07 09" → "…79"
    assert full_hash(b"") == "da39a3ee5e6b4bd3255bfef95601890afd879"


def test_a_file_in_another_format_stops_the_build(tmp_path):
    path = tmp_path / "x.pf_meta"
    path.write_bytes(
        gzip.compress(b"pagefind_dcd" + bytes([0xA1, 0x01, 0x02]))
    )  # a map
    with pytest.raises(BundleFormatError, match="major type 5"):
        read(path)
    path.write_bytes(b"not gzip")
    with pytest.raises(BundleFormatError, match="not gzip"):
        read(path)
