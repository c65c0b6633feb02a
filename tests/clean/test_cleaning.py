"""Cleaning on the real seeds and on clutter invented here."""

from pathlib import Path

import pytest
from builders import ROOT, article_from_text
from dossier.clean.cleaning import clean
from dossier.model import CAPTION, HEADLINE, PARAGRAPH, SUBHEADING, Metadata
from dossier.read.seeds import metadata_from, read_seeds


def cleaned(text: str, **meta):
    return article_from_text(text, "seeds/test.txt", **meta)


@pytest.fixture(scope="module")
def seeds():
    found, problems = read_seeds(ROOT)
    assert not [p for p in problems if p.severity == "error"]
    return {
        Path(s.source).stem[:3]: clean(s.text, s.source, metadata_from(s.sidecar))
        for s in found
    }


def test_navigation_source_strip_and_headline_repeat_are_dropped(seeds):
    article = seeds["002"]
    reasons = {d.text: d.reason for d in article.dropped}
    assert reasons["Skip to content"] == "navigation"
    assert reasons["Read also:"] == "navigation"
    assert reasons["Latest"] == "navigation"
    assert (
        reasons["[1] Source [2] Source [3] Source [4] Source [5] Source"]
        == "source strip"
    )
    assert reasons[article.title] == "repeats the headline"
    texts = " ".join(p.text for p in article.passages)
    assert "Skip to content" not in texts and "[1] Source" not in texts


def test_image_file_names_are_dropped_and_following_lines_become_captions(seeds):
    article = seeds["004"]
    dropped = [d.text for d in article.dropped if d.reason == "image file name"]
    assert len(dropped) == 3 and all(d.endswith(".jpg") for d in dropped)
    captions = [p.text for p in article.passages if p.kind == CAPTION]
    assert any("Vietnamese Consulate General in Busan" in c for c in captions)
    assert all("Photo:" in c for c in captions)


def test_photo_captions_are_captions_not_body(seeds):
    article = seeds["001"]
    captions = [p for p in article.passages if p.kind == CAPTION]
    assert len(captions) == 4
    assert all(p.anchor.startswith("c-") for p in captions)
    assert not any(
        "Photo: WVR" in p.text for p in article.passages if p.kind == PARAGRAPH
    )


def test_map_advertisement_is_dropped_but_story_kept(seeds):
    article = seeds["003"]
    assert [d.reason for d in article.dropped] == ["map product advertisement"]
    assert [p.kind for p in article.passages].count(SUBHEADING) == 5


def test_byline_becomes_author_not_body(seeds):
    assert seeds["001"].author == "Rosie Nguyen"
    assert seeds["004"].author == "Tran Thuong"
    assert not any(p.text == "Rosie Nguyen" for p in seeds["001"].passages)


def test_seed_without_headline_keeps_its_first_sentence_as_paragraph(seeds):
    article = seeds["004"]
    assert article.passages[0].kind == PARAGRAPH and article.passages[0].anchor == "p-1"
    assert article.passages[0].text.startswith(
        "General Secretary To Lam and his spouse"
    )
    assert (
        article.title == "Tô Lâm concludes state visit to South Korea"
    )  # from the sidecar


def test_paragraph_anchors_are_sequential(seeds):
    for article in seeds.values():
        numbers = [int(p.anchor[2:]) for p in article.passages if p.kind == PARAGRAPH]
        assert numbers == list(range(1, len(numbers) + 1))


def test_invented_clutter_is_logged_with_line_numbers():
    text = "Headline of a story\n\nShare this article\n\nThe story begins here.\n\nphoto_123_n.JPG\nA crowd in Hanoi. Photo: Staff\n\nSubscribe to our newsletter for updates\n\nRelated articles\n"
    article = cleaned(text)
    assert [(d.line, d.reason) for d in article.dropped] == [
        (3, "navigation"),
        (7, "image file name"),
        (10, "newsletter prompt"),
        (12, "navigation"),
    ]
    assert [p.kind for p in article.passages] == [HEADLINE, PARAGRAPH, CAPTION]


