"""A Korean story signed at its end in less common shapes: by a citizen reporter's
리포터, with an address ("김철수 리포터 x@example.com"); or in brackets after the
desk or paper filed for ("[뉴스팀/한빛일보=김철수 기자]"); a story sentence about a reporter
kept as the story's, a bracketed source no sign-off. Every text is invented."""

from __future__ import annotations

from builders import (
    KO_HEAD,
    KO_LAST,
    KO_MORE,
    KO_STORY,
    article_from_text,
    paragraphs,
)


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


def test_a_bracketed_sign_off_naming_the_desk_before_the_reporter_names_the_author():
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n"
        "[생활경제 뉴스팀/한빛 시민 신문=조민서 기자]\n"
        "저작권자 © 한빛 시민 신문 무단전재 및 재배포 금지\n"
    )
    article = article_from_text(text)
    assert article.byline == "조민서"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_bracketed_source_with_an_equals_sign_is_no_sign_off():
    source = "(자료=한빛경제연구소)"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{source}\n")
    assert article.byline is None


def _labelled(label: str) -> str:
    return f"{KO_HEAD}\n{label}\n\n{KO_STORY}\n\n{KO_MORE}\n"


def test_a_descriptor_before_reporter_names_nobody():
    for label in (
        "어린이 리포터",
        "기상 리포터",
        "명예 리포터",
        "[청소년 리포터]",
        "이번 리포터",
    ):
        assert article_from_text(_labelled(label)).byline is None, label


def test_a_descriptor_with_an_address_names_nobody():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n어린이 리포터 kids@example.com\n"
    assert article_from_text(text).byline is None


def test_a_reporter_s_label_in_a_transcript_stays_a_speaker():
    text = (
        f"{KO_HEAD}\n\n[앵커]\n\n{KO_STORY}\n\n김민지 리포터\n\n{KO_MORE}\n\n"
        f"[앵커]\n\n{KO_LAST}\n\n이준호 기자 junho@example.com\n"
    )
    article = article_from_text(text)
    assert article.byline == "이준호"
    assert "김민지 리포터" in [p.text for p in article.passages]


def test_a_citizen_reporter_written_as_one_word_is_the_author():
    for title in ("시민리포터", "시민 리포터", "명예리포터", "객원 리포터"):
        text = (
            f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n"
            f"박지훈 {title} jihoon@example.com\n"
        )
        article = article_from_text(text)
        assert article.byline == "박지훈", title
        assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_bracketed_credit_for_a_role_under_a_caption_is_no_co_author():
    for credit in (
        "(사진·영상 편집=김민서 기자)",
        "(사회자: 박하늘 아나운서 / 대담=김민서 기자)",
    ):
        text = (
            f"{KO_HEAD}\n\n{KO_STORY}\n\n{credit}\n\n{KO_MORE}\n\n"
            "이준호 기자 junho@example.com\n"
        )
        assert article_from_text(text).byline == "이준호", credit


def test_a_bracketed_sign_off_naming_a_paper_names_the_author():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n(한빛뉴스=김민서 기자)\n"
    assert article_from_text(text).byline == "김민서"
