"""Paragraphs one to a line, as pages without blank lines print them, beside layouts a
hard wrap resembles. Every text here is invented; each test keeps only the shape of one
rule."""

from __future__ import annotations

from builders import article_from_text, captions, paragraphs, reasons

KO_HEAD = "구청, 베트남 자매도시에 한국어 교실 열어"
KO_LEAD = (
    "구청은 지난 12일 베트남 자매도시 시청에서 시장 등 80여명이 참석한 가운데 한국어 교실 "
    "개강식이 열렸다고 15일 밝혔다."
)
KO_LINES = [
    "교실 학생 대표 응우옌 티 란 씨는 “한국어를 무료로 배울 수 있어 정말 기쁘다”며 “열심히 "
    "공부하겠다”고 말했다.",
    "수업은 오는 10월까지 매주 두 차례 열리며, 한글의 원리부터 생활 회화까지 차례로 다룬다. "
    "영화를 활용한 수업도 한다.",
    "구청장은 “이번 교실이 두 도시를 잇는 문화 교류의 거점이 되길 바란다”며 “교류를 넓혀 "
    "가겠다”고 말했다.",
]


def test_lines_that_each_end_a_sentence_under_a_caption_are_paragraphs():
    # the caption's open end ("… 제공 |") is no wrapper's break: the lines below it,
    # each about as long and each ending its sentence, are three paragraphs, not one
    caption = "| 베트남 자매도시 한국어 교실 학생들이 개강식 뒤 기념촬영을 하고 있다. 구청 제공 |"
    lines = "\n".join(["![]() |", caption, *KO_LINES])
    article = article_from_text(f"{KO_HEAD}\n\n{KO_LEAD}\n{lines}\n")
    assert paragraphs(article) == [KO_LEAD, *KO_LINES]
    assert captions(article) == [caption]


def test_a_korean_headline_over_its_dashed_decks_is_no_wrapped_paragraph():
    # Hangul takes two columns: a headline and its two decks are about one width, but a
    # wrapper never breaks a line before a bullet; the decks stay apart from the headline
    head = "한-베트남, 전기용품 시험성적서 서로 인정…수출기업 인증비용 크게 던다"
    decks = [
        "- 국표원, 베트남 표준품질위원회와 양해각서 체결해",
        "- 세탁기·전기밥솥 등 17개 품목…이르면 내년 상반기 시행",
    ]
    article = article_from_text("\n".join([head, *decks]) + f"\n\n{KO_LEAD}\n")
    assert article.title == head
    assert paragraphs(article) == [KO_LEAD]


def test_a_korean_lead_that_lost_its_full_stop_is_story_not_the_headline():
    # "…했다고 27일 밝혔다": the attribution a lead sentence closes with; no headline
    # reports what was said so, so a page opening with it has no headline
    lead = (
        "구청은 베트남 자매도시 대표단을 공식 초청해 두 도시의 교류와 우호 협력을 "
        "더욱 넓혀 나가기로 했다고 27일 밝혔다"
    )
    article = article_from_text(f"{lead}\n{KO_LINES[0]}\n{KO_LINES[1]}\n")
    assert article.metadata.title is None
    assert paragraphs(article) == [lead, *KO_LINES[:2]]


def test_a_korean_page_title_closed_by_two_dots_is_its_headline_shown_twice():
    # the site's name, the page title "….." with two dots, a section, then the headline
    # again: the headline, not the site's name, and no paragraph of the title
    head = "구청, 베트남 유학생 생활ㆍ학업 적응 돕는다"
    top = f"주메뉴 바로가기\n\n한빛시민신문\n\n{head}..\n행정\n\n{head}\n\n"
    byline = "홍길동 기자 hong@example.com 입력 2016/09/27 09:36\n"
    article = article_from_text(f"{top}{byline}\n{KO_LEAD}\n\n{KO_LINES[0]}\n")
    assert article.title == head
    assert paragraphs(article) == [KO_LEAD, KO_LINES[0]]


