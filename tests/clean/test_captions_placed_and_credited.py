"""Round 28 of issue 10: captions told by where people stand in the picture, by the
photographer's credit over them, by the picture's file name run into them, and captions
opening a page whose headline the copy left out. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import (
    LAST,
    MORE,
    STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
    story_text,
)

HEAD = "Two cities open a joint office for small firms"
VI_STORY = (
    "Chiều 12/3, lãnh đạo tỉnh đã tiếp đoàn công tác của Tổng Lãnh sự quán Hàn Quốc tại "
    "Thành phố Hồ Chí Minh và trao đổi về các dự án hợp tác trong năm tới."
)
VI_MORE = (
    "Hai bên thống nhất sẽ tổ chức một hội chợ giới thiệu sản phẩm của doanh nghiệp địa "
    "phương tại Hàn Quốc vào mùa thu năm nay."
)


@pytest.mark.parametrize(
    "caption",
    [
        "Nguyen Thi Lan, left, moved from Hanoi to a city near Seoul when she married a "
        "farmer there. She lives with him and his family, including his brother, right, "
        "and his mother, who says that the new office helped her find work.",
        "Kim Min-ji, second from left, has run the office since it opened and says that "
        "the firms which came to its first fair will come back next year, with more on "
        "the way from both cities and from the ports around them.",
    ],
)
def test_a_line_placing_people_in_the_picture_is_a_caption(caption):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n\n{LAST}\n")
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_a_vietnamese_caption_placing_the_speaker_is_a_caption():
    caption = (
        "Ông Trần Văn An (phải), Chủ tịch UBND tỉnh, mong Tổng Lãnh sự hỗ trợ tỉnh tổ "
        "chức sự kiện “Gặp gỡ Hàn Quốc” tại tỉnh vào mùa thu năm nay, với sự tham gia "
        "của nhiều doanh nghiệp và hiệp hội của hai nước."
    )
    head = "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Hàn Quốc"
    article = article_from_text(f"{head}\n\n{VI_STORY}\n\n{caption}\n\n{VI_MORE}\n")
    assert captions(article) == [caption]
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_a_left_in_a_story_sentence_is_no_caption():
    told = "The mayor left, saying the office would open in May, and the talks ended."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, told, MORE]


def test_a_photographers_credit_for_a_paper_marks_the_caption_under_it():
    credit = "Jane Park for The Hanbit Times"
    caption = (
        "The new office's staff answer calls from both cities, giving firms advice."
    )
    text = f"{HEAD}\n\n{STORY}\n\n{credit}\n{caption}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert reasons(article)[credit] == "picture credit"
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_a_heading_with_for_and_a_place_is_no_credit():
    heading = "Big Wins for South Korea"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{heading}\n\n{MORE}\n")
    assert heading not in reasons(article)


def test_a_pictures_file_name_run_into_its_caption_is_taken_off():
    line = "7_JointOffice_05032024Officials open the joint office for small firms."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n\n{LAST}\n")
    assert reasons(article)["7_JointOffice_05032024"] == "image file name"
    assert captions(article) == ["Officials open the joint office for small firms."]
    assert paragraphs(article) == [STORY, MORE, LAST]


@pytest.mark.parametrize(
    "caption",
    [
        "The Mayor of Hanbit offers a gift to the Ambassador of Korea.",
    ],
)
def test_who_gives_what_and_who_is_at_what_are_captions(caption):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n\n{LAST}\n")
    assert captions(article) == [caption]


def test_a_caption_opening_a_page_without_its_headline():
    caption = "The delegation poses for a photo with the staff of the new office"
    article = article_from_text(f"{caption}\n\n{STORY}\n\n{MORE}\n")
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE]


def test_a_vietnamese_caption_of_who_speaks_opening_a_headless_page():
    caption = (
        "Ông Kim Min-su, Trưởng Đại diện Tổng cục Du lịch Hàn Quốc tại Việt Nam phát biểu "
        "tại sự kiện vào tối ngày 26/11."
    )
    article = article_from_text(f"{caption}\n\n{VI_STORY}\n\n{VI_MORE}\n")
    assert captions(article) == [caption]
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_a_headless_pages_short_vietnamese_lead_is_no_caption():
    lead = "Tỉnh Bắc Ninh vừa đón thêm một dự án lớn của Hàn Quốc."
    article = article_from_text(f"{lead}\n\n{VI_STORY}\n\n{VI_MORE}\n")
    assert lead in paragraphs(article)


PICTURES = [
    "Hai thành phố mở văn phòng chung cho doanh nghiệp nhỏ - ảnh 2",
    "VP-chung 1.jpg",
    "![](https://example.vn/anh/vp-chung.jpg)",
]


@pytest.mark.parametrize("picture", PICTURES)
@pytest.mark.parametrize(
    "caption",
    [
        "Các em nhỏ hào hứng tham gia trò chơi dân gian tại gian hàng của hai thành phố",
        "Văn phòng chung (phố Trần Văn Lai, quận Nam Từ Liêm)",
    ],
)
def test_a_line_under_a_picture_a_blank_line_apart_that_ends_no_sentence_is_a_caption(
    picture, caption
):
    head = "Hai thành phố mở văn phòng chung cho doanh nghiệp nhỏ"
    cut = "Ngoài các gian hàng ẩm thực, một"  # the copy ends mid-sentence
    text = f"{head}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{picture}\n\n{caption}\n\n{cut}\n"
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert story_text(article) == [VI_STORY, VI_MORE, cut]


@pytest.mark.parametrize("picture", PICTURES)
def test_a_paragraph_under_a_picture_a_blank_line_apart_stays_story(picture):
    head = "Hai thành phố mở văn phòng chung cho doanh nghiệp nhỏ"
    told = (
        "Văn phòng mở cửa từ thứ Hai đến thứ Sáu và giúp doanh nghiệp của hai thành phố "
        "tìm đối tác."
    )
    text = f"{head}\n\n{VI_STORY}\n\n{picture}\n\n{told}\n\n{VI_MORE}\n"
    assert paragraphs(article_from_text(text)) == [VI_STORY, told, VI_MORE]


def test_a_headline_under_the_sites_picture_stays_the_headline():
    head = "Hai thành phố mở văn phòng chung cho doanh nghiệp nhỏ"
    text = f"{PICTURES[1]}\n\n{head}\n\n{VI_STORY}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert article.title == head
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_a_list_item_under_a_picture_stays_story():
    head = "Hai thành phố mở văn phòng chung cho doanh nghiệp nhỏ"
    item = "- Hỗ trợ doanh nghiệp nhỏ tìm đối tác tại hai thành phố"
    text = f"{head}\n\n{VI_STORY}\n\n{PICTURES[0]}\n\n{item}\n\n{VI_MORE}\n"
    assert captions(article_from_text(text)) == []


def test_a_pictures_hyphenated_lower_case_name_marks_the_caption_under_it():
    name = "van-phong-chung-hai-thanh-pho"
    caption = "Lãnh đạo hai thành phố cắt băng khai trương văn phòng chung."
    text = f"{HEAD}\n\n{STORY}\n\n{name}\n{caption}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert reasons(article)[name] == "image file name"
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE, LAST]


@pytest.mark.parametrize("line", ["Korea-Vietnam-Japan", "e-mail", "K-pop fans"])
def test_a_hyphenated_name_with_capitals_or_one_hyphen_is_no_file_name(line):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert reasons(article).get(line) != "image file name"


@pytest.mark.parametrize("name", ["h1", "h2 h2b", "anh12"])
def test_a_pictures_short_id_alone_marks_the_caption_under_it(name):
    caption = "Leaders of the two cities talk about the joint office in its new rooms"
    text = f"{HEAD}\n\n{STORY}\n\n{name}\n{caption}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert reasons(article)[name] == "image file name"
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_the_headline_again_with_curly_quotes_for_straight_is_no_paragraph():
    head = 'Hàn Quốc cấp thị thực 5 năm để đáp lại "tình cảm của người Việt"'
    again = "Hàn Quốc cấp thị thực 5 năm để đáp lại “tình cảm của người Việt”"
    text = f"{head}\n\n{VI_STORY}\n\n{again}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert reasons(article)[again] == "repeats the headline"
    assert paragraphs(article) == [VI_STORY, VI_MORE]


@pytest.mark.parametrize(
    "caption",
    [
        "Chủ tịch UBND tỉnh Nguyễn Văn An giới thiệu tranh dân gian Đông Hồ với ông Kim Min-su.",
        'Giám đốc Sở Ngoại vụ Trần Văn Bình thông tin về sự kiện "Gặp gỡ Hàn Quốc 2025".',
        "Đại sứ Hàn Quốc trao tặng giấy khen cho đại diện các chi hội sinh viên",
        "Thủ tướng Phạm Văn An tiếp Chủ tịch Tập đoàn Hanbit Kim Min-su.",
    ],
)
def test_one_with_a_title_shown_giving_or_showing_is_a_vietnamese_caption(caption):
    head = "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Hàn Quốc"
    article = article_from_text(f"{head}\n\n{VI_STORY}\n\n{caption}\n\n{VI_MORE}\n")
    assert captions(article) == [caption]
    assert paragraphs(article) == [VI_STORY, VI_MORE]


@pytest.mark.parametrize(
    "told",
    [
        "Chủ tịch UBND tỉnh Nguyễn Văn An đề nghị hai bên giới thiệu cơ hội đầu tư của "
        "tỉnh tới doanh nghiệp.",
        "Ông Kim Min-su cho biết công ty sẽ giới thiệu sản phẩm mới tại hội chợ.",
        "Bí thư Tỉnh ủy tiếp tục chỉ đạo các sở, ngành hỗ trợ doanh nghiệp Hàn Quốc.",
        "Chủ tịch UBND tỉnh đã tiếp đoàn doanh nghiệp Hàn Quốc vào chiều qua tại trụ sở "
        "Ủy ban nhân dân tỉnh.",
        "Đại sứ Kim Min-su thăm tỉnh nhằm thúc đẩy hợp tác kinh tế và giao lưu văn hóa "
        "giữa tỉnh với các địa phương của Hàn Quốc.",
        "Ông Park thông tin về tình hình đầu tư của doanh nghiệp Hàn Quốc tại tỉnh trong "
        "6 tháng đầu năm.",
    ],
)
def test_a_titled_one_who_asks_reports_or_acted_stays_story(told):
    head = "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Hàn Quốc"
    article = article_from_text(f"{head}\n\n{VI_STORY}\n\n{told}\n\n{VI_MORE}\n")
    assert paragraphs(article) == [VI_STORY, told, VI_MORE]


@pytest.mark.parametrize(
    "line",
    [
        "Tại buổi làm việc, Chủ tịch UBND tỉnh đề xuất ba nội dung hợp tác như sau:",
        "Phát biểu tại buổi làm việc, Tổng Lãnh sự Hàn Quốc nhấn mạnh",
        "Minh Anh - Thu Hà (theo Báo Tin tức và Yonhap)",
        "Phát biểu tại buổi làm việc, Tổng Lãnh sự Hàn Quốc cho rằng",
        "Phát biểu tại buổi làm việc, Tổng Lãnh sự Hàn Quốc nhấn mạnh,",
        "Minh Anh - Thu Hà / Theo Báo Tin tức",
    ],
)
def test_a_lead_in_or_a_byline_under_a_picture_is_no_caption(line):
    head = "Hai thành phố mở văn phòng chung cho doanh nghiệp nhỏ"
    text = f"{head}\n\n{VI_STORY}\n\n{PICTURES[0]}\n\n{line}\n\n{VI_MORE}\n"
    assert line not in captions(article_from_text(text))


KO_STORY = "베트남 총리는 월요일 하노이에서 한국 기업 대표단을 만나 투자 확대를 요청했다고 밝혔다."
KO_MORE = "양측은 내년 봄까지 첫 사업을 시작하고 두 나라 기업을 연결할 계획이다."


@pytest.mark.parametrize(
    ("head", "again", "story", "more"),
    [
        (
            "Phó Thủ tướng: “Hàn Quốc là nhà đầu tư hàng đầu”",
            "Phó Thủ tướng: ‘Hàn Quốc là nhà đầu tư hàng đầu’",
            VI_STORY,
            VI_MORE,
        ),
        (
            "베트남 총리 ‘한국은 최대 투자국’",
            '베트남 총리 "한국은 최대 투자국"',
            KO_STORY,
            KO_MORE,
        ),
    ],
)
def test_the_headline_again_with_quotes_of_another_kind_is_no_paragraph(
    head, again, story, more
):
    article = article_from_text(f"{head}\n\n{story}\n\n{again}\n\n{more}\n")
    assert reasons(article)[again] == "repeats the headline"


@pytest.mark.parametrize(
    ("caption", "story", "more"),
    [
        (
            "Officials gathered at the new office in Hanoi on May 29 to mark its opening "
            "with the firms of both cities. / Yonhap",
            STORY,
            MORE,
        ),
        (
            "Bức ảnh chụp trong lần đầu tiên anh Kim sang Việt Nam du lịch. (Ảnh NVCC)",
            VI_STORY,
            VI_MORE,
        ),
        (
            "<한빛마트 하노이점 모습. 한빛리테일 제공>",
            "한빛리테일은 베트남 하노이에 첫 매장을 열었다고 밝혔다.",
            "회사는 내년까지 매장을 열 곳으로 늘릴 계획이다.",
        ),
    ],
)
def test_a_caption_closed_by_its_credit_after_a_slash_in_brackets_or_angled(
    caption, story, more
):
    """ " / Yonhap" after the caption's last sentence, "(Ảnh NVCC)" (given by the person
    shown), "<… 모습. X 제공>": a picture's caption and its credit, not story text."""
    article = article_from_text(f"{HEAD}\n\n{story}\n\n{caption}\n\n{more}\n")
    assert paragraphs(article) == [story, more]
    assert captions(article) == [caption]


