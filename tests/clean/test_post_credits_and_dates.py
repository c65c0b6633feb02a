"""Authors and dates in more shapes: a post signed and dated in Hangul on an English page,
a board's date row of labelled fields, a writer's name over a date row of counters, a page's "Last modified" footer, a date run on into the lead, a writer's address
run on into the date, a title with its "By :" credit on one line, a byline label in two
languages, a writer's body after a comma, a byline between two copies of a summary, a date
between two copies of the headline, and a form of address that is no writer. Every text
here is invented."""

from __future__ import annotations

from builders import article_from_text, paragraphs
from dossier.clean.byline_photos import plain_byline
from dossier.clean.credit_run_ons import credit_parts
from dossier.clean.dates import is_date_line

EN_STORY = (
    "SEOUL, March 5 (Yonhap) -- A South Korean battery maker will open its second plant "
    "in northern Vietnam next year, the company said Tuesday."
)
EN_MORE = (
    "The plant will employ about 2,000 workers and supply carmakers in the region, "
    "according to the company."
)
EN_LAST = "Construction is set to begin in the spring, it added in a statement."
EN_BODY = f"{EN_STORY}\n\n{EN_MORE}\n\n{EN_LAST}\n"

VI_STORY = (
    "Sáng 3/7, huyện Chungju đã tổ chức buổi gặp mặt các gia đình đa văn hóa có người "
    "Việt Nam sinh sống tại địa phương."
)
VI_MORE = (
    "Các gia đình được tặng quà và giấy chứng nhận tham gia chương trình giao lưu văn "
    "hóa năm nay."
)
VI_LAST = "Chương trình sẽ tiếp tục được tổ chức vào mùa thu năm sau."
VI_BODY = f"{VI_STORY}\n\n{VI_MORE}\n\n{VI_LAST}\n"

KO_STORY = (
    "충청 지역 기업들의 베트남 수출액이 올해 상반기 처음으로 10억 달러를 넘어섰다고 "
    "무역협회가 밝혔다."
)
KO_MORE = "협회는 전자부품과 화장품 수출이 크게 늘어난 덕분이라고 설명했다."
KO_BODY = f"{KO_STORY}\n\n{KO_MORE}\n"


def test_a_hangul_label_signing_and_dating_an_english_story():
    """A Korean site's English story: the line in Hangul giving the writer's name and the
    date dates the page; the writer is the one the byline names in letters."""
    head = "Battery maker to open second plant in Vietnam"
    text = (
        f"{head}\n\n박하늘 / 2024-03-05 15:23:01\n  • facebook\n  • print\n\n"
        f"{head}\n\nBy Park Ha-neul\n\n{EN_BODY}"
    )
    article = article_from_text(text)
    assert article.metadata.published == "2024-03-05"
    assert article.metadata.author == "Park Ha-neul"


def test_a_board_date_row_of_labelled_fields():
    """ "2023.04.11 분류 : 무역 관련국가 : 조회수 : 212": the date, then the post's fields
    (type, related country, views), one left empty."""
    row = "2023.04.11 분류 : 무역 관련국가 : 조회수 : 212"
    assert is_date_line(row)
    assert is_date_line("2023.04.11 Category : Trade Country : Views : 212")
    # no view count, or a sentence after the date: no date row
    assert not is_date_line("2023.04.11 Category : Trade Country : 212")
    assert not is_date_line("2023.04.11 The plan: more trade, more jobs: the minister.")
    text = f"충청 기업 베트남 수출 10억달러 돌파\n\n{row}\n\n{KO_BODY}"
    assert article_from_text(text).metadata.published == "2023-04-11"


def test_a_name_over_a_date_row_of_counters_writes_the_post():
    head = "Gia đình đa văn hóa Chungju gặp mặt đầu hè"
    row = "2024.07.03 Thích 2 Lượt xem 318 Bình luận 0"
    assert is_date_line(row)
    for name in ("Lan Chi", "Huyền PT", "reader2704"):
        text = f"Trang Việt\n\n{head}\n\nA\n{name}\n{row}\n\n{VI_BODY}"
        article = article_from_text(text)
        assert article.metadata.author == name
        assert article.metadata.published == "2024-07-03"
        assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


def test_a_section_over_a_date_row_writes_nothing():
    head = "Gia đình đa văn hóa Chungju gặp mặt đầu hè"
    text = f"{head}\n\nvăn hóa\n2024.07.03 Thích 2 Lượt xem 318\n\n{VI_BODY}"
    assert article_from_text(text).metadata.author is None


