"""Bad seed files and sidecars, met by the read stage: a clear problem naming the file (and the
line where there is one), never a traceback; text that can be read is read as what it says.

Each test writes only the files it needs (``write_project``) and calls ``read_seeds``; where
the old end-to-end case also checked what follows (the name still matched, the page still
shows it), the article read here goes on through the clean, recognize and render stages in
memory. ``tests/test_bad_input.py`` builds a few of these cases with MkDocs.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from builders import make_dossier, page_html, write_project
from dossier.cache import NoCache
from dossier.clean.articles import clean_articles
from dossier.model import Article, Problem
from dossier.read.seeds import read_seeds
from dossier.render.article import render_article
from hostile import PNG, STORY, dom, text_of, to_lam


def problems(root: Path) -> list[Problem]:
    return read_seeds(root)[1]


def assert_error(found: list[Problem], where: str, message: str) -> None:
    """An error naming the file (and line) with the message: what the build stops with."""
    errors = [str(p) for p in found if p.severity == "error"]
    assert any(p.startswith(where) and message in p for p in errors), errors


def article_read(root: Path, source: str) -> Article:
    """The article the read and clean stages make of one seed of a written project."""
    seeds, found = read_seeds(root)
    assert not [p for p in found if p.severity == "error"], found
    articles, _ = clean_articles(seeds, NoCache())
    return next(a for a in articles if a.source == source)


def mentioned(article: Article) -> set[str]:
    dossier = make_dossier([article], [to_lam()])
    return {m.entity for m in dossier.mentions_in(article.slug)}


# --- errors ---------------------------------------------------------------------------------


def test_empty_seed_is_an_error_naming_the_file(tmp_path):
    write_project(tmp_path, seeds={"900_empty.txt": b""})
    assert_error(problems(tmp_path), "seeds/900_empty.txt", "seed is empty")


def test_whitespace_only_seed_is_an_error(tmp_path):
    write_project(tmp_path, seeds={"900_blank.txt": " \n\t\n\r\n   \u200b\n"})
    assert_error(problems(tmp_path), "seeds/900_blank.txt", "seed is empty")


def test_binary_file_renamed_txt_is_an_error(tmp_path):
    write_project(tmp_path, seeds={"900_photo.txt": PNG})
    assert_error(problems(tmp_path), "seeds/900_photo.txt", "is binary, not text")


def test_20_mb_seed_is_refused_without_reading_it_as_an_article(tmp_path):
    huge = ("Tô Lâm went to Seoul. " * 1_000_000)[:20_000_000]
    write_project(tmp_path, seeds={"900_huge.txt": huge})
    seeds, found = read_seeds(tmp_path)
    assert_error(found, "seeds/900_huge.txt", "over the 2 MB limit")
    assert seeds == []  # no article is made of it


def test_sidecar_without_seed_is_an_error(tmp_path):
    write_project(tmp_path, seeds={"900_ghost.yml": "title: A ghost\n"})
    assert_error(
        problems(tmp_path), "seeds/900_ghost.yml", "900_ghost.txt does not exist"
    )


def test_sidecar_slug_cannot_escape_the_articles_folder(tmp_path):
    sidecar = "title: Escape\nslug: ../../etc\n"
    write_project(tmp_path, seeds={"900_escape.txt": STORY, "900_escape.yml": sidecar})
    seeds, found = read_seeds(tmp_path)
    assert_error(
        found,
        "seeds/900_escape.yml:2",
        "sidecar field 'slug' must be lower-case letters",
    )
    (seed,) = seeds
    assert "slug" not in seed.sidecar  # the bad slug is not passed on to the page path


@pytest.mark.parametrize(
    "slug", ["Upper-Case", "with space", "a/b", "trailing-", "dot.html"]
)
def test_sidecar_slug_must_be_a_plain_slug(tmp_path, slug):
    write_project(
        tmp_path, seeds={"900_slug.txt": STORY, "900_slug.yml": f"slug: '{slug}'\n"}
    )
    errors = [str(p) for p in problems(tmp_path) if p.severity == "error"]
    assert any(
        p.startswith("seeds/900_slug.yml:1: sidecar field 'slug'") for p in errors
    ), errors


def test_broken_sidecar_yaml_names_the_line(tmp_path):
    sidecar = "title: Fine\noutlet: [unclosed\nauthor: x\n"
    write_project(tmp_path, seeds={"900_story.txt": STORY, "900_story.yml": sidecar})
    assert_error(problems(tmp_path), "seeds/900_story.yml:3", "not valid YAML")


# --- encodings and invisible characters -----------------------------------------------------


def test_windows_1252_seed_is_read_with_a_warning_and_names_still_match(tmp_path):
    text = STORY.replace("Seoul officials", "Seoul officials – café")
    write_project(tmp_path, seeds={"900_latin.txt": text.encode("cp1252")})
    (warning,) = problems(tmp_path)
    assert warning.severity == "warning"
    assert str(warning).startswith(
        "seeds/900_latin.txt:1: seed is not UTF-8; read as Windows-1252"
    )
    article = article_read(tmp_path, "seeds/900_latin.txt")
    assert "to-lam" in mentioned(article)
    shown = text_of(dom(page_html(render_article(article, make_dossier([article])))))
    assert "café" in shown and "Tô Lâm" in shown and "–" in shown


KOREAN = (
    "부산시, 베트남 호찌민시와 교류 행사\n\n"
    "부산시는 베트남 호찌민시와 자매결연 30주년을 맞아 교류 행사를 열었다고 밝혔다.\n\n"
    "행사에는 두 도시의 공무원과 기업인 100여 명이 참석했다.\n"
)


def test_a_korean_seed_saved_as_euc_kr_is_read_as_korean_with_a_warning(tmp_path):
    write_project(tmp_path, seeds={"900_korean.txt": KOREAN.encode("euc-kr")})
    (warning,) = problems(tmp_path)
    assert warning.severity == "warning"
    assert str(warning).startswith(
        "seeds/900_korean.txt:1: seed is not UTF-8; read as Korean EUC-KR (CP949)"
    )
    article = article_read(tmp_path, "seeds/900_korean.txt")
    assert article.title == "부산시, 베트남 호찌민시와 교류 행사"
    assert article.passages[1].text.startswith("부산시는 베트남 호찌민시와")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_seed_saved_as_unicode_with_its_mark_is_read_without_a_warning(
    tmp_path, encoding
):
    data = STORY.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # the mark Python writes only for "utf-16"
    write_project(tmp_path, seeds={"900_unicode.txt": data})
    assert problems(tmp_path) == []
    article = article_read(tmp_path, "seeds/900_unicode.txt")
    assert article.title == "Tô Lâm meets Seoul officials"


def test_bytes_after_a_unicode_mark_that_are_no_text_are_binary(tmp_path):
    data = b"\xff\xfe" + bytes(range(256)) * 10
    write_project(tmp_path, seeds={"900_noise.txt": data})
    assert_error(problems(tmp_path), "seeds/900_noise.txt", "is binary, not text")


def test_utf8_bom_is_not_part_of_the_headline(tmp_path):
    write_project(tmp_path, seeds={"900_bom.txt": b"\xef\xbb\xbf" + STORY.encode()})
    article = article_read(tmp_path, "seeds/900_bom.txt")
    assert article.title == "Tô Lâm meets Seoul officials"
    assert article.passages[0].kind == "headline"


@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_crlf_and_lone_cr_line_endings_split_paragraphs(tmp_path, ending):
    write_project(tmp_path, seeds={"900_endings.txt": STORY.replace("\n", ending)})
    article = article_read(tmp_path, "seeds/900_endings.txt")
    assert [p.anchor for p in article.passages] == ["title", "p-1", "p-2"]
    assert not any("\r" in p.text for p in article.passages)
    assert "to-lam" in mentioned(article)


def test_nfd_decomposed_vietnamese_still_matches_to_lam(tmp_path):
    decomposed = unicodedata.normalize("NFD", STORY)
    assert "Tô Lâm" not in decomposed
    write_project(tmp_path, seeds={"900_nfd.txt": decomposed})
    article = article_read(tmp_path, "seeds/900_nfd.txt")
    assert "Tô Lâm" in article.passages[1].text  # NFC on read
    assert "to-lam" in mentioned(article)


def test_zero_width_characters_inside_a_name_still_match(tmp_path):
    hidden = STORY.replace("Tô Lâm received", "T\u200bô\u200d L\u00adâ\ufeffm received")
    write_project(tmp_path, seeds={"900_zw.txt": hidden})
    article = article_read(tmp_path, "seeds/900_zw.txt")
    assert "Tô Lâm received" in article.passages[1].text
    assert "to-lam" in mentioned(article)
