"""Two date lines over the headline: the site's clock at the page's top, then the post's
own date next to the headline; the nearer one dates the page, unless it only gives the
time of an update. Every text is invented."""

from __future__ import annotations

from builders import (
    HEAD,
    MORE,
    STORY,
    VI_HEAD,
    VI_MORE,
    VI_STORY,
    article_from_text,
    paragraphs,
)


def test_the_date_nearer_the_headline_dates_the_page():
    text = (
        "December 9, 2024 | 06:13 GMT +7\n\n  • Click to copy\n"
        f"Monday- 23:41, 03/06/2024\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.metadata.published == "2024-06-03"
    assert paragraphs(article) == [STORY, MORE]


def test_an_update_nearer_the_headline_does_not_date_the_page():
    text = (
        f"Published: 3 June 2024\nUpdated: 5 June 2024\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.metadata.published == "2024-06-03"


def test_a_date_labelled_as_the_post_s_wins_over_a_nearer_event_date():
    head = "Korea-Vietnam business forum to open in Da Nang"
    text = f"Posted: 5 March 2024\n\nEvents\n20 March 2024\n\n{head}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.metadata.published == "2024-03-05"


def test_the_post_s_date_under_an_update_dates_the_page():
    text = (
        "Cập nhật: 06/03/2024 09:15\nThứ Ba, 05/03/2024 08:00\n\n"
        f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n"
    )
    article = article_from_text(text)
    assert article.metadata.published == "2024-03-05"
