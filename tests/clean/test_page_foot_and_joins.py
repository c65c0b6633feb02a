"""Round thirteen of issue 10: a story's last line cut where the copy ends, a line that
closes the sentence above it, a programme listed among paragraphs, and the comment form and
imprint at a page's foot. Every text is invented; each test keeps only the shape of one
rule."""

from __future__ import annotations

import pytest
from builders import LAST, MORE, STORY, article_from_text, captions, paragraphs, reasons

HEAD = "Two cities open a joint office"
KO_HEAD = "전북 베트남 공동체, 설 맞이 행사 연다"
KO_STORY = "전북지역 베트남 공동체가 설을 맞아 전통과 화합의 의미를 나누는 자리를 마련한다고 밝혔다."
KO_MORE = "행사는 개회 선언을 시작으로 내빈 소개와 환영 인사 순으로 진행된다고 주최 측은 설명했다."
KO_LAST = "주최 측은 지역 주민 누구나 행사에 참여할 수 있다고 덧붙였다."


@pytest.mark.parametrize(
    "cut",
    ["Many Korean companie", "Currently, more than 350,000 Vietnam"],
)
def test_last_line_cut_where_the_copy_ends_is_story(cut):
    """The copy stops mid-sentence (no line break after it): the fragment is the start of
    the story's last paragraph, not a related headline after the story."""
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, cut]


def test_title_case_line_at_the_cut_is_still_a_related_headline():
    related = "Korean Firms Eye Vietnam Expansion Amid Rising Costs"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{related}")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[related] == "after the story"


def test_a_line_opening_with_the_closing_quote_ends_the_sentence_above():
    """A portal broke the paragraph inside its quote, and the copy was cut there: "”, the
    secre" cannot open a paragraph of its own."""
    # the quote opened a paragraph earlier; this one goes on with it
    quote = (
        "Through today's memorandum, I hope both associations train more young workers"
    )
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{quote}\n”, the secre"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, f"{quote} ”, the secre"]


def test_a_programme_listed_with_the_photo_session_is_a_paragraph():
    """ "▲기념촬영 순으로 이어진다" lists the photo session among the programme's items;
    "… 기념촬영을 하고 있다" is what a picture shows."""
    listing = "이어 ▲전통 공연 및 문화 나눔 프로그램 ▲참석자 상호 교류의 시간 ▲기념촬영 순으로 이어진다."
    caption = "전북베트남인회 회원들이 지난해 행사에서 기념촬영을 하고 있다."
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{caption}\n\n{KO_MORE}\n\n{listing}\n\n{KO_LAST}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE, listing, KO_LAST]
    assert captions(article) == [caption]


@pytest.mark.parametrize(
    "foot, reason",
    [
        ("전체댓글 0", "comment count"),
        ("||", "bars"),
        (
            "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được "
            "đánh dấu *",
            "comment form",
        ),
        (
            "Your email address will not be published. Required fields are marked *",
            "comment form",
        ),
        ("Trả lời", "navigation"),
        ("Trụ sở cơ quan: Đường A1, Khu đô thị mới, Nha Trang", "postal address"),
    ],
)
def test_comment_form_and_imprint_are_not_story(foot, reason):
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{foot}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)[foot] == reason
