"""A page's own tools and notices brought along with its text: an audio player's notice, a
portal's font tools. Every text here is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, paragraphs, reasons

HEAD = "Two port cities open a joint office for small firms"


@pytest.mark.parametrize(
    "notice",
    [
        "Your browser does not support the audio element.",
        "Your browser doesn't support HTML5 video.",
        "Trình duyệt của bạn không hỗ trợ thẻ audio.",
        "이 브라우저는 비디오 태그를 지원하지 않습니다.",
    ],
)
def test_a_players_notice_that_the_browser_cannot_play_it_is_no_story(notice):
    article = article_from_text(f"{HEAD}\n\n{notice}\n\n{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[notice] == "browser notice"


def test_a_portals_font_tools_over_the_story_are_no_headline():
    tools = "Cỡ chữ Màu chữ image"
    text = (
        f"title\n\n{HEAD}\nThứ tư, 28/12/2016, 09:05 SA\n{tools}\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert reasons(article)[tools] == "font tools"
    assert paragraphs(article) == [STORY, MORE]


def test_a_sentence_about_a_browser_is_story():
    told = "Your browser does not support the new payment app yet, the bank said on Monday, and an update will follow."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n")
    assert told in paragraphs(article)