def test_a_standfirst_opening_with_the_outlets_tag_is_the_first_paragraph():
    # "(NLĐO) - …" with no full stop under the headline: the tag opens the story's first
    # paragraph, as Vietnamese papers print their sapo; it is no deck
    head = "Tuyển lao động sang Hàn Quốc làm việc theo chương trình cấp phép"
    sapo = (
        "Hàn Quốc là thị trường tiềm năng cho lao động Việt Nam nhờ thu nhập cao và "
        "môi trường làm việc chuyên nghiệp"
    )
    story = (
        "Trung tâm Lao động ngoài nước vừa thông báo kế hoạch tuyển chọn lao động đi "
        "làm việc tại Hàn Quốc trong quý IV."
    )
    more = (
        "Người lao động cần chủ động theo dõi hồ sơ của mình trên trang thông tin của "
        "trung tâm để không bỏ lỡ lịch thi."
    )
    page = f"Lao động\n\n{head}\n\nHuỳnh Như\n\n(NLĐO) - {sapo}\n\n{story}\n\n{more}\n"
    article = article_from_text(page)
    assert article.title == head
    assert paragraphs(article) == [sapo, story, more]
    assert reasons(article)["(NLĐO) -"] == "outlet tag"


def test_one_name_in_camel_case_again_and_again_is_no_run_of_related_links():
    # "Đại học GaChon" three times in a paragraph cut off by the copy: one name, not
    # three related headlines run together ("HueConnecting … HuePromoting …")
    head = "Giao lưu văn hóa với sinh viên Đại học GaChon"
    lead = (
        "Sáng 26/6, nhà trường đã đón tiếp đoàn sinh viên Đại học GaChon. Trưởng đoàn "
        "Đại học GaChon cho biết 20 sinh viên Đại học GaChon sẽ lưu trú tại trường"
    )
    first = "Những năm gần đây, giao lưu văn hóa Việt - Hàn ngày càng được đẩy mạnh."
    article = article_from_text(f"{head}\n\n{first}\n\n{lead}")
    assert paragraphs(article) == [first, lead]


def test_a_portals_title_bar_is_no_headline():
    head = "Thăm và làm việc tại tỉnh Jeonbuk (Hàn Quốc)"
    story = (
        "Từ ngày 30/10, đoàn công tác của tỉnh đã đến thăm và làm việc tại tỉnh Jeonbuk "
        "nhằm thảo luận kế hoạch hợp tác giữa hai tỉnh."
    )
    bar = "Chi tiết tin - tin tức sự kiện - Sở Ngoại Vụ"
    article = article_from_text(f"{bar}\n\n{head}\n\n16-11-2017 17:59\n\n{story}\n")
    assert article.title == head
    assert reasons(article)[bar] == "portal title bar"
    assert paragraphs(article) == [story]


def test_a_korean_sentence_broken_before_its_last_words_is_one_paragraph():
    # a long line left open mid-sentence over a short line that only ends it
    broken = (
        "협회는 24일까지 ‘베트남 빈딘성 정부 초청 기업 시찰단’을 파견해 국내 기업의 진출 활로",
        "개척도 지원한다.",
    )
    lines = "\n".join([KO_LEAD, *broken, KO_LINES[0]])
    article = article_from_text(f"{KO_HEAD}\n\n{lines}\n")
    assert paragraphs(article) == [KO_LEAD, " ".join(broken), KO_LINES[0]]


def test_a_wrapped_line_opening_with_a_dash_goes_on_with_its_paragraph():
    # "- " alone opens no item: a dash the wrapper set at the start of a line
    wrapped = [
        "The two cities agreed on Monday to open a joint office for small firms,",
        "and the office will stand in the port district near the new ferry terminal. The office, which",
        "- according to the mayor - will cost about two million dollars, opens in",
        "the spring and will help firms from both cities find partners and permits.",
    ]
    more = "Officials said the first exchange of trainees would follow in the autumn."
    text = (
        "Two port cities open a joint office\n\n" + "\n".join(wrapped) + f"\n\n{more}\n"
    )
    assert paragraphs(article_from_text(text)) == [" ".join(wrapped), more]


def test_a_subheading_over_a_short_sentence_of_its_own_stays_apart():
    subheading = "두 도시 청소년 교류 프로그램 내년부터 해마다 정례화하기로 합의 교환학생 30명 선발"
    lines = "\n".join([KO_LEAD, subheading, "행사는 10일 열린다.", KO_LINES[0]])
    article = article_from_text(f"{KO_HEAD}\n\n{lines}\n")
    assert "행사는 10일 열린다." in paragraphs(article)  # not glued to the subheading


