"""The editorial report (/about/report/) and honest "edit this page" links."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from dossier.build import build_dossier
from dossier.render.report import render_report

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"
EDIT = re.compile(r'<a href="([^"]+)" title="Edit this page"')


@pytest.fixture
def report(project):
    seed = project / "seeds" / "900_0000000000000000.txt"
    text = (UNSEEN / "port_memorandum.txt").read_text(encoding="utf-8")
    seed.write_text(
        text + "\n<script>alert('x')</script> Share & follow\n", encoding="utf-8"
    )
    clutter_line = text.count("\n") + 2
    seed.with_suffix(".yml").write_text(
        f"outlet: Example Wire\ndrop_lines: [{clutter_line}]\nnot_entities: [Chu Lai]\n",
        encoding="utf-8",
    )
    (project / "docs" / "leaders" / "zz-nobody.md").write_text(
        "---\nname: Zz Nobody\n---\n", encoding="utf-8"
    )
    return render_report(build_dossier(project)).markdown, clutter_line


def test_lists_unregistered_names_with_guessed_types(report):
    markdown, _ = report
    section = markdown.split("Da Nang and Incheon sign memorandum", 1)[1].split(
        "### ", 1
    )[0]
    assert (
        "<td>Tran Minh Quang</td><td>leader</td><td><code>docs/leaders/tran-minh-quang.md</code></td>"
        in section
    )
    assert "<td>Quang Nam</td><td>city</td>" in section
    assert "Chu Lai" not in section  # ruled out in the sidecar


def test_dropped_lines_are_listed_escaped(report):
    markdown, line = report
    escaped = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Share &amp; follow"
    assert (
        f"<tr><td>{line}</td><td>dropped by the editor (sidecar drop_lines)</td><td><code>{escaped}</code></td></tr>"
        in markdown
    )
    assert "<script>" not in markdown


def test_missing_metadata_and_unnamed_entities(report):
    markdown, _ = report
    section = markdown.split("Da Nang and Incheon sign memorandum", 1)[1].split(
        "### ", 1
    )[0]
    assert "Sidecar metadata not filled in: published, url, author." in section
    orphans = markdown.split("## Entities no article names", 1)[1]
    assert "Zz Nobody" in orphans and "docs/leaders/zz-nobody.md" in orphans


def test_summary_comes_first_and_counts(report):
    markdown, _ = report
    summary, body = markdown.split("## Articles", 1)
    names = int(
        re.search(r"<strong>(\d+)</strong> unregistered names? in", summary).group(1)
    )
    assert names == body.count("<td><code>docs/") > 0
    orphans = int(
        re.search(
            r"<strong>(\d+)</strong> entit(?:y|ies) no article names", summary
        ).group(1)
    )
    assert (
        orphans == body.split("## Entities no article names", 1)[1].count("<li>") >= 1
    )


@pytest.mark.build
def test_report_page_is_built_out_of_the_nav(built):
    page = built.page("about/report/")
    assert "<h1" in page and "Editorial report" in page and "unregistered name" in page
    about = built.page("about/")
    nav_links = re.findall(r'<a href="([^"]*)" class="md-nav__link', about)
    assert (
        "../tags/" in nav_links or "tags/" in nav_links
    )  # the pattern does read the nav
    assert not [href for href in nav_links if "report" in href]
    assert 'href="report/"' in about  # linked from the about page's text instead


@pytest.mark.build
def test_edit_links_open_the_true_source(built, root):
    article = built.page("articles/to-lam-concludes-state-visit-to-south-korea/")
    assert (
        EDIT.search(article)
        .group(1)
        .endswith("/edit/main/seeds/004_7aa8a1d7fd37673f.txt")
    )
    assert (root / "seeds" / "004_7aa8a1d7fd37673f.txt").exists()
    entity = built.page("leaders/to-lam/")
    assert EDIT.search(entity).group(1).endswith("/edit/main/docs/leaders/to-lam.md")
    hand_written = built.page("about/")
    assert EDIT.search(hand_written).group(1).endswith("/edit/main/docs/about/index.md")
    for generated in ("about/report/", "articles/", "leaders/", "cities/"):
        assert EDIT.search(built.page(generated)) is None, generated
