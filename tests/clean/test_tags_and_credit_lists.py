"""Round eight of issue 10: outlets that name themselves only in a tag, Korean papers'
credit lists and bylines with the date, captions told by a position or a scene. Every
text here is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import (
    KO_MORE,
    KO_STORY,
    LAST,
    MORE,
    STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
    story_text,
)

HEAD = "Two port cities open a joint office for small firms"
KO_HEAD = "한국과 베트남, 항만 협력 사무소 개설"
VI_STORY = (
    "Chiều 12/3, đoàn công tác của thành phố Changwon đã đến thăm và làm việc với lãnh đạo "
    "tỉnh về hợp tác đào tạo nghề cho lao động trẻ."
)
VI_MORE = (
    "Hai bên thống nhất sẽ ký kết biên bản ghi nhớ về đào tạo kỹ sư cơ khí trong năm nay, "
    "đồng thời mở rộng trao đổi sinh viên giữa các trường đại học."
)


# --- an outlet's own tag ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "outlet"),
    [
        ("(QNB) - ", "QNB"),  # a provincial paper's initials, not on the outlets list
        ("(ĐTN)- ", "ĐTN"),  # no space between the bracket and the dash
        ("(TN&MT) - ", "TN&MT"),
        ("(Baovinhlong.vn) - ", "Baovinhlong.vn"),  # the site's address as its name
        ("TTH.VN - ", "TTH.VN"),  # a site's tag, not a place in capitals
    ],
)
def test_an_unknown_outlets_tag_names_the_outlet(tag, outlet):
    article = article_from_text(f"{HEAD}\n\n{tag}{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == outlet
    assert not article.metadata.dateline


def test_a_known_outlet_named_elsewhere_outranks_an_unknown_tag():
    text = f"{HEAD}\n\n(QNB) - {STORY}\n\n{MORE}\n\nSource: VNA\n"
    assert article_from_text(text).metadata.outlet == "Vietnam News Agency"


def test_a_korean_papers_name_in_brackets_opens_the_story():
    article = article_from_text(f"{KO_HEAD}\n\n[한빛데일리] {KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == "한빛데일리"


def test_a_korean_section_label_in_brackets_is_not_an_outlet():
    article = article_from_text(f"{KO_HEAD}\n\n[단독] {KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.outlet is None


# --- Korean credit lines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author", "date", "outlet"),
    [
        ("한지민 기자 2024-07-01 07:00:00", "한지민", "2024-07-01", None),
        (
            "머니투데이 박서연 기자 2019.09.22 11:00",
            "박서연",
            "2019-09-22",
            "Money Today",
        ),
    ],
)
def test_a_korean_byline_with_the_date(line, author, date, outlet):
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert (article.author, article.metadata.published) == (author, date)
    assert article.metadata.outlet == outlet


def test_a_source_line_with_a_colon_before_the_date():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n연합뉴스 : 2015-03-28\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == "Yonhap News Agency"
    assert article.metadata.published == "2015-03-28"


def test_a_korean_papers_credit_list_under_a_headline_shown_twice():
    text = (
        f"{KO_HEAD}\n{KO_HEAD}\n  • 한빛타임즈\n  • 승인 2024.03.20 19:25\n  • 댓글 0\n"
        f"이 기사를 공유합니다\n\n{KO_STORY}\n\n{KO_MORE}\n\n댓글삭제\n"
        "삭제한 댓글은 다시 복구할 수 없습니다.\n그래도 삭제하시겠습니까?\n"
    )
    article = article_from_text(text)
    assert article.title == KO_HEAD and not captions(article)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == "한빛타임즈"
    assert article.metadata.published == "2024-03-20"
    dropped = reasons(article)
    assert dropped["• 댓글 0"] == "comment count"
    assert dropped["이 기사를 공유합니다"] == "share prompt closing the header"


def test_a_korean_copyright_line_without_a_sign_names_the_paper():
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n"
        "한빛일보(www.example.kr), 무단전재 및 수집, 재배포금지\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == "한빛일보"


# --- teasers and captions --------------------------------------------------------------


def test_a_teaser_cut_off_above_its_paragraph_is_not_a_paragraph():
    # a page without a headline line, its first paragraph shown first as a teaser
    teaser = STORY[: len(STORY) - 20].rstrip() + "..."
    article = article_from_text(f"{teaser}\n{STORY}\n{MORE}\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)[teaser] == "teaser of the paragraph below"


def test_a_line_ending_in_an_ellipsis_that_opens_no_paragraph_stays():
    line = "The two cities have more in common than their ports..."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert line in paragraphs(article)


@pytest.mark.parametrize(
    "caption",
    [
        "Farmer Tran Thi Mai, right, shows a basket of dragon fruit to visiting buyers.",
        "Chủ tịch UBND tỉnh Lê Văn An (bên phải) tiếp ông Park Ji-ho tại trụ sở.",
        "Mayor Kim greets the delegation at city hall. /Courtesy of the City Hall",
    ],
)
def test_a_caption_told_by_a_position_or_a_courtesy_credit(caption):
    body = VI_STORY if "tỉnh" in caption else STORY
    more = VI_MORE if "tỉnh" in caption else MORE
    article = article_from_text(f"{HEAD}\n\n{body}\n\n{caption}\n\n{more}\n")
    assert paragraphs(article) == [body, more]
    assert captions(article) == [caption]


def test_a_vietnamese_caption_saying_who_speaks_at_the_meeting():
    caption = (
        "Đồng chí Nguyễn Văn Bình, Phó Chủ tịch UBND tỉnh phát biểu tại buổi làm việc"
    )
    article = article_from_text(f"{HEAD}\n\n{VI_STORY}\n\n{caption}\n\n{VI_MORE}\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert captions(article) == [caption]


def test_a_vietnamese_paragraph_set_at_the_meeting_stays_a_paragraph():
    told = (
        "Phát biểu tại buổi làm việc, Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình cảm ơn đoàn "
        "và đề nghị hai bên sớm triển khai các nội dung đã thống nhất."
    )
    article = article_from_text(f"{HEAD}\n\n{VI_STORY}\n\n{told}\n\n{VI_MORE}\n")
    assert paragraphs(article) == [VI_STORY, told, VI_MORE]


def test_pictures_beside_their_words_are_captions_apart_from_the_headline():
    text = (
        f"{HEAD}\n![]() Delegates tour the new office on its opening day. |\n"
        f"![](https://example.com/a.jpg) Visitors queue at the trade fair booth. |\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert captions(article) == [
        "Delegates tour the new office on its opening day.",
        "Visitors queue at the trade fair booth.",
    ]
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["|"] == "markup"


def test_a_dateline_run_on_into_the_story_without_a_dash():
    text = f"{HEAD}\n\nSEOUL, Jan. 4 (Example Wire){STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.dateline == "SEOUL"
    assert article.metadata.outlet == "Example Wire"


def test_a_quote_cut_off_where_the_copy_ends_two_blank_lines_down():
    cut = 'Mayor Lee replied, "I am deeply grateful to'
    article = article_from_text(f"{HEAD}\n\n\n{STORY}\n\n\n{MORE}\n\n\n{cut}")
    assert paragraphs(article) == [STORY, MORE, cut]


def test_a_few_words_in_quotes_under_the_headline_are_its_deck():
    article = article_from_text(
        f'{HEAD}\n\n"Toward Closer Ties"\n\n{STORY}\n\n{MORE}\n'
    )
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)['"Toward Closer Ties"'] == "deck"


def test_related_headlines_run_together_are_not_story():
    related = (
        "Port office opens in HaiphongTraders meet in BusanNew ferry links two citiesFood "
        "fair draws crowds"
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{related}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[related] == "related headlines run together"


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Hoi An ancient town.", True),
        ("A container terminal of the port in Busan.", True),
        ("The deal is done.", False),
        ("Both sides agreed.", False),
        ("Talks resume in May.", False),
        ("It worked.", False),
        ("Second paragraph.", False),  # two words: too few to tell
        ("Oh, what a day.", False),  # a voice, not a label
    ],
)
def test_a_subject_named_in_a_few_words_is_a_caption(line, caption):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert (captions(article) == [line]) is caption
    assert (line in paragraphs(article)) is not caption


def test_a_quoted_first_line_shown_twice_is_the_headline():
    title = '"It was a festival for the whole community."'
    text = f"{title}\n{title}\n  • Jane Roe\n  • Approved 2019.09.27 14:04\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == title
    assert paragraphs(article) == [STORY, MORE]
    assert article.author == "Jane Roe"
    assert article.metadata.published == "2019-09-27"


def test_a_list_of_places_is_no_list_of_credits():
    text = f"{HEAD}\n  • An Giang\n  • Bac Ninh\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).author is None


def test_a_wire_and_the_place_it_filed_from_on_one_line():
    text = f"{HEAD}\n\nAFP, CAN THO, Vietnam\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert (article.metadata.outlet, article.metadata.dateline) == ("AFP", "CAN THO")


@pytest.mark.parametrize("credit", ["Tin. ảnh: MINH ANH", "Tin, ảnh: MINH ANH"])
def test_a_vietnamese_credit_for_text_and_pictures_names_the_author(credit):
    article = article_from_text(f"{HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{credit}\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert article.author == "MINH ANH"


def test_a_short_korean_headline_over_its_deck():
    head, deck = "한빛은행 베트남법인 10월 문 연다", "신청 3년만에 중앙은행 가승인 획득"
    text = f"경제·금융 금융가\n\n{head}\n\n{deck}\n\n{KO_STORY}\n\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.title == head
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_headline_shown_twice_with_a_label_between_and_a_deck_below():
    head, deck = (
        "베트남에서 치른 한국어시험 3,382명 응시",
        "미주·유럽 등에서 2일간 68,626명 참가",
    )
    text = (
        f"{head}\n상태바\n{head}\n  • 한빛 편집장\n  • 승인 2014.10.20 11:30\n"
        f"  • 댓글 0\n이 기사를 공유합니다\n\n{deck}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == head
    # the deck stands under the share prompt, at the top of the body: paragraph 1
    # (body_decks.py)
    assert paragraphs(article) == [deck, KO_STORY, KO_MORE]


def test_a_korean_lead_with_outlet_place_and_a_foreign_reporter():
    text = (
        f"{KO_HEAD}\n\n2020-08-25 응웬 반(Nguyen Van) 기자\n\n"
        f"[한빛비나=호치민, 응웬 반(Nguyen Van) 기자] {KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    meta = article.metadata
    assert (meta.outlet, meta.dateline, meta.published) == (
        "한빛비나",
        "호치민",
        "2020-08-25",
    )
    assert article.author == "응웬 반"


def test_a_date_with_spaced_dashes():
    article = article_from_text(
        f"{HEAD}\n\nĐăng ngày 04 - 04 - 2022\n\n{STORY}\n\n{MORE}\n"
    )
    assert article.metadata.published == "2022-04-04"
    assert paragraphs(article) == [STORY, MORE]


def test_a_paper_signing_as_the_byline_is_the_outlet_not_an_author():
    text = f"{HEAD}\n\nBy QUANG NAM Today / QUANG NAM Today\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.author is None
    assert article.metadata.outlet == "QUANG NAM Today"


def test_initials_before_a_colon_are_an_outlets_tag():
    article = article_from_text(f"{HEAD}\n\nDNTH: {VI_STORY}\n\n{VI_MORE}\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert (article.metadata.outlet, article.metadata.dateline) == ("DNTH", None)


def test_a_dateline_with_two_hyphens_keeps_no_hyphen():
    article = article_from_text(
        f"{HEAD}\n\nSEOUL-- {STORY}\n\n{MORE}\n\nRecent Posts\n"
    )
    assert article.metadata.dateline == "SEOUL"
    assert paragraphs(article) == [STORY, MORE] and article.author is None


def test_a_related_headline_shown_twice_on_its_line_is_not_story():
    related = "Port cities sign new trade deal Port cities sign new trade deal"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n{related}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[related] == "related headline shown twice"


@pytest.mark.parametrize(
    "title", ["The fusion of two cinemas at the Gyeongju film expo.", KO_HEAD]
)
def test_the_first_line_over_the_date_is_the_headline(title):
    body, more = (KO_STORY, KO_MORE) if title == KO_HEAD else (STORY, MORE)
    article = article_from_text(f"{title}\n\n21/11/2017\n\n{body}\n\n{more}\n")
    assert article.title == title
    assert paragraphs(article) == [body, more]


LONG = (
    "Leaders of the province met the delegation on Monday to review a decade of "
    "cooperation in trade, tourism and vocational training, and agreed to open a joint "
    "office for small firms in the provincial capital before the end of the year, "
    "officials said after the meeting."
)


def test_one_short_sentence_among_long_paragraphs_is_a_caption():
    caption = "Leaders of the two localities re-signed the memorandum of understanding."
    article = article_from_text(f"{HEAD}\n\n{LONG}\n\n{caption}\n\n{LONG} Again.\n")
    assert captions(article) == [caption]


def test_a_short_paragraph_among_short_ones_stays_a_paragraph():
    short = "The office will open in the provincial capital next year."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{short}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, short, MORE]


@pytest.mark.parametrize(
    ("opening", "reason"),
    [("[한빛 건강] ", "section label"), ("충남도 제공", "picture credit")],
)
def test_a_label_or_a_credit_run_on_into_a_korean_story(opening, reason):
    article = article_from_text(f"{KO_HEAD}\n\n{opening}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[opening.strip()] == reason


def test_a_korean_sentence_that_provides_something_keeps_its_words():
    told = "정부가 제공하는 지원은 올해 두 배로 늘었다고 관계자들이 밝혔다."
    article = article_from_text(f"{KO_HEAD}\n\n{told}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [told, KO_MORE]


def test_a_korean_last_line_cut_off_after_two_words_is_kept():
    article = article_from_text(
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n한빛재단은 또한 "
    )
    assert story_text(article) == [KO_STORY, KO_MORE, "한빛재단은 또한"]


def test_a_tag_run_on_into_the_story_and_a_blogs_shortcode():
    text = f"{HEAD}\n\nTN&MTOn Monday, {STORY}\n\n[dropcap]T[/dropcap]{MORE[1:]}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [f"On Monday, {STORY}", MORE]
    assert article.metadata.outlet == "TN&MT"
    assert reasons(article)["[dropcap]"] == "shortcode"


@pytest.mark.parametrize("line", ["Be the first to comment", "now loading..."])
def test_more_page_furniture(line):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "lead", ["VTV.vn - Tại Hàn Quốc, ", "(BGO) – The People’s Committee in Bac Giang "]
)
def test_another_storys_lead_below_the_story_is_a_teaser(lead):
    teaser = (
        lead + "many brides study hard to overcome the language barrier every week."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{teaser}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[teaser] == "another story's lead"


@pytest.mark.parametrize("line", ["Từ khóa:", "Cùng chuyên mục", "TIN MỚI"])
def test_vietnamese_page_labels(line):
    article = article_from_text(f"{HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{line}\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert not [p for p in article.passages if p.text == line]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("[한빛경제=이석호 기자]", "이석호"),
        ("[박규태 / pd@example.kr]", "박규태"),
        ("박정오 다른기사보기", "박정오"),
    ],
)
def test_korean_bylines_on_a_line_of_their_own(line, author):
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.author == author


def test_a_reporter_signed_with_the_outlets_initials():
    article = article_from_text(f"{HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\nHà Liên LDO\n")
    assert article.author == "Hà Liên"


def test_the_text_size_and_contrast_buttons_are_furniture():
    line = "A- A A+ | Tăng tương phản Giảm tương phản"
    article = article_from_text(f"{line}\n\n{HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n")
    assert article.metadata.outlet is None
    assert reasons(article)[line] == "text size buttons"


def test_a_korean_signature_with_an_address_cut_off():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n세종=이희택 기자 press2006@\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.author == "이희택"


def test_the_lead_printed_again_inside_the_story_is_a_repeat():
    lead = f"On Monday, {STORY}"
    article = article_from_text(f"{HEAD}\n\n{lead}\n\n{MORE}\n\n{STORY}\n\n{LAST}\n")
    assert paragraphs(article) == [lead, MORE, LAST]
    assert reasons(article)[STORY] == "repeats a paragraph above"


def test_a_short_sentence_with_a_figure_stays_a_paragraph_on_a_long_page():
    fact = "The province plans to receive 3,500 workers in the sector this year."
    article = article_from_text(f"{HEAD}\n\n{LONG}\n\n{fact}\n\n{LONG} Again.\n")
    assert fact in paragraphs(article)


def test_a_credited_caption_shown_twice_at_the_top_is_no_headline():
    caption = "Marines take part in a landing drill. Photo: Example Wire / Jane Roe"
    article = article_from_text(
        f"{caption}\n{caption}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    )
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "line",
    [
        "You are using software which is blocking our advertisements (adblocker).",
        "This entry was posted in news and tagged Vietnam, Korea.",
        "Google News",
        ".jpg)",
    ],
)
def test_page_notices_and_an_images_leftover_address(line):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]


def test_a_list_items_hyphen_is_layout():
    item = (
        "Artificial Intelligence and semiconductors, with joint degrees for students."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n- {item}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, item, MORE]


@pytest.mark.parametrize("lead", ["인터뷰365 김리선 기자 = ", "더에듀 전영진 기자 | "])
def test_a_korean_lead_with_digits_or_a_bar(lead):
    long = f"{KO_STORY} {KO_MORE}"  # a lead's paragraph runs past a byline's length
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{long}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [long, KO_MORE]
    assert article.author == lead.split()[1]


@pytest.mark.parametrize(
    "caption",
    [
        "Toàn cảnh Nhà máy đóng tàu tại phường Đông Ninh Hòa, tỉnh Khánh Hòa nhìn từ trên cao",
        "(Lãnh đạo Sở Du lịch thành phố tặng hoa chúc mừng những vị khách đầu tiên)",
        "Chủ tịch UBND tỉnh và Đại sứ Hàn Quốc hội đàm. Nguồn TTXVN",
    ],
)
def test_vietnamese_captions_by_their_form(caption):
    article = article_from_text(f"{HEAD}\n\n{VI_STORY}\n\n{caption}\n\n{VI_MORE}\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE]
    assert captions(article) == [caption]


def test_a_transcripts_speaker_before_a_dash_is_no_other_storys_lead():
    text = (
        f"{HEAD}\n\nANCHOR: Welcome to the show. {STORY}\n\n"
        f"REPORTER: Thank you. {MORE}\n\nANCHOR - And what comes next for the office, do tell?\n"
    )
    article = article_from_text(text)
    assert paragraphs(article)[-1].startswith("ANCHOR - And what comes next")