def test_a_korean_sentence_broken_after_a_connective_is_one_paragraph():
    broken = (
        "회사는 베트남 현지 법인을 통해 올해 하반기부터 생산량을 크게 늘리기로 하고 준비하고",
        "있는 것으로 알려졌다.",
    )
    lines = "\n".join([KO_LEAD, *broken, KO_LINES[0]])
    article = article_from_text(f"{KO_HEAD}\n\n{lines}\n")
    assert paragraphs(article) == [KO_LEAD, " ".join(broken), KO_LINES[0]]


def test_wrapped_dashed_items_after_a_colon_are_a_lists_items():
    lead = [
        "The two cities agreed on Monday to open a joint office for small firms, and they",
        "set out what the office will do in its first year of work together next year:",
    ]
    items = [
        "- a shared fund for small firms from both cities, paid out in two rounds a",
        "year;",
        "- an exchange of trainees between the two chambers of commerce and their",
        "agencies, starting in the autumn;",
        "- a yearly fair held in each city in turn.",
    ]
    text = "Two port cities open a joint office\n\n" + "\n".join(lead + items) + "\n"
    found = paragraphs(article_from_text(text))
    assert found[0] == " ".join(lead)
    assert found[1].startswith("a shared fund") or found[1].startswith(
        "- a shared fund"
    )


def test_a_korean_caption_with_its_credit_after_a_slash_is_not_the_lead():
    head = "한국과 베트남, 항만 협력 사무소 개설"
    caption = "한빛시는 22일 베트남 하이퐁시와 항만 협력 협약을 맺고 참석자들이 단체로 기념촬영하고 있다./한빛시"
    lead = "한빛시는 지난 22일 시청 대회의실에서 하이퐁시와 협약을 맺었다."
    more = "양측은 내년 봄까지 첫 사업을 시작하고 두 도시의 기업을 연결할 계획이다."
    article = article_from_text(f"{head}\n\n{caption}\n{lead}\n\n{more}\n")
    assert paragraphs(article) == [lead, more]


DOUBLE_SPACED = [
    [
        "With the arrival of the new ambassador, who took office",
        "in April, relations between the two countries entered a new phase.",
    ],
    [
        "As many observers agree, Vietnam is an emerging market which",
        "has grown by about 7 % a year for three decades.",
    ],
    [
        "In trade as well, the two countries have become",
        "each other's third largest partner, the ambassador said.",
    ],
    [
        "Many guests gathered at the reception to mark",
        "the anniversary of the two countries' ties.",
    ],
]


def test_a_double_spaced_page_wraps_at_one_blank_line_and_breaks_at_two():
    """A blank line after every printed line, two between paragraphs: one blank line is
    the page's wrap."""
    body = "\n\n\n".join("\n\n".join(lines) for lines in DOUBLE_SPACED)
    article = article_from_text(f"Ties reach a new phase\n\n\n{body}\n")
    assert paragraphs(article) == [" ".join(lines) for lines in DOUBLE_SPACED]


def test_a_header_of_short_decks_between_blank_lines_is_no_wrap():
    """Decks under the headline, a blank line between each, open with capitals: they are
    not one sentence wrapped, and the story's paragraphs stay apart."""
    decks = (
        "Agreed to update the 2010 cooperation memorandum\n\nDiscussed new challenges"
    )
    story = "\n\n\n".join(" ".join(lines) for lines in DOUBLE_SPACED)
    article = article_from_text(f"Ministers meet in Hanoi\n\n{decks}\n\n\n{story}\n")
    assert paragraphs(article)[-4:] == [" ".join(lines) for lines in DOUBLE_SPACED]
    assert not any("memorandum Discussed" in p for p in paragraphs(article))


WRAPPED_AT_A_BRACKET = [
    "In terms of its ties with Korea as well, Korea has been the second ODA (official",
    "development assistance) provider (in grants)",
    "and loans for the country, and each has many residents in the other.",
]


