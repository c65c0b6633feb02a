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


def test_a_table_box_under_a_signed_story_is_no_paragraph():
    text = "\n".join([HEAD, STORY, MORE, LAST + "/.", BOX]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article)[:2] == [STORY, MORE]
    assert BOX not in paragraphs(article)
    assert BOX in reasons(article)


def test_a_box_of_linked_cells_under_the_story_is_no_paragraph():
    box = "| [The harbour law of 2004](https://example.org/law-2004) |"
    text = "\n\n".join([HEAD, STORY, MORE, LAST, box]) + "\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE, LAST]


def test_a_story_set_in_a_table_keeps_its_last_cell():
    cells = [f"| {STORY}", f"| {MORE}", BOX]  # each cell left open, as the copy set it
    text = "\n\n".join([HEAD, *cells]) + "\n"
    assert paragraphs(article_from_text(text)) == cells


# review 28 (rc) findings 1, 2, 4, 5: story text that only looks like foot asides


def test_a_titled_source_sharing_the_bylines_surname_keeps_the_story_under_it():
    source = (
        "Prof. Park is a researcher who has studied the port for a decade, and she"
        " warned that the new berths would sit idle without rail links."
    )
    after = (
        "The city council will vote on the rail plan in March, after a public hearing"
        " at the harbour office."
    )
    last = "Work on the first berth is due to finish next summer, officials said."
    text = (
        "\n\n".join([HEAD, "By Park Eun-ha", STORY, MORE, source, after, last]) + "\n"
    )
    assert paragraphs(article_from_text(text)) == [STORY, MORE, source, after, last]


def test_a_source_sharing_one_word_of_the_signing_name_is_no_bio():
    source = (
        "Dr. Hoa is a researcher at the Delta Rice Institute who has led the trials"
        " since 2020, and she said the new seed would be sown in spring."
    )
    text = "\n\n".join([HEAD, STORY, MORE, LAST, source, "Tran Hoa"]) + "\n"
    assert source in paragraphs(article_from_text(text))


def test_a_magazines_story_after_a_subheading_or_a_caption_stays():
    for above in ("A new edition", "![](pic.jpg) Readers at the launch in Da Nang."):
        last = (
            "Delta Star Magazine is also launching an English edition next year, with"
            " news and stories for readers abroad."
        )
        text = "\n\n".join([HEAD, STORY, MORE, LAST, above, last]) + "\n"
        assert last in paragraphs(article_from_text(text)), above


def test_a_paragraph_opening_on_a_bare_head_word_is_no_blurb():
    last = (
        "News is now the first thing many young readers see each morning, and stories"
        " travel faster on their phones than on paper."
    )
    text = "\n\n".join([HEAD, STORY, MORE, LAST, "Food", "Travel", last]) + "\n"
    assert last in paragraphs(article_from_text(text))


def test_a_storys_own_list_in_open_cells_stays():
    intro = "The main changes agreed by the two ministries are as follows."
    cells = [
        "| Rice exports: the quota rises from 20,000 to 30,000 tonnes a year.",
        "| Fishing crews: visas are extended from three to five years.",
    ]
    text = "\n\n".join([HEAD, STORY, MORE, intro, *cells]) + "\n"
    assert paragraphs(article_from_text(text))[-2:] == cells


def test_a_blurb_names_its_site_by_the_heads_the_outlet_tags_know():
    blurb = "Harbour Press publishes news and stories from the port city every morning."
    text = "\n\n".join([HEAD, STORY, MORE, LAST, "Food", "Travel", blurb]) + "\n"
    assert blurb not in paragraphs(article_from_text(text))
