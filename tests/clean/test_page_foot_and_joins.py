"""Round thirteen of issue 10: a story's last line cut where the copy ends, a line that
closes the sentence above it, a programme listed among paragraphs, and the comment form and
imprint at a page's foot. Every text is invented; each test keeps only the shape of one
rule."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    LAST,
    MORE,
    STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
    story_text,
)
from dossier.clean.notes import repeats_headline

KO_HEAD = "전북 베트남 공동체, 설 맞이 행사 연다"
KO_STORY = "전북지역 베트남 공동체가 설을 맞아 전통과 화합의 의미를 나누는 자리를 마련한다고 밝혔다."
KO_MORE = "행사는 개회 선언을 시작으로 내빈 소개와 환영 인사 순으로 진행된다고 주최 측은 설명했다."
KO_LAST = "주최 측은 지역 주민 누구나 행사에 참여할 수 있다고 덧붙였다."


@pytest.mark.parametrize(
    "cut",
    ["Many Korean companie", "Currently, more than 350,000 Vietnam"],
)
def test_last_line_cut_where_the_copy_ends_is_story(cut):
    """The copy stops mid-sentence (no line break after it): the fragment is the start of
    the story's last paragraph, not a related headline after the story."""
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}"
    article = article_from_text(text)
    assert story_text(article) == [STORY, MORE, cut]


def test_title_case_line_at_the_cut_is_still_a_related_headline():
    related = "Korean Firms Eye Vietnam Expansion Amid Rising Costs"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{related}")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[related] == "after the story"


def test_a_line_opening_with_the_closing_quote_ends_the_sentence_above():
    """A portal broke the paragraph inside its quote, and the copy was cut there: "”, the
    secre" cannot open a paragraph of its own."""
    # the quote opened a paragraph earlier; this one goes on with it
    quote = (
        "Through today's memorandum, I hope both associations train more young workers"
    )
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{quote}\n”, the secre"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, f"{quote} ”, the secre"]


def test_a_programme_listed_with_the_photo_session_is_a_paragraph():
    """ "▲기념촬영 순으로 이어진다" lists the photo session among the programme's items;
    "… 기념촬영을 하고 있다" is what a picture shows."""
    listing = "이어 ▲전통 공연 및 문화 나눔 프로그램 ▲참석자 상호 교류의 시간 ▲기념촬영 순으로 이어진다."
    caption = "전북베트남인회 회원들이 지난해 행사에서 기념촬영을 하고 있다."
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{caption}\n\n{KO_MORE}\n\n{listing}\n\n{KO_LAST}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE, listing, KO_LAST]
    assert captions(article) == [caption]


@pytest.mark.parametrize(
    "foot, reason",
    [
        ("전체댓글 0", "comment count"),
        ("||", "bars"),
        (
            "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được "
            "đánh dấu *",
            "comment form",
        ),
        (
            "Your email address will not be published. Required fields are marked *",
            "comment form",
        ),
        ("Trả lời", "navigation"),
        ("Like this content? Join our growing community.", "reader appeal"),
        (
            "Your support helps to strengthen independent journalism. Unlock unlimited "
            "access to our content.",
            "reader appeal",
        ),
        ("Cảm ơn bạn đã quan tâm đến nội dung trên.", "reader appeal"),
        ("Jane Roe edited this article.", "editor's credit"),
        ("Từ khóa: Hàn Quốc, Bắc Ninh, FDI", "tag list"),
        ("관련뉴스/포토 (12)", "related count"),
        ("twitter스크랩 facebook스크랩", "korean share strip"),
        ("Ngày cập nhật:", "navigation"),
        (
            "작성자 운영자 작성일 25-06-10 17:28 조회 58 댓글 0본문",
            "board post details",
        ),
        ("((jane.roe@example.com; +84 24 3825 0000;))", "wire contact"),
        (
            "The views and opinions expressed herein are the views and opinions of the "
            "author and do not necessarily reflect those of Example, Inc.",
            "views disclaimer",
        ),
        ("Trụ sở cơ quan: Đường A1, Khu đô thị mới, Nha Trang", "postal address"),
        ("Never miss a local story.", "trial offer"),
        (
            "Sign up today for a free 30 day free trial of unlimited digital access.",
            "trial offer",
        ),
        ("코스모스팜 소셜댓글", "comment box"),
        ("문의 010-123-4567.", "contact number"),
    ],
)
def test_comment_form_and_imprint_are_not_story(foot, reason):
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{foot}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)[foot] == reason


# --- the page's name and date, and its headline again ------------------------------------

KO_TITLE = "한국과 베트남, 항만 협력 사무소 개설"
KO_LEAD = "베트남과 한국은 월요일 하노이에서 새로운 협력 사무소를 열기로 합의했다고 관계자들이 밝혔다."
KO_NEXT = "양측은 내년 봄까지 첫 사업을 시작하고 두 도시의 기업을 연결할 계획이다."


