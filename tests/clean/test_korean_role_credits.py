"""A Korean story's credit for a picture, a chart, a video, an edit or help with the
reporting, on a line of its own ("(사진=X 기자)", "[그래픽=X 기자]", "[취재 도움=X 인턴기자]")
or glued to a paragraph's end: the person it credits wrote no word of the story and the
word before the equals sign is no paper. The reporter who signs stays its author. Every
text is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs, reasons

HEAD = "한빛시 베트남 교류 확대…청년 창업 지원 나선다"
BYLINE = "홍길동 기자"
STORY = "한빛시는 월요일 베트남 다낭시와 청년 창업 지원을 위한 협약을 맺었다고 밝혔다."
MORE = "양측은 내년 봄까지 두 도시의 창업 기업 스무 곳을 서로 소개할 계획이다."
LAST = "시 관계자는 이번 협약이 두 도시 청년들의 교류를 크게 늘릴 것이라고 말했다."
PICTURE = "시장과 다낭시 대표단이 협약서에 서명하고 있다."
CREDITS = [
    "(사진=김민서 기자)",
    "[사진=김민서 기자]",
    "[그래픽=박하늘 기자]",
    "[취재 도움=이도윤 인턴기자]",
    "(영상=최다온 기자)",
    "(자료=정우진 기자)",
    "(편집=한서연 기자)",
    "(디자인=윤지호 기자)",
    "(촬영=강하준 기자)",
    "(번역=서민재 기자)",
    "(도움=임채원 기자)",
    "(출처=송예준 기자)",
    "(사진·영상=김민서 기자)",
    "/사진=김민서 기자",
]


def _placed(credit: str, where: str) -> str:
    lines = {
        "above": [HEAD, BYLINE, credit, STORY, MORE, LAST],
        "below": [HEAD, BYLINE, STORY, MORE, LAST, credit],
        "under a picture": [HEAD, BYLINE, STORY, PICTURE, credit, MORE, LAST],
    }[where]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("where", ["above", "below", "under a picture"])
@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_on_a_line_of_its_own_names_no_author_nor_outlet(credit, where):
    article = article_from_text(_placed(credit, where))
    assert article.author == "홍길동"
    assert article.metadata.outlet is None
    assert article.title == HEAD
    # the line over the picture's credit is left as it was read (no caption by a credit)
    kept = [p for p in paragraphs(article) if p != PICTURE]
    assert kept == [STORY, MORE, LAST]
    assert reasons(article)[credit] == "staff credit"


@pytest.mark.parametrize(
    "credit", ["(대담·정리=김민서 기자)", "(정리=김민서 기자)", "대담=김민서 기자"]
)
def test_an_interview_written_up_is_signed_by_who_wrote_it_up(credit):
    """정리 (written up) and 대담 (interviewed) name the story's writer: no role's credit."""
    article = article_from_text(f"{HEAD}\n\n{credit}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n")
    assert article.author == "김민서"


@pytest.mark.parametrize("credit", ["(사진=김민서 기자)", "[그래픽=박하늘 기자]"])
def test_a_credit_alone_names_no_author(credit):
    """No reporter signs: the credit does not stand in for one."""
    article = article_from_text(f"{HEAD}\n\n{credit}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n")
    assert article.author is None
    assert article.metadata.outlet is None
    assert paragraphs(article) == [STORY, MORE, LAST]


@pytest.mark.parametrize(
    "credit",
    ["(사진=김민서 기자)", "[그래픽=박하늘 기자]", "[취재 도움=이도윤 인턴기자]"],
)
def test_a_credit_glued_at_a_paragraphs_end_keeps_the_reporter(credit):
    article = article_from_text(
        f"{HEAD}\n\n{BYLINE}\n\n{STORY}\n\n{MORE}\n\n{LAST} {credit}\n"
    )
    assert article.author == "홍길동"
    assert article.metadata.outlet is None


@pytest.mark.parametrize("credit", ["/그래픽=김민서 기자", "/편집 = 김민서 기자"])
def test_a_credit_after_a_slash_glued_at_the_end_is_no_sign_off(credit):
    """ "… 말했다. /그래픽=X 기자": the chart's credit, cut off the paragraph; not a
    reporter's sign-off ("/문경=X기자", the place filed from)."""
    article = article_from_text(
        f"{HEAD}\n\n{BYLINE}\n\n{STORY}\n\n{MORE}\n\n{LAST} {credit}\n"
    )
    assert article.author == "홍길동"
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)[credit] == "staff credit"


def test_a_place_filed_from_after_a_slash_still_signs_the_story():
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{LAST} /한빛=김민서 기자\n"
    )
    assert article.author == "김민서"


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("(글·사진=김민서 기자)", "김민서", None),  # the writer, and the photographer
        ("[한빛일보=김민서 기자]", "김민서", "한빛일보"),  # the paper and its reporter
        ("(하노이=김민서 특파원)", "김민서", None),  # the place filed from
    ],
)
def test_a_writers_or_a_papers_word_before_the_equals_sign_still_signs(
    line, author, outlet
):
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n")
    assert article.author == author
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [STORY, MORE, LAST]