def test_a_line_ending_in_a_closed_bracket_goes_on_when_the_next_opens_in_lower_case():
    """ "… the 2nd ODA (official development assistance)" / "assistant country for …"."""
    story = " ".join(WRAPPED_AT_A_BRACKET)
    text = "Ties reach a new phase\n\n" + "\n".join(WRAPPED_AT_A_BRACKET)
    article = article_from_text(
        f"{text}\n\nThe two countries mark the day each year.\n"
    )
    assert paragraphs(article) == [story, "The two countries mark the day each year."]


def test_a_staff_reporter_s_byline_names_the_reporter():
    article = article_from_text(
        "Ties reach a new phase\n  • Staff reporter Han Ji-won\n  • 승인 2017.09.08 00:21\n\n"
        "The two countries mark the day each year with a reception in Seoul.\n"
    )
    assert article.byline == "Han Ji-won"


def test_a_credit_in_brackets_over_a_brand_in_lower_case_ends_its_unit():
    """ "… (Photo: SM Entertainment)" / "aespa will perform …": no bracket the sentence
    goes on from; "… a memorandum (M.O.U)" / "between the two …" goes on."""
    text = (
        "Ties reach a new phase\n\n"
        "The group arrived in Hanoi on Thursday evening (Photo: SM Entertainment)\n"
        "aespa will perform on Saturday at the national stadium before fans.\n\n"
        "The two sides signed a memorandum of understanding (M.O.U)\n"
        "between the province and the association on Friday.\n"
    )
    found = paragraphs(article_from_text(text))
    assert (
        "aespa will perform on Saturday at the national stadium before fans." in found
    )
    assert (
        "The two sides signed a memorandum of understanding (M.O.U) between the "
        "province and the association on Friday." in found
    )


def test_staff_reporters_sign_together_above_the_story():
    """ "Staff reporters X and Y": a byline of two, never the headline."""
    article = article_from_text(
        "Ties reach a new phase\n\nStaff reporters Han Ji-won and Lee Jun-ho\n\n"
        "The two countries mark the day each year with a reception in Seoul.\n"
    )
    assert article.title == "Ties reach a new phase"
    assert article.byline == "Han Ji-won, Lee Jun-ho"


def test_a_korean_line_broken_by_hand_may_run_past_the_line_above_it():
    """ "… 여행사를 통해" / "항공권 구매가 … 됐다." (longer): one sentence broken by hand."""
    first = (
        "기존 전세기로 운행될 때는 3박4일이나 4박5일 등의 정해진 일정으로 여행사를 통해"
    )
    second = "항공권 구매가 가능했지만, 정기선으로 전환되면서 편도 이용과 개별 구매가 가능하게 됐다."
    more = "항공권은 누리집을 통해 조회와 예약이 가능하며 예약 상황에 따라 조기 마감될 수 있다."
    article = article_from_text(f"{KO_HEAD}\n\n{first}\n{second}\n\n{more}\n")
    assert paragraphs(article) == [f"{first} {second}", more]


def test_an_english_line_over_a_longer_sentence_stays_apart():
    """A related headline over a sentence longer than it is no wrapped pair."""
    first = "Revealed: the coach flew home in secret before leaving the national team"
    second = (
        "The federation issued a statement confirming it would not renew his contract."
    )
    article = article_from_text(f"Ties reach a new phase\n\n{first}\n{second}\n")
    assert paragraphs(article)[-1] == second


def test_a_korean_lead_left_open_goes_on_below_under_a_caption_and_the_date():
    """The lead's first line, the paper and reporter before it, open on "출발하는":
    its sentence ends below; the lead is no label of the header."""
    text = (
        f"{KO_HEAD}\n\n한빛일보\n{KO_HEAD}\n  • 입력 : 2023. 11.09(목) 14:42\n"
        "  • 한지수 기자\n공항에 도착한 베트남 관광객\n"
        "[한빛일보 = 한지수 기자] 전라남도가 무안국제공항에서 베트남 나트랑으로 출발하는\n"
        "정기 항공편이 본격적으로 운항을 시작했다고 밝혔다.\n\n"
        "정기노선은 코로나19 확산으로 전세기만 취항했던 무안국제공항의 첫 국제선 정기노선이다.\n"
    )
    article = article_from_text(text)
    assert paragraphs(article)[0] == (
        "전라남도가 무안국제공항에서 베트남 나트랑으로 출발하는 "
        "정기 항공편이 본격적으로 운항을 시작했다고 밝혔다."
    )
    assert article.byline == "한지수"