def test_a_korean_papers_one_word_name_over_the_headline_is_the_outlet():
    article = article_from_text(f"한빛일보\n\n{KO_TITLE}\n\n{KO_LEAD}\n\n{KO_NEXT}\n")
    assert article.metadata.outlet == "한빛일보"
    assert article.title == KO_TITLE


@pytest.mark.parametrize("section", ["경제뉴스", "포토뉴스"])
def test_a_sections_name_over_the_headline_is_no_outlet(section):
    article = article_from_text(f"{section}\n\n{KO_TITLE}\n\n{KO_LEAD}\n\n{KO_NEXT}\n")
    assert article.metadata.outlet is None


def test_a_wire_named_as_the_reporter_in_the_credits_is_the_outlet():
    text = f"{KO_TITLE}\n  • 뉴시스 기자\n  • 승인 2016.01.21 11:42\n\n{KO_LEAD}\n\n{KO_NEXT}\n"
    article = article_from_text(text)
    assert article.metadata.outlet == "Newsis"
    assert article.byline is None
    assert article.metadata.published == "2016-01-21"


def test_a_papers_desk_in_brackets_opens_the_story():
    text = f"{KO_TITLE}\n\n[한빛레이더 취재팀]{KO_LEAD}\n\n{KO_NEXT}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_LEAD, KO_NEXT]
    assert article.metadata.outlet == "한빛레이더"


def test_a_wire_as_the_byline_beside_an_updated_date():
    """ "By Reuters | Updated: 4 August 2022 12:42 IST": the wire, and the date (in India's
    time); the deck above it is no paragraph."""
    deck = "The two cities hope the office will bring new investment next year."
    line = "By Reuters | Updated: 4 August 2022 12:42 IST"
    article = article_from_text(f"{HEAD}\n\n{deck}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.outlet == "Reuters"
    assert article.metadata.published == "2022-08-04"
    assert paragraphs(article) == [STORY, MORE]


def test_emoji_before_the_headline_are_no_part_of_it():
    article = article_from_text(f"🇰🇷🤝🇻🇳 {KO_TITLE}\n\n{KO_LEAD}\n\n{KO_NEXT}\n")
    assert article.title == KO_TITLE
    assert reasons(article)["🇰🇷🤝🇻🇳"] == "section label"


def test_the_headline_with_a_few_words_more_is_its_pictures_alt_text():
    alt = f"{HEAD} in Hanoi"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{alt}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[alt] == "repeats the headline"


VI_TITLE = "Hãng bay giá rẻ mở đường bay mới tới Đà Nẵng từ tháng năm"
VI_LEAD = (
    "Hãng bay giá rẻ của Hàn Quốc vừa thông báo sẽ mở một đường bay mới tới Đà Nẵng."
)
VI_NEXT = "Các chuyến bay sẽ khởi hành bốn lần mỗi tuần vào buổi tối."


def test_the_headline_with_its_marks_off_is_its_pictures_alt_text():
    alt = "Example Tips Hang bay gia re mo duong bay moi den Da Nang tu thang nam 1"
    article = article_from_text(f"{VI_TITLE}\n\n{VI_LEAD}\n\n{alt}\n\n{VI_NEXT}\n")
    assert paragraphs(article) == [VI_LEAD, VI_NEXT]
    assert reasons(article)[alt] == "repeats the headline"


def test_a_caption_telling_what_the_headline_does_stays_a_caption():
    title = "Bí thư Tỉnh ủy tiếp Tổng Lãnh sự Hàn Quốc tại tỉnh"
    caption = "Bí thư Tỉnh ủy tiếp Tổng Lãnh sự Hàn Quốc. Ảnh: B.Nguyên"
    text = f"{title}\n\n{VI_LEAD}\n\n{caption}\n\n{VI_NEXT}\n"
    assert captions(article_from_text(text)) == [caption]


@pytest.mark.parametrize(
    ("line", "repeats"),
    [
        (f"Example News | {HEAD}", True),  # the headline, its source before it
        (f"Example News reports | {HEAD} in Hanoi, officials said.", False),
    ],
)
def test_the_headline_again_with_its_source_before_it(line, repeats):
    assert repeats_headline(line, HEAD) is repeats


def test_a_paragraph_opening_with_the_headline_is_story():
    told = f"{HEAD} in Hanoi, the mayor's office said on Monday."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, told, MORE]


