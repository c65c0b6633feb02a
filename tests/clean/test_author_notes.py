"""A note on the author set under a star ("* X is a research officer in …") is no
paragraph; a story's item under a star stays. Every text is invented; each test keeps
only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import HEAD, LAST, MORE, STORY, article_from_text, paragraphs


@pytest.mark.parametrize(
    "note",
    [
        "* Tran Minh Hoa is a research officer in the Southeast Asia Programme of the "
        "Example Institute, Singapore.",
        "* Dr. Le Thi Lan is a Visiting Fellow at the Example Institute.",
    ],
)
def test_a_starred_note_on_the_author_is_no_paragraph(note):
    text = f"{HEAD}\n\n{STORY}\n\n{note}\n\n{MORE}\n\n{LAST}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE, LAST]


def test_a_starred_item_of_story_stays():
    item = "* Samsung will invest in a new plant in the northern province next year."
    text = f"{HEAD}\n\n{STORY}\n\n{item}\n\n{MORE}\n\n{LAST}\n"
    found = paragraphs(article_from_text(text))
    assert any("Samsung will invest" in p for p in found)


@pytest.mark.parametrize(
    ("lead", "items"),
    [
        (
            "The speakers at the seminar:",
            [
                "* Tran Thi Hoa is a lecturer at the Example University who worked in "
                "Daegu.",
                "* Park Min-ho is a reporter for the port city's daily and wrote about "
                "the shipyards.",
            ],
        ),
        (
            "The visiting team was made up of three officials:",
            ["* Choi Yu-na is the director of the city's trade office's Vietnam desk."],
        ),
    ],
)
def test_starred_people_a_line_introduces_stay_story(lead, items):
    listed = "\n".join(items)
    text = f"{HEAD}\n\n{STORY}\n\n{lead}\n\n{listed}\n\n{MORE}\n\n{LAST}\n"
    found = paragraphs(article_from_text(text))
    assert [line for line in found if line.startswith("*")] == items
