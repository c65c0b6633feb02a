"""A caption of a sentence's length that stops without a full stop, between paragraphs
that end theirs, is a caption though the page wrapped it onto two lines, where the page
sets each paragraph on one line. In a page that wraps its paragraphs, two lines with no
stop are no such sign. Every text is invented."""

from __future__ import annotations

from builders import HEAD, LAST, MORE, STORY, article_from_text, captions, paragraphs

WRAPPED = [
    "Volunteers of Example National University teaching the pupils at Binh Minh",
    "primary school (Tan Phu district) how to play a traditional game",
]


def test_a_caption_wrapped_onto_two_lines_between_one_line_paragraphs_is_a_caption():
    text = "\n\n".join([HEAD, STORY, "\n".join(WRAPPED), MORE, LAST]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert captions(article) == [" ".join(WRAPPED)]


def test_two_unstopped_lines_in_a_page_that_wraps_its_paragraphs_stay_story():
    def wrapped(text: str) -> str:
        words = text.split()
        return "\n".join(" ".join(words[i : i + 8]) for i in range(0, len(words), 8))

    text = "\n\n".join(
        [HEAD, wrapped(STORY), "\n".join(WRAPPED), wrapped(MORE), wrapped(LAST)]
    )
    article = article_from_text(text + "\n")
    assert " ".join(WRAPPED) in paragraphs(article)


# a Vietnamese caption with no stop over a crosshead, the story going on under it
VI_CAPTION = (
    "Đoàn đại biểu hai tỉnh tham quan khu công nghiệp mới xây dựng tại huyện Bình An"
    " vào cuối tuần qua"
)
VI_LEAD = (
    "Sáng 3/3, đại diện hai tỉnh đã ký kết biên bản ghi nhớ về hợp tác đầu tư, thương"
    " mại và du lịch trong giai đoạn tới."
)
VI_NEXT = (
    "Theo kế hoạch, văn phòng đại diện sẽ đi vào hoạt động từ mùa xuân năm sau và hỗ"
    " trợ doanh nghiệp hai bên tìm kiếm đối tác."
)
VI_LAST = "Lãnh đạo hai tỉnh cho biết sẽ ký một thỏa thuận rộng hơn trước cuối năm."


def test_an_unstopped_caption_over_a_crosshead_is_a_caption():
    text = "\n".join(
        [
            "Hai tỉnh mở văn phòng",
            VI_LEAD,
            VI_CAPTION,
            "Kết nối đầu tư",
            VI_NEXT,
            VI_LAST,
        ]
    )
    article = article_from_text(text + "\n")
    assert paragraphs(article) == [VI_LEAD, VI_NEXT, VI_LAST]
    assert captions(article) == [VI_CAPTION]


def test_over_a_crosshead_on_a_page_that_stops_no_paragraph_the_line_stays():
    unstopped = [p.removesuffix(".") for p in (VI_LEAD, VI_NEXT, VI_LAST)]
    lead, after, last = unstopped
    text = "\n".join(
        ["Hai tỉnh mở văn phòng", lead, VI_CAPTION, "Kết nối đầu tư", after, last]
    )
    article = article_from_text(text + "\n")
    assert VI_CAPTION in paragraphs(article)


def test_an_unstopped_sentence_telling_what_will_happen_over_a_crosshead_stays():
    plan = (
        "Theo thỏa thuận, hai bên sẽ thành lập văn phòng đại diện tại mỗi địa phương"
        " và tổ chức ít nhất hai đoàn xúc tiến đầu tư mỗi năm"
    )
    text = "\n".join(
        ["Hai tỉnh mở văn phòng", VI_LEAD, plan, "Kết nối đầu tư", VI_NEXT, VI_LAST]
    )
    assert plan in paragraphs(article_from_text(text + "\n"))


def test_an_unstopped_intro_over_a_list_of_short_lines_stays():
    intro = (
        "Theo biên bản, hai địa phương ưu tiên hợp tác trong ba lĩnh vực mà doanh"
        " nghiệp của cả hai bên đang có nhu cầu lớn nhất hiện nay"
    )
    items = ["Công nghệ thông tin và bán dẫn", "Đào tạo nghề cho lao động trẻ"]
    text = "\n\n".join(["Hai tỉnh mở văn phòng", VI_LEAD, intro, *items, VI_LAST])
    article = article_from_text(text + "\n")
    assert intro in paragraphs(article)
    assert captions(article) == []


def test_two_unstopped_lines_telling_what_will_happen_stay_story():
    wrapped = [
        "Most of the money will go to new plants in Bac Ninh and Thai Nguyen provinces",
        "where the group already employs more than 100,000 workers",
    ]
    text = "\n\n".join([HEAD, STORY, "\n".join(wrapped), MORE, LAST]) + "\n"
    article = article_from_text(text)
    assert " ".join(wrapped) in paragraphs(article)
    assert captions(article) == []


def test_two_unstopped_lines_on_a_page_with_another_wrapped_paragraph_stay_story():
    wrapped_story = "\n".join(STORY.split(", ", 1))  # the lead above set on two lines
    text = "\n\n".join([HEAD, wrapped_story, "\n".join(WRAPPED), MORE, LAST]) + "\n"
    article = article_from_text(text)
    assert " ".join(WRAPPED) in paragraphs(article)
