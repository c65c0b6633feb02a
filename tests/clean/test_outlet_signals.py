"""Round nine of issue 10: where a page names its own outlet without a source line: its
prompt to follow it, its page title, a copyright sign after its name, a tag of initials or
of two known outlets. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, paragraphs, reasons

HEAD = "Two port cities open a joint office for small firms"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Deals of the week | Follow Portwatch on Google News now!", "Portwatch"),
        ("Follow PORTDAY on WhatsApp", "PORTDAY"),
        ("Theo dõi BĐCT trên", "BĐCT"),  # the platforms shown as icons after it
    ],
)
def test_a_prompt_to_follow_the_site_names_the_outlet(line, outlet):
    article = article_from_text(f"{line}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [STORY, MORE]


def test_a_page_title_names_the_site_after_the_headline():
    text = f"{HEAD} | Portwatch\n\nSep 06, 2023\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).metadata.outlet == "Portwatch"


def test_the_holder_before_a_copyright_sign_is_the_outlet():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nPortwatch.az © 2025. .\n"
    assert article_from_text(text).metadata.outlet == "Portwatch.az"


def test_a_copyright_naming_the_paper_and_its_site_names_the_paper():
    rights = "[ⓒ Port Business Daily & pbd.co.kr, All rights reserved]"
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{rights}\n"
    article = article_from_text(text)
    assert article.metadata.outlet == "Port Business Daily"
    assert paragraphs(article) == [STORY, MORE]


def test_initials_no_place_has_are_an_outlets_tag_not_a_dateline():
    article = article_from_text(f"{HEAD}\n\nKHPTO - {STORY}\n\n{MORE}\n")
    assert article.metadata.outlet == "KHPTO"
    assert not article.metadata.dateline
    assert paragraphs(article) == [STORY, MORE]


def test_a_place_in_capitals_stays_a_dateline():
    article = article_from_text(f"{HEAD}\n\nHANOI - {STORY}\n\n{MORE}\n")
    assert article.metadata.dateline == "HANOI"


def test_two_known_outlets_either_side_of_a_slash_are_a_tag():
    # the paper that prints it, then the agency whose copy it is: the copy's credit
    for tag in ("NDO/VNA—", "WVR/VNA - ", "VOV/VNA – "):
        article = article_from_text(f"{HEAD}\n\n{tag}{STORY}\n\n{MORE}\n")
        assert article.metadata.outlet == "Vietnam News Agency"
        assert not article.metadata.dateline
        assert paragraphs(article) == [STORY, MORE]
    url = "https://en.nhandan.vn/travel/item/1-two-port-cities.html"
    article = article_from_text(f"{HEAD}\n\nNDO/VNA—{STORY}\n\n{MORE}\n", url=url)
    assert article.metadata.outlet == "Vietnam News Agency"


def test_a_slash_tag_credits_only_the_part_that_is_an_agency():
    # the agency's copy whichever side it stands; two papers or two agencies stay the tag
    for tag, outlet in (
        ("VNA/VNS — ", "Vietnam News Agency"),
        ("VOV/Reuters — ", "Reuters"),
        ("KBS/MBC — ", "KBS/MBC"),
        ("VNA/Xinhua — ", "VNA/Xinhua"),
    ):
        article = article_from_text(f"{HEAD}\n\n{tag}{STORY}\n\n{MORE}\n")
        assert article.metadata.outlet == outlet, tag
        assert paragraphs(article) == [STORY, MORE]


def test_a_screenshots_file_name_is_neither_date_nor_author():
    shot = "Screen Shot 2017-05-03 at 3.50.15 PM"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{shot}\n\n{MORE}\n")
    assert article.metadata.published is None
    assert article.byline is None
    assert reasons(article)[shot] == "image file name"


def test_a_name_in_brackets_before_a_dash_is_the_outlets_tag():
    article = article_from_text(f"{HEAD}\n\n(BP Portal) - {STORY}\n\n{MORE}\n")
    assert article.metadata.outlet == "BP Portal"
    assert paragraphs(article) == [STORY, MORE]


def test_a_source_in_brackets_naming_a_site_is_the_outlet():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n(Theo Portwatch.gov.vn)\n"
    article = article_from_text(text)
    assert article.metadata.outlet == "Portwatch.gov.vn"
    assert paragraphs(article) == [STORY, MORE]


def test_a_wire_dateline_that_lost_its_dash_is_still_a_dateline():
    lead = "The two cities agreed on Monday to open a joint office for small firms."
    article = article_from_text(f"{HEAD}\n\nSEOUL/HANOI, June 21 {lead}\n\n{MORE}\n")
    assert article.metadata.dateline == "SEOUL/HANOI"
    assert paragraphs(article) == [lead, MORE]


def test_a_date_after_the_dateline_is_not_story():
    article = article_from_text(
        f"{HEAD}\n\nSEOUL – September 06, 2017 – {STORY}\n\n{MORE}\n"
    )
    assert article.metadata.dateline == "SEOUL"
    assert article.metadata.published == "2017-09-06"
    assert paragraphs(article) == [STORY, MORE]


def test_a_date_label_run_on_into_its_date_dates_the_page():
    text = f"{HEAD}\n\nPress Release\n\nDateDecember 14, 2021\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.metadata.published == "2021-12-14"
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Warning: mysql_num_rows(): supplied argument is not a valid MySQL result",
            "server warning",
        ),
        ("For the source of this story, clicke here", "source link"),
        (
            "For further enquiries, please contact the press office at press@example.org",
            "press contact",
        ),
        (
            "(Reporting by Kim Min-ji in SEOUL and Le Hoa in HANOI; Editing by",
            "wire credits",
        ),
        ("× Đọc bài viết Tạm dừng Đọc tiếp Dừng đọc Đang tải...", "read-aloud player"),
        (
            "이 사이트의 기능을 모두 활용하기 위해서는 자바스크립트를 활성화 시킬 필요가 있습니다.",
            "browser notice",
        ),
    ],
)
def test_page_furniture_in_more_shapes_is_not_story(line, reason):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[line] == reason


def test_a_blogs_comments_are_not_story():
    text = (
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nminh said...\n\n"
        "I went there last week and the new office was already busy with visitors.\n"
    )
    assert paragraphs(article_from_text(text)) == [STORY, MORE]


def test_a_vietnamese_papers_name_in_sentence_case_before_a_dash_is_its_tag():
    story = (
        "Từ khi tạp chí công bố tài liệu về chiến tranh, nhiều người đã tìm đến các làng "
        "ở miền Trung để xin lỗi."
    )
    article = article_from_text(f"Xin lỗi Việt Nam\n\nBiên phòng - {story}\n")
    assert paragraphs(article) == [story]
    assert article.metadata.outlet == "Biên phòng"


def test_a_place_in_title_case_before_a_dash_is_not_taken_for_a_paper():
    story = (
        "Sáng 12/3, lãnh đạo hai thành phố đã ký kết biên bản ghi nhớ về hợp tác phát "
        "triển cảng biển và logistics."
    )
    article = article_from_text(f"Hợp tác cảng biển\n\nHà Nội - {story}\n")
    assert article.metadata.outlet != "Hà Nội"


def test_a_sources_list_in_brackets_names_the_first_source():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n(QDND, Bao Example, example.gov.vn)\n"
    article = article_from_text(text)
    assert article.metadata.outlet == "Quân Đội Nhân Dân"
    assert paragraphs(article) == [STORY, MORE]


def test_a_date_run_on_into_the_headline_is_split_from_it():
    text = f"29/04/2024 23:00{HEAD}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.metadata.published == "2024-04-29"


@pytest.mark.parametrize(
    "line", ["Decrease Font Size Increase Font Size", "Support our mission", "상단영역"]
)
def test_a_pages_tools_above_the_headline_are_not_the_headline(line):
    article = article_from_text(f"{line}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD
    assert reasons(article)[line] in ("font size buttons", "navigation")


def test_a_korean_final_edit_line_is_a_date_line():
    text = f"• 최종편집 2024-02-21(일)\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.published == "2024-02-21"


def test_a_vietnamese_author_label_names_the_author():
    article = article_from_text(f"{HEAD}\n\nTác giả: B.Tường\n\n{STORY}\n\n{MORE}\n")
    assert article.byline == "B.Tường"
    assert paragraphs(article) == [STORY, MORE]


def test_a_reporter_writing_from_other_reports_signs_without_naming_the_outlet():
    sign = "Đức Trung (Theo KoreanVibe, TTXVN)"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{sign}\n")
    assert article.byline == "Đức Trung"
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet is None


def test_a_korean_byline_with_the_outlet_before_a_slash():
    ko_story = "베트남과 한국은 월요일 하노이에서 새로운 협력 사무소를 열기로 합의했다고 관계자들이 밝혔다."
    text = (
        f"한국과 베트남 협력\n\n한빛뉴스 / 장성룡 기자 jsr@example.kr\n\n{ko_story}\n"
    )
    assert article_from_text(text).byline == "장성룡"


def test_a_listed_name_under_a_listed_date_is_the_byline():
    text = (
        f"{HEAD}\n\n  • 28 October 2014\n  • William Brittlebank\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.byline == "William Brittlebank"
    assert article.metadata.published == "2014-10-28"


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        (
            "HANOI, Vietnam Feb 17 (NNN-Bernama) -- ",
            "HANOI, Vietnam",
        ),  # no comma before the date
        ("Hanoi (News2day) - ", "Hanoi"),  # a tag the outlets list does not know
        (
            "19 March 2015, Hanoi: ",
            "Hanoi",
        ),  # the date first, then the place and a colon
    ],
)
def test_datelines_in_more_shapes(opening, place):
    article = article_from_text(f"{HEAD}\n\n{opening}{STORY}\n\n{MORE}\n")
    assert article.metadata.dateline == place
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        ("SINGAPORE, 5 October 2023: ", "2023-10-05"),  # a press release's, day first
        ("SEOUL, 12 May 2024 - ", "2024-05-12"),
        ("HO CHI MINH CITY, 5 October 2023 : ", "2023-10-05"),  # a space before it
    ],
)
def test_a_dateline_with_the_day_before_the_month_dates_the_story(opening, published):
    article = article_from_text(f"{HEAD}\n\n{opening}{STORY}\n\n{MORE}\n")
    assert article.metadata.dateline == opening.split(",")[0]
    assert article.metadata.published == published
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "opening",
    [
        "NOTE: ",
        "SEOUL 2023: ",
        "UPDATE, 6 October 2023: ",
        "PRESS RELEASE, 5 May 2024 - ",
    ],
)
def test_a_word_in_capitals_and_a_colon_without_a_date_is_no_dateline(opening):
    article = article_from_text(f"{HEAD}\n\n{opening}{STORY}\n\n{MORE}\n")
    assert article.metadata.dateline is None
    assert paragraphs(article) == [f"{opening}{STORY}", MORE]


def test_a_language_switch_above_the_headline_is_not_the_headline():
    text = f"Tiếng Việt\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == HEAD
    assert reasons(article)["Tiếng Việt"] == "navigation"


@pytest.mark.parametrize("opening", ["(CNN) -- ", "MARCH 28 - "])
def test_a_tag_with_a_double_dash_and_a_date_in_capitals_open_the_story(opening):
    article = article_from_text(f"{HEAD}\n\n{opening}{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]


def test_an_update_stamp_after_the_headline_dates_the_page():
    article = article_from_text(f"{HEAD} Update 2/6/2009\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD
    assert article.metadata.published == "2009-06-02"


def test_a_credit_line_with_a_cells_border_names_the_paper():
    ko_story = "베트남과 한국은 월요일 하노이에서 새로운 협력 사무소를 열기로 합의했다고 관계자들이 밝혔다."
    article = article_from_text(
        f"한국과 베트남 협력\n\nⓒ 한빛시민신문 |\n\n{ko_story}\n"
    )
    assert article.metadata.outlet == "한빛시민신문"


def test_an_outlet_in_brackets_and_its_reporter_before_an_equals_sign():
    article = article_from_text(
        f"{HEAD}\n\n(Engineering Weekly) Nguyen Anh Duong = {STORY}\n\n{MORE}\n"
    )
    assert paragraphs(article) == [STORY, MORE]
    assert article.byline == "Nguyen Anh Duong"


def test_a_note_on_attached_files_is_not_story():
    note = "Please refer to the attached files or the ministry's site for details."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{note}\n")
    assert paragraphs(article) == [STORY, MORE]


def test_a_wires_credits_at_the_end_of_its_last_paragraph_name_its_reporters():
    last = (
        f"{MORE} (Reporting from Jane Roe and Kim Min-ji, in Seoul; Le Hoa, in Hanoi. "
        "Editing by John Doe and Ed Smith.)"
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{last}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.byline == "Jane Roe, Kim Min-ji, Le Hoa"


@pytest.mark.parametrize("label", ["Exclusive-", "Tiêu đề dự kiến: "])
def test_a_label_glued_before_the_headline_is_not_part_of_it(label):
    article = article_from_text(f"{label}{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD


def test_a_templates_placeholder_is_not_the_headline():
    article = article_from_text(f"{{publish}}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD
    assert reasons(article)["{publish}"] == "template placeholder"


@pytest.mark.parametrize("line", ["General view of the session", "Work meeting scene"])
def test_a_pictures_caption_above_the_story_is_not_the_headline(line):
    article = article_from_text(f"{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.title != line


def test_a_vietnamese_source_line_names_a_paper_the_list_does_not_know():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nNguồn tin: Báo Hòa Bình Xanh, 25/04/2019\n"
    article = article_from_text(text)
    assert article.metadata.outlet == "Báo Hòa Bình Xanh"
    assert paragraphs(article) == [STORY, MORE]


def test_a_sections_name_above_a_long_headline_is_not_the_headline():
    # a long headline under a section's name of a few words is no deck of that name
    section = "Hợp tác Quốc tế"
    head = (
        "Đoàn công tác của trường đại học sang thăm và làm việc với các đối tác "
        "giáo dục tại thành phố Busan của Hàn Quốc"
    )
    story = (
        "Từ ngày 28 đến ngày 30 tháng 3, đoàn công tác của nhà trường đã có buổi làm "
        "việc với ba trường đại học đối tác tại thành phố Busan."
    )
    more = "Hai bên thống nhất mở rộng trao đổi sinh viên và giảng viên trong năm tới."
    article = article_from_text(
        f"{section}\n\n{head}\n\nNgày đăng: 05/04/2023\n\n{story}\n\n{more}\n"
    )
    assert article.title == head
    assert paragraphs(article) == [story, more]


def test_a_paper_named_in_a_captions_words_is_not_its_credit():
    # "Lao Động" (Labour) is a paper, and part of a ministry's name in the caption's words
    head = "Hai bộ ký bản ghi nhớ về đưa lao động sang làm việc tại Hàn Quốc"
    caption = "Bộ trưởng Bộ Việc làm và Lao động Hàn Quốc trao bản ghi nhớ cho đối tác"
    story = (
        "Sáng 11/8, hai bộ trưởng đã ký bản ghi nhớ về phái cử và tiếp nhận lao động "
        "trong khuôn khổ chuyến thăm chính thức."
    )
    more = "Bản ghi nhớ mở rộng các ngành nghề mà người lao động có thể đăng ký."
    article = article_from_text(f"{head}\n\n{story}\n\n{caption}\n\n{more}\n")
    assert article.metadata.outlet is None
    credited = f"{head}\n\n{story}\n\n{caption} (Ảnh: Lao Động)\n\n{more}\n"
    assert article_from_text(credited).metadata.outlet == "Lao Động"


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("Jane Roe, Jan. 15, 2016, 8:50 a.m.", "Jane Roe", "2016-01-15"),
        (
            "Kelly Tran Đăng lúc: Chủ nhật, 03/10/2021 23:15 (GMT +7)",
            "Kelly Tran",
            "2021-10-03",
        ),
    ],
)
def test_a_name_then_a_date_is_the_byline(line, author, date):
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.byline == author
    assert article.metadata.published == date
    assert paragraphs(article) == [STORY, MORE]


def test_a_pages_section_and_kind_after_the_headline_are_labels():
    text = f"Pharma\n\n{HEAD} < Pharma < Article\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


def test_an_anchors_hand_over_names_the_reporter():
    intro = "The two cities signed the deal today. Our Jane Roe has more."
    article = article_from_text(f"{HEAD}\n\n{intro}\n\n{STORY}\n\n{MORE}\n")
    assert article.byline == "Jane Roe"
    assert paragraphs(article) == [intro, STORY, MORE]  # the anchor's words stay


def test_our_before_a_common_noun_hands_over_to_nobody():
    intro = "The two cities signed the deal today. Our economy has more."
    assert article_from_text(f"{HEAD}\n\n{intro}\n\n{STORY}\n\n{MORE}\n").byline is None


def test_a_byline_with_a_dash_and_a_colon_between_its_parts():
    line = "Jane Roe - : Sep 10, 2022 - : 5:34 pm"
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.byline == "Jane Roe"
    assert article.metadata.published == "2022-09-10"
    assert paragraphs(article) == [STORY, MORE]


def test_a_broadcaster_after_a_slash_closing_the_headline_is_the_outlet():
    head = "한-베트남 외교장관 회담…관계 격상 합의"
    story = "두 나라 외교장관은 어제 하노이에서 회담을 열고 양국 관계를 격상하기로 합의했습니다."
    more = "양국은 국방과 안보 분야의 협력도 넓히기로 했습니다."
    article = article_from_text(f"{head} / YTN\n{story}\n{more}\n")
    assert article.title == head
    assert article.metadata.outlet == "YTN"
    assert paragraphs(article) == [story, more]
