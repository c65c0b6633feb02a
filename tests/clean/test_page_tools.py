"""A page's own tools and notices brought along with its text: an audio player's notice, a
portal's font tools. Every text here is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import (
    KO_MORE,
    KO_STORY,
    MORE,
    STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
)

HEAD = "Two port cities open a joint office for small firms"


@pytest.mark.parametrize(
    "notice",
    [
        "Your browser does not support the audio element.",
        "Your browser doesn't support HTML5 video.",
        "Trình duyệt của bạn không hỗ trợ thẻ audio.",
        "이 브라우저는 비디오 태그를 지원하지 않습니다.",
    ],
)
def test_a_players_notice_that_the_browser_cannot_play_it_is_no_story(notice):
    article = article_from_text(f"{HEAD}\n\n{notice}\n\n{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[notice] == "browser notice"


def test_a_portals_font_tools_over_the_story_are_no_headline():
    tools = "Cỡ chữ Màu chữ image"
    text = (
        f"title\n\n{HEAD}\nThứ tư, 28/12/2016, 09:05 SA\n{tools}\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert reasons(article)[tools] == "font tools"
    assert paragraphs(article) == [STORY, MORE]


def test_a_sentence_about_a_browser_is_story():
    told = "Your browser does not support the new payment app yet, the bank said on Monday, and an update will follow."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n")
    assert told in paragraphs(article)


KO_HEAD = "한국과 베트남, 항만 협력 사무소 개설"


def test_a_message_boards_labels_around_a_post_are_no_story():
    labels = ["작성자 정보", "작성일", "컨텐츠 정보", "본문"]
    text = f"{KO_HEAD}\n\n{labels[0]}\n\n{labels[1]}\n\n{labels[2]}\n\n{labels[3]}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert all(reasons(article)[label] == "navigation" for label in labels)


def test_a_boards_written_by_line_names_the_reporter():
    article = article_from_text(
        f"{KO_HEAD}\n\n김하늘 기자 작성\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.byline == "김하늘"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "name", ["항만+협력+사무소(1).jpg", "IMG_2041.JPG", "port-office.webp"]
)
def test_a_pictures_file_name_is_no_subheading(name):
    caption = "항만 협력 사무소 개소식 / 사진=한빛시"
    article = article_from_text(
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{name}\n\n{caption}\n\n{KO_MORE}\n"
    )
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[name] == "image file name"
    assert captions(article) == [caption]


def test_a_korean_pages_text_printed_again_without_its_hangul_is_no_story():
    stripped = ["( ) (Bac Kan Province) H+ 2025 .", "12 , H+ .", "160km ."]
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n" + "\n".join(stripped) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert all(
        reasons(article)[line] == "text stripped of its Korean" for line in stripped
    )


def test_a_line_in_letters_on_a_korean_page_is_still_read():
    quote = "Vietnam is our partner, he said."
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{quote}\n\n{KO_MORE}\n"
    assert quote in paragraphs(article_from_text(text))


def test_a_korean_comment_box_and_its_close_button_are_no_story():
    box = [
        "×",
        "댓글 (0)",
        "아직 댓글이 없습니다. 첫 댓글을 작성해보세요!",
        "댓글 작성",
    ]
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n" + "\n\n".join(box) + "\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE]


def test_a_prompt_to_read_more_elsewhere_is_no_story():
    prompt = (
        "For more news and expert analysis about Vietnam, please see Example Focus."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{prompt}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[prompt] == "more news prompt"


def test_a_columns_label_is_not_part_of_the_headline():
    article = article_from_text(f"COLUMN: {HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD


def test_a_date_and_time_with_a_bar_between_run_on_into_the_lead_are_the_date():
    lead = (
        "Ngày 12/11, ngày hội văn hóa của thành phố đã diễn ra tại công viên trung tâm."
    )
    more = "Hàng nghìn người dân đã đến tham dự và thưởng thức các tiết mục biểu diễn."
    article = article_from_text(
        f"Ngày hội văn hóa\n\n13/11/2017 | 14:45{lead}\n\n{more}\n"
    )
    assert paragraphs(article) == [lead, more]
    assert str(article.metadata.published) == "2017-11-13"


def test_a_place_not_in_capitals_before_a_known_wires_tag_is_the_dateline():
    text = f"{HEAD}\n\nSeoul, Aug 11 (IANS) {STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == "IANS"
    assert article.metadata.dateline == "Seoul"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "<연락처 : 한빛재단 베트남 대표 사무실. 전화: 84-4-6251-0000. 주소: 1",
            "contact or attachment line",
        ),
        (")", "lone number or symbol"),
    ],
)
def test_a_contact_line_and_a_lone_bracket_are_no_story(line, reason):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{line}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[line] == reason


@pytest.mark.parametrize(
    "told",
    [
        "For more news about the programme, students can follow the centre's page, officials said.",
        "For more updates on flights, passengers were told to see the airline's notices.",
    ],
)
def test_a_sentence_that_opens_like_a_prompt_is_story(told):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n")
    assert told in paragraphs(article)


def test_a_sentence_in_letters_with_a_space_before_its_stop_on_a_korean_page_is_kept():
    line = "Việt Nam và Hàn Quốc là những người bạn thân thiết ."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{line}\n\n{KO_MORE}\n")
    assert reasons(article).get(line) != "text stripped of its Korean"


def test_a_sites_colour_themes_are_no_headline():
    line = "Màu đỏ Màu xanh nước biển Màu vàng Màu xanh lá cây"
    head = "Đoàn công tác tỉnh Jeollanam thăm và làm việc tại Đồng Nai"
    story = (
        "Sáng nay, đoàn công tác của tỉnh Jeollanam, Hàn Quốc đã đến thăm và làm việc "
        "với lãnh đạo tỉnh về hợp tác đầu tư."
    )
    more = "Hai bên thống nhất sẽ tổ chức các hoạt động xúc tiến đầu tư trong năm tới."
    article = article_from_text(f"{line}\n\n{head}\n\n{story}\n\n{more}\n")
    assert article.title == head
    assert reasons(article)[line] == "colour picker"


def test_a_headline_naming_colours_stays_the_headline():
    head = "Màu xanh hy vọng màu đỏ nhiệt huyết màu vàng rực rỡ"
    story = (
        "Lễ hội văn hóa Hàn Quốc - Việt Nam năm nay được trang trí với ba gam màu chủ đạo, "
        "tượng trưng cho tình hữu nghị giữa hai nước."
    )
    more = (
        "Ban tổ chức cho biết lễ hội kéo dài ba ngày với hơn 50 gian hàng của hai nước."
    )
    assert article_from_text(f"{head}\n\n{story}\n\n{more}\n").title == head


VI_HEAD = "Đưa 94 lao động sang Hàn Quốc làm việc thời vụ trong lĩnh vực nông nghiệp"
VI_STORY = "Ngày 02/4/2025, tỉnh tiếp tục mang đến cơ hội việc làm cho người lao động thông qua chương trình thời vụ."
VI_MORE = "Ngay sau khi đến Hàn Quốc, đoàn đã được lãnh đạo huyện tiếp đón và trao đổi kế hoạch làm việc."


def test_the_sites_name_as_its_address_spells_it_is_its_masthead():
    url = "https://xuatkhaulaodonghanbit.com/vi/news/dua-94-lao-dong.html"
    text = (
        f"{VI_HEAD}\n2025-04-09T14:57:56+07:00\n"
        "Xuất khẩu lao động Hanbit\n"
        "https://xuatkhaulaodonghanbit.com/uploads/logo_1.png\n"
        f"{VI_STORY}\n{VI_MORE}\n"
    )
    article = article_from_text(text, url=url)
    assert article.title == VI_HEAD
    assert article.metadata.outlet == "Xuất khẩu lao động Hanbit"
    assert reasons(article)["Xuất khẩu lao động Hanbit"] == "site's name"
    assert paragraphs(article) == [VI_STORY, VI_MORE]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Chế độ ban đêm OFF", "navigation"),
        ("Cỡ chữ: A- A A+", "font tools"),
        ("Acronyms View with size's text Listening content", "reading tools"),
        (
            "Người đăng: Admin Ngày đăng: 15:14 | 24/01 Lượt xem: 311",
            "vietnamese post details",
        ),
        (
            "Chào mừng bạn đã đến với Liên hiệp các tổ chức hữu nghị tỉnh",
            "site welcome",
        ),
        ("Logo của trang https://example.vn/uploads/logo_1.png", "image address"),
    ],
)
def test_a_vietnamese_portals_tools_over_the_headline_are_no_headline(line, reason):
    article = article_from_text(f"{line}\n\n{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n")
    assert article.title == VI_HEAD
    assert reasons(article)[line] == reason


def test_a_korean_boards_headline_after_its_day_gives_the_day():
    article = article_from_text(f"23.11.08 {KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == KO_HEAD
    assert str(article.metadata.published) == "2023-11-08"


def test_a_headline_that_names_the_site_in_letters_stays_the_headline():
    head = "KOTRA, 베트남 하노이서 수출상담회 개최"
    article = article_from_text(
        f"{head}\n\n{KO_STORY}\n\n{KO_MORE}\n", url="https://www.kotra.or.kr/news/123"
    )
    assert article.title == head


def test_a_listed_papers_masthead_gives_its_listed_name():
    text = f"Korea Herald\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text, url="https://www.koreaherald.com/view.php?ud=1")
    assert article.metadata.outlet == "The Korea Herald"


def test_a_blogs_authors_name_spelt_by_its_address_stays_the_byline():
    text = f"{VI_HEAD}\n\nNguyễn Văn An\n\n{VI_STORY}\n\n{VI_MORE}\n"
    article = article_from_text(text, url="https://nguyenvanan.com/2023/01/bai-viet")
    assert article.byline == "Nguyễn Văn An"


def test_post_details_with_a_full_date_give_the_date():
    line = "Người đăng: Admin | Ngày đăng: 24/01/2023 15:14 | Lượt xem: 311"
    article = article_from_text(f"{VI_HEAD}\n\n{line}\n\n{VI_STORY}\n\n{VI_MORE}\n")
    assert str(article.metadata.published) == "2023-01-24"


@pytest.mark.parametrize(
    "told",
    [
        "Chào mừng bạn đến với lễ hội văn hóa Hàn Quốc lần thứ 5 tại Đà Nẵng, nơi hàng nghìn người dân đã tham gia.",
        "Lượt xem: trên 2 triệu lượt người đã theo dõi trận đấu trên truyền hình và mạng xã hội.",
    ],
)
def test_a_sentence_shaped_like_a_portals_tool_is_story(told):
    article = article_from_text(f"{VI_HEAD}\n\n{VI_STORY}\n\n{told}\n\n{VI_MORE}\n")
    assert told in paragraphs(article)


def test_a_two_digit_year_after_this_one_is_last_century():
    article = article_from_text(f"99.10.20 {KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert str(article.metadata.published) == "1999-10-20"
    assert article.title == KO_HEAD


def test_a_korean_headline_opening_in_letters_after_its_day():
    head = "KOTRA 하노이 무역관 개소"
    article = article_from_text(f"23.11.08 {head}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == head


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "The original article is written and published on Hanbit Daily in "
            "Vietnamese only. To read it, please use the Google Translate tool below.",
            "translation note",
        ),
        ("Hanbit Daily is not responsible for the translation.", "translation note"),
        ("Google translate", "navigation"),
        ("YOU MAY CARE ABOUT", "navigation"),
        ("RATING", "navigation"),
        ("▶다른기사보기", "navigation"),
    ],
)
def test_a_translation_widgets_notes_and_a_link_to_other_stories_are_no_story(
    line, reason
):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[line] == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "WORDS ON THE STREET Lunar New Year Smart City Summit Hanoi Sea Games",
            "trending strip",
        ),
        (
            "* Mời quý độc giả theo dõi các chương trình đã phát sóng trên TV Online!",
            "channel invitation",
        ),
        ("Be the first to review this post!", "empty widget"),
        (
            "We are creating some awesome events for you. Kindly bear with us.",
            "empty widget",
        ),
        (
            "공공누리가 부착되지 않은 자료는 사전에 협의한 이후에 사용하여 주시기 바랍니다.",
            "public body notice",
        ),
    ],
)
def test_a_sites_strips_invitations_widgets_and_reuse_notices_are_furniture(
    line, reason
):
    article = article_from_text(f"{line}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[line] == reason


def test_a_sentence_opening_with_words_on_the_street_is_story():
    said = (
        "Words on the street are mostly Korean now: tteokbokki and kimbap are written on "
        "signs along Ta Hien Street, where vendors say sales have doubled."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{said}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, said, MORE]


def test_a_cms_account_signing_the_page_is_no_author():
    article = article_from_text(
        f"{HEAD}\n\nAuthor: Administrator\n\n{STORY}\n\n{MORE}\n"
    )
    assert article.author is None
    assert paragraphs(article) == [STORY, MORE]


def test_a_login_box_above_the_headline_is_no_story():
    box = "비밀번호를 입력해주세요.\n\n키워드\n\n로그인을 하시면\n다양한 서비스를\n제공받으실 수 있습니다."
    article = article_from_text(f"{box}\n\n{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == KO_HEAD
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)["비밀번호를 입력해주세요."]


@pytest.mark.parametrize("foot", ["댓글()", "추천기사"])
def test_a_comment_box_or_a_recommended_label_under_the_story_is_no_paragraph(foot):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{foot}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_back_to_top_link_in_vietnamese_is_no_paragraph():
    head = "Giao lưu văn hóa giữa sinh viên hai trường"
    story = "Sáng nay, sinh viên hai trường đã gặp nhau tại hội trường lớn để giao lưu."
    more = "Chương trình kéo dài ba ngày với nhiều hoạt động giao lưu và tham quan."
    article = article_from_text(f"{head}\n\n{story}\n\n{more}\n\nQuay lên trên\n")
    assert paragraphs(article) == [story, more]
