"""A reporter's signature in brackets with the paper and an address, a video report's
credit, an author's picture by its alternative text and a section's latest stories: read
as the author or dropped, never story text or a headline. Every text is invented."""

from __future__ import annotations

from builders import MORE, STORY, article_from_text, paragraphs, reasons

HEAD = "Seaside province closes a tourist stream after a flash flood"
KO_HEAD = "한빛시, 베트남 다낭시와 우호교류 확대…관광 협력 기대"
KO_STORY = "한빛시는 3일 다낭시 대표단과 만나 관광과 교육 분야의 교류를 넓히기로 합의했다고 밝혔다."
KO_MORE = "양측은 내년 봄까지 첫 공동 사업을 시작하고 두 도시의 기업을 연결할 계획이다."


def test_a_reporter_signing_in_brackets_with_the_paper_and_an_address():
    """ "[강해영 한빛타임즈 기자/k@…]": the reporter, the paper, then the address."""
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n"
        "[강해영 한빛타임즈 기자/hae2023@hanbit.example.com]\n"
    )
    article = article_from_text(text)
    assert article.author == "강해영"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_section_s_latest_stories_are_no_paragraph():
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n카테고리 최신기사\n\n많이 본 기사\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert "카테고리 최신기사" in reasons(article)


def test_a_video_report_s_credit_names_the_correspondent():
    """ "• Video report by Example News Asia Correspondent Jo Lindqvist": the outlet and
    the desk before the role, the bullet of a list before the line."""
    text = (
        f"{HEAD}\n\n  • Video report by Example News Asia Correspondent Jo Lindqvist\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.author == "Jo Lindqvist"
    assert paragraphs(article) == [STORY, MORE]


def test_an_author_s_picture_is_no_headline():
    """ "Avatar of Jo Lindqvist": the author's picture, by its alternative text, over the
    byline and in the author's card; the headline stays the page's first line."""
    text = (
        f"{HEAD}\n\nDaily Example Update\nAvatar of Jo Lindqvist\nWritten by Jo Lindqvist\n\n"
        f"{STORY}\n\n{MORE}\n\nAbout the author\n\nAvatar of Jo Lindqvist\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.author == "Jo Lindqvist"
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["Avatar of Jo Lindqvist"] == "author avatar"
