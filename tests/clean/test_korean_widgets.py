"""A Korean page's widget lines, no paragraphs: a teaser's "자세히 보기" link, a save
button's notices. Every text is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import KO_HEAD, KO_LAST, KO_MORE, KO_STORY, article_from_text, paragraphs


def test_a_teasers_see_more_link_is_no_paragraph():
    teaser = f"{KO_STORY} {KO_MORE} 두 도시는 또 내년 여름까지 공동"  # cut off
    text = f"{KO_HEAD}\n{teaser}\n자세히 보기\n한빛일보\n"
    article = article_from_text(text)
    assert paragraphs(article) == [teaser]


def test_a_save_buttons_notices_are_no_paragraphs():
    notices = "기사가 저장 되었습니다.\n\n기사저장이 취소 되었습니다."
    text = f"{KO_HEAD}\n\n{notices}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]