def test_a_headline_over_its_pictures_credit_on_a_line_of_its_own():
    """ "… Tech Sector" over "(Photo : LG Newsroom)" opening the page: the headline, the
    credit its picture's; no caption, and no names proposed from the headline's words."""
    head = "South Korean Display Maker’s $1 Billion Investment Set to Bolster Port City"
    article = article_from_text(
        f"{head}\n(Photo : Example Newsroom)\n\n{STORY}\n\n{MORE}\n"
    )
    assert article.title == head
    assert captions(article) == []
    assert paragraphs(article) == [STORY, MORE]


def test_a_caption_over_its_credit_opening_the_page_is_still_a_caption():
    caption = "Vice Chairman Nguyen Van An (R) and Chairman Kim Min-ji shake hands"
    article = article_from_text(f"{caption}\n(Photo: VNA)\n\n{STORY}\n\n{MORE}\n")
    assert article.title != caption
    assert paragraphs(article) == [STORY, MORE]


def test_a_caption_closed_by_an_agencys_initials_and_photo_is_no_headline():
    """ "… prepared by a participating team VNA Photo" opening a page without its
    headline: a caption, its credit after it."""
    caption = "Spring rolls prepared by a participating team VNA Photo"
    article = article_from_text(f"{caption}\n{STORY}\n{MORE}\n")
    assert article.title != caption
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    ("said", "story", "more"),
    [
        (
            "Theo thỏa thuận, hai bên sẽ mở văn phòng đại diện tại Hải Phòng vào cuối "
            "năm. (Ảnh dưới)",
            VI_STORY,
            VI_MORE,
        ),
        (
            "The new terminal, which opened last year, now handles most container "
            "traffic. (Photo gallery below)",
            STORY,
            MORE,
        ),
        (
            "Theo thỏa thuận, hai bên sẽ mở văn phòng đại diện tại Hải Phòng vào cuối "
            "năm. / Theo Yonhap",
            VI_STORY,
            VI_MORE,
        ),
    ],
)
def test_a_story_sentence_pointing_at_a_picture_or_its_source_stays_story(
    said, story, more
):
    article = article_from_text(f"{HEAD}\n\n{story}\n\n{said}\n\n{more}\n")
    assert paragraphs(article) == [story, said, more]


