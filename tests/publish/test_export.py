"""export: the generated Markdown builds with plain MkDocs + Material, no hooks, same pages."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import yaml
from building import run_build

pytestmark = pytest.mark.build

ARTICLE = "articles/to-lam-concludes-state-visit-to-south-korea/"
ENTITY = "leaders/to-lam/"


def paragraphs(html: str) -> list[str]:
    return re.findall(r'<p id="p-\d+" class="dossier-para">.*?</p>', html, re.DOTALL)


def entity_links(html: str) -> list[str]:
    return sorted(re.findall(r'<a href="([^"]+)" class="dossier-ref', html))


@pytest.fixture(scope="module")
def exported(root, tmp_path_factory):
    target = tmp_path_factory.mktemp("export") / "out"
    result = subprocess.run(
        [sys.executable, "-m", "dossier", "export", str(target)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return target


@pytest.fixture(scope="module")
def exported_build(exported, tmp_path_factory):
    return run_build(exported, tmp_path_factory.mktemp("export-site"))


def test_exported_config_has_no_hooks(exported):
    config = (exported / "mkdocs.yml").read_text(encoding="utf-8")
    assert "hooks:" not in config and "dossier_hooks" not in config
    assert not (exported / "hooks").exists()


def test_exported_site_searches_with_mkdocs_own_search(exported, exported_build):
    """No hooks, no Pagefind: the export has MkDocs' search plugin and Material's box."""
    config = (exported / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - search\n" in config and "javascripts/search/" not in config
    assert not (exported / "overrides" / "partials" / "search.html").exists()
    index = json.loads(
        (exported_build.site / "search" / "search_index.json").read_text("utf-8")
    )
    assert any(doc["title"] == "Tô Lâm" for doc in index["docs"])
    assert 'data-md-component="search"' in exported_build.page("")


def test_exported_tree_builds_strict_without_warnings(exported_build):
    assert exported_build.returncode == 0, exported_build.output
    assert "WARNING" not in exported_build.output


def test_pages_carry_the_same_paragraphs_and_links(built, exported_build):
    for url in (ARTICLE, ENTITY, "leaders/", "about/report/"):
        hooked, plain = built.page(url), exported_build.page(url)
        assert paragraphs(plain) == paragraphs(hooked), url
        assert entity_links(plain) == entity_links(hooked), url
    assert len(paragraphs(built.page(ARTICLE))) > 5 and entity_links(built.page(ENTITY))


def test_exported_pages_keep_their_front_matter(exported):
    entity = (exported / "docs" / "leaders" / "to-lam.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(entity.split("---\n")[1])
    assert meta["name"] == "Tô Lâm" and "Viet Nam" in meta["tags"]
    article = (
        (exported / "docs" / ARTICLE.rstrip("/"))
        .with_suffix(".md")
        .read_text(encoding="utf-8")
    )
    assert 'id="p-1"' in article


def test_export_refuses_a_folder_that_is_not_empty(root, tmp_path):
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "dossier", "export", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (
        result.returncode == 1
        and f"{tmp_path}: exists and is not an empty folder" in result.stderr
    )
    assert (tmp_path / "keep.txt").read_text(encoding="utf-8") == "mine"
