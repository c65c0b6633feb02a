"""Who signs a story at its foot, and what only looks like a signature there. Every text
here is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, paragraphs, reasons, story_text

KO_HEAD = "구청, 베트남 자매도시와 교류 확대"
KO_STORY = "구청은 베트남 자매도시 대표단을 초청해 두 도시의 교류를 넓히기로 했다고 9일 밝혔다."
KO_MORE = (
    "대표단은 닷새 동안 농업기술센터와 전통시장을 둘러보며 협력 방안을 논의할 계획이다."
)
VI_HEAD = "Bác sĩ Hàn Quốc phẫu thuật miễn phí cho trẻ em"
VI_STORY = (
    "Khoảng 20 bác sĩ của một tổ chức từ thiện Hàn Quốc sẽ phẫu thuật miễn phí cho trẻ "
    "em tại một bệnh viện ở Hà Nội trong tuần tới."
)
VI_MORE = (
    "Đoàn đã thực hiện các chuyến phẫu thuật nhân đạo tại Việt Nam nhiều năm qua và "
    "đài thọ toàn bộ chi phí thuốc men sau phẫu thuật."
)


def test_a_reporter_after_the_address_signs_the_story():
    foot = "kim1234@example.com 김준석 기자"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{foot}\n")
    assert article.byline == "김준석"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_papers_own_sign_off_glued_to_the_last_sentence_names_the_reporter():
    # "…계획이다./문경=이현종기자": the place filed from and the reporter, no wire
    article = article_from_text(
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}/문경=이현종기자\n"
    )
    assert article.byline == "이현종"
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)["/문경=이현종기자"] == "wire sign-off"


@pytest.mark.parametrize(
    ("sign_off", "author", "outlet"),
    [
        ("김하늘 기자", "김하늘", None),  # the reporter alone after the last sentence
        ("[한빛비즈포스트 이한솔 기자]", "이한솔", "한빛비즈포스트"),  # the paper too
        ("\n한국 한빛저널 이한솔 기자", "이한솔", None),  # a paper's name of two words
    ],
)
def test_a_sign_off_after_the_last_korean_sentence_names_the_reporter(
    sign_off, author, outlet
):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE} {sign_off}\n")
    assert article.byline == author
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_words_after_a_sentence_that_do_not_end_in_gija_stay_in_it():
    more = f"{KO_MORE} 김하늘 기자단"
    assert (
        paragraphs(article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{more}\n"))[-1]
        == more
    )


# a film site's tags over its related list
TAGS = "Phim Việt - Hàn\nCăn nhà số 9\nphòng vé\nBạn có thể quan tâm\nPhim Việt chiếu ở Seoul"


@pytest.mark.parametrize(
    "foot",
    [
        "MỚI - NÓNG",
        TAGS,
    ],
)
def test_two_words_about_a_dash_under_the_story_sign_nothing(foot):
    # a byline's two names each have two syllables or more ("Ngọc Mai - Vân Hà"), not a
    # tag's words; a section's label in capitals is no sentence cut off by the copy's end
    article = article_from_text(f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{foot}\n")
    assert article.byline is None
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_two_names_about_a_dash_under_the_story_still_sign_it():
    article = article_from_text(
        f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\nNgọc Mai - Vân Hà\n"
    )
    assert article.byline == "Ngọc Mai, Vân Hà"
    assert paragraphs(article) == [VI_STORY, VI_MORE]


@pytest.mark.parametrize(
    "foot", ["news@example.com 관리자 기자", "desk@example.com 연합뉴스 기자"]
)
def test_an_address_before_nobodys_name_signs_nothing(foot):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{foot}\n")
    assert article.byline is None
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_date_by_the_admin_names_no_writer():
    article = article_from_text(
        f"{KO_HEAD}\n\n2018/04/10 by 관리자\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.byline is None
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    ("page", "author"),
    [
        # a reporter written in letters after the lead's place and paper
        (
            f"(하노이=한빛데일리) Nguyen Anh Duong 기자 = {KO_STORY}\n\n{KO_MORE}",
            "Nguyen Anh Duong",
        ),
        (f"Nguyen Anh Duong 기자 = {KO_STORY}\n\n{KO_MORE}", "Nguyen Anh Duong"),
        # a table cell's bar before the paper and its reporter
        (f"| 한빛경제=손철규 기자 | {KO_STORY}\n\n{KO_MORE}", "손철규"),
        # a slashed sign-off with the place filed from, on a line of its own
        (f"{KO_STORY}\n\n{KO_MORE}\n\n/성남=이동희 기자 dhl@example.com", "이동희"),
        # a column's writer and post
        (
            f"필진: 신현석 한빛전자 베트남 법인장(shin@example.com)\n\n{KO_STORY}\n\n{KO_MORE}",
            "신현석",
        ),
    ],
)
def test_more_korean_bylines(page, author):
    article = article_from_text(f"{KO_HEAD}\n\n{page}\n")
    assert article.byline == author
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize("hand_over", ["조혜원 기자입니다.", "보도에 조혜원 기잡니다."])
def test_the_reporter_an_anchor_hands_over_to_signs_the_report(hand_over):
    anchor = "구청은 지난해 베트남 방송사와 협약을 맺고 교류를 이어가고 있습니다."
    page = f"<앵커>\n\n{anchor}\n\n{hand_over}\n\n<기자>\n\n{KO_STORY}\n\n{KO_MORE}"
    article = article_from_text(f"{KO_HEAD}\n\n{page}\n")
    assert article.byline == "조혜원"
    assert paragraphs(article) == [anchor, KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    ("foot", "author"),
    [
        (
            "X.T - Translated by N.T",
            "X.T",
        ),  # a writer's initials, then the translator's
        ("Reporting by P.V - Translating by M.DUNG", "P.V"),
    ],
)
def test_a_vietnamese_writers_initials_sign_the_story(foot, author):
    story = "The two cities agreed to open a joint office for small firms next spring."
    more = "Officials said the first exchange of trainees would follow in the autumn."
    head = "Two port cities open a joint office"
    article = article_from_text(f"{head}\n\n{story}\n\n{more}\n\n{foot}\n")
    assert article.byline == author
    assert paragraphs(article) == [story, more]


def test_initials_beside_the_date_sign_the_story():
    article = article_from_text(
        f"{VI_HEAD}\n\nA.T| 15/08/2017 09:25\n\n{VI_STORY}\n\n{VI_MORE}\n"
    )
    assert article.byline == "A.T"
    assert article.metadata.published == "2017-08-15"


def test_mr_and_a_name_cut_off_on_the_last_line_is_the_storys_not_a_byline():
    article = article_from_text(
        f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\nÔng Chang Ho I"
    )
    assert article.byline is None
    assert story_text(article) == [VI_STORY, VI_MORE, "Ông Chang Ho I"]


def test_a_sentence_saying_someone_is_a_reporter_is_story():
    said = "아버지는 기자입니다."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{said}\n\n{KO_MORE}\n")
    assert article.byline is None
    assert paragraphs(article) == [KO_STORY, said, KO_MORE]


def test_a_reporter_without_a_korean_surname_after_the_address_signs():
    foot = "lethanh@example.com 레타인 기자"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{foot}\n")
    assert article.byline == "레타인"


def test_a_date_by_an_office_names_no_writer():
    article = article_from_text(
        f"{KO_HEAD}\n\n2018/04/10 by 한인회 사무국\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.byline is None


HEAD = "Two port cities open a joint office for small firms"


@pytest.mark.parametrize(
    "heading",
    [
        "A Troubled Relationship",
        "Broader Views and the Futu",
        "Lessons for the Region",
        # another story's headline, long, every word capitalised, its verbs too
        "Shipbuilder’s Long Rivalry With Its Neighbour Enters a New Phase as Orders Tur",
    ],
)
def test_a_heading_at_the_cut_is_neither_a_byline_nor_a_paragraph(heading):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{heading}")
    assert article.byline is None
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "cut",
    [
        "Both sides said the",
        "Vietnam and Korea agreed to",
        # a long name opening the cut sentence: a verb in lower case
        "The Vietnam Korea Business Association Chairman Kim Min-ho will host the",
        # officials named in a row, every word capitalised: names, no headline
        "Vietnamese Deputy Prime Minister Tran Van Binh and South Korean Ambassador Kim Min",
    ],
)
def test_a_sentence_cut_at_the_end_is_story(cut):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}")
    assert story_text(article) == [STORY, MORE, cut]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Hằng Đinh (t/h)", "Hằng Đinh"),
        ("Writer by Park Hyejin", "Park Hyejin"),
        ("  • Writer by Park Hyejin", "Park Hyejin"),  # an item of the page's details
    ],
)
def test_more_byline_shapes(line, author):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert article.byline == author
    assert paragraphs(article) == [STORY, MORE]


def test_a_list_of_ways_by_air_or_by_train_is_no_byline():
    items = "Getting there\n\n• By Air\n\n• By Train"
    article = article_from_text(
        f"{HEAD}\n\nBy Kim Min-ji\n\n{STORY}\n\n{items}\n\n{MORE}\n"
    )
    assert article.byline == "Kim Min-ji"


def test_a_vietnamese_reporter_signing_with_the_station_names_the_author():
    line = "Nguyễn Thắng- Đài TT huyện Xuyên Mộc."
    article = article_from_text(f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{line}\n")
    assert article.byline == "Nguyễn Thắng"
    assert paragraphs(article) == [VI_STORY, VI_MORE]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Chùm ảnh của Khánh Linh", "photo set credit"),
        ("◎공감언론 뉴시스 kjh1234@newsis.com", "wire slogan"),
    ],
)
def test_a_photo_essays_credit_and_a_wires_slogan_are_no_story(line, reason):
    head, story, more = (
        (VI_HEAD, VI_STORY, VI_MORE) if "ả" in line else (KO_HEAD, KO_STORY, KO_MORE)
    )
    article = article_from_text(f"{head}\n\n{story}\n\n{more}\n\n{line}\n")
    assert paragraphs(article) == [story, more]
    assert reasons(article)[line] == reason


def test_names_a_blank_line_above_the_pages_date_line_are_its_reporters():
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\nHữu Đại – Xuân Trường\n\n28/05/2024 19:37\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert article.byline == "Hữu Đại, Xuân Trường"
    assert paragraphs(article) == [VI_STORY, VI_MORE]


@pytest.mark.parametrize(
    ("sign_off", "author"),
    [
        ("[하노이 김하늘 특파원]", "김하늘"),  # a place, no paper, in the brackets
        ("경제부 기자", None),  # a desk signs
        ("전문기자", None),
        ("김하늘 선임기자", "김하늘"),
    ],
)
def test_a_korean_sign_off_names_no_desk_and_no_place_as_the_outlet(sign_off, author):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE} {sign_off}\n")
    assert article.byline == author
    assert article.metadata.outlet is None


def test_a_sentence_cut_off_after_capitalised_names_is_still_story():
    cut = "On Monday, Vietnamese Prime Minister Pham Minh Chinh"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}")
    assert paragraphs(article) == [STORY, MORE, cut]


@pytest.mark.parametrize("paper", ["Business Times", "Saigon Daily News"])
def test_a_paper_in_brackets_under_the_story_is_its_outlet(paper):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n({paper})\n")
    assert article.metadata.outlet == paper
    assert paragraphs(article) == [STORY, MORE]


def test_a_sentence_in_brackets_under_the_story_is_no_outlet():
    aside = "(The two cities first signed a friendship pact in 2015.)"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{aside}\n")
    assert article.metadata.outlet is None


def test_honorary_reporters_of_a_site_under_a_written_by_label():
    text = (
        f"Bài viết từ\nPhóng viên danh dự Example.net Lê Thu Hà và Phạm Minh Anh\n"
        f"{VI_STORY}\n\n{VI_MORE}\n"
    )
    article = article_from_text(f"{VI_HEAD}\n\n{text}")
    assert article.byline == "Lê Thu Hà, Phạm Minh Anh"
    assert article.title == VI_HEAD
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_a_department_credited_for_text_and_pictures_is_no_author():
    line = "Tin, ảnh: Phòng Hợp tác quốc tế và Phòng Đào tạo"
    article = article_from_text(f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{line}\n")
    assert article.byline is None


@pytest.mark.parametrize(
    "label", ["(Sponsored Post)", "(Breaking News)", "(Updated Today)"]
)
def test_a_label_in_brackets_is_no_outlet(label):
    article = article_from_text(f"{HEAD}\n{label}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.outlet is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Ban Ji-hye", "Ban Ji-hye"),  # a surname a Vietnamese office opens with too
        ("By Trường Giang", "Trường Giang"),
        ("By Khoa Nguyen and Lan Pham", "Khoa Nguyen, Lan Pham"),
    ],
)
def test_people_whose_names_open_as_an_office_does_are_authors(line, authors):
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.byline == authors


@pytest.mark.parametrize("cut", ["The President of Vietnam", "The Governor of Da Nang"])
def test_a_title_and_its_place_cut_at_the_end_are_story(cut):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}")
    assert story_text(article) == [STORY, MORE, cut]


@pytest.mark.parametrize(
    ("signoff", "outlet"),
    [
        (" VNA", "Vietnam News Agency"),  # after the last sentence, a space between
        (" VNA/VNS", "Vietnam News Agency"),  # two agencies, no dash
        (" Việt Nam News", "Việt Nam News"),  # a name of words after the last sentence
    ],
)
def test_an_agency_signing_off_after_the_last_sentence_without_a_dash(signoff, outlet):
    """The sign-off is no part of the last paragraph, nor a picture's credit; it names
    the outlet."""
    article = article_from_text(
        f"Two ports sign a pact\n\n{STORY}\n\n{MORE}{signoff}\n"
    )
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == outlet
    assert reasons(article)[signoff.strip()] == "outlet sign-off"


def test_a_last_sentence_ending_on_an_outlets_name_keeps_it():
    last = "The figures were first reported by VNA"
    article = article_from_text(f"Two ports sign a pact\n\n{STORY}\n\n{last}\n")
    assert story_text(article) == [STORY, last]


def test_an_outlets_name_in_capitals_and_a_colon_opening_the_story_is_its_tag():
    """ "INDEPENDENT: Thirty-eight …": the outlet's tag, not a place and not story text."""
    story = (
        "Thirty-eight tourists have reportedly gone missing after arriving last month."
    )
    article = article_from_text(
        f"Tourists go missing\n\nINDEPENDENT: {story}\n\n{MORE}\n"
    )
    assert paragraphs(article) == [story, MORE]
    assert article.metadata.outlet == "The Independent"
    assert article.metadata.dateline is None


def test_a_place_in_capitals_and_a_colon_is_still_a_dateline():
    story = (
        "Thirty-eight tourists have reportedly gone missing after arriving last month."
    )
    article = article_from_text(f"Tourists go missing\n\nCAN THO: {story}\n\n{MORE}\n")
    assert paragraphs(article) == [story, MORE]
    assert article.metadata.dateline == "CAN THO"


def test_an_interviewers_question_under_the_outlets_name_is_no_tag():
    """ "KOREA TIMES: How do you see …?": the paper asks; the intro above stays story."""
    intro = "The ambassador spoke about the year ahead for investors in the country."
    asked = "KOREA TIMES: How do you see the outlook for investment this year?"
    article = article_from_text(
        f"Ambassador interview\n\n{intro}\n\n{asked}\n\n{MORE}\n"
    )
    assert paragraphs(article) == [intro, asked, MORE]


@pytest.mark.parametrize(
    ("foot", "author"), [("Q.TRANG", "Q.TRANG"), ("S.KOREA", None)]
)
def test_an_initial_and_a_name_in_capitals_sign_the_story_but_no_country(foot, author):
    article = article_from_text(f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{foot}\n")
    assert article.byline == author
    assert paragraphs(article) == [VI_STORY, VI_MORE]
