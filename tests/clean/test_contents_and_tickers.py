"""Lists of a page's parts and of other stories, set among the story's lines: a blog's table
of contents, a series' parts by their numbers, a ticker of headlines parted by dashes, and
a picture named by its caption's words joined by hyphens. Every text is invented; each test
keeps only the shape of one rule."""

from __future__ import annotations

from builders import (
    HEAD,
    LAST,
    MORE,
    STORY,
    VI_HEAD,
    VI_MORE,
    VI_STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
)


def test_a_table_of_contents_is_no_story_text():
    contents = (
        "Table of Contents\n"
        "- 1. A new chapter for the twin offices\n"
        "- 2. What the firms ask for\n"
        "- 3. How will the permits be shared between the two cities?\n"
        "- 4. The road ahead"
    )
    text = f"{HEAD}\n\n{STORY}\n{contents}\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)["- 2. What the firms ask for"] == "table of contents"
    assert reasons(article)["Table of Contents"] == "table of contents"


def test_a_contents_heading_over_story_text_marks_nothing():
    # "Contents" over one short line and a paragraph: no list of sections under it
    text = f"{HEAD}\n\n{STORY}\n\nContents\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert MORE in paragraphs(article) and LAST in paragraphs(article)


def test_a_series_parts_listed_by_number_are_no_story_text():
    series = (
        "Kỳ 1: Những chuyến bay đầu tiên\n\n"
        "Kỳ 2: Văn phòng chung giữa hai thành phố\n\n"
        "Kỳ 3:\n\n"
        "Kỳ 4: Doanh nghiệp nhỏ tìm đối tác"
    )
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{series}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert reasons(article)["Kỳ 3:"] == "series' parts"


def test_a_ticker_of_headlines_parted_by_dashes_is_a_related_list():
    ticker = (
        "-\n"
        "Hai tỉnh ký kết hợp tác phát triển cảng biển\n"
        "-\n"
        "Thành phố xem xét mở tuyến xe buýt điện mới -\n"
        "Khởi công cầu vượt sông trị giá hơn 1.000 tỷ đồng -\n"
        "Hà Nội: Đề xuất thông xe tuyến đường vành đai vào tháng 6 -\n"
        "Bắc Ninh: Đẩy nhanh giải phóng mặt bằng khu công nghiệp"
    )
    text = f"{ticker}\n{VI_STORY}\n{VI_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    found = reasons(article)
    assert found["Hai tỉnh ký kết hợp tác phát triển cảng biển"] == "related list"
    assert found["Bắc Ninh: Đẩy nhanh giải phóng mặt bằng khu công nghiệp"] == (
        "related list"
    )


def test_a_story_line_ending_on_a_dash_runs_on():
    # one line left on a dash is a sentence going on, not a ticker
    text = f"{HEAD}\n\nThe two cities agreed on Monday -\nofficials said - to open an office.\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article)[0].startswith("The two cities agreed on Monday -")


def test_a_picture_named_by_its_captions_words_is_a_file_name():
    named = "Van-phong-hop-tac-Hai-Phong-Incheon"
    text = (
        f"{HEAD}\n\n{STORY}\n\n{named}Officials open the joint office in the port city.\n\n"
        f"{MORE}\n\n{named}\n\n{LAST}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert captions(article) == ["Officials open the joint office in the port city."]
    assert reasons(article)[named] == "image file name"
