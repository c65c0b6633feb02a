"""A broadcast programme's greeting on the page's first line ("X와 Y가 함께하는 아시아
경제뉴스입니다.") is the show's furniture, no story paragraph; a story sentence that calls
something news stays. Every text is invented."""

from __future__ import annotations

from builders import KO_LAST, KO_MORE, KO_STORY, article_from_text, paragraphs, reasons

GREETING = "한빛협회와 가람상공회가 함께하는 아시아 경제뉴스입니다."


def test_a_programme_greeting_over_the_story_is_furniture():
    text = "\n".join([GREETING, KO_STORY, KO_MORE, KO_LAST]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]
    assert reasons(article)[GREETING] == "programme greeting"


def test_a_sentence_calling_something_news_stays():
    said = "현지 기업들에게 이번 협약은 무척 반가운 뉴스입니다."
    text = "\n".join([KO_STORY, said, KO_MORE, KO_LAST]) + "\n"
    assert said in paragraphs(article_from_text(text))