def test_a_form_of_address_closing_the_copy_is_no_writer():
    """ "Chị Lan" (Ms Lan) where the copy breaks off: a woman the story names, no
    byline."""
    text = f"Gia đình đa văn hóa Chungju gặp mặt đầu hè\n\n{VI_BODY}\nChị Lan\n"
    assert article_from_text(text).metadata.author is None


def test_a_page_dated_only_by_its_last_modified_footer():
    text = (
        "Hàn Quốc hỗ trợ Quảng Nam xây trường học\n\n"
        f"{VI_BODY}\nCreated by webadmin\nLast modified 14-02-2012\n"
    )
    article = article_from_text(text)
    assert article.metadata.published == "2012-02-14"
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


def test_a_date_and_time_run_on_into_the_lead():
    lead = (
        "The Korean film week opened in Hanoi today (March 17) with ten films shown "
        "free of charge."
    )
    text = (
        "Korean film week opens in Hanoi\n\n"
        f"by VTV17 March 2019 Last updated at 10:20 AM - {lead}\n\n{EN_MORE}\n\n{EN_LAST}\n"
    )
    article = article_from_text(text)
    assert article.metadata.published == "2019-03-17"
    assert paragraphs(article) == [lead, EN_MORE, EN_LAST]
    # a title after a time and a dash, no lead: one line
    line = "10:20 AM - Korean film week opens"
    assert credit_parts(line) == line


def test_a_writers_address_run_on_into_the_date():
    head = "Đại sứ: hai nước cần cân bằng thương mại hơn nữa"
    text = f"{head}\n\nTrần Minh Anh (minhanh@example.com)10:15 12-03-2024\n\n{VI_BODY}"
    article = article_from_text(text)
    assert article.metadata.author == "Trần Minh Anh"
    assert article.metadata.published == "2024-03-12"


def test_a_title_with_its_credit_on_one_line():
    head = "한-베 협력 30년의 성과"
    text = (
        f"Example Bulletin\n{head} By : Jane Roe (Example Institute of Asia) "
        f"Example Bulletin: 2019-12\n\n2019. 12. 20.\n\n{head}\n\n{KO_BODY}"
    )
    article = article_from_text(text)
    assert article.metadata.author == "Jane Roe"
    assert article.metadata.title == head


def test_a_byline_label_in_two_languages():
    assert plain_byline("Autor(en)/Author(s): Lee Min-ji") == "Author(s): Lee Min-ji"
    text = f"Battery maker to open second plant\n\n{EN_BODY}\n---\nAutor(en)/Author(s): Lee Min-ji\n"
    assert article_from_text(text).metadata.author == "Lee Min-ji"


def test_the_writers_body_after_a_comma_is_no_writer():
    assert plain_byline("by Sarah Lim, ABS") == "by Sarah Lim"
    assert plain_byline("BY SARAH LIM, AP") == "BY SARAH LIM, AP"
    text = (
        "Shipyard thrives in Vietnam\n\nJune 13, 2012\n\n– by Sarah Lim, ABS\n\n"
        f"{EN_BODY}"
    )
    assert article_from_text(text).metadata.author == "Sarah Lim"


