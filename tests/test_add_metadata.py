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
    assert all(set(r) == {"name", "type", "aliases", "occurrences"} for r in records)
    by_name = {r["name"]: r for r in records}
    dialogue = by_name["vice ministerial strategic dialogue"]
    assert dialogue["type"] == "events"
    first = dialogue["occurrences"][0]
    assert first["file"] == f"seeds/{added.name}" and first["anchor"] == "p-1"
    line = added.read_text(encoding="utf-8").split("\n")[first["line"] - 1]
    assert "strategic dialogue" in line


PLAIN = (
    "Two port cities open a joint office for small firms\n\n"
    "The two cities agreed on Monday to open a joint office for small firms near the new "
    "ferry terminal, officials said.\n\n"
    "The office will help firms from both cities find partners, translate contracts and "
    "apply for permits.\n"
)


def test_an_address_given_to_add_is_written_and_its_site_names_the_outlet(
    project, tmp_path
):
    article = tmp_path / "plain.txt"
    article.write_text(PLAIN, encoding="utf-8")
    url = "https://en.yna.co.kr/view/AEN20250101000100315"
    result = run(project, "add", str(article), "--url", url)
    assert result.returncode == 0, result.stderr
    seed = next(p for p in (project / "seeds").glob("*.txt") if p.read_text() == PLAIN)
    sidecar = yaml.safe_load(seed.with_suffix(".yml").read_text(encoding="utf-8"))
    assert sidecar["url"] == url
    assert sidecar["outlet"] == "Yonhap News Agency"  # the text names none


def test_an_unlisted_sites_name_as_the_article_spells_it_is_the_outlet(
    project, tmp_path
):
    article = tmp_path / "credited.txt"
    article.write_text(PLAIN + "\nPhoto courtesy of Port Ledger\n", encoding="utf-8")
    url = "https://www.portledger.example/news/2025/office"
    result = run(project, "add", str(article), "--url", url)
    assert result.returncode == 0, result.stderr
    seed = next(
        p for p in (project / "seeds").glob("*.txt") if "Port Ledger" in p.read_text()
    )
    sidecar = seed.with_suffix(".yml").read_text(encoding="utf-8")
    assert "outlet: Port Ledger  # the address's site; check it" in sidecar


def test_the_outlet_the_text_names_wins_over_the_addresss_site(project):
    stated = ROOT / "tests" / "fixtures" / "corpus" / "vn-state-01.txt"
    url = "https://www.koreaherald.com/view.php?ud=1"
    result = run(project, "add", str(stated), "--url", url)
    assert result.returncode == 0, result.stderr
    seed = next(
        p
        for p in (project / "seeds").glob("*.txt")
        if p.read_bytes() == stated.read_bytes()
    )
    sidecar = yaml.safe_load(seed.with_suffix(".yml").read_text(encoding="utf-8"))
    assert sidecar["outlet"] == "VietnamPlus"  # as the copy names itself
    assert sidecar["url"] == url


HEADLESS = (
    "Thousands of visitors joined the culture day in Busan on Sunday, organisers said.\n"
    "Performers from both countries played traditional music until late evening.\n"
    "Busan culture day draws thousands\n"
    "#culture #travel\n"
)


def test_a_headless_page_takes_the_headline_its_address_spells(project, tmp_path):
    article = tmp_path / "headless.txt"
    article.write_text(HEADLESS, encoding="utf-8")
    url = "https://x.blogspot.example/2025/07/busan-culture-day-draws-thousands.html"
    result = run(project, "add", str(article), "--url", url)
    assert result.returncode == 0, result.stderr
    seed = next(
        p for p in (project / "seeds").glob("*.txt") if p.read_text() == HEADLESS
    )
    sidecar = yaml.safe_load(seed.with_suffix(".yml").read_text(encoding="utf-8"))
    assert sidecar["title"] == "Busan culture day draws thousands"
    assert sidecar["slug"] == "busan-culture-day-draws-thousands"
    assert sidecar["url"] == url


RUN_ON = (
    "A delegation from Busan arrived in Da Nang on Monday to study the city's tram plans.\n"
    "Officials from both cities will visit the depot on Tuesday.\n"
)


def test_a_page_without_headline_takes_its_slug_from_the_words_its_address_spells(
    project, tmp_path
):
    """The address's words name the story; the lead's first words would make the slug
    'a-delegation-from-busan-arrived-in-da-nang-on-monday-to'."""
    article = tmp_path / "run-on.txt"
    article.write_text(RUN_ON, encoding="utf-8")
    url = "https://news.example/2025-11-25/Busan-delegation-studies-Da-Nang-tram-plans/2462689"
    result = run(project, "add", str(article), "--url", url)
    assert result.returncode == 0, result.stderr
    seed = next(p for p in (project / "seeds").glob("*.txt") if p.read_text() == RUN_ON)
    sidecar = yaml.safe_load(seed.with_suffix(".yml").read_text(encoding="utf-8"))
    assert sidecar["slug"] == "busan-delegation-studies-da-nang-tram-plans"
    assert "title" not in sidecar  # the text prints no headline: the editor writes it


def test_add_refuses_an_address_that_is_none(project):
    before = sorted((project / "seeds").glob("*.txt"))
    result = run(project, "add", str(WIRE), "--url", "en.yna.co.kr/view")
    assert result.returncode != 0
    assert "en.yna.co.kr/view" in result.stderr
    assert "not a web address" in result.stderr
    assert sorted((project / "seeds").glob("*.txt")) == before


CAPTIONED = (
    " date 2024-05-12 The lantern dance troupe Moonlight\n\n"
    "The lantern festival of Tam Ky drew more than 20,000 visitors on its first night, "
    "the provincial Department of Culture said on Sunday.\n\n"
    "Artists from Quang Nam and the Republic of Korea performed on three stages along "
    "the river, and the festival runs until Friday.\n"
)


def test_a_page_whose_archive_kept_a_caption_for_headline_is_named_by_its_address(
    project, tmp_path
):
    """The caption run on after the archive's date is no headline: neither the title
    nor the slug is made from it."""
    article = tmp_path / "captioned.txt"
    article.write_text(CAPTIONED, encoding="utf-8")
    url = "https://news.example.vn/culture/lantern-festival-draws-crowds-in-tam-ky-93125.html"
    result = run(project, "add", str(article), "--url", url)
    assert result.returncode == 0, result.stderr
    seed = next(
        p for p in (project / "seeds").glob("*.txt") if p.read_text() == CAPTIONED
    )
    sidecar = yaml.safe_load(seed.with_suffix(".yml").read_text(encoding="utf-8"))
    assert sidecar["slug"] == "lantern-festival-draws-crowds-in-tam-ky"
    assert "title" not in sidecar  # the text prints no headline: the editor writes it
