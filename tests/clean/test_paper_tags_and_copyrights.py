"""Where a Korean paper names itself in its lead or its copyright line, not in a tag the
reader knew: "(데일리항만=김철수 기자)", a paper and its reporter in round brackets. Every text
here is invented."""

from __future__ import annotations

import pytest
from builders import MORE as ENGLISH_MORE
from builders import STORY as ENGLISH_STORY
from builders import article_from_text, paragraphs, reasons

HEAD = "두 항구 도시, 중소기업 공동 사무소 연다"
STORY = "부산과 하노이의 중소기업 지원 기관이 다음 달 공동 사무소를 열고 수출 상담을 시작한다."
MORE = "두 기관은 사무소에서 통역과 법률 상담을 함께 제공하고 상담 실적을 해마다 공개하기로 했다."


@pytest.mark.parametrize("lead", ["(데일리항만=김철수 기자)", "(항만원=김철수 기자) "])
def test_a_paper_before_its_reporter_in_round_brackets_is_the_outlet(lead):
    article = article_from_text(f"{HEAD}\n\n{lead}{STORY}\n\n{MORE}\n")
    assert article.metadata.outlet == lead[1:].split("=")[0]
    assert article.metadata.dateline is None
    assert article.author == "김철수"
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize("place", ["하노이", "박닌성"])  # listed, or by its ending (성)
def test_a_place_before_its_reporter_in_round_brackets_stays_the_dateline(place):
    article = article_from_text(f"{HEAD}\n\n({place}=김철수 기자) {STORY}\n\n{MORE}\n")
    assert article.metadata.dateline == place
    assert article.metadata.outlet is None


@pytest.mark.parametrize("credit", ["글·사진", "인터뷰", "번역"])
def test_a_credits_words_before_a_reporter_name_no_paper_and_no_place(credit):
    article = article_from_text(f"{HEAD}\n\n({credit}=김철수 기자) {STORY}\n\n{MORE}\n")
    assert (article.metadata.outlet, article.metadata.dateline) == (None, None)


@pytest.mark.parametrize(
    ("rights", "outlet"),
    [
        (
            "〈ⓒ e항만경제신문(www.example.co.kr), 무단전재 및 수집, 재배포금지〉",
            "e항만경제신문",
        ),
        ("저작권자 © 항만일보 인터넷신문 무단전재 및 재배포 금지", "항만일보"),
    ],
)
def test_a_copyright_line_names_the_paper_as_it_styles_itself(rights, outlet):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{rights}\n")
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [STORY, MORE]


def test_a_papers_news_desk_is_no_outlet_and_leaves_the_copyright_line_to_name_it():
    rights = "[ⓒ 항만일보 & example.co.kr, 무단전재 및 재배포 금지]"
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n[디지털뉴스국 김철수 기자]\n{rights}\n"
    article = article_from_text(text)
    assert article.metadata.outlet == "항만일보"
    assert article.author == "김철수"


def test_a_masthead_in_the_papers_details_strip_names_the_outlet_without_its_bullet():
    strip = "  • Port IT Times\n  • 승인 2024.02.07 12:30\n  • 댓글 0"
    text = f"{HEAD}\n{strip}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text, url="https://www.portittimes.com/news/1")
    assert article.metadata.outlet == "Port IT Times"
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "line", ["by Dana Whitfield - Sport Editor", "By Dana Whitfield | Senior Reporter"]
)
def test_a_byline_with_the_writers_post_after_a_dash_names_the_writer(line):
    head = "Two port cities open a joint office"
    text = f"{head}\n\n{line}\n\n{ENGLISH_STORY}\n\n{ENGLISH_MORE}\n"
    article = article_from_text(text)
    assert article.author == "Dana Whitfield"
    assert article.title == head
    assert paragraphs(article) == [ENGLISH_STORY, ENGLISH_MORE]


def test_a_paper_named_in_letters_after_its_hangul_name_before_its_reporter():
    text = f"{HEAD}\n\n항만뉴스(PORTNEWS) 김철수 기자 | {STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert (article.metadata.outlet, article.author) == ("항만뉴스", "김철수")
    assert paragraphs(article) == [STORY, MORE]


def test_a_news_themes_clock_in_its_top_bar_dates_no_story():
    head = "Two port cities open a joint office"
    text = f"Tuesday , March 19 2024\n\n{head}\n\n{ENGLISH_STORY}\n\n{ENGLISH_MORE}\n"
    article = article_from_text(text)
    assert article.metadata.published is None
    assert paragraphs(article) == [ENGLISH_STORY, ENGLISH_MORE]
    dated = article_from_text(text.replace(" , March 19 2024", ", March 19, 2024"))
    assert str(dated.metadata.published) == "2024-03-19"


def test_a_papers_details_strip_names_its_reporter_after_the_field_label():
    strip = "  • 입력 2017.11.21 16:55\n  • 기자명 김철수\n이 기사를 공유합니다"
    article = article_from_text(f"{HEAD}\n\n{strip}\n\n{STORY}\n\n{MORE}\n")
    assert article.author == "김철수"
    assert str(article.metadata.published) == "2017-11-21"
    assert paragraphs(article) == [STORY, MORE]


