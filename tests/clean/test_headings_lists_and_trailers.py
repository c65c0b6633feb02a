"""Rounds 31 to 33 of issue 10: a heading that closes on a quoted phrase, a Korean
sentence that runs through a list of marked items, a caption shown twice among story
lines, a Korean page's head (the government sites' banner, a picture's text) and foot
(the Vietnam News Agency credited by its Korean name, a reporter signing "<name /
address>", a link to the paper's app, a portal's note cut off where the copy ends).
Every text is invented."""

from __future__ import annotations

import pytest
from builders import (
    MORE,
    STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
    story_text,
)
from dossier.model import SUBHEADING

HEAD = "Why Korean visitors keep coming back"
KO_HEAD = "한베 학생 문화교류 포럼 개최"
KO_STORY = (
    "지난달 26일 오후 부산의 한 대학에서 양국 학생들이 참가한 문화교류 포럼이 열렸다."
)
KO_MORE = "참가 학생들은 두 나라의 문화 공통점과 교류 방안에 대해 발표했다."


def _subheadings(article) -> list[str]:
    return [p.text for p in article.passages if p.kind == SUBHEADING]


@pytest.mark.parametrize(
    "heading",
    ["Xu hướng “du lịch dài hạn”", "The rise of ‘slow travel’", 'A new "K-food" wave'],
)
def test_a_heading_closing_on_a_quoted_phrase_is_a_subheading(heading):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{heading}\n\n{MORE}\n")
    assert _subheadings(article) == [heading]
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "line",
    [
        "“We will come back next year,” she said, “and bring friends.”",  # a quote
        "“Trước dịch, du khách thường chỉ ghé Hà Nội”",  # the whole line quoted
        "He told reporters the plan was “on track.”",  # a stop inside the quote
        "Ông Kim nói: “Chúng tôi sẽ quay lại”",  # speech after a colon
        "She said “We will win. We will come back”",  # a stop inside the quote
        "The mayor said it was “the best festival ever held here”",  # a long quote
        # too long for a heading, whatever it ends on
        "Tour operators say more families now book long stays at beach towns on what "
        "they call “slow travel”",
    ],
)
def test_a_line_ending_in_a_quote_that_is_no_heading_stays_story(line):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert _subheadings(article) == []
    assert paragraphs(article) == [STORY, line, MORE]


def test_a_korean_copy_closing_on_the_vietnam_news_agencys_korean_name():
    article = article_from_text(
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n(베트남통신사)\n"
    )
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == "Vietnam News Agency"


# the page ends its other sentences with a full stop; this one lost its own
KO_LISTED = (
    "업종별로는 제조업 투자가 210억 달러로 전체의 59%를 차지했으며, ▲부동산 58억 달러 "
    "▲전력 23억 달러 ▲건설 10억 달러 등이었다"
)
KO_CAPTION = "24일 서울 시청에서 열린 협약식에서 양측 대표들이 협약서를 들고 기념촬영을 하고 있다"


def test_a_korean_sentence_through_a_list_of_marked_items_is_story():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_LISTED}\n\n{KO_MORE}\n\n{KO_STORY}\n"
    article = article_from_text(text)
    assert paragraphs(article)[:3] == [KO_STORY, KO_LISTED, KO_MORE]
    assert captions(article) == []


def test_an_unended_korean_caption_between_paragraphs_stays_a_caption():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_CAPTION}\n\n{KO_MORE}\n\n{KO_STORY}\n"
    assert captions(article_from_text(text)) == [KO_CAPTION]


@pytest.mark.parametrize(
    "signed", ["<심우영 / sw@example.co.kr>", "< 심우영 / sw@example.co.kr >"]
)
def test_a_korean_reporter_signing_with_a_slash_and_an_address_in_angle_brackets(
    signed,
):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{signed}\n예시TV APP 다운로드\n"
    article = article_from_text(text)
    assert article.author == "심우영"
    assert paragraphs(article) == [KO_STORY, KO_MORE]  # nor the app's link under it


def test_an_address_in_angle_brackets_without_a_name_signs_nothing():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n<이메일 / sw@example.co.kr>\n"
    assert article_from_text(text).author is None


def test_a_portals_note_cut_off_on_the_pages_last_line_is_furniture():
    # the whole note is "기사가 속한 카테고리는 언론사가 분류합니다"; the copy ends inside it
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n기사가 속한 카테고리는\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)["기사가 속한 카테고리는"] == "navigation, cut off"


def test_a_story_sentence_cut_off_on_the_last_line_stays_story():
    cut = "양측은 앞으로 두 도시의 기업과"
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{cut}\n"
    assert story_text(article_from_text(text)) == [KO_STORY, KO_MORE, cut]


