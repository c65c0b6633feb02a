"""Bad input through a real ``mkdocs build --strict`` of a tiny written project.

The bad-input matrix is tested on the stage that meets each input (tests/read/test_bad_seeds.py,
tests/read/test_bad_entities.py, tests/clean/test_hostile_text.py,
tests/render/test_hostile_entities.py). These few cases check what only a build shows: an
error stops it with exit code 1 and a message naming the file (and line), without a Python
traceback; and the theme prints titles, descriptions and tags from hostile input inertly.
Each project holds only the files its case needs (``building.write_site``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from building import ROOT, Build, run_build, write_site
from dossier.render.site import OVERVIEW_MARKER
from hostile import (
    ESCAPED_PAYLOAD,
    PAYLOAD,
    STORY,
    TO_LAM_FRONT_MATTER,
    assert_inert,
    dom,
    meta_content,
    text_of,
)

pytestmark = pytest.mark.build


def build(tmp_path: Path, **files) -> Build:
    return run_build(write_site(tmp_path / "project", **files), tmp_path / "site")


def assert_error(result: Build, where: str, message: str) -> None:
    """Exit code 1, the file (and line) named, the message given, no Python traceback."""
    assert result.returncode == 1, result.output
    assert "Traceback" not in result.output, result.output
    assert where in result.output, f"expected {where!r} in:\n{result.output}"
    assert message in result.output, f"expected {message!r} in:\n{result.output}"


def test_empty_seed_stops_the_build_naming_the_file(tmp_path):
    result = build(tmp_path, seeds={"900_empty.txt": b""})
    assert_error(result, "seeds/900_empty.txt", "seed is empty")


def test_broken_entity_front_matter_stops_the_build_naming_file_and_line(tmp_path):
    broken = "name: Broken Yaml\naliases: [one, two\nrole: x"
    result = build(
        tmp_path,
        seeds={"900_story.txt": STORY},
        entities={"leaders/broken-yaml.md": broken},
    )
    assert_error(
        result, "docs/leaders/broken-yaml.md:", "front matter is not valid YAML"
    )


def test_sidecar_slug_cannot_escape_the_articles_folder(tmp_path):
    sidecar = "title: Escape\nslug: ../../etc\n"
    result = build(tmp_path, seeds={"900_escape.txt": STORY, "900_escape.yml": sidecar})
    assert_error(
        result,
        "seeds/900_escape.yml:2",
        "sidecar field 'slug' must be lower-case letters",
    )
    assert not list(tmp_path.rglob("etc"))


def test_hostile_names_and_text_are_inert_in_the_built_theme(tmp_path):
    """A seed with markup, an entity whose name, description and tags are markup, and a
    Windows-1252 seed: the build succeeds, warns about the encoding, and the theme's title,
    description, tags, indexes and search index show the markup as text."""
    hostile_seed = (
        f"Headline with {PAYLOAD} inside\n\n"
        f'A paragraph "><script>alert("PWNED")</script> with <b>bold</b> about Tô Lâm.\n'
    )
    name = '<b>Bold</b> <script>alert("PWNED")</script> Kim'
    kim = f"name: '{name}'\nrole: '<i>Envoy</i>'\ncountry: South Korea\ntags: ['<em>tag</em>']"
    leader = (
        TO_LAM_FRONT_MATTER
        + "\ndescription: '\"><script>alert(\"PWNED\")</script>'\ntags: ['<b>PWNED</b>']"
    )
    latin = STORY.replace("Seoul officials", "Seoul officials – café")
    result = build(
        tmp_path,
        seeds={"900_html.txt": hostile_seed, "901_latin.txt": latin.encode("cp1252")},
        entities={
            "leaders/to-lam.md": leader,
            "leaders/b-bold-b-script-alert-pwned-script-kim.md": kim,
        },
        docs={
            "index.md": f"# Home\n\n{OVERVIEW_MARKER}\n",
            "about/tags.md": (ROOT / "docs" / "about" / "tags.md").read_text("utf-8"),
        },
    )
    assert result.returncode == 0, result.output
    assert "Traceback" not in result.output
    assert (
        "seeds/901_latin.txt:1: seed is not UTF-8; read as Windows-1252"
        in result.output
    )

    article = result.page("articles/headline-with-script-alert-pwned-script-inside/")
    assert_inert(article)
    assert f"<title>Headline with {ESCAPED_PAYLOAD} inside" in article
    assert meta_content(article, "description").startswith(
        'A paragraph "><script>alert("PWNED")</script>'
    )

    escaped = name.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    kim_page = result.page("leaders/b-bold-b-script-alert-pwned-script-kim/")
    parsed = assert_inert(kim_page)
    assert f"<title>{escaped} - " in kim_page
    assert "<i>Envoy</i>" in text_of(parsed) and "<em>tag</em>" in text_of(parsed)
    assert not [t for t, _ in parsed.elements if t in ("b", "i", "em")]

    to_lam_page = result.page("leaders/to-lam/")
    assert_inert(to_lam_page)
    assert f"Headline with {ESCAPED_PAYLOAD} inside" in to_lam_page
    assert meta_content(to_lam_page, "description") == (
        '"><script>alert("PWNED")</script>'
    )
    tags = [
        a
        for t, a in dom(to_lam_page).elements
        if t == "a" and "md-tag" in a.get("class", "")
    ]
    assert tags and "&lt;b&gt;PWNED&lt;/b&gt;</a>" in to_lam_page
    assert "<b>PWNED</b>" not in to_lam_page

    for url in ("", "articles/", "leaders/", "about/tags/"):
        assert_inert(result.page(url))
    leaders = result.page("leaders/")
    assert escaped in leaders and name not in leaders

    # The search's data holds the name as text (the search box and the previews show it with
    # textContent; tests/browser/test_search.py checks that in a browser).
    card = (
        result.site
        / "previews"
        / "leaders"
        / "b-bold-b-script-alert-pwned-script-kim.json"
    )
    assert json.loads(card.read_text(encoding="utf-8"))["name"] == name
