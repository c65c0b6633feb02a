"""What a page runs on into the text under it, with no space: a picture's file name
("photo_0412.jpgThe office …") and the note where an advertisement breaks the story
("Article continues after this advertisementAccording to …"); the text stays, the part
goes. Every text is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    LAST,
    MORE,
    STORY,
    VI_HEAD,
    VI_LAST,
    VI_MORE,
    VI_STORY,
    article_from_text,
    captions,
    paragraphs,
)


@pytest.mark.parametrize(
    "name",
    ["resize_images204518_2.jpg", "img_20260301_094512_abcd.JPG", "photo-1.png"],
)
def test_a_picture_file_name_run_on_into_the_text_is_no_story_text(name):
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{name}{VI_MORE}\n\n{VI_LAST}\n"
    assert paragraphs(article_from_text(text)) == [VI_STORY, VI_MORE, VI_LAST]


def test_a_picture_file_name_run_on_into_its_caption_leaves_the_caption():
    caption = "Một góc phố ẩm thực Hàn Quốc. (Ảnh: Minh An)"
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\nimg_0412_2026.jpg{caption}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


@pytest.mark.parametrize(
    "note",
    [
        "Article continues after this advertisement",
        "Story continues below",
        "Continue reading after the ad",
    ],
)
def test_an_advertisement_note_run_on_into_a_paragraph_leaves_the_paragraph(note):
    text = f"{HEAD}\n\n{STORY}\n\n{note}{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_a_sentence_opening_with_those_words_stays_whole():
    told = "The story continues below the surface of the harbour, the diver said."
    text = f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [STORY, told, MORE]
