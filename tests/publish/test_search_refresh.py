"""The preview's search (dossier.publish.search_refresh): Pagefind beside the server, its new
bundle moved into pagefind/ while a page loaded before the move can still read the old one."""

from __future__ import annotations

import json
from pathlib import Path

from builders import make_dossier
from dossier.publish.search_build import BUNDLE_DIR, ENTRY
from dossier.publish.search_refresh import SearchRefresher, bundle_files, swap_in

PAGE = (
    '<!doctype html><html lang="en"><head><title>{title}</title></head><body>'
    "<div data-pagefind-body><h1>{title}</h1><p>{text}</p></div></body></html>"
)


def write_pages(site: Path, pages: dict[str, str]) -> None:
    for name, text in pages.items():
        (site / name).mkdir(parents=True, exist_ok=True)
        (site / name / "index.html").write_text(
            PAGE.format(title=name.upper(), text=text), encoding="utf-8"
        )


def entry_pages(site: Path) -> int:
    entry = json.loads((site / BUNDLE_DIR / ENTRY).read_text(encoding="utf-8"))
    return sum(info["page_count"] for info in entry["languages"].values())


def test_a_new_bundle_replaces_the_old_one_but_keeps_its_files_one_generation(tmp_path):
    site = tmp_path / "site"
    dossier = make_dossier()  # no articles or entities: no page count to check
    write_pages(site, {"a": "Hà Nội and Busan", "b": "Seoul"})
    first = swap_in(site, dossier)
    assert entry_pages(site) == 2
    write_pages(site, {"c": "Da Nang ferries to Busan"})
    second = swap_in(site, dossier, keep=first)
    assert entry_pages(site) == 3
    served = bundle_files(site / BUNDLE_DIR)
    assert first - second, "the new pages change some hashed index files"
    assert first | second == served  # the old generation's files are still there
    write_pages(site, {"d": "Incheon"})
    third = swap_in(site, dossier, keep=second)
    assert bundle_files(site / BUNDLE_DIR) == second | third  # the oldest are gone
    assert not list(tmp_path.glob(".pagefind-*"))  # no staging folder left behind


def test_requests_are_served_in_a_thread_and_wait_reports_when_done(tmp_path):
    site = tmp_path / "site"
    write_pages(site, {"a": "Hà Nội"})
    refresher = SearchRefresher()
    refresher.request(site, make_dossier())
    assert refresher.wait(timeout=120)
    assert entry_pages(site) == 1