def test_story_lines_that_merely_contain_clutter_words_are_kept():
    text = "Title\n\nRead also: the minister said the latest figures were strong.\n\nShare prices rose in Seoul.\n"
    article = cleaned(text)
    assert article.dropped == ()
    assert [p.text for p in article.passages if p.kind == PARAGRAPH] == [
        "Read also: the minister said the latest figures were strong.",
        "Share prices rose in Seoul.",
    ]


def test_sidecar_can_drop_and_keep_lines():
    text = "Title\n\nLatest\n\nA stray promotional line.\n\nBody text.\n"
    article = cleaned(text, drop_lines=(5,), keep_lines=(3,))
    assert [(d.line, d.reason) for d in article.dropped] == [
        (5, "dropped by the editor (sidecar drop_lines)")
    ]
    assert [p.text for p in article.passages if p.kind != HEADLINE] == [
        "Latest",
        "Body text.",
    ]


def test_soft_wrapped_paragraph_is_joined_but_one_line_paragraphs_stay_apart():
    text = "Title\n\nThe minister said the visit\nwould deepen ties.\n\nFirst sentence.\nSecond paragraph.\n\nIn Seoul, Busan,\nand Anyang, the delegation met officials.\n"
    paragraphs = [p.text for p in cleaned(text).passages if p.kind == PARAGRAPH]
    assert paragraphs == [
        "The minister said the visit would deepen ties.",
        "First sentence.",
        "Second paragraph.",
        "In Seoul, Busan, and Anyang, the delegation met officials.",
    ]


def outlet(name: str):
    text = (ROOT / "tests" / "fixtures" / "outlets" / name).read_text(encoding="utf-8")
    return clean(text, f"tests/fixtures/outlets/{name}", Metadata())


def test_wire_service_page_furniture_is_dropped_and_story_kept():
    article = outlet("wire_service.txt")
    assert (
        article.title
        == "S. Korea, Vietnam discuss closer cooperation in semiconductors"
    )
    assert article.byline == "Kim Min-ji"
    reasons = {d.text: d.reason for d in article.dropped}
    assert (
        reasons["Posted : 2026-03-04 15:20 Updated : 2026-03-04 18:02"]
        == "publication date line"
    )
    assert (
        reasons["Copyright (c) 2026 Wire News. All rights reserved."]
        == "copyright line"
    )
    assert {
        reasons[x]
        for x in ("Facebook", "Twitter", "Email", "(END)", "Most Viewed", "Search")
    } == {"navigation"}
    paragraphs = [p.text for p in article.passages if p.kind == PARAGRAPH]
    assert len(paragraphs) == 3 and paragraphs[2].startswith(
        '"Vietnam is a key partner,"'
    )


def test_vietnamese_daily_tags_caption_and_closing_byline():
    article = outlet("vietnamese_daily.txt")
    assert article.title == "Hà Nội and Seoul hold culture week"
    assert article.byline == "Lê Minh Anh"
    assert [p.kind for p in article.passages] == [
        HEADLINE,
        PARAGRAPH,
        CAPTION,
        PARAGRAPH,
        PARAGRAPH,
    ]
    assert {d.reason for d in article.dropped} == {
        "tag list",
        "image file name",
        "navigation",
        "share/follow prompt",
        "byline",
        "dateline",
    }
    assert article.metadata.dateline == "HÀ NỘI"
    assert not article.passages[1].text.startswith("HÀ NỘI")


def test_every_line_of_invented_outlets_is_kept_or_logged():
    for name in ("wire_service.txt", "vietnamese_daily.txt"):
        article = outlet(name)
        text = (ROOT / "tests" / "fixtures" / "outlets" / name).read_text(
            encoding="utf-8"
        )
        shown = (
            " ".join(p.text for p in article.passages) + " " + (article.byline or "")
        )
        dropped = {d.line for d in article.dropped}
        for number, line in enumerate(text.split("\n"), start=1):
            line = " ".join(line.split())
            if line and number not in dropped:
                assert line.removeprefix("By ") in shown, (
                    f"{name}:{number} lost: {line!r}"
                )


def test_a_sentence_mentioning_copyright_is_story_text():
    article = cleaned("Title\n\nCopyright law was the first topic of the talks.\n")
    assert (
        article.dropped == ()
        and article.passages[1].text
        == "Copyright law was the first topic of the talks."
    )