def test_a_summary_the_lead_repeats_with_a_name_in_brackets_is_not_story():
    summary = "한빛유통공사는 지난 6일부터 8일까지 베트남 하노이에서 열린 한국 식품 박람회와 문화 축제에 현지 소비자 8만여 명이 방문하는 등 큰 성과를 거뒀다고 밝혔다."
    lead = "한빛유통공사(사장 김하늘)는 지난 6일부터 8일까지 베트남 하노이에서 열린 한국 식품 박람회와 문화 축제에 현지 소비자 8만여 명이 방문하는 등 큰 성과를 거뒀다고 밝혔다."
    article = article_from_text(f"{KO_TITLE}\n\n{summary}\n\n{lead}\n\n{KO_NEXT}\n")
    assert paragraphs(article) == [lead, KO_NEXT]
    assert reasons(article)[summary] == "summary repeated as the story's opening"


def test_a_related_story_listed_with_its_time_is_not_story():
    related = "- Doanh nghiệp Hàn Quốc rót vốn mạnh vào Việt Nam 04/02/2025 11:00"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{related}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[related] == "related story with its time"


@pytest.mark.parametrize(
    ("tag", "outlet", "author", "place"),
    [
        ("인천--(한빛와이어)--", "한빛와이어", None, "인천"),
        ("[한빛팩트ㅣ인천= 김하늘기자] ", "한빛팩트", "김하늘", "인천"),
        ("[Hanbit.net] ", "Hanbit.net", None, None),
        ("[글로벌대학팀 김하늘 기자] ", None, "김하늘", None),
        ("[한빛일보 인천=김하늘 기자] ", "한빛일보", "김하늘", "인천"),
        ("[한빛 뉴스통신=한빛 뉴스통신] ", "한빛 뉴스통신", None, None),
        ("한빛타임스=김하늘 기자 | ", "한빛타임스", "김하늘", None),
        ("[한빛월드] ", "한빛월드", None, None),
        ("[호치민=김하늘 기자] ", None, "김하늘", "호치민"),  # a place, not a paper
        ("성남시= 김하늘 기자 | ", None, "김하늘", "성남시"),
        ("[한빛구루=김하늘 기자] ", "한빛구루", "김하늘", None),  # a paper, no place
        ("한빛투데이 관리자 기자 | ", "한빛투데이", None, None),  # the site's admin
        # two reporters, the second with the place filed from: both sign, there
        (
            "[한빛비나=김하늘 기자/ 하노이, 이바다 기자] ",
            "한빛비나",
            "김하늘, 이바다",
            "하노이",
        ),
    ],
)
def test_more_korean_leads_name_the_wire_the_place_and_the_reporter(
    tag, outlet, author, place
):
    article = article_from_text(f"{KO_TITLE}\n\n{tag}{KO_LEAD}\n\n{KO_NEXT}\n")
    assert paragraphs(article) == [KO_LEAD, KO_NEXT]
    assert article.metadata.outlet == outlet
    assert article.byline == author
    assert article.metadata.dateline == place


def test_a_copyrights_line_names_the_broadcaster():
    rights = "Copyrights ⓒ 한빛TV. 무단전재 및 재배포 금지 제보하기"
    article = article_from_text(f"{KO_TITLE}\n\n{KO_LEAD}\n\n{KO_NEXT}\n\n{rights}\n")
    assert article.metadata.outlet == "한빛TV"


@pytest.mark.parametrize("section", ["Việt Nam", "Hàn Quốc"])
def test_a_countrys_name_over_the_headline_is_a_section_not_the_outlet(section):
    article = article_from_text(f"{section}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.outlet is None
    assert article.title == HEAD


def test_a_recommended_label_under_the_story_is_not_story():
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nĐề xuất\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["Đề xuất"] == "navigation"


def test_a_bulleted_list_is_story_however_short_its_items():
    items = [
        "Smart economy",
        "Smart transportation (traffic and roads)",
        "Smart city management",
    ]
    listed = "\n".join(f"  • {item}" for item in items)
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{listed}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, *items, MORE]


