"""Korean papers' leads naming the reporter in more shapes: a post other than 기자 ("보도
국장"), a paper's English edition ("[X Reporter Y]"), a Vietnamese reporter's name in
Hangul with its spelling in letters, the country covered glued to 기자 with the time the
story was sent, a student press corps's cohort. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import KO_MORE, KO_STORY, article_from_text, paragraphs
from dossier.clean.korean_leads import korean_lead

KO_HEAD = "한국과 베트남, 항만 협력 사무소 개설"
EN_HEAD = "Korean retailers open their first stores in Da Nang"
EN_STORY = (
    "Three Korean convenience chains opened their first stores in Da Nang this week, "
    "betting on the city's growing number of visitors from Seoul and Busan."
)
EN_MORE = "The chains plan to open twenty more stores along the coast by next summer."


@pytest.mark.parametrize(
    ("tag", "outlet", "author", "place"),
    [
        # the newsroom's head, not a reporter, signs the story
        ("[한빛TV 김철수 보도국장] ", "한빛TV", "김철수", None),
        ("[한빛일보 박영희 편집국장] ", "한빛일보", "박영희", None),
        # the place with its country in brackets, a local stringer beside the reporter
        (
            "【한빛뉴스 하노이(베트남)=김철수 특파원·부 튀 띠엔 통신원】 ",
            "한빛뉴스",
            "김철수",
            "하노이",
        ),
        # a Vietnamese reporter in Hangul, the syllables apart, the spelling after
        (
            "(호치민=한빛코리아타임즈) 반 안 (Van An) 기자 = ",
            "한빛코리아타임즈",
            "반 안",
            "호치민",
        ),
    ],
)
def test_a_korean_lead_names_the_reporter(tag, outlet, author, place):
    article = article_from_text(f"{KO_HEAD}\n\n{tag}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == outlet
    assert article.byline == author
    assert article.metadata.dateline == place


def test_a_korean_papers_english_edition_tags_its_reporter_in_english():
    tag = "[Hanbit Economy Reporter Kim Min-ji] "
    article = article_from_text(f"{EN_HEAD}\n\n{tag}{EN_STORY}\n\n{EN_MORE}\n")
    assert paragraphs(article) == [EN_STORY, EN_MORE]
    assert article.metadata.outlet == "Hanbit Economy"
    assert article.byline == "Kim Min-ji"
    # a rank before "Reporter" is no outlet
    assert korean_lead(f"[Staff Reporter Kim Min-ji] {EN_STORY}") is None


@pytest.mark.parametrize(
    "byline",
    [
        "[서울=한빛뉴스통신] 김철수(베트남)기자 송고시간 2019-11-18 18:48",
        # the place, its country in brackets, and the reporter; no paper, no brackets
        "다낭(베트남)=김철수 특파원 입력 : 2019-11-18 16:00:00",
    ],
)
def test_a_wire_lead_the_reporter_and_the_time_sent_on_one_line(byline):
    article = article_from_text(
        f"2024년 03월 29일 금요일\n{KO_HEAD}\n\n{byline}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.title == KO_HEAD
    assert article.byline == "김철수"
    assert article.metadata.published == "2019-11-18"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "sign",
    [
        "[한빛청소년기자단 국제부=12기 김다솜기자]",  # the desk, then the cohort
        "[한빛청소년기자단=12기 김다솜기자]",  # the cohort alone
    ],
)
def test_a_student_press_corps_signs_with_its_desk_and_cohort(sign):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{sign}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == "김다솜"
    assert article.metadata.outlet == "한빛청소년기자단"


def test_a_paper_named_focus_opens_its_story():
    article = article_from_text(f"{KO_HEAD}\n\n[한빛포커스] {KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == "한빛포커스"
    # a column's label, no paper
    column = article_from_text(f"{KO_HEAD}\n\n[경제포커스] {KO_STORY}\n\n{KO_MORE}\n")
    assert column.metadata.outlet is None