def test_a_byline_between_two_copies_of_the_summary():
    summary = (
        "Với khoản vốn thêm 500 triệu USD, nhà máy linh kiện của tập đoàn tại Bắc Ninh "
        "trở thành dự án lớn nhất tỉnh trong năm nay."
    )
    text = (
        f"Nhà máy linh kiện Bắc Ninh tăng vốn thêm 500 triệu USD\n\n{summary}\n"
        f"THU HÀ\n14, Tháng 09, 2022 | 10:20\n\n{summary}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    )
    article = article_from_text(text)
    assert article.metadata.author == "THU HÀ"
    assert article.metadata.published == "2022-09-14"


def test_a_date_between_two_copies_of_the_headline_is_the_storys():
    """The page's title, its date, then the headline: that date, not the source's date
    printed under the story, nor an archive's date field."""
    head = "Development bank to open a branch in Hanoi"
    text = (
        f"{head}\n\n10-05-2025 20:25:17+07:00\n\n{head}\n\n{EN_BODY}\nVIR\n\n"
        "- 17:07 09/05/2025\n"
    )
    assert article_from_text(text).metadata.published == "2025-05-10"
    archived = (
        f" date 2023-03-24 Menu Content\n\n{head}\n\n"
        f"Written: 2023-03-29 13:55:12\n\n{head}\n\n{EN_BODY}"
    )
    assert article_from_text(archived).metadata.published == "2023-03-29"


def test_a_social_pages_name_over_its_posts_date_writes_nothing():
    """A social page's post: the page's name over the post's date is the outlet."""
    text = (
        "KOFIC Vietnam\n5 June 2025 at 16:02 · 🌏\n\n"
        f"[KOFIC Viet Nam] Korean film week opens in Hanoi\n\n{EN_BODY}"
    )
    assert article_from_text(text).metadata.author is None


STORY_EN = (
    "A battery maker from Seoul said on Tuesday it would open a second plant in Bac Ninh "
    "next year, hiring about 2,000 workers."
)
HEAD_EN = "Battery maker to open second plant in Vietnam"


def test_a_timeline_entry_keeps_its_time_and_dates_nothing():
    """A timeline's entries in the story's body: no page's stamp ("Posted", "Last
    updated"), so the time stays with its entry and no event's day dates the page."""
    first = (
        "October 3, 1995 09:15 AM - The two trade ministers initialled the shipping "
        "agreement in Hanoi after a week of talks."
    )
    second = (
        "October 4, 1995 14:00 - Officials from both sides said the first ferry route "
        "would open before the end of the year."
    )
    text = f"How the shipping deal came about\n\n{STORY_EN}\n\n{first}\n\n{second}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY_EN, first, second]
    assert article.metadata.published is None


def test_a_photo_credit_with_by_is_no_writer():
    assert plain_byline("Photo/By Quang Vinh") == "Photo/By Quang Vinh"
    assert plain_byline("Tác giả/By: Quang Vinh") == "By: Quang Vinh"
    caption = "Engineers check a line at the company's new plant in Hai Duong."
    for credit in ("Photo/By Quang Vinh", "Video/By Hoang Nam"):
        text = f"{HEAD_EN}\n\nMarch 5, 2024\n\n{caption}\n{credit}\n\n{EN_BODY}"
        article = article_from_text(text)
        assert article.metadata.author is None
        assert all(caption not in line.text for line in article.dropped)


def test_a_second_writer_in_capitals_after_the_comma_stays():
    assert plain_byline("By Choi Yu-na, PARK") == "By Choi Yu-na, PARK"
    assert plain_byline("by Pham Hoa, VNA") == "by Pham Hoa"


def test_a_tag_or_section_over_the_date_row_writes_nothing():
    """Over a date row above the headline: a section, a company, a person the story is
    about, a hashtag's slug: no writer."""
    for label in (
        "Thời Sự",
        "THỜI SỰ",
        "Hyundai Motor",
        "Moon Jae-in",
        "asean2026",
        "covid_19",
    ):
        text = (
            f"Home\n\n{label}\n05/03/2024 10:20\n{HEAD_EN}\n\n{STORY_EN}\n\n"
            f"{EN_MORE}\n\n{EN_LAST}\n"
        )
        assert article_from_text(text).metadata.author is None, label


def test_a_hangul_credit_with_a_date_dates_nothing():
    text = f"{HEAD_EN}\n\nBy Park Ha-neul\n\n자료사진 / 2015-03-01\n\n{EN_BODY}"
    assert article_from_text(text).metadata.published is None
    for label in (
        "자료사진 / 2015-03-01",
        "연합뉴스 / 2015-03-01",
        "사진 / 2015.03.01",
    ):
        footed = f"{HEAD_EN}\n\nBy Park Ha-neul\n\n{EN_BODY}\n{label}\n\nPosted : 2024-03-05\n"
        assert article_from_text(footed).metadata.published == "2024-03-05", label
    # a person's signed label still dates the page, below a labelled "Posted" date
    signed = f"{HEAD_EN}\n\nBy Park Ha-neul\n\n박하늘 / 2015-03-01\n\n{EN_BODY}\nPosted : 2024-03-05\n"
    assert article_from_text(signed).metadata.published == "2024-03-05"


def test_a_labelled_posting_date_beats_a_date_between_title_copies():
    title = "Vietnam-Korea Trade Fair 2025"
    text = (
        f"{title}\n\nJune 11, 2025\n\n{title}\n\n{STORY_EN}\n\n{EN_MORE}\n\n"
        "Posted on April 2, 2025\n"
    )
    assert article_from_text(text).metadata.published == "2025-04-02"
