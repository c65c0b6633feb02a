"""Hostile and malformed input: each case ends in a clear error or a safe page, never a traceback.

An error names the file (and the line where there is one) and the build exits with 1. A safe
page shows article text as text: no markup from a seed or an entity name is ever interpreted.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from building import ROOT, Build, run_build

sys.path.insert(0, str(ROOT / "hooks"))

from dossier.build import build_dossier  # noqa: E402
from dossier.render.sanitize import sanitize_html  # noqa: E402

PAYLOAD = '<script>alert("PWNED")</script>'
ESCAPED_PAYLOAD = "&lt;script&gt;alert(&quot;PWNED&quot;)&lt;/script&gt;"
PNG = (
    bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001"
    )
    + b"\x00" * 64
)


# --- helpers ---------------------------------------------------------------------------------


class Dom(HTMLParser):
    """Every element with its attributes, the text of every <script>, and all visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[tuple[str, str]] = []  # (type, text)
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append((dict(attrs).get("type") or "", ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            kind, text = self.scripts[-1]
            self.scripts[-1] = (kind, text + data)
        else:
            self.text.append(data)


def dom(html: str) -> Dom:
    parser = Dom()
    parser.feed(html)
    return parser


def assert_inert(html: str, marker: str = "PWNED") -> Dom:
    """Nothing from the hostile input became a script, an event handler or a javascript: URL."""
    page = dom(html)
    for kind, text in page.scripts:
        if (
            kind == "application/ld+json"
        ):  # data, not code: it must stay valid JSON inside its element
            assert "</" not in text and json.loads(text)
        else:
            assert marker not in text, (
                "text from the input reached the page as a script"
            )
    for tag, attrs in page.elements:
        for name, value in attrs.items():
            assert not (name.startswith("on") and marker in value), (
                f"<{tag} {name}=…> event handler from the input"
            )
            if name in ("href", "src", "action", "formaction"):
                url = value.strip().lower()
                if url != "javascript:void(0)":  # Material's own search-share button
                    assert not url.startswith(
                        ("javascript:", "vbscript:", "data:text/html")
                    ), f"<{tag} {name}={value!r}>"
    return page


def text_of(page: Dom) -> str:
    return " ".join("".join(page.text).split())


def add_seed(
    project: Path, name: str, content: bytes | str, sidecar: str | None = None
) -> Path:
    path = project / "seeds" / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    if sidecar is not None:
        path.with_suffix(".yml").write_text(sidecar, encoding="utf-8")
    return path


def add_entity(
    project: Path, type_key: str, slug: str, front_matter: str, body: str = ""
) -> Path:
    path = project / "docs" / type_key / f"{slug}.md"
    path.write_text(f"---\n{front_matter.strip()}\n---\n{body}", encoding="utf-8")
    return path


def build(project: Path, tmp_path: Path) -> Build:
    return run_build(project, tmp_path / "site")


def assert_error(result: Build, where: str, message: str = "") -> None:
    """Exit code 1, the file (and line) named, the message given, no Python traceback."""
    assert result.returncode == 1, result.output
    assert "Traceback" not in result.output, result.output
    assert where in result.output, f"expected {where!r} in:\n{result.output}"
    if message:
        assert message in result.output, f"expected {message!r} in:\n{result.output}"


def article_page(result: Build, phrase: str) -> str:
    """The built HTML of the one article page containing a phrase."""
    assert result.returncode == 0, result.output
    pages = [
        p
        for p in (result.site / "articles").glob("*/index.html")
        if phrase in p.read_text(encoding="utf-8")
    ]
    assert len(pages) == 1, f"{len(pages)} article pages contain {phrase!r}"
    return pages[0].read_text(encoding="utf-8")


def article_of(project: Path, source: str):
    dossier = build_dossier(project)
    return next(a for a in dossier.articles if a.source == source), dossier


def mentioned(project: Path, source: str) -> set[str]:
    article, dossier = article_of(project, source)
    return {m.entity for m in dossier.mentions_in(article.slug)}


STORY = (
    "Tô Lâm meets Seoul officials\n\n"
    "General Secretary Tô Lâm received a delegation from Seoul on Friday to discuss trade.\n\n"
    "Both sides agreed to expand cultural exchanges next year.\n"
)

# --- seed files: errors -------------------------------------------------------------------------


def test_empty_seed_is_an_error_naming_the_file(project, tmp_path):
    add_seed(project, "900_empty.txt", b"")
    assert_error(build(project, tmp_path), "seeds/900_empty.txt", "seed is empty")


def test_whitespace_only_seed_is_an_error(project, tmp_path):
    add_seed(project, "900_blank.txt", " \n\t\n\r\n   \u200b\n")
    assert_error(build(project, tmp_path), "seeds/900_blank.txt", "seed is empty")


def test_binary_file_renamed_txt_is_an_error(project, tmp_path):
    add_seed(project, "900_photo.txt", PNG)
    assert_error(build(project, tmp_path), "seeds/900_photo.txt", "binary file")


def test_20_mb_seed_is_refused_without_reading_it_as_an_article(project, tmp_path):
    add_seed(
        project, "900_huge.txt", ("Tô Lâm went to Seoul. " * 1_000_000)[:20_000_000]
    )
    assert_error(build(project, tmp_path), "seeds/900_huge.txt", "over the 2 MB limit")


def test_sidecar_without_seed_is_an_error(project, tmp_path):
    (project / "seeds" / "900_ghost.yml").write_text(
        "title: A ghost\n", encoding="utf-8"
    )
    assert_error(
        build(project, tmp_path), "seeds/900_ghost.yml", "900_ghost.txt does not exist"
    )


def test_sidecar_slug_cannot_escape_the_articles_folder(project, tmp_path):
    add_seed(
        project, "900_escape.txt", STORY, sidecar="title: Escape\nslug: ../../etc\n"
    )
    result = build(project, tmp_path)
    assert_error(
        result,
        "seeds/900_escape.yml:2",
        "sidecar field 'slug' must be lower-case letters",
    )
    assert not (tmp_path / "etc").exists() and not (project / "etc").exists()


@pytest.mark.parametrize(
    "slug", ["Upper-Case", "with space", "a/b", "trailing-", "dot.html"]
)
def test_sidecar_slug_must_be_a_plain_slug(project, slug):
    add_seed(project, "900_slug.txt", STORY, sidecar=f"slug: '{slug}'\n")
    problems = [str(p) for p in build_dossier(project).errors]
    assert any(
        p.startswith("seeds/900_slug.yml:1: sidecar field 'slug'") for p in problems
    ), problems


def test_broken_sidecar_yaml_names_the_line(project, tmp_path):
    add_seed(
        project,
        "900_story.txt",
        STORY,
        sidecar="title: Fine\noutlet: [unclosed\nauthor: x\n",
    )
    assert_error(build(project, tmp_path), "seeds/900_story.yml:3", "not valid YAML")


# --- seed files: encodings and invisible characters --------------------------------------------


def test_windows_1252_seed_is_read_with_a_warning_and_names_still_match(
    project, tmp_path
):
    add_seed(
        project,
        "900_latin.txt",
        STORY.replace("Seoul officials", "Seoul officials – café").encode("cp1252"),
    )
    result = build(project, tmp_path)
    html = article_page(result, "café")
    assert (
        "seeds/900_latin.txt:1: seed is not UTF-8; read as Windows-1252"
        in result.output
    )
    assert "to-lam" in mentioned(project, "seeds/900_latin.txt")
    assert "Tô Lâm" in text_of(dom(html)) and "–" in text_of(dom(html))


def test_utf8_bom_is_not_part_of_the_headline(project):
    add_seed(project, "900_bom.txt", b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    article, _ = article_of(project, "seeds/900_bom.txt")
    assert article.title == "Tô Lâm meets Seoul officials"
    assert article.passages[0].kind == "headline"


@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_crlf_and_lone_cr_line_endings_split_paragraphs(project, tmp_path, ending):
    add_seed(project, "900_endings.txt", STORY.replace("\n", ending))
    article, dossier = article_of(project, "seeds/900_endings.txt")
    assert [p.anchor for p in article.passages] == ["title", "p-1", "p-2"]
    assert not any("\r" in p.text for p in article.passages)
    assert "to-lam" in {m.entity for m in dossier.mentions_in(article.slug)}


def test_nfd_decomposed_vietnamese_still_matches_to_lam(project):
    decomposed = unicodedata.normalize("NFD", STORY)
    assert "Tô Lâm" not in decomposed
    add_seed(project, "900_nfd.txt", decomposed)
    article, _ = article_of(project, "seeds/900_nfd.txt")
    assert "Tô Lâm" in article.passages[1].text  # NFC on read
    assert "to-lam" in mentioned(project, "seeds/900_nfd.txt")


def test_zero_width_characters_inside_a_name_still_match(project):
    add_seed(
        project,
        "900_zw.txt",
        STORY.replace("Tô Lâm received", "T\u200bô\u200d L\u00adâ\ufeffm received"),
    )
    article, _ = article_of(project, "seeds/900_zw.txt")
    assert "Tô Lâm received" in article.passages[1].text
    assert "to-lam" in mentioned(project, "seeds/900_zw.txt")


def test_seed_without_headline_line_gets_a_title_and_a_page(project, tmp_path):
    seed = "Officials from Seoul met in Hanoi on Monday\nwhere they talked about trade with Tô Lâm.\n\nA second paragraph follows here.\n"
    add_seed(project, "900_nohead.txt", seed)
    html = article_page(build(project, tmp_path), "A second paragraph follows here.")
    page = assert_inert(html)
    assert '<h1 id="title">Officials from Seoul met in Hanoi' in html
    assert (
        "Officials from Seoul met in Hanoi on Monday where they talked about trade with Tô Lâm."
        in text_of(page)
    )


def test_seed_with_1_mb_lines_builds_and_shows_every_line(project, tmp_path):
    line = (
        "Officials from Seoul discussed ports and trade corridors with Hanoi in detail. "
        * 13_000
    )
    assert len(line.encode()) > 1_000_000
    add_seed(
        project,
        "900_long.txt",
        f"A very long article\n\n{line}\n\nLast words about Tô Lâm.\n",
    )
    html = article_page(build(project, tmp_path), "Last words about")
    assert " ".join(line.split()) in text_of(assert_inert(html))


# --- seed files: markup is text --------------------------------------------------------------


def test_html_and_script_in_a_seed_are_shown_as_text(project, tmp_path):
    seed = (
        f"Headline with {PAYLOAD} inside\n\n"
        f'A paragraph "><script>alert("PWNED")</script> with <b>bold</b> and <img src=x onerror=alert("PWNED")> about Tô Lâm.\n\n'
        "<iframe src=\"javascript:alert('PWNED')\"></iframe> <a href=\"javascript:alert('PWNED')\">link</a>\n"
    )
    add_seed(project, "900_html.txt", seed)
    result = build(project, tmp_path)
    html = article_page(result, "with &lt;b&gt;bold&lt;/b&gt;")
    text = text_of(assert_inert(html))
    assert f"Headline with {PAYLOAD} inside" in text
    assert '<img src=x onerror=alert("PWNED")>' in text
    assert "<b>bold</b>" in text and "<iframe" in text
    assert not [t for t, _ in dom(html).elements if t in ("b", "img", "iframe")]
    assert f"<title>Headline with {ESCAPED_PAYLOAD} inside" in html
    # the description meta tag holds the first paragraph: it must stay inside its attribute
    description = next(
        a["content"]
        for t, a in dom(html).elements
        if t == "meta" and a.get("name") == "description"
    )
    assert description.startswith('A paragraph "><script>alert("PWNED")</script>')
    for url in (
        "",
        "articles/",
        "leaders/to-lam/",
    ):  # pages that link to the article by its title
        other = result.page(url)
        assert_inert(other)
        assert url == "" or f"Headline with {ESCAPED_PAYLOAD} inside" in other
    index = json.loads(
        (result.site / "search" / "search_index.json").read_text(encoding="utf-8")
    )
    for doc in index["docs"]:  # Material renders search titles and text as HTML
        assert "<script" not in doc["title"] + doc["text"], doc["location"]


def test_markdown_syntax_in_a_seed_is_shown_as_text(project, tmp_path):
    lines = [
        "# Not a heading",
        "*not emphasis* and __not strong__",
        "[click me](javascript:alert('PWNED')) and <javascript:alert('PWNED')>",
        "| a | b |",
        "|---|---|",
        "`not code` and ```fence```",
        "{{ config.site_name }} {% raw %} :material-account: [TOC]",
        "<!-- not a comment --> &amp; &lt;tag&gt;",
        "* not a list item",
        "> not a quote",
        "    not a code block",
        "Term {: #injected-id .injected-class }",
    ]
    add_seed(
        project,
        "900_markdown.txt",
        "Markdown headline for the test\n\n" + "\n\n".join(lines) + "\n",
    )
    html = article_page(build(project, tmp_path), "Markdown headline for the test")
    page = assert_inert(html)
    text = text_of(page)
    for line in lines:
        assert " ".join(line.split()) in text, line
    assert "<table" not in html.split('id="title"')[1].split("In this article")[0]
    assert not [
        a
        for t, a in page.elements
        if a.get("id") == "injected-id" or "injected-class" in a.get("class", "")
    ]
    assert not [
        a for t, a in page.elements if t == "a" and "alert" in a.get("href", "").lower()
    ]
    assert not [
        t for t, a in page.elements if t in ("em", "strong", "blockquote", "pre")
    ]


# --- entity files: errors ------------------------------------------------------------------------


def test_broken_yaml_front_matter_names_file_and_line(project, tmp_path):
    add_entity(
        project,
        "leaders",
        "broken-yaml",
        "name: Broken Yaml\naliases: [one, two\nrole: x",
    )
    assert_error(
        build(project, tmp_path),
        "docs/leaders/broken-yaml.md:",
        "front matter is not valid YAML",
    )


def test_front_matter_field_of_the_wrong_type_names_the_line(project, tmp_path):
    add_entity(
        project,
        "leaders",
        "wrong-type",
        "name: Wrong Type\nrole:\n  - a list\n  - where text belongs",
    )
    assert_error(
        build(project, tmp_path),
        "docs/leaders/wrong-type.md:3",
        "field 'role' must be text",
    )


def test_unknown_reference_names_file_and_line(project, tmp_path):
    add_entity(
        project,
        "leaders",
        "no-such-ref",
        "name: No Such Ref\nrole: Envoy\norganization: ministry-of-nowhere",
    )
    assert_error(
        build(project, tmp_path),
        "docs/leaders/no-such-ref.md:4",
        "unknown entity 'ministry-of-nowhere'",
    )


def test_reference_cannot_point_outside_the_registry(project, tmp_path):
    add_entity(
        project, "leaders", "path-ref", "name: Path Ref\nrelated:\n  - ../../etc/passwd"
    )
    assert_error(
        build(project, tmp_path),
        "docs/leaders/path-ref.md:3",
        "unknown entity '../../etc/passwd'",
    )


def test_duplicate_slug_across_types_is_an_error(project, tmp_path):
    add_entity(project, "cities", "to-lam", "name: To Lam\nkind: city")
    result = build(project, tmp_path)
    assert_error(result, "duplicate slug 'to-lam'")
    assert (
        "docs/leaders/to-lam.md" in result.output
        and "docs/cities/to-lam.md" in result.output
    )


def test_alias_collision_names_both_files(project, tmp_path):
    add_entity(
        project, "leaders", "zoe-person", "name: Zoe Person\naliases:\n  - TO LAM"
    )  # read after to-lam.md
    result = build(project, tmp_path)
    assert_error(
        result,
        "docs/leaders/zoe-person.md:3",
        "alias 'TO LAM' is also claimed by docs/leaders/to-lam.md",
    )


def test_entity_file_name_that_is_not_a_slug_is_an_error(project, tmp_path):
    add_entity(project, "leaders", "Evil Name..", "name: Evil Name")
    assert_error(
        build(project, tmp_path),
        "docs/leaders/Evil Name...md:2",
        "rename the file to 'evil-name.md'",
    )


def test_coordinates_out_of_range_name_the_line(project, tmp_path):
    add_entity(
        project,
        "cities",
        "nowhere-city",
        "name: Nowhere City\nkind: city\ncoordinates: [123.0, 500.0]",
    )
    assert_error(
        build(project, tmp_path),
        "docs/cities/nowhere-city.md:4",
        "coordinates' is out of range",
    )


def test_entity_file_that_is_not_utf8_is_an_error(project, tmp_path):
    (project / "docs" / "leaders" / "latin.md").write_bytes(
        "---\nname: Lê Văn Latin\n---\n".encode("cp1258", errors="replace").replace(
            b"L", b"\xff", 1
        )
    )
    assert_error(build(project, tmp_path), "docs/leaders/latin.md", "not UTF-8")


# --- entity files: names and prose are safe ---------------------------------------------------


def test_entity_name_with_html_is_text_everywhere(project, tmp_path):
    name = '<b>Bold</b> <script>alert("PWNED")</script> Kim'
    fields = f"name: '{name}'\nrole: '<i>Envoy</i>'\ncountry: South Korea\ntags: ['<em>tag</em>']"
    add_entity(project, "leaders", "b-bold-b-script-alert-pwned-script-kim", fields)
    result = build(project, tmp_path)
    assert result.returncode == 0, result.output
    escaped = name.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    page = (
        result.site
        / "leaders"
        / "b-bold-b-script-alert-pwned-script-kim"
        / "index.html"
    ).read_text(encoding="utf-8")
    parsed = assert_inert(page)
    assert f"<title>{escaped} - " in page
    assert re.search(
        f'<h1 id="name">(<span class="twemoji[^"]*" aria-hidden="true"><svg .*?</svg></span> )?{re.escape(escaped)}</h1>',
        page,
    )
    assert f'<span class="dossier-infobox__name">{escaped}</span>' in page
    assert "<i>Envoy</i>" in text_of(parsed) and "<em>tag</em>" in text_of(parsed)
    assert not [t for t, _ in parsed.elements if t in ("b", "i", "em")]
    index = (result.site / "leaders" / "index.html").read_text(encoding="utf-8")
    assert escaped in index and name not in index
    assert_inert(index)
    assert_inert(
        (result.site / "about" / "tags" / "index.html").read_text(encoding="utf-8")
    )
    search = json.loads(
        (result.site / "search" / "search_index.json").read_text(encoding="utf-8")
    )
    titles = [
        d["title"] for d in search["docs"] if d["location"].startswith("leaders/b-bold")
    ]
    assert titles and all("<b>" not in t and "<script" not in t for t in titles)


def test_entity_prose_cannot_inject_scripts_handlers_or_javascript_links(
    project, tmp_path
):
    body = (
        "\nThe editor's **real prose** with a [link to Hanoi](../cities/hanoi.md).\n\n"
        f"{PAYLOAD}\n\n"
        '<img src="x" onerror="alert(\'PWNED\')">\n\n'
        "[click](javascript:alert('PWNED'))\n\n"
        "<a href=\"JaVaScRiPt:alert('PWNED')\" onclick=\"alert('PWNED')\">x</a>\n\n"
        '<div style="position:fixed" onmouseover="alert(\'PWNED\')">overlay</div>\n\n'
        "<iframe src=\"https://example.com\"></iframe><!-- /dossier:prose --><script>alert('PWNED2')</script>\n\n"
        "<style>body { display: none }</style>\n"
    )
    path = project / "docs" / "leaders" / "to-lam.md"
    path.write_text(path.read_text(encoding="utf-8") + body, encoding="utf-8")
    result = build(project, tmp_path)
    assert result.returncode == 0, result.output
    html = result.page("leaders/to-lam/")
    page = assert_inert(html, "PWNED")
    assert "<strong>real prose</strong>" in html
    assert '<a href="../../cities/hanoi/"' in html
    assert "display: none" not in html and "<iframe" not in html
    assert not [a for t, a in page.elements if "style" in a and "fixed" in a["style"]]


def test_entity_description_and_tags_stay_inside_their_attributes(project, tmp_path):
    path = project / "docs" / "leaders" / "to-lam.md"
    text = re.sub(r"(?m)^description:.*$", "", path.read_text(encoding="utf-8"))
    text = text.replace(
        "---\n",
        "---\ndescription: '\"><script>alert(\"PWNED\")</script>'\ntags: ['<b>PWNED</b>']\n",
        1,
    )
    path.write_text(
        re.sub(r"(?m)^tags:.*$", "", text, count=2).replace(
            "---\n", "---\ntags: ['<b>PWNED</b>']\n", 1
        ),
        encoding="utf-8",
    )
    result = build(project, tmp_path)
    assert result.returncode == 0, result.output
    html = result.page("leaders/to-lam/")
    assert_inert(html)
    description = next(
        a["content"]
        for t, a in dom(html).elements
        if t == "meta" and a.get("name") == "description"
    )
    assert description == '"><script>alert("PWNED")</script>'
    tags = [
        a for t, a in dom(html).elements if t == "a" and "md-tag" in a.get("class", "")
    ]
    assert (
        tags and "&lt;b&gt;PWNED&lt;/b&gt;</a>" in html and "<b>PWNED</b>" not in html
    )


def test_sanitizer_keeps_ordinary_markdown_output():
    kept = '<h2 id="x">T<a class="headerlink" href="#x" title="Permanent link">¶</a></h2><p><em>a</em> <a href="https://e.org/">b</a></p><table><tr><td>c</td></tr></table>'
    cleaned = sanitize_html(kept)
    for piece in (
        '<h2 id="x">',
        'class="headerlink"',
        'href="#x"',
        "<em>a</em>",
        'href="https://e.org/"',
        "<td>c</td>",
    ):
        assert piece in cleaned
    assert (
        sanitize_html('<a href="javascript:x()">y</a><svg onload="x()"></svg>')
        == '<a rel="noopener">y</a>'
    )
