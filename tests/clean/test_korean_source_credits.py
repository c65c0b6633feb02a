"""A Korean page's credits of the paper or body its story is from, in the shapes real pages
of several outlets print them. Every text here is invented."""

from __future__ import annotations

from builders import KO_LAST, KO_MORE, KO_STORY, article_from_text, paragraphs

PAGE = "https://example-news.co.kr/news/1234"


def test_a_papers_name_in_brackets_on_the_line_over_the_story_is_the_outlet():
    # "[한빛일보]" alone over the lead: the "[한빛일보] 베트남과 …" lead tag, its line broken
    text = f"[한빛일보]\n{KO_STORY}\n{KO_MORE}\n{KO_LAST}\n"
    article = article_from_text(text, url=PAGE)
    assert article.metadata.outlet == "한빛일보"
    assert paragraphs(article)[0] == KO_STORY


def test_a_sections_name_in_brackets_over_the_story_names_no_outlet():
    text = f"[포토뉴스]\n{KO_STORY}\n{KO_MORE}\n{KO_LAST}\n"
    assert article_from_text(text).metadata.outlet is None


def test_a_source_line_under_the_story_names_the_body_it_retells():
    # a site's retelling of a ministry's release, its source and month under it
    text = f"{KO_STORY}\n{KO_MORE}\n{KO_LAST}\n출처 : 해양수산부, 2024.3\n댓글 작성\n"
    article = article_from_text(text, url="https://example-vina.kr/?p=12")
    assert article.metadata.outlet == "해양수산부"
    assert paragraphs(article)[-1] == KO_LAST


def test_a_source_line_over_the_story_names_the_office_it_copies():
    text = (
        f"@출처 국무조정실 홈페이지 바로가기\n\n{KO_STORY}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    )
    assert article_from_text(text).metadata.outlet == "국무조정실"


def test_a_source_line_between_paragraphs_is_a_charts():
    text = f"{KO_STORY}\n\n출처 : 통계청\n\n{KO_MORE}\n\n{KO_LAST}\n"
    assert article_from_text(text, url=PAGE).metadata.outlet != "통계청"


def test_a_photo_librarys_credit_names_no_source():
    text = f"출처 : 게티이미지뱅크\n\n{KO_STORY}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    assert article_from_text(text).metadata.outlet is None
