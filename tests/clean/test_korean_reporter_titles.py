"""A Korean story signed at its end by a reporter whose title is not 기자: a citizen
reporter's 리포터, with an address ("김철수 리포터 x@example.com"); a story sentence about a
reporter kept as the story's. Every text is invented."""

from __future__ import annotations

from builders import KO_HEAD, KO_MORE, KO_STORY, article_from_text, paragraphs


def test_a_reporter_signing_as_a_citizen_reporter_is_the_author():
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n"
        "박지훈 리포터 jihoon@example.com\n"
        "Copyright ⓒ Example Daily. All rights reserved.\n"
    )
    article = article_from_text(text)
    assert article.byline == "박지훈"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_sentence_about_a_reporter_stays_in_the_story():
    about = "아침 방송의 리포터 김민지 씨도 이날 현장을 찾아 두 사람을 만났다."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{about}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE, about]
    assert article.byline is None