KO_PICTURED = "김인호 의장이 베트남 대사에게 인사말을 전하고 있다. 사진=손진석 기자"


def test_a_captions_copy_cut_off_under_it_is_no_paragraph():
    cut = "김인호 의장이 베트남 대"
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_PICTURED}\n{cut}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[cut] == "repeats the line above"


def test_a_line_that_only_begins_like_the_one_above_is_its_own():
    # a whole sentence, not a copy cut short: "the caption without its credit" or story
    first = "양측은 협약에 서명했다."
    second = "양측은 협약에"
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n양측은 협약에 서명했다. 이어 만찬을 열었다.\n{first}\n\n{KO_MORE}\n"
    assert first in " ".join(paragraphs(article_from_text(text)))
    # too short to be a copy: ten characters at least
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{first}\n{second}\n\n{KO_MORE}\n"
    assert second in " ".join(paragraphs(article_from_text(text)))


VI_LEAD = (
    "Sáng ngày 30/6, tại Hà Nội, hai bên tổ chức hội nghị gặp gỡ doanh nghiệp với sự "
    "tham dự của lãnh đạo các bộ, ngành và các tỉnh, thành phố."
)
VI_CAPTION = "Đoàn công tác của tỉnh chụp ảnh lưu niệm cùng các đại biểu tại hội nghị"
VI_NEXT = (
    "Khai mạc hội nghị, thứ trưởng nhấn mạnh quan hệ hai nước đã đạt nhiều thành quả "
    "thiết thực trên các lĩnh v"
)


def test_a_caption_shown_twice_between_story_lines_set_with_single_breaks():
    text = f"Hội nghị gặp gỡ doanh nghiệp\n\n{VI_LEAD}\n{VI_CAPTION}\n{VI_CAPTION}\n{VI_NEXT}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_LEAD, VI_NEXT]
    assert captions(article) == [VI_CAPTION]


def test_the_korean_government_sites_banner_and_a_pictures_text_are_furniture():
    text = (
        "이 누리집은 대한민국 공식 전자정부 누리집입니다.\n\n"
        f"{KO_HEAD}\n\n협약식 행사장 사진\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == KO_HEAD
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)["협약식 행사장 사진"] == "image alt text"


def test_a_sentence_about_a_photo_stays_story():
    line = "참석자들은 행사가 끝난 뒤 함께 사진을 찍었다."  # a sentence, its full stop
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{line}\n\n{KO_MORE}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, line, KO_MORE]


LONG_HEAD = (
    "Samsung is expected to build a chip plant in Vietnam, and investment matters are "
    "expected to be discussed this week – abcde"
)


@pytest.mark.parametrize("prompt", ["Connect with us", "Stay connected"])
def test_a_social_prompt_over_the_headline_is_no_headline(prompt):
    article = article_from_text(f"{prompt}\n\n\n{LONG_HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == LONG_HEAD
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "line", ["김은경 기자 기자  2017.01.13 07:30:36", "김은경 기자 기자"]
)
def test_a_korean_byline_printing_the_word_for_reporter_twice_names_the_reporter(line):
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.author == "김은경"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("KO YONG-CHUL Reporter", "KO YONG-CHUL"),
        ("KIM MIN-JI Staff Writer", "KIM MIN-JI"),
    ],
)
def test_a_name_in_capitals_with_its_role_as_a_label_after_it(line, author):
    article = article_from_text(f"{LONG_HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.author == author
    assert paragraphs(article) == [STORY, MORE]


def test_an_outlet_in_capitals_with_a_role_after_it_is_no_author():
    article = article_from_text(
        f"{LONG_HEAD}\n\nTHE KOREA HERALD Reporter\n\n{STORY}\n\n{MORE}\n"
    )
    assert article.author != "THE KOREA HERALD"


VI_HEAD = "Hội chợ du lịch trực tuyến giới thiệu điểm đến Hàn Quốc"
VI_MORE = (
    "Theo kế hoạch, thời gian tới hai bên sẽ tiếp tục đẩy mạnh các hoạt động quảng bá."
)


@pytest.mark.parametrize("initials", ["N.A", "H.V.", "Q.Đình", "Ph.Thảo"])
def test_a_vietnamese_reporters_initials_on_the_last_line_sign_the_story(initials):
    text = f"{VI_HEAD}\n\n{VI_LEAD}\n\n{VI_MORE}\n\n{initials}\n"
    article = article_from_text(text)
    assert article.author == initials
    assert paragraphs(article) == [VI_LEAD, VI_MORE]


@pytest.mark.parametrize("line", ["U.S.", "P.S.", "Mr."])
def test_an_abbreviation_alone_on_the_last_line_signs_nothing(line):
    text = f"{VI_HEAD}\n\n{VI_LEAD}\n\n{VI_MORE}\n\n{line}\n"
    assert article_from_text(text).author != line


# Mends from a review: what a line shown twice, or begun twice, is not
VI_STORY_ONE = (
    "Khai mạc hội nghị, thứ trưởng nhấn mạnh quan hệ hai nước đã đạt nhiều thành quả "
    "thiết thực trên nhiều lĩnh vực."
)
VI_STORY_TWO = "Hai bên cũng đã ký kết nhiều văn bản hợp tác về đầu tư và thương mại."


def _kinds(article) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in article.passages if p.kind != "headline"]