@pytest.mark.parametrize(
    "caption",
    [
        "〈한빛마트 하노이점 모습. 한빛리테일 제공〉",
        "< 한빛마트 하노이점 모습. 한빛리테일 제공 >",
        "<한빛마트 하노이점 모습 / 한빛리테일 제공>",
    ],
)
def test_korean_captions_in_other_angle_brackets(caption):
    story = "한빛리테일은 베트남 하노이에 첫 매장을 열었다고 밝혔다."
    more = "회사는 내년까지 매장을 열 곳으로 늘릴 계획이다."
    article = article_from_text(f"{HEAD}\n\n{story}\n\n{caption}\n\n{more}\n")
    assert paragraphs(article) == [story, more]
    assert captions(article) == [caption]


def test_a_caption_over_the_story_cut_off_at_the_copy_s_end_takes_one_line():
    """With single line breaks, under a picture: the caption, then story lines, the last
    cut off mid-sentence where the copy ends; only the caption is the caption."""
    cut = (
        "Both mayors said that, in the context of the growing flow of investment from "
        "firms of the two cities, together with the demand among"
    )
    text = (
        f"{HEAD}\n\n{STORY}\nsession_photo_02.png\n"
        f"Photo. The mayors at the opening of the office.\n{MORE}\n{cut}\n"
    )
    article = article_from_text(text)
    assert captions(article) == ["Photo. The mayors at the opening of the office."]
    assert paragraphs(article) == [STORY, MORE, cut]


def test_a_korean_wire_lead_under_a_picture_is_the_story_not_its_caption():
    """ "[한빛일보 한지수 기자] 이마트가 … 개장한다." under a picture's file name."""
    lead = "이마트가 베트남 법인에 대규모 투자를 단행하고 이르면 내년 베트남 호찌민에 2호점을 개장한다."
    more = "이는 기존 매장 리뉴얼과 신규출점을 위한 부지 매입을 더한 금액이다."
    text = (
        "이마트, 베트남 법인에 투자\n\nPYH2015122802150001300_P4.jpg\n"
        f"[한빛일보 한지수 기자] {lead}\n\n{more}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [lead, more]
    assert captions(article) == []
    assert (article.byline, article.metadata.outlet) == ("한지수", "한빛일보")