def test_a_short_line_printed_twice_is_a_pictures_caption():
    """The alt text and the caption under it, once with straight quotes, once curly."""
    alt, caption = (
        'Posters of "Wang\'s Family" (KBS2)',
        "Posters of “Wang’s Family” (KBS2)",
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{alt}\n\n{caption}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert captions(article) == [alt]
    assert reasons(article)[caption] == "repeats a paragraph above"


def test_an_appeal_glued_to_the_lead_keeps_the_lead():
    """ "Your support makes all the difference.Thirty-eight …": a scrape ran the appeal into
    the story's first sentence; the line is story, not an appeal to drop."""
    glued = f"Your support makes all the difference.{STORY}"
    article = article_from_text(f"{HEAD}\n\n{glued}\n\n{MORE}\n")
    assert paragraphs(article)[-1] == MORE
    assert any(STORY in p for p in paragraphs(article))


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("(News Portal – Dong Nai) - ", "News Portal – Dong Nai"),
        ("(ĐS&PL) - (ĐSPL) - ", "ĐS&PL"),
    ],
)
def test_an_outlets_tag_with_a_dash_inside_or_printed_twice_opens_the_story(
    opening, outlet
):
    article = article_from_text(f"{HEAD}\n\n{opening}{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == outlet


def test_a_short_lead_after_the_reporters_bar_is_story_not_a_byline():
    lead = "한빛타임스=김하늘 기자 | 베트남과 한국은 새 사무소를 열었다고 밝혔다."
    article = article_from_text(f"{KO_TITLE}\n\n{lead}\n\n{KO_NEXT}\n")
    assert paragraphs(article) == [
        "베트남과 한국은 새 사무소를 열었다고 밝혔다.",
        KO_NEXT,
    ]
    assert article.byline == "김하늘"


def test_a_reporters_name_then_other_stories_listed_ends_the_story():
    listed = "- Ngày mai (15/3): Gần 79 triệu cử tri cả nước đi bầu cử đại biểu Quốc hội khóa mới"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\nHồng Nam\n{listed}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.byline == "Hồng Nam"
    assert reasons(article)[listed] == "after the story"


def test_a_reporter_slash_outlet_beside_the_date_names_both():
    line = "Thiên Bình/VOV.VN | 18/01/2023, 08:30"
    article = article_from_text(f"{HEAD}\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.byline == "Thiên Bình"
    assert article.metadata.outlet == "Voice of Vietnam"
    assert article.metadata.published == "2023-01-18"


def test_a_link_back_to_a_portals_front_page_names_no_outlet():
    article = article_from_text(
        f"Quay lại Dân trí\nDân Sinh\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    )
    assert article.metadata.outlet == "Dân Sinh"
    assert reasons(article)["Quay lại Dân trí"] == "back link"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Source: Nhandan", "Nhân Dân"),  # the name written without its spaces
        ("(Source: VNA) |", "Vietnam News Agency"),
        ("Quelle/Source: The Korea Times, 09.08.2009", "The Korea Times"),
        ("Full report on The Korea Herald site", "The Korea Herald"),
    ],
)
def test_more_lines_that_name_the_outlet(line, outlet):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [STORY, MORE]


def test_the_outlets_own_reporter_in_the_story_names_it_when_nothing_else_does():
    lead = (
        "Theo phóng viên TTXVN tại Hàn Quốc, lễ ký biên bản ghi nhớ giữa hai trường đã "
        "diễn ra sáng 20/11 tại Incheon với sự tham dự của nhiều đại biểu."
    )
    article = article_from_text(f"{HEAD}\n\n{lead}\n\n{MORE}\n")
    assert article.metadata.outlet == "Vietnam News Agency"
    masthead = article_from_text(f"Tuổi Trẻ\n\n{HEAD}\n\n{lead}\n\n{MORE}\n")
    assert masthead.metadata.outlet == "Tuổi Trẻ News"  # the masthead wins


def test_a_korean_name_then_the_desks_approval_and_the_date_is_the_byline():
    line = "김하늘 승인 2024.10.30 10:52 의견 0"
    article = article_from_text(f"{KO_TITLE}\n{line}\n\n{KO_LEAD}\n\n{KO_NEXT}\n")
    assert article.byline == "김하늘"
    assert article.metadata.published == "2024-10-30"


def test_a_vietnamese_by_names_the_author():
    article = article_from_text(f"{HEAD}\nbởi Linh\n\n{STORY}\n\n{MORE}\n")
    assert article.byline == "Linh"
    assert paragraphs(article) == [STORY, MORE]


def test_a_lead_cut_off_after_its_dateline_is_story_not_a_deck():
    """The copy's first paragraph cut mid-sentence, under a wire's update note: the lead
    (with its dateline), not a deck over the story."""
    lead = (
        "HANOI, March 15 (Reuters) - A consortium of two builders has won a contract to"
    )
    text = f"{HEAD}\n\n(Adds details and background)\n\n{lead}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article)[0] == lead.removeprefix("HANOI, March 15 (Reuters) - ")
    assert article.metadata.outlet == "Reuters"
    assert reasons(article)["(Adds details and background)"] == "wire update note"


def test_a_sentence_cut_at_the_copys_end_under_an_unmarked_caption_is_story():
    label = "Students of the two schools at the exchange"
    cut = "The programme was held to strengthen the friendship between the tw"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{label}\n\n{cut}")
    assert paragraphs(article)[-1] == cut


@pytest.mark.parametrize("tail", ["Ý kiến bạn đọc", "Có thể bạn"])
def test_a_short_label_at_the_cut_under_a_byline_is_still_after_the_story(tail):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nMinh Chi\n\n{tail}")
    assert paragraphs(article) == [STORY, MORE]
    assert article.byline == "Minh Chi"