def test_a_story_line_begun_again_under_itself_is_no_copy_of_a_caption():
    short = "Khai mạc hội nghị, thứ trưởng nhấn mạnh"
    article = article_from_text(
        f"{VI_HEAD}\n\n{VI_STORY_ONE}\n{short}\n\n{VI_STORY_TWO}\n"
    )
    assert captions(article) == []
    assert VI_STORY_ONE in paragraphs(article)


def test_a_list_item_that_begins_like_the_one_above_is_its_own():
    items = "- Hỗ trợ doanh nghiệp vừa và nhỏ tiếp cận vốn vay\n- Hỗ trợ doanh nghiệp vừa và nhỏ"
    article = article_from_text(
        f"{VI_HEAD}\n\n{VI_LEAD}\n\n{items}\n\n{VI_STORY_TWO}\n"
    )
    assert "repeats the line above" not in reasons(article).values()
    assert captions(article) == []


def test_a_captions_cut_copy_under_it_shown_twice_is_dropped():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_PICTURED}\n{KO_PICTURED}\n김인호 의장이 베트남 대\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert reasons(article)["김인호 의장이 베트남 대"] == "repeats the line above"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize("line", ["AI가 만든 가짜 사진", "달라진 서울의 도시 이미지"])
def test_a_headline_or_heading_ending_on_photo_or_image_is_no_pictures_text(line):
    article = article_from_text(f"{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == line


@pytest.mark.parametrize(
    "signed", ["<편집국 / news@example.co.kr>", "[경제부 / x@example.co.kr]"]
)
def test_a_desk_signing_with_its_address_names_no_author(signed):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{signed}\n"
    assert article_from_text(text).author is None


def test_a_korean_lead_filed_from_two_places_with_a_dot_between():
    lead = "【충북ㆍ세종=서울뉴스통신】 박선영 기자 = "
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.author == "박선영"
    assert article.metadata.dateline == "충북ㆍ세종"


def test_a_mail_this_article_button_is_no_byline():
    text = (
        f"{LONG_HEAD}\n\nFebruary 25, 2011\n\nMail This Article\n"
        f"(For more than one recipient, type addresses separated by commas)\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.author is None
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    ("lead", "outlet", "author"),
    [
        ("[우리집신문=ppp] ", "우리집신문", None),  # the paper, its poster's handle
        (
            "(내외방송=이화정 아나운서) ",
            "내외방송",
            "이화정",
        ),  # the paper, its announcer
    ],
)
def test_a_korean_lead_naming_the_paper_before_the_equals_sign(lead, outlet, author):
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.outlet == outlet
    assert article.metadata.dateline is None
    assert article.author == author
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_korean_lead_naming_the_place_before_the_equals_sign_still_does():
    article = article_from_text(
        f"{KO_HEAD}\n\n(서울=연합뉴스) {KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.metadata.dateline == "서울"
    assert article.metadata.outlet == "Yonhap News Agency"


@pytest.mark.parametrize(
    "line",
    [
        "The source of this news is from Vietnam News",
        "Two cities open a joint office Related image(s)",
        "등록된 댓글이 없습니다.",
        "No comments yet. Why don’t you start the discussion?",
    ],
)
def test_a_copys_source_note_a_gallery_link_and_a_comment_box_are_no_story(line):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert paragraphs(article) == [STORY, MORE]


def test_a_copys_source_note_names_its_outlet():
    line = "The source of this news is from Vietnam News"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert article.metadata.outlet == "Việt Nam News"


def test_a_korean_lead_with_a_paper_after_the_equals_sign_keeps_it_as_the_outlet():
    lead = "[롯데월드=뉴시스] 김철수 기자 = "
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.outlet == "Newsis"
    assert article.author == "김철수"


def test_a_line_ending_on_related_image_is_no_gallery_link():
    line = "The museum showed visitors a related image"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert line not in reasons(article)  # on the page, not dropped