def test_two_writers_with_a_dash_glued_to_the_first_name_are_two_authors():
    head = "Hai thành phố cảng mở văn phòng chung cho doanh nghiệp nhỏ"
    line = "Minh Ngô- Quốc Chính -  Thứ ba, 05/09/2023 11:31 (GMT+7)"
    article = article_from_text(
        f"{head}\n\n{line}\n\n{ENGLISH_STORY}\n\n{ENGLISH_MORE}\n"
    )
    assert article.author == "Minh Ngô, Quốc Chính"
    assert str(article.metadata.published) == "2023-09-05"


def test_a_site_named_with_a_korean_particle_glued_to_it_is_named_without_it():
    tagline = "PORTVIEW는 베트남에 대한 살아있는 정보를 탐구합니다."
    text = f"{HEAD}\n{tagline}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text, url="https://portview.asia/story/")
    assert article.metadata.outlet == "PORTVIEW"


@pytest.mark.parametrize(
    "foot",
    [
        "Reset Password\n\nPlease enter your username or email address, you will receive"
        " a link to create a new password via email.",
        "댓글주제와 무관한 댓글, 악플은 삭제될 수 있습니다.",
        "<이미지를 클릭하시면 크게 보실 수 있습니다>",
        "다음글 Port city's 'Open Office' Begins Its Work... Nov.26, 2",
        "You are reading the article Two port cities open a joint office",
        "Cho phép hiện nội dung từ Google YouTube?",
    ],
)
def test_a_sites_boxes_and_notices_at_the_foot_are_no_story(foot):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{foot}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.author is None


def test_yonhaps_old_short_tag_signing_the_story_names_the_outlet():
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n(연합)\n")
    assert article.metadata.outlet == "Yonhap News Agency"
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "line",
    ["Đang tải dữ liệu...", "Minimum 2 characters required.", "This topic is empty."],
)
def test_a_listed_page_phrase_ending_in_a_stop_is_furniture_as_listed(line):
    # the list writes these with their stops, as the pages do; both are compared bare
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]


def test_a_korean_reporter_run_on_into_the_date_and_its_afternoon_time():
    text = f"{HEAD}\n\n김철수 기자2024.06.21 오후 5:28\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.author == "김철수"
    assert str(article.metadata.published) == "2024-06-21"
    assert paragraphs(article) == [STORY, MORE]


def test_an_english_byline_run_on_into_its_date():
    head = "Two port cities open a joint office"
    line = "DANA WHITFIELD, Port staff writerOctober 2, 2023 16:29 JST"
    text = f"{head}\n\n{line}\n\n{ENGLISH_STORY}\n\n{ENGLISH_MORE}\n"
    article = article_from_text(text)
    assert (article.title, article.author) == (head, "DANA WHITFIELD")
    assert str(article.metadata.published) == "2023-10-02"


@pytest.mark.parametrize("line", ["ELITE MEMBER", "Viet Nam"])
def test_a_forum_members_rank_or_a_country_alone_signs_no_story(line):
    text = f"Two port cities open a joint office\n\n{ENGLISH_STORY}\n\n{ENGLISH_MORE}\n\n{line}\n"
    assert article_from_text(text).author is None


def test_a_portal_lists_the_paper_and_its_date_without_a_label():
    text = f"{HEAD}\n\n항만일보  2024. 8. 2. 04:40\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.metadata.outlet == "항만일보"
    assert str(article.metadata.published) == "2024-08-02"
    assert paragraphs(article) == [STORY, MORE]


def test_a_vietnamese_story_sentence_on_showing_content_is_no_consent_prompt():
    head = "Hai thành phố cảng mở văn phòng chung"
    story = "Cho phép hiện nội dung từ mạng xã hội trên báo là quy định mới của bộ."
    more = "Quy định này có hiệu lực từ tháng tới và áp dụng cho mọi cơ quan báo chí."
    article = article_from_text(f"{head}\n\n{story}\n\n{more}\n")
    assert paragraphs(article) == [story, more]


def test_a_sites_search_box_over_the_story_is_no_headline():
    box = "Search section\nSearch area\nNews type\nSearch date\nSearch word OR"
    text = f"{box}\nNo info was found\n\n{ENGLISH_STORY}\n\n{ENGLISH_MORE}\n"
    article = article_from_text(text)
    assert article.title != "No info was found"
    assert article.metadata.outlet != "News type"
    assert paragraphs(article) == [ENGLISH_STORY, ENGLISH_MORE]


def test_a_copys_mark_for_what_it_left_out_is_no_paragraph():
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n(중략)\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["(중략)"] == "navigation"


def test_a_date_then_a_papers_name_ending_in_a_digit():
    article = article_from_text(
        f"{HEAD}\n\n2019-02-14     뉴스1\n\n{STORY}\n\n{MORE}\n"
    )
    assert article.metadata.outlet == "뉴스1"  # the word and its digit alone
    assert str(article.metadata.published) == "2019-02-14"
