"""A writer's bio at the story's foot opening on the writer's academic title ("Dr X is
…"), and a site's own blurb there ("X Magazine features stories …"): no story paragraph.
Every text is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import HEAD, LAST, MORE, STORY, article_from_text, paragraphs, reasons

BIO = (
    "Dr Lam Thu Ha is Senior Fellow at the Centre for Maritime Studies, Institute of"
    " Regional Affairs. She can be reached at her office."
)


def test_a_titled_writers_bio_under_the_story_is_no_paragraph():
    text = "\n\n".join([HEAD, STORY, MORE, LAST, BIO, "Dr. Lam Thu Ha"]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert BIO in reasons(article)


def test_a_titled_person_in_the_story_stays():
    quoted = (
        "Dr Lam Thu Ha is leading the survey team, which will report to both ministries"
        " before the end of the year."
    )
    text = "\n\n".join([HEAD, "By Pham Quoc Viet", STORY, MORE, quoted, LAST]) + "\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE, quoted, LAST]


BLURB = (
    "Harbour Weekly Magazine features stories of people from every walk of life in the"
    " port city, covering news and trends in food, culture and society."
)


def test_a_sites_blurb_under_its_foot_furniture_is_no_paragraph():
    text = (
        "\n\n".join(
            [HEAD, STORY, MORE, LAST, "Related Articles", "Food", "Travel", BLURB]
        )
        + "\n\nAbout Us | Advertise\n© 2021 Harbour Weekly Magazine\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert BLURB in reasons(article)


def test_a_magazine_named_in_the_last_paragraph_stays():
    last = (
        "Harbour Weekly Magazine features stories of the festival's cooks in its next"
        " issue, the organisers said."
    )
    text = "\n\n".join([HEAD, STORY, MORE, last]) + "\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE, last]


BOX = (
    "| The harbour law passed in 2004 sets the terms under which foreign crews may wor"
)


def test_a_table_box_under_a_story_set_in_no_table_is_no_paragraph():
    text = "\n".join([HEAD, STORY, MORE, LAST, BOX]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)[BOX] == "table box under the story"


def test_a_story_set_in_a_table_keeps_its_last_cell():
    cells = [f"| {STORY}", f"| {MORE}", BOX]  # each cell left open, as the copy set it
    text = "\n\n".join([HEAD, *cells]) + "\n"
    assert paragraphs(article_from_text(text)) == cells
