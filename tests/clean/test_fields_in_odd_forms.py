"""Title, date, author and dateline fields as some outlets print them: a comma after the
month, a byline run into its date label, office titles before the names."""

from __future__ import annotations

from builders import HEAD, MORE, STORY, article_from_text, paragraphs
from dossier.clean.dates import find_date
from dossier.clean.honorifics import without_title


def test_a_comma_after_the_month_before_the_day_and_year():
    article = article_from_text(f"{HEAD}\n\nFebruary, 11 2021\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.published == "2021-02-11"
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


def test_a_month_and_a_number_after_its_comma_with_no_year_is_no_date():
    assert find_date("In March, 12 2000-tonne ships were launched") is None


def test_a_month_a_comma_and_a_number_opening_a_sentence_is_no_date():
    lead = "By June, 12 2024 graduates of the Hai Phong programme had found jobs at Korean plants"
    article = article_from_text(f"{HEAD}\n\n{lead}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.published is None
    assert article.author is None
    assert find_date("In March, 15 2019 recruits began work at the plant") is None


def test_the_year_closing_a_date_after_a_comma_after_the_month():
    assert find_date("Updated: January, 29 2019 10:30") == "2019-01-29"
    assert find_date("June, 3rd 2024") == "2024-06-03"
    assert find_date("May, 5 2024 | Seoul") == "2024-05-05"
    assert find_date("May, 5 2024 - 09:15") == "2024-05-05"


TITLE = "Time for a new chapter in port cooperation"
LEAD = (
    "Over the past decade, the two port cities have built a partnership that few expected "
    "when the first ferry line opened."
)


def test_a_byline_run_into_its_date_label():
    line = "By Arun MehtaPublished : May 3, 2023 - 10:05"
    article = article_from_text(f"{TITLE}\n{line}\n{LEAD}\n{STORY}\n{MORE}\n")
    assert article.author == "Arun Mehta"
    assert article.metadata.published == "2023-05-03"
    assert paragraphs(article) == [LEAD, STORY, MORE]


def test_a_byline_ending_on_a_marked_letter_run_into_its_date_label():
    line = "By Nguyễn Thị HàPublished : June 30, 2024"
    article = article_from_text(f"{TITLE}\n{line}\n{LEAD}\n{STORY}\n{MORE}\n")
    assert article.author == "Nguyễn Thị Hà"
    assert article.metadata.published == "2024-06-30"


def test_a_name_ending_in_the_labels_letters_is_not_cut():
    line = "By Jane Updatedson, May 3, 2023"
    article = article_from_text(f"{TITLE}\n{line}\n{LEAD}\n{STORY}\n{MORE}\n")
    assert article.author == "Jane Updatedson"


def test_office_titles_before_the_names_of_a_byline():
    line = "By Publisher Han Do-yun with Vice Chairperson Seo Mi-rae, Ahn Ji-won"
    article = article_from_text(f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.author == "Han Do-yun, Seo Mi-rae, Ahn Ji-won"
    assert paragraphs(article) == [LEAD, STORY, MORE]


def test_an_office_word_before_one_name_word_stays():
    assert without_title("Publisher Kim") == "Publisher Kim"
    assert without_title("Vice Chairperson Seo Mi-rae") == "Seo Mi-rae"


def test_an_office_word_before_a_body_s_name_is_no_title():
    line = "By President Hotel Group"
    article = article_from_text(f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.author is None
    for body in (
        "Chairman Lotte Bank",
        "Publisher Kyunghyang Media Group",
        "Chairman Samsung Co., Ltd.",  # a firm's kind written with its dots
        "Chairman Lotte Corp.",
    ):
        assert without_title(body) == body
    assert without_title("Managing Editor Nguyễn Thị Hà") == "Nguyễn Thị Hà"


VNA_LEAD = (
    "The two mayors met on Monday to open a joint trade office in the port district."
)


def test_an_emoji_after_a_place_with_no_outlets_tag_is_no_dateline():
    text = f"Busan💙 – {VNA_LEAD}"
    article = article_from_text(f"{HEAD}\n\n{text}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.dateline is None
    assert paragraphs(article) == [text, STORY, MORE]


BOARD_HEAD = "Lễ hội ẩm thực Việt Nam tại Seoul"
BOARD_STORY = (
    "Lễ hội ẩm thực Việt Nam năm nay sẽ diễn ra tại Seoul vào cuối tuần này với nhiều "
    "gian hàng của cộng đồng người Việt."
)
BOARD_MORE = "Ban tổ chức cho biết có hơn năm mươi gian hàng tham gia sự kiện năm nay."


def _board_page(writer: str) -> str:
    return (
        f"{BOARD_HEAD}\n\n페이지 정보\n\n작성자 {writer}\n작성일 2025.03.15 19:41\n"
        f"분류 Hàn Quốc\n\n{BOARD_STORY}\n\n{BOARD_MORE}\n"
    )


def test_a_board_writers_handle_on_another_site_is_the_author():
    page = _board_page("minhanh88")
    article = article_from_text(page, url="https://www.chaoseoulnews.co.kr/board/12")
    assert article.author == "minhanh88"


BOARD_TITLE = "“한국어 배우러 왔어요”…지역 대학들 베트남 학생 유치 경쟁"
BOARD_LEAD = (
    "지역 대학들이 베트남 대학들과 잇따라 협약을 맺으며 학생 유치에 나서고 있다."
)
BOARD_NEXT = "가람대는 지난달 하노이의 한 대학과 교류 협약을 맺고 한국어 강좌를 열었다."


def test_a_board_posts_category_row_is_no_headline():
    details = (
        "구분\n동포소식\n출처\n한빛뉴스\n작성자\n관리자\n작성일\n2019.05.06\n원본\n"
    )
    text = f"전체검색\n{BOARD_TITLE}\n{details}\n\n{BOARD_LEAD}\n\n{BOARD_NEXT}\n"
    article = article_from_text(text)
    assert article.title == BOARD_TITLE
    assert article.metadata.published == "2019-05-06"
    assert paragraphs(article) == [BOARD_LEAD, BOARD_NEXT]


def test_a_story_line_opening_with_the_category_word_stays():
    line = "구분 없이 모든 학생이 참여할 수 있는 한국어 강좌가 새로 열렸다."
    article = article_from_text(f"{BOARD_TITLE}\n\n{line}\n\n{BOARD_LEAD}\n")
    assert article.title == BOARD_TITLE
    assert paragraphs(article) == [line, BOARD_LEAD]


def test_a_board_posts_subtitle_opening_with_a_label_word_stays():
    details = "작성자\n관리자\n작성일\n2019.05.06\n"
    for subtitle in (
        "구분 없는 지원, 유학생도 장학금 대상",
        "원본 사진 공개한 하노이 옛 거리",
    ):
        text = f"{BOARD_TITLE}\n{details}\n{subtitle}\n\n{BOARD_LEAD}\n\n{BOARD_NEXT}\n"
        article = article_from_text(text)
        assert article.title == BOARD_TITLE
        assert paragraphs(article) == [subtitle, BOARD_LEAD, BOARD_NEXT]


def test_a_board_posts_category_with_its_value_on_its_line_is_a_detail():
    for row in ("분류 Hàn Quốc", "구분: 동포소식"):
        details = f"작성자\n관리자\n작성일\n2019.05.06\n{row}\n"
        text = f"{BOARD_TITLE}\n{details}\n{BOARD_LEAD}\n\n{BOARD_NEXT}\n"
        assert paragraphs(article_from_text(text)) == [BOARD_LEAD, BOARD_NEXT]


def test_a_story_sentence_running_on_over_a_page_number_is_still_joined():
    text = (
        f"{HEAD}\n\n{STORY}\n\nThe new office will serve the\n\n2\n\nports.\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, "The new office will serve the ports.", MORE]


def test_a_short_headline_in_sentence_case_stays():
    article = article_from_text(f"Good news for port towns\n\n{STORY}\n\n{MORE}\n")
    assert article.title == "Good news for port towns"


def test_a_short_headline_naming_a_kind_of_news_stays():
    for head in (
        "Success Stories",
        "Latest Updates",
        "K-Pop News",
        "Hanoi Street Stories",
    ):
        article = article_from_text(f"{head}\n\n{STORY}\n\n{MORE}\n")
        assert article.title == head
        assert paragraphs(article) == [STORY, MORE]
    article = article_from_text(f"Fake News\n\nBy Lena Park\n\n{STORY}\n\n{MORE}\n")
    assert article.title == "Fake News"
    assert article.author == "Lena Park"


PORT_HEAD = "Korean investors return to Hai Phong's industrial parks"


def test_a_lead_running_on_over_a_page_number_under_the_headline_is_joined():
    lead = (
        "Korean manufacturers are again scouting land in Hai Phong, three years after "
        "the pandemic slowed new projects across the northern port"
    )
    text = f"{PORT_HEAD}\n\n{lead}\n\n2\n\ncity.\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [f"{lead} city.", STORY, MORE]


def test_a_headline_running_on_over_a_page_number_keeps_its_last_word():
    text = "Korean investors return to Hai Phong's industrial\n\n1\n\nparks\n\n"
    article = article_from_text(f"{text}{STORY}\n\n{MORE}\n")
    assert article.title == PORT_HEAD
    assert paragraphs(article) == [STORY, MORE]


def test_a_blogs_owner_named_by_the_blogs_address_is_the_author():
    for name, url in (
        ("Minhanh", "https://minhanh.blog/2024/05/pho-in-seoul"),
        ("Jennifer", "https://jennifer.substack.com/p/hanoi-notes"),
    ):
        article = article_from_text(
            f"{HEAD}\n\nBy {name}\n\n{STORY}\n\n{MORE}\n", url=url
        )
        assert article.author == name
        assert paragraphs(article) == [STORY, MORE]


def test_a_story_sentence_with_an_emoji_after_a_bracketed_place_is_no_dateline():
    line = "Hội An (Quảng Nam) 😍 - Ai đi rồi thì chia sẻ kinh nghiệm với nhé!"
    article = article_from_text(f"{PORT_HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert article.metadata.dateline is None
    assert article.metadata.outlet is None
    assert paragraphs(article)[0] == STORY
    assert paragraphs(article)[-1] == MORE
