"""Round four of issue 10: the edges of a page from an outlet never seen (what stands in
the byline, around the pictures and after the story). Every text is invented; each test
keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    KO_HEAD,
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
from dossier.clean.dates import find_date
from dossier.clean.people import is_person_name


@pytest.mark.parametrize(
    "byline, authors",
    [
        ("By Jane Roe and Kim Min-ji, CNN\nLive TV", "Jane Roe, Kim Min-ji"),
        ("BY JANE ROE\nSTAFF WRITER", "JANE ROE"),
        ("Posted by Written by Minh-Anh Do Reading Time: 5 minutes", "Minh-Anh Do"),
        (
            "By Asia correspondent Jane Roe and Le Van An in Hanoi",
            "Jane Roe, Le Van An",
        ),
    ],
)
def test_byline_names_people_not_furniture(byline, authors):
    text = f"{HEAD}\n\n{byline}\nMarch 3, 2026\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.byline == authors
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "name, person",
    [
        ("Video Ad Feedback", False),
        ("Copy URL", False),
        ("Staff Writer", False),
        ("Kim Min-ji", True),
        ("Nguyễn Thế Anh", True),
        ("Nguyen The Anh", True),
    ],
)
def test_person_names_hold_no_furniture_words(name, person):
    assert is_person_name(name) is person


def test_a_spelled_out_date_beats_a_numeric_one_that_reads_both_ways():
    assert find_date("03/12/2026March 12, 2026") == "2026-03-12"
    assert find_date("03/12/2026") == "2026-12-03"  # day first, as most outlets here
    assert find_date("03/22/2026") == "2026-03-22"  # only one reading


@pytest.mark.parametrize(
    "caption",
    [
        "▲ The two mayors shake hands at the opening ceremony on Monday.",
        "A visitor tries the new app at a café in the city © Jane Roe/Example",
        "The new office building in the city centre.(Example News: Jane Roe)",
        "Workers on an assembly line in the province. | EXAMPLE",
    ],
)
def test_captions_are_known_by_their_mark_or_credit(caption):
    text = f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n"
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE]


FURNITURE = {
    "Do you like the content of this article?": "reader prompt",
    "Was this story helpful?": "reader prompt",
    "Good journalism costs money. Subscribe and help us keep reporting.": (
        "subscription appeal"
    ),
    "PHOTO GALLERY (1/3)": "gallery counter",
    "Search Example...": "search box",
    "The editor picks favourite stories in this weekly newsletter.": "newsletter blurb",
}


def test_prompts_and_promotions_are_furniture():
    lines = "\n\n".join(FURNITURE)
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{lines}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    found = reasons(article)
    assert {line: found[line] for line in FURNITURE} == FURNITURE


def test_a_question_in_the_story_stays_story():
    question = "Do you think the new office will change anything for small firms?"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{question}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, question, MORE]


def test_an_inline_list_of_other_stories_is_not_story():
    box = (
        "Keep reading\nlist of 3 items\nlist 1 of 3\nPorts race to expand\n"
        "list 2 of 3\nWhy factories move?\nlist 3 of 3\nA new ferry route\nend of list"
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{box}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)["Keep reading"] == "related list"


def test_about_us_boilerplate_after_the_story_is_not_story():
    about = (
        "About Us\nExample Briefing is published by Example Group, a firm that advises "
        "investors in the region on tax, law and accounting.\n"
        "Example Group has offices in Hanoi, Singapore and Berlin and partner firms in "
        "the rest of the region."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{about}\n")
    assert paragraphs(article) == [STORY, MORE]


def test_a_section_headed_about_inside_the_story_stays():
    more = [
        "The programme trains forty engineers a year in both cities and pays their fares.",
        "Its first class started in March, and a second is due to begin in the autumn.",
        "Officials said they would publish the results of the first year in a report.",
    ]
    body = "\n\n".join([MORE, LAST, *more])
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\nAbout the programme\n\n{body}\n")
    assert paragraphs(article) == [STORY, MORE, LAST, *more]


def test_a_paragraph_printed_twice_is_kept_once():
    again = (
        "Its first class started in March, and a second is due to begin in the autumn."
    )
    body = "\n\n".join([STORY, MORE, LAST, again, again])
    article = article_from_text(f"{HEAD}\n\n{body}\n")
    assert paragraphs(article) == [STORY, MORE, LAST, again]
    assert reasons(article)[again] == "repeats a paragraph above"


def test_bios_after_the_story_are_not_story():
    bios = (
        "Jane Roe reports on the two Koreas for Example from Seoul.\n\n"
        "Le Van An is a reporter based in Hanoi who covers the economy."
    )
    text = f"{HEAD}\n\nBy Jane Roe and Le Van An\nMarch 3, 2026\n\n{STORY}\n\n{MORE}\n\n{bios}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE]


def test_a_cut_off_headline_in_a_most_viewed_list_is_not_story():
    footer = "Most Viewed\n1. Prices climb for a twelfth week\n2. Heir attends ..."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{footer}\n")
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "caption",
    [
        "Minister Lee (left) and Mayor Tran shake hands at the ceremony in the city",
        "The delegates, second from left, visit the new port on Monday",
        "Officials visit the new office on Monday. Photos = Example Ministry",
        "The new office building in the city centre - example.vn",
    ],
)
def test_captions_say_who_stands_where_or_credit_in_more_shapes(caption):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n")
    assert captions(article) == [caption]


def test_a_run_on_archive_date_line_keeps_the_headline_under_it():
    text = f" date 2022-10-18 {HEAD}\n{STORY}\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.metadata.published == "2022-10-18"
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "masthead, outlet",
    [
        ("Settings", None),
        ("Making news", None),
        ("Thứ ba, Tháng", None),
        ("Korea–Vietnam Weekly", "Korea–Vietnam Weekly"),
    ],
)
def test_only_a_line_shaped_like_a_masthead_names_an_unknown_outlet(masthead, outlet):
    article = article_from_text(f"{masthead}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.outlet == outlet


def test_the_last_paragraph_signed_by_a_wire_is_story_not_a_caption():
    last = "After the talks, the minister is to return home on Monday with the delegation. (Yonhap)"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{last}\n")
    assert paragraphs(article)[-1] == last.removesuffix(" (Yonhap)")
    assert article.metadata.outlet == "Yonhap News Agency"


def test_a_sentence_cut_off_where_the_copy_ends_is_kept():
    cut = "Both sides shared the view that the cooperation of the two"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}\n")
    assert paragraphs(article) == [STORY, MORE, cut]


@pytest.mark.parametrize(
    "tail",
    ["Korean battery maker delays second Karawang plant", "Source: Press Department"],
)
def test_a_headline_or_label_at_the_end_is_not_a_cut_off_sentence(tail):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{tail}\n")
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "opening, outlet, place",
    [
        ("SEOUL, AJU - ", "Aju Business Daily", "SEOUL"),
        ("Nov. 17 (UPI) -- ", "United Press International", None),
        ("VietNamNet Bridge - ", "VietNamNet", None),
        ("VTV.vn - ", "Vietnam Television", None),
        ("[SEOUL] ", None, "SEOUL"),
        ("Hanoi (VNS/VNA)- ", "Việt Nam News", "Hanoi"),
        ("Hue, Vietnam, (VNA) - ", "Vietnam News Agency", "Hue, Vietnam"),
    ],
)
def test_an_outlet_or_place_opening_the_story_is_taken_off_it(opening, outlet, place):
    article = article_from_text(f"{HEAD}\n\n{opening}{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == outlet
    assert article.metadata.dateline == place


@pytest.mark.parametrize(
    "caption",
    [
        "윤석열 대통령이 정상회담에서 악수하고 있다. [사진=연합뉴스]",
        "• ▲ 행사에 참석한 대표단의 모습",
    ],
)
def test_korean_credits_mark_captions(caption):
    story, more = KO_STORY, KO_MORE
    article = article_from_text(f"{KO_HEAD}\n\n{story}\n\n{caption}\n\n{more}\n")
    assert captions(article) == [caption]
    assert paragraphs(article) == [story, more]


def test_the_site_clock_over_the_menus_is_not_the_article_date():
    menu = "\n".join(f"• Section number {n}" for n in range(30))
    text = (
        f"The Daily Example close\n{menu}\nSat, February 27, 2021 | 19:19\n{HEAD}\n"
        f"Posted : 2020-11-18 09:30\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.metadata.published == "2020-11-18"


def test_a_byline_run_on_into_its_date_is_both():
    article = article_from_text(
        f"{HEAD}\nby VOV29 June 2016 Last updated at 11:08 AM\n\n{STORY}\n"
    )
    assert article.metadata.published == "2016-06-29"
    assert paragraphs(article) == [STORY]


def test_a_reporters_name_run_on_into_the_date_is_the_byline_and_the_date():
    article = article_from_text(
        f"{HEAD}\n\nby Trần Minh Hòa14 July 2017 Last updated at 14:00 PM\n\n"
        f"Harbour cranes\nHarbour cranes - The port's new cranes lift forty boxes an hour "
        f"at the container\n\n{STORY}\n\n{MORE}\n"
    )
    assert article.byline == "Trần Minh Hòa"
    assert article.metadata.published == "2017-07-14"
    assert article.title == HEAD


@pytest.mark.parametrize(
    "name",
    ["Kim Min-jun", "Jane O'Neil", "Jane Roe and John Doe", "Lee Ji-eun"],
)
def test_a_hyphened_or_joined_name_run_on_into_the_date_is_the_byline(name):
    article = article_from_text(
        f"{HEAD}\n\nBy {name}14 July 2017 Last updated at 14:00 PM\n\n{STORY}\n\n{MORE}\n"
    )
    assert article.byline == name.replace(" and ", ", ")
    assert article.metadata.published == "2017-07-14"


@pytest.mark.parametrize(
    "line",
    [
        "By Galaxy Z Fold5 Launch 2023 standards, the new phone is lighter.",
        "By Jane đỗ14 July 2017 the port had reopened.",  # a small letter: no name
    ],
)
def test_a_story_line_opening_on_by_is_not_cut(line):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert line in paragraphs(article)


def test_a_paper_named_in_lower_case_is_a_common_noun():
    story = (
        "Officials said lao động xuất khẩu had grown, and that more workers would go."
    )
    article = article_from_text(f"{HEAD}\n\n{story}\n\n{MORE}\n")
    assert article.metadata.outlet is None


def test_a_lead_over_a_credited_caption_keeps_both():
    caption = "Delegates pose for a group photo at the opening. (Photo: VNA)"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n{caption}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert captions(article) == [caption]


def test_a_vov_image_placeholder_run_on_into_its_caption_is_cut():
    line = f"{HEAD} - ảnh 1The delegates visit the new office on Monday. (Photo: VOV)"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert captions(article) == [
        "The delegates visit the new office on Monday. (Photo: VOV)"
    ]
    assert paragraphs(article) == [STORY, MORE]


def test_a_quoted_paragraph_is_not_a_headline():
    quote = "“The reality was far from my expectations,” she said. “It was hard.”"
    article = article_from_text(f"{HEAD}\n\n{quote}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD


@pytest.mark.parametrize(
    "line",
    [
        "I write about manufacturing, supply chains and trade in Asia.",
        "Example Daily: Join over 1 million Example Daily subscribers and get our best stories.",
        "Follow me on LinkedIn. Check out my website.",
        "Facebook X KakaoTalk Link copy",
        "For media inquiries, please click Media Contact to move to the form.",
        "Example Electronics Co., Ltd.",
        "This article was translated from Korean with an AI tool and reviewed by an editor.",
        "Xem thêm: Vốn FDI Hàn Quốc đổ vào công nghiệp",
        "==Kyodo",
    ],
)
def test_more_page_furniture_is_not_story(line):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]


def test_a_korean_wire_lead_in_english_gives_place_outlet_and_reporter():
    article = article_from_text(
        f"{HEAD}\n\n(Seoul=News1) Reporter Yoon Ji-ho = {STORY}\n\n{MORE}\n"
    )
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.dateline == "Seoul"
    assert article.metadata.outlet == "News1"
    assert article.byline == "Yoon Ji-ho"


def test_an_agency_in_brackets_under_a_sentence_credits_its_caption():
    caption = "Officials from the two countries attend a meeting in Tokyo."
    article = article_from_text(f"{HEAD}\n\n{caption}\n(Kyodo)\n\n{STORY}\n\n{MORE}\n")
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE]


def test_press_contacts_under_a_hard_wrapped_release_are_not_story():
    wrapped = "\n".join(
        [
            "The two companies said on Monday that they would open a joint office in",
            "the city next year, hiring local engineers and sales staff for the new",
            "market, and that a second office would follow in the south if the first",
            "one met its targets for the number of clients served in its first year",
            "of work, which both firms expect to exceed by a wide margin given the",
            "demand they have seen from manufacturers looking for local partners in",
            "the region.",
        ]
    )
    text = f"{HEAD}\n\n{wrapped}\n\nMedia Contact\nJane Roe\nExample Inc.\npress@example.com\n"
    article = article_from_text(text)
    assert article.byline is None
    assert len(paragraphs(article)) == 1


def test_a_title_case_headline_stands_over_its_sentence_case_deck():
    text = (
        "Example Health and Other Partner Group Bring AI Screening to 12 Hospitals\n\n"
        "Korean-developed software to screen 400,000 patients a year for lung disease\n\n"
        f"January 21, 2026 02:00 ET\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title.startswith("Example Health and Other Partner Group")


def test_a_wire_end_mark_ends_the_story_but_keeps_its_signature():
    teasers = (
        "Society Korean speaking contest draws record entries in the region More than 200 "
        "students from 14 universities took part in the contest held on Monday.\n\n"
        "Business Firms eye supporting industries in the north Representatives of nearly 80 "
        "businesses attended a conference on supporting industries."
    )
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}/.\n\nLe Van An\n\n{teasers}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert article.byline == "Le Van An"


def test_a_hard_wrapped_story_with_a_caption_line_inside_keeps_its_paragraphs():
    text = (
        f"{HEAD}\n"
        "Forty-two farmers from the northern mountainous province left for the\n"
        "country on June 5 to work on farms in the county under a seasonal labour\n"
        "programme agreed between the two localities last year.\n"
        "Farmers at the airport\n"
        "The workers, aged between 25 and 48, will spend five months planting and\n"
        "harvesting peppers and will be paid the same minimum wage as local farm\n"
        "hands, the provincial labour department said in a statement on Monday.\n"
    )
    found = paragraphs(article_from_text(text))
    assert [p[:20] for p in found] == ["Forty-two farmers fr", "The workers, aged be"]


def test_a_byline_broken_before_its_email_is_still_a_byline():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nBy Jane Roe (\njroe@example.com)\n"
    article = article_from_text(text)
    assert article.byline == "Jane Roe"
    assert paragraphs(article) == [STORY, MORE]


def test_a_sentence_case_headline_stands_over_its_deck():
    text = (
        "Korean convenience store chain to open 150 stores in northern Vietnam\n\n"
        "Daily example to bring ready meals to the capital with a local partner\n\n"
        f"Published : Nov. 21, 2024 - 15:05\n\n{STORY}\n\n{MORE}\n"
    )
    assert article_from_text(text).title.startswith("Korean convenience store chain")


@pytest.mark.parametrize(
    "line, author",
    [
        ("부산=민지호 기자 jhmin@example.com", "민지호"),
        ("문홍철 기자 | 기사입력 2024/11/18", "문홍철"),
    ],
)
def test_korean_bylines(line, author):
    story, more = KO_STORY, KO_MORE
    article = article_from_text(f"{KO_HEAD}\n\n{story}\n\n{more}\n\n{line}\n")
    assert article.byline == author
    assert paragraphs(article) == [story, more]


def test_a_long_paragraph_with_a_credit_inside_stays_a_paragraph():
    long = (
        "The company said the new plant would make parts for phones and cameras and employ "
        "about 2,000 workers once it reaches full capacity next year. Photo: Example "
        "Officials added that the province had cleared the land and built a road to the site, "
        "and that a second plant could follow if demand for the parts kept growing in the region."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{long}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, long, MORE]


@pytest.mark.parametrize(
    "cut",
    [
        "“Managers can do video calls, but some problems you have to go",
        "Tại buổi gặp mặt, nguyên Chủ tịch hội đồng quản trị cho biết",
    ],
)
def test_a_cut_off_quote_or_vietnamese_sentence_is_kept(cut):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}\n")
    assert paragraphs(article) == [STORY, MORE, cut]


def test_a_month_only_archive_date_line_is_metadata_not_the_title():
    article = article_from_text(f" date 2025-07 {HEAD}\n{STORY}\n{MORE}\n")
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "lead, place, author",
    [
        ("[서울=뉴스핌] 오영상 전문기자 = ", "서울", "오영상"),
        ("【하노이(베트남)=서영준 기자】 ", "하노이", "서영준"),
        (
            "[순천/남도방송] 전만오 기자 = ",
            "순천",
            "전만오",
        ),  # a place, a slash, a paper
    ],
)
def test_korean_wire_leads(lead, place, author):
    story, more = KO_STORY, KO_MORE
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{story}\n\n{more}\n")
    assert paragraphs(article) == [story, more]
    assert article.metadata.dateline == place
    assert article.byline == author


@pytest.mark.parametrize(
    ("lead", "outlet", "author"),
    [
        ("[TV서울=박지유 제주본부장] ", "TV서울", "박지유"),  # a bureau's chief reports
        ("(충북뉴스 곽근만 기자) ", "충북뉴스", "곽근만"),  # paper and reporter, round
        ("(TGN 한빛뉴스=김정은 기자) ", "TGN 한빛뉴스", "김정은"),  # two words, an "="
        ("(한빛뉴스=김정은 기자) ", "한빛뉴스", "김정은"),
    ],
)
def test_korean_leads_naming_the_paper_and_its_reporter(lead, outlet, author):
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == outlet
    assert article.byline == author


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (
            "  • 입력 : 2024. 04.29(월) 14:02\n  • 곽지혜 기자 jihye@example.com",
            "곽지혜",
        ),
        (
            "  • 보도본부 | 김정연 기자\n  • 승인 2019.07.20 19:07",
            "김정연",
        ),  # desk first
    ],
)
def test_korean_credit_lists_name_the_reporter(lines, author):
    article = article_from_text(f"{KO_HEAD}\n{lines}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline == author
    assert article.metadata.published in ("2024-04-29", "2019-07-20")
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    ("lead", "place", "outlet"),
    [
        ("[서울 = 연합뉴스] ", "서울", "Yonhap News Agency"),
        ("[하노이 = 이데일리] ", "하노이", "Edaily"),
    ],
)
def test_a_place_and_a_paper_in_a_lead_name_no_reporter(lead, place, outlet):
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline is None
    assert article.metadata.dateline == place
    assert article.metadata.outlet == outlet  # the paper, as outlets.yml names it
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_an_address_after_its_label_names_no_one():
    foot = "이메일 hong@example.com"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{foot}\n")
    assert article.byline is None


def test_a_korean_reporter_signing_with_an_address_under_the_story():
    foot = "윤영균 novirusy@example.com\n여러분의 의견을 남겨주세요"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{foot}\n")
    assert article.byline == "윤영균"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_paper_before_its_place_in_a_lead_is_the_outlet():
    article = article_from_text(
        f"{KO_HEAD}\n\n[여행스케치=서울] {KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.metadata.dateline == "서울"
    assert article.metadata.outlet == "여행스케치"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_two_papers_by_a_slash_are_no_place():
    lead = "[월드경제신문/시사매일] "
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.dateline is None
    assert article.metadata.outlet == "월드경제신문"


@pytest.mark.parametrize(
    "line, author",
    [
        ("Mỹ Dung - 18:17, 25/07/2023", "Mỹ Dung"),
        ("Lê Quảng (theo Yonhap)", "Lê Quảng"),
    ],
)
def test_vietnamese_byline_shapes(line, author):
    article = article_from_text(f"{HEAD}\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.byline == author


@pytest.mark.parametrize(
    "masthead", ["정치 대통령·청와대", "Press Releases", "Google News"]
)
def test_section_names_are_not_mastheads(masthead):
    article = article_from_text(f"{masthead}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.outlet is None


def test_a_name_and_a_time_stamp_on_one_line_are_byline_and_date():
    article = article_from_text(
        f"{HEAD}\n\nNguyen Hoai 14:32, 2025/05/20\n\n{STORY}\n\n{MORE}\n"
    )
    assert article.byline == "Nguyen Hoai"
    assert article.metadata.published == "2025-05-20"


@pytest.mark.parametrize("rest", ["Two cities open a joint...", "NATIONAL"])
def test_an_archive_date_line_with_a_cut_title_or_a_section_is_all_metadata(rest):
    article = article_from_text(
        f" date 2017-01-03 {rest}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    )
    assert article.title == HEAD
    assert article.metadata.published == "2017-01-03"


@pytest.mark.parametrize("crumbs", ["Trang chủ Quốc tế ", "Trang chủQuốc tế"])
def test_a_vietnamese_breadcrumb_over_the_headline_is_not_the_title(crumbs):
    # (run together, as a copy of the page's links gives them: "Trang chủQuốc tế…")
    text = f"{crumbs}{HEAD[:30]}...\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


def test_a_cut_vietnamese_sentence_without_a_comma_is_kept_too():
    cut = "Hàn Quốc hiện là thị trường khách quốc tế lớn nhất của tỉnh với k"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}\n")
    assert paragraphs(article) == [STORY, MORE, cut]


def test_an_archive_headline_kept_with_its_pictures_credit_is_the_title():
    text = f" date 2022-03-17 {HEAD} (Photo: VNA)\n\nHanoi (VNA) – {STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


def test_a_sign_off_that_is_a_whole_line_leaves_no_empty_paragraph():
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nKang Min-ji, Arirang News.\n"
    )
    assert paragraphs(article) == [STORY, MORE]
    assert all(p.text.strip() for p in article.passages)


def test_a_lead_sentence_under_a_bare_picture_credit_is_not_its_caption():
    lead = (
        "A South Korean esports training academy has opened in the central Vietnamese city "
        "of Da Nang, the first overseas campus of a Korean pro-gaming school."
    )
    text = f"{HEAD}\nWrite: 2025-09-18 15:02:27\nPhoto : YONHAP News\n{lead}\n{STORY}\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [lead, STORY, MORE]


def test_a_menu_strip_set_apart_by_double_spaces_is_not_story():
    menu = "Thời sự  Thế giới  Kinh tế  Đời sống  Sức khỏe  Giới trẻ"
    text = f" date 2025-09-29 {HEAD}\n{menu}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "caption",
    [
        "Finalists of the contest pose with their teachers at the school on March 29.",
        "Contestants wait backstage before the final round.",
        "Overview of the meeting.",
        "A general view of the signing ceremony in Hanoi.",
        "Toàn cảnh buổi làm việc.",
        "Các đại biểu chụp ảnh lưu niệm tại hội nghị.",
        "Students and faculty attend the launch ceremony of the programme in Hanoi.",
        "Children practice a folk song verse at the weekend school.",
        "Vietnamese and Korean sailors practise knot-tying before the joint drill.",
    ],
)
def test_a_sentence_saying_what_a_picture_shows_is_a_caption(caption):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n")
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE]


def test_a_story_sentence_about_a_photo_session_stays_story():
    story = "The two leaders, who will pose for photographers on Friday, said the talks went well."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{story}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, story, MORE]


def test_an_ordinary_caption_with_a_credit_is_not_taken_for_a_missing_headline():
    caption = "Vice Chairman Nguyen Van An (R) and Chairman Kim Min-ji shake hands (Photo: VNA)"
    text = f" date 2022-12-20 {caption}\n\nHanoi (VNA) – {STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title != caption.removesuffix(" (Photo: VNA)")
    assert paragraphs(article) == [STORY, MORE]


def test_a_story_sentence_about_who_attends_stays_story():
    story = (
        "About 300 firms will attend the fair, which opens on Monday, officials said."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{story}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, story, MORE]


def test_a_story_sentence_opening_with_a_view_stays_story():
    story = (
        "A view of the river from the new bridge has drawn tourists, officials said."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{story}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, story, MORE]


def test_a_standfirst_under_the_byline_opens_the_body_and_loses_the_tag_below():
    lead = "Hanoi wants to learn from a partner city's five decades of science parks."
    text = (
        f"{HEAD}\n\nNguyen Hoai 14:32, 2025/05/20\n\n{lead}\n\n"
        f"THE HANOI TIMES — {STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [lead, STORY, MORE]
    assert reasons(article)["THE HANOI TIMES —"] == "dateline"


def test_a_deck_above_the_byline_is_no_paragraph():
    deck = "The port city wants more flights and a joint office by next year."
    text = f"{HEAD}\n\n{deck}\n\nBy Jane Roe\nMarch 3, 2026\n\nSEOUL, March 3 (Yonhap) -- {STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]


def test_a_caption_signed_filepic_is_a_caption():
    caption = (
        "Growing interest: Visitors sample snacks at a trade fair last year. — Filepic"
    )
    text = f"{HEAD}\n\nBy JANE ROE\nThursday, 24 Jul 2025\n\n{caption}\n\nKUALA LUMPUR: {STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE]


def test_a_press_release_s_about_section_is_not_story():
    about = (
        "Lumisight develops imaging software used in more than 600 hospitals worldwide."
    )
    text = (
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n\nAbout Lumisight\n\n{about}\n\n"
        "Media Contact\nJane Roe\npress@example.com\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)[about] == "after the story"


def test_a_story_paragraph_opening_with_about_stays_story():
    about = "About 200 delegates attended the forum on Monday, officials said."
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{about}\n\n{LAST}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE, about, LAST]


def test_a_broadcaster_s_acknowledgement_of_country_is_furniture():
    ack = (
        "The network acknowledges the Aboriginal and Torres Strait Islander peoples as the"
        " Traditional Custodians of the lands where we live and work."
    )
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nTop Stories\n{ack}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[ack] == "acknowledgement of country"


def test_an_outlet_s_name_over_a_line_under_the_date_credits_that_line_s_picture():
    caption = "A stallholder serves noodles at a market in the county town"
    text = (
        f"{HEAD}\n\n2 October 2025\nShare\n\nJane Roe\n\nBBC\n{caption}\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    ("opening", "place"),
    [("Ha Tinh - ", "Ha Tinh"), ("Hà Nội - ", "Hà Nội")],
)
def test_a_title_case_place_before_a_spaced_dash_is_a_dateline(opening, place):
    article = article_from_text(f"{HEAD}\n\n{opening}{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.dateline == place


@pytest.mark.parametrize("opening", ["Korea - ", "Meanwhile - "])
def test_a_country_or_a_linking_word_before_a_dash_is_no_dateline(opening):
    article = article_from_text(f"{HEAD}\n\n{opening}{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [f"{opening}{STORY}", MORE]


def test_a_labelled_byline_names_the_authors():
    text = (
        f"{HEAD}\n\nCommentary by Jane Roe and Kim Min-ji\n\nPublished October 8, 2025"
        f"\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.byline == "Jane Roe, Kim Min-ji"
    assert article.title == HEAD


def test_a_section_after_the_date_leaves_a_date_line():
    text = f"{HEAD}\n11-03-2025 - 15:20 | Du lịch\nKỳ Nam\n{STORY}\n{MORE}\n"
    article = article_from_text(text)
    assert article.metadata.published == "2025-03-11"
    assert paragraphs(article) == [STORY, MORE]


def test_a_menu_whose_items_hold_a_dash_is_a_navigation_strip():
    menu = "Thời sự | Quốc tế | Lao động | Văn hóa - Văn nghệ | Du lịch"
    article = article_from_text(f"{menu}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert reasons(article)[menu] == "navigation strip"
    assert paragraphs(article) == [STORY, MORE]


def test_a_comment_box_prompt_is_furniture():
    prompt = "Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu"
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nBình luận (0)\n{prompt}\n"
    )
    assert paragraphs(article) == [STORY, MORE]


def test_a_subheading_with_a_dash_is_no_dateline():
    sub = "Consolidating Political Trust – The Foundation of Lasting Cooperation"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{sub}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]


@pytest.mark.parametrize(
    ("lead", "author", "place"),
    [
        ("[Seoul=NEWSIS]Reporter Kim Tae-hoon = ", "Kim Tae-hoon", "Seoul"),
        ("(다낭=뉴스코리아) 김경태특파원 = ", "김경태", "다낭"),
        ("[이뉴스투데이 박현 기자] ", "박현", None),
    ],
)
def test_a_korean_wire_lead_gives_the_reporter_and_leaves_the_paragraph(
    lead, author, place
):
    story, more = (
        (KO_STORY, KO_MORE) if "기자" in lead or "특파원" in lead else (STORY, MORE)
    )
    article = article_from_text(f"{HEAD}\n\n{lead}{story}\n\n{more}\n")
    assert paragraphs(article) == [story, more]
    assert article.byline == author
    assert article.metadata.dateline == place


def test_a_korean_wire_s_sign_off_at_the_end_names_the_reporter_and_the_wire():
    last = f"{KO_MORE} (하노이=연합뉴스) 김선한 특파원 shkim@example.co.kr"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{last}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == "김선한"
    assert article.metadata.outlet == "Yonhap News Agency"


def test_a_name_with_its_outlets_in_brackets_signs_the_story_and_the_list_below_goes():
    story = "Đoàn y bác sỹ đã khám sàng lọc cho hơn 600 trẻ em tại thành phố trong tuần qua."
    more = (
        "Chương trình do bệnh viện phối hợp với quỹ hữu nghị tổ chức từ ngày 10 đến 16."
    )
    related = [
        "Bộ Y tế đề xuất tăng cường hợp tác đào tạo bác sỹ",
        "Hà Nội: Bệnh viện tặng thiết bị y tế cho trạm y tế xã",
    ]
    text = (
        f"{KO_HEAD}\n17/04/2025 21:05\n{story}\n{more}\nThanh Liêm (TTXVN/Vietnam+)\n"
        f"#Hàn Quốc #Cần Thơ #phẫu thuật tim\nXem thêm\n{related[0]}\n{related[1]}\n"
        "Bình luận\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [story, more]
    assert article.byline == "Thanh Liêm"
    assert {reasons(article)[r] for r in related} == {"related list"}
    assert reasons(article)["#Hàn Quốc #Cần Thơ #phẫu thuật tim"] == "hashtags"


def test_a_name_with_a_bare_email_signs_the_story_over_a_labelled_link():
    link = "[Original Korean article] 지방대 신입생 셋 중 하나는 베트남 유학생"
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nJang Eun-ji jangej@example.com\n\n{link}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert article.byline == "Jang Eun-ji"
    assert reasons(article)[link] == "after the story"


def test_a_transcript_s_last_turns_are_story_not_labelled_links():
    turns = [
        '[SOUNDBITE] Yoon Tae-gyu (Port Authority) : "Vietnam is one of our partners."',
        "[REPORTER] The authority plans to train 100 managers by 2026.",
    ]
    text = f"{HEAD}\n\n[ANCHOR] {STORY}\n\n[REPORTER] {MORE}\n\n" + "\n\n".join(turns)
    article = article_from_text(text + "\n")
    assert paragraphs(article)[-2:] == turns


def test_a_korean_headline_over_a_two_line_deck_is_the_title():
    deck = [
        "총사업비 3억달러 규모…하루 1500t 처리",
        "부산 공장서 핵심 설비 제작해 2027년 가동 목표",
    ]
    text = (
        f"매일경제\n뉴스 | 경제 | 기업 | 증권 | 부동산\n기업\n\n{KO_HEAD}\n\n{deck[0]}\n{deck[1]}\n\n"
        f"이서연 기자 lee@example.com\n입력 : 2025-06-24 17:32:08\n\n가\n가\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == KO_HEAD
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert captions(article) == []


@pytest.mark.parametrize(
    ("tag", "outlet"),
    [("(KTSG Online) - ", "Kinh tế Sài Gòn"), ("(NLĐO) - ", "Người Lao Động")],
)
def test_a_vietnamese_outlet_s_tag_opens_the_sapo(tag, outlet):
    story = "Kim ngạch xuất khẩu rau quả của Việt Nam sang Hàn Quốc trong 9 tháng đầu năm ước đạt 198 triệu đô la."
    more = "Theo Hiệp hội Rau quả Việt Nam, Hàn Quốc là thị trường lớn thứ năm của trái cây Việt."
    article = article_from_text(f"{KO_HEAD}\n\n{tag}{story}\n\n{more}\n")
    assert paragraphs(article) == [story, more]
    assert article.metadata.outlet == outlet


def test_a_network_s_copy_is_the_member_paper_s():
    text = (
        f"NATION THAILAND\nWorld\nASIA NEWS NETWORK\n\n{HEAD}\n\nPUBLISHED : 02 Dec 2024, 15:10\n\n"
        f"Lee Hae-rin\nThe Korea Herald\nAsia News Network\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.metadata.outlet == "The Korea Herald"
    assert paragraphs(article) == [STORY, MORE]


def test_a_korean_page_s_tools_byline_and_approval_date_are_read():
    caption = (
        "주베트남 한국문화원은 오는 26일 행사를 개최한다./사진=주베트남 한국문화원 제공"
    )
    text = (
        f"닫기\n\n{KO_HEAD}\n\n기사듣기 기사듣기중지\n\n공유하기\n\n  • 카카오톡\n\nURL 복사\n\n"
        "https://www.example.co.kr/view.php?key=2019102501\n\n글자크기\n\n"
        "정리나 하노이 특파원\n\n승인 : 2019. 10. 25. 17:31\n\n"
        f"2019 달랏 한국문화의 날 메인이미지\n{caption}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == KO_HEAD
    assert article.byline == "정리나"
    assert article.metadata.published == "2019-10-25"
    assert captions(article) == [caption]
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_short_sentence_cut_off_where_the_copy_ends_stays_the_last_paragraph():
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\nAs for its relations\n")
    assert story_text(article) == [STORY, MORE, "As for its relations"]


def test_a_bare_web_address_between_paragraphs_is_no_story():
    link = "https://www.example.co.kr/view.php?key=2019102501"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{link}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)[link] == "web address"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("By Yonhap", "Yonhap News Agency"), ("TB (according to VNS)", "Việt Nam News")],
)
def test_a_byline_naming_only_an_outlet_gives_the_outlet_not_an_author(line, outlet):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == outlet
    assert article.byline is None


@pytest.mark.parametrize(
    "line",
    [
        "Full report on The Korea Herald site",
        "Enjoying this article? Click here to subscribe for full access. Just $5 a month.",
        "Nghe âm thanh bài viết tại đây:",
        "기사 URL이 복사되었습니다.",
        "The author is a former ambassador to Vietnam and a member of the institute.",
    ],
)
def test_prompts_links_and_author_notes_are_no_story(line):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "Vietnam Presses the Flesh in Asia (Page 4 of 4)",
            "Vietnam Presses the Flesh in Asia",
        ),
        (
            "Why do students leave their schools in Korea? 8",
            "Why do students leave their schools in Korea?",
        ),
    ],
)
def test_a_headline_loses_its_page_counter(headline, title):
    article = article_from_text(f"{headline}\n\nMarch 3, 2026\n\n{STORY}\n\n{MORE}\n")
    assert article.title == title


@pytest.mark.parametrize(
    ("tag", "outlet"),
    [
        ("PANO - ", "Quân Đội Nhân Dân"),
        ("(VOV5) -", "VOV World"),
        ("(3Sao) - ", "3Sao"),  # a name opening with its number
    ],
)
def test_more_outlet_tags_open_the_story(tag, outlet):
    article = article_from_text(f"{HEAD}\n\n{tag}{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == outlet


def test_a_wrapped_paragraph_ends_where_the_next_word_would_have_fitted():
    text = (
        f"{HEAD}\n\nMarch 3, 2026\n\n"
        "SEOUL – Korean webtoon platform Toonvine will launch a Vietnamese-language\n"
        "service this month with 120 titles, betting that Vietnam's young smartphone\n"
        "readers will become its second-largest overseas audience after Japan.\n"
        "The company said Monday it had signed a partnership with a Hanoi publisher\n"
        "which will translate and localize the titles and help recruit new artists.\n"
        "(jiwon@example.com)\n"
    )
    found = paragraphs(article_from_text(text))
    assert [p[:30] for p in found] == [
        "Korean webtoon platform Toonvi",
        "The company said Monday it had",
    ]


def test_a_news_agency_describing_itself_after_the_story_is_no_story():
    about = (
        "BERNAMA, Malaysia's national news agency, delivers news in several languages"
        " through its wires, website and radio channels."
    )
    text = (
        f"{HEAD}\n{STORY}\n{MORE}\n-- BERNAMA\n{about}\nRelated News\nTags: Vietnam\n"
    )
    assert paragraphs(article_from_text(text)) == [STORY, MORE]


def test_a_newsletter_s_first_item_is_the_story():
    text = (
        "IN THIS ISSUE\n  1. Members meet the province\n  2. Reminder: survey\n\n"
        "------\n1. MEMBERS MEET THE PROVINCE\n------\n\n"
        "By Kim Do-yeon, Policy & Research Team\n\n"
        f"{STORY}\n\n{MORE}\n\n------\n2. REMINDER: 2025 MEMBERSHIP SURVEY CLOSES 30 MAY\n"
        "------\n\nThe annual survey takes about ten minutes. Results will be shared.\n"
    )
    article = article_from_text(text)
    assert article.title.casefold() == "members meet the province"
    assert article.byline == "Kim Do-yeon"
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "note",
    [
        "For any inquiries about this article, please contact the Policy Division.",
        "* This is an unofficial translation of the Korean press release.",
    ],
)
def test_a_release_s_contact_and_translation_notes_are_no_story(note):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{note}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_an_office_over_the_date_posts_the_page_and_is_no_headline():
    text = (
        f"Press Releases\n\n{HEAD}\n\nMinistry of Land, Infrastructure and Transport\n"
        f"Jul 16, 2025\n\n{STORY}\n\n{MORE}\n"
    )
    assert article_from_text(text).title == HEAD


def test_a_byline_with_time_and_date_between_bars():
    text = f"{HEAD}\nThanh Hương | 14:32 | 18/04/2025\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.byline == "Thanh Hương"
    assert article.metadata.published == "2025-04-18"


def test_an_outlet_s_tag_in_brackets_without_a_dash():
    article = article_from_text(f"{HEAD}\n\n(Baodautu.vn) {STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == "Báo Đầu tư"


def test_capitals_in_brackets_before_the_story_are_an_outlet_s_initials():
    article = article_from_text(f"{HEAD}\n\n(VAN) {STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]


def test_a_credit_shaped_line_under_the_last_paragraph_signs_the_story():
    text = f"{KO_HEAD}\n\n{STORY}\n\n{MORE}\n\nMinh Hằng/VOV-Seoul\n\nTin liên quan\n\n"
    text += "Hàn Quốc tăng hạn ngạch lao động nước ngoài ngành đóng tàu\n"
    text += (
        "Người lao động Việt tại Hàn Quốc được hỗ trợ pháp lý miễn phí\n\nBình luận\n"
    )
    article = article_from_text(text)
    assert article.author == "Minh Hằng"
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "caption",
    [
        "Left: The director in her office. Right: Song sheets written in two languages.",
        "Thu Trang (thứ hai từ trái) cùng các thí sinh vào chung kết.",
        "(서울=연합뉴스) 22일 교통정보센터를 방문한 공무원들이 화면을 살펴보고 있다. 2025.9.23 [서울시 제공. 재판매 및 DB 금지]",
    ],
)
def test_more_captions_by_their_marks(caption):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n")
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "line",
    ["(단위: 백만 달러)", "자료: 메트릭비엣(MetricViet)", "제보는 카카오톡 okjebo"],
)
def test_a_table_s_unit_and_source_and_a_tip_line_are_furniture(line):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{line}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_publisher_s_name_with_its_initials_at_the_foot_is_no_story():
    text = (
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nList   Prev   Next\n\n"
        "Korean Culture and Information Service (KOCIS)\n"
        "Copyright © Korean Culture and Information Service. All Rights Reserved.\n"
    )
    assert paragraphs(article_from_text(text)) == [STORY, MORE]


def test_a_korean_headline_stands_above_its_dashed_decks():
    text = (
        f"KOTRA 해외시장뉴스\n{KO_HEAD}\n  • 트렌드\n  • 베트남\n  • 2025-08-21\n  • 출처 : KOTRA\n\n"
        "- 라이브커머스 통한 K-뷰티 판매 급증, 한국 중소 브랜드에 기회 -\n"
        "- 제품 공표 등 현지 인증 절차는 사전 준비 필수 -\n\n \n\n온라인 화장품 시장 현황\n\n"
        f"{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == KO_HEAD
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_written_by_and_photos_by_in_one_line():
    text = f"{HEAD}\n\nWritten by Vy Lê. Photos by Bảo Ngọc.\nMonday, 12 May 2025. 10:00\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).byline == "Vy Lê"


def test_a_two_city_wire_dateline():
    article = article_from_text(
        f"{HEAD}\n\nSEOUL/Hanoi, Sept. 17 (Yonhap) -- {STORY}\n\n{MORE}\n"
    )
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.dateline == "SEOUL/Hanoi"
    assert article.metadata.outlet == "Yonhap News Agency"


def test_a_two_city_dateline_whose_second_city_has_several_words():
    article = article_from_text(
        f"{HEAD}\n\nSEOUL/HO CHI MINH CITY -- {STORY}\n\n{MORE}\n"
    )
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.dateline == "SEOUL/HO CHI MINH CITY"


def test_a_title_case_dateline_whose_dash_touches_the_story():
    article = article_from_text(f"{HEAD}\n\nJakarta -{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.dateline == "Jakarta"


@pytest.mark.parametrize(
    "line",
    [
        "(Photo for illustration)",
        "What do you think?",
        "Sự kiện: Tin ngắn",
        "00:00 / 0:00",
        "Tốc độ đọc",
    ],
)
def test_more_page_furniture(line):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_a_cut_off_last_line_of_capitalised_common_words_is_no_byline():
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nOther South Korean\n")
    assert article.byline is None


@pytest.mark.parametrize(
    ("tag", "outlet"),
    [("TCCS - ", "Tạp chí Cộng sản"), ("(SGTT) – ", "Sài Gòn Tiếp Thị")],
)
def test_vietnamese_magazine_tags(tag, outlet):
    article = article_from_text(f"{HEAD}\n\n{tag}{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == outlet


def test_a_vietnamese_headline_inside_an_english_story_is_a_link():
    link = "Hải quân Việt Nam và Hàn Quốc tăng cường trao đổi đoàn, huấn luyện chung"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{link}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]


def test_an_english_sentence_with_vietnamese_names_stays_story():
    story = "Senior Colonel Trần Quốc Vinh, Deputy Commander of Naval Region 4, welcomed them."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{story}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, story, MORE]


@pytest.mark.parametrize(
    ("line", "author"),
    [("시흥 한지수 기자", "한지수"), ("정리나 하노이 특파원", "정리나")],
)
def test_a_korean_byline_with_its_city(line, author):
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline == author


def test_an_unbracketed_korean_lead_names_the_reporter():
    article = article_from_text(
        f"{KO_HEAD}\n\n아주경제 정해인 기자 = {KO_STORY}\n\n{KO_MORE}\n"
    )
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == "정해인"


@pytest.mark.parametrize(
    "line",
    [
        "Follow Baoquocte.vn on",
        "👍❤️ 248",
        "▷ 유튜브, 네이버, 카카오에서도 KBS뉴스를 구독해주세요!",
        "KBS 뉴스 박서윤입니다.",
        "VOA 뉴스 한상미 입니다.",
        "For further information, please contact the trade desk.",
        'Ghi rõ nguồn "Cổng thông tin điện tử tỉnh" khi phát hành lại thông tin từ website này.',
    ],
)
def test_still_more_page_furniture(line):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_a_marked_caption_wrapped_over_two_lines_is_a_caption():
    caption = "▲ Students of the joint programme pose with faculty members of\nthe two universities."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n")
    assert captions(article) == [caption]


def test_a_name_with_its_source_signs_the_story():
    text = f"{KO_HEAD}\n{STORY}\n{MORE}\nHải Yến (Nguồn: Báo Bắc Ninh)\n"
    article = article_from_text(text)
    assert article.byline == "Hải Yến"
    assert article.metadata.outlet == "Báo Bắc Ninh"
    assert paragraphs(article) == [STORY, MORE]


VI_STORY = (
    "Sáng 12/4, trường cao đẳng phối hợp với doanh nghiệp Hàn Quốc khai giảng khóa đào tạo"
    " kỹ thuật viên kiểm thử bán dẫn đầu tiên cho 40 học viên của tỉnh."
)
VI_MORE = (
    "Khóa học kéo dài 6 tháng, gồm 480 giờ lý thuyết và thực hành trên dây chuyền kiểm thử"
    " chip nhớ do doanh nghiệp tài trợ, theo đại diện nhà trường."
)
VI_LAST = (
    "Theo kế hoạch, tỉnh sẽ mở thêm hai lớp tương tự trong năm 2026 để đáp ứng nhu cầu."
)


def test_a_short_vietnamese_sentence_between_paragraphs_is_a_caption():
    caption = "Du khách Hàn Quốc tham quan phố cổ Hội An (Quảng Nam)."
    article = article_from_text(
        f"{KO_HEAD}\n{VI_STORY}\n{caption}\n{VI_MORE}\n{VI_LAST}\n"
    )
    assert captions(article) == [caption]
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


@pytest.mark.parametrize(
    "short",
    [
        "Dự kiến, dự án sẽ hoàn thành vào năm 2026.",
        "Ông Kim cho biết công ty sẽ mở thêm nhà máy.",
    ],
)
def test_a_short_vietnamese_paragraph_with_a_figure_or_a_speaker_stays_story(short):
    article = article_from_text(
        f"{KO_HEAD}\n{VI_STORY}\n{short}\n{VI_MORE}\n{VI_LAST}\n"
    )
    assert paragraphs(article) == [VI_STORY, short, VI_MORE, VI_LAST]


def test_a_short_korean_sentence_glossing_vietnamese_names_stays_story():
    short = "하노이(Hà Nội) 시 문화체육관광국 주관으로 연례 외교·문화 행사가 추진될 예정이다."
    article = article_from_text(f"{KO_HEAD}\n{KO_STORY}\n{short}\n{KO_MORE}\n")
    assert short in paragraphs(article)


def test_headlines_after_dashes_inside_the_story_are_related_links():
    links = [
        "- Hội sách tại Đà Nẵng sẽ giới thiệu hơn 200.000 đầu sách cùng nhiều chương trình",
        "- Đà Nẵng: Lễ hội du lịch Golf 2023 kỳ vọng thu hút khách quốc tế",
    ]
    text = (
        f"{KO_HEAD}\n(SGTT) – {VI_STORY}\n"
        + "\n".join(links)
        + f"\n{VI_MORE}\n{VI_LAST}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]
    assert {reasons(article)[link] for link in links} == {"related list"}


def test_a_dashed_list_of_short_items_stays_story():
    items = ["- Korea Development Bank", "- Shinhan Bank Vietnam"]
    text = f"{HEAD}\n\n{STORY}\n" + "\n".join(items) + f"\n\n{MORE}\n"
    article = article_from_text(text)
    assert not set(items) & set(reasons(article))
    # items of a list: story paragraphs, their dash logged as layout
    assert paragraphs(article) == [
        STORY,
        "Korea Development Bank",
        "Shinhan Bank Vietnam",
        MORE,
    ]
    assert reasons(article)["-"] == "list bullet"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("(TTXVN/Vietnam+)", "VietnamPlus"), ("(Vnews/Vietnam+)", "VietnamPlus")],
)
def test_a_credit_of_two_outlets_names_the_one_that_carries_it(line, outlet):
    article = article_from_text(f"{KO_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{line}\n")
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_initials_and_an_office_in_brackets_sign_off():
    article = article_from_text(
        f"{KO_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n(H.V., Sở Ngoại vụ TPHCM)\n"
    )
    assert paragraphs(article) == [VI_STORY, VI_MORE]


@pytest.mark.parametrize("label", ["WHAT ARE YOU LOOKING FOR", "Social Affairs"])
def test_a_search_prompt_or_a_section_above_the_headline_is_no_outlet(label):
    text = f"Log in\n{label}\n\n{HEAD}\n\nMarch 3, 2026\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).metadata.outlet is None


def test_a_story_sentence_in_the_present_about_what_people_do_stays_story():
    story = "Korean firms harvest more than half of their ginseng with Vietnamese hands, growers say."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{story}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, story, MORE]


def test_a_credited_caption_inside_a_hard_wrap_ends_there():
    text = (
        f"{HEAD}\n\nMarch 3, 2026\n\n"
        "K-Frost Logistics, a unit of a Korean food group, has opened a 40,000-pallet\n"
        "cold storage warehouse in the southern province, its first in the country.\n"
        "The K-Frost warehouse in Tan Uyen. Photo courtesy of K-Frost Logistics\n"
        "The $38 million warehouse in Tan Uyen city, inaugurated on June 9, has eight\n"
        "temperature zones and will serve seafood and fruit exporters in the region.\n"
    )
    article = article_from_text(text)
    assert captions(article) == [
        "The K-Frost warehouse in Tan Uyen. Photo courtesy of K-Frost Logistics"
    ]
    assert [p[:20] for p in paragraphs(article)] == [
        "K-Frost Logistics, a",
        "The $38 million ware",
    ]


@pytest.mark.parametrize(
    ("line", "date"),
    [("업데이트 2025.05.12. 09:30\n입력 2025.05.11. 17:40", "2025-05-11")],
)
def test_a_korean_update_stamp_is_no_publication_date(line, date):
    article = article_from_text(f"{KO_HEAD}\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.published == date


def test_a_vietnamese_byline_with_its_weekday_and_date():
    text = f"{KO_HEAD}\nKim Ngân   Thứ tư, ngày 26/03/2025 06:45 AM (GMT+7)\n{VI_STORY}\n{VI_MORE}\n"
    article = article_from_text(text)
    assert article.byline == "Kim Ngân"
    assert article.metadata.published == "2025-03-26"


def test_a_korean_place_before_a_wire_tag_is_a_dateline():
    article = article_from_text(f"{KO_HEAD}\n\n부산 (VNA) – {KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.dateline == "부산"


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        (
            "© Bản quyền thuộc về Báo Sài Gòn Giải Phóng. Ghi rõ nguồn khi phát hành lại.",
            "Saigon Giải Phóng",
        ),
        (
            "Bản quyền thuộc Báo Kinh tế & Đô thị - Cơ quan của UBND Thành phố Hà Nội.",
            "Kinh tế & Đô thị",
        ),
    ],
)
def test_a_vietnamese_copyright_line_names_the_outlet(footer, outlet):
    article = article_from_text(f"{KO_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{footer}\n")
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [VI_STORY, VI_MORE]


@pytest.mark.parametrize(
    "line",
    [
        "이현수 기자가 보도합니다.",
        "YTN 이현수입니다.",
        "YTN은 여러분의 소중한 제보를 기다립니다.",
        "Ý kiến bạn đọc (0)",
        "Báo Quân đội nhân dân - Cơ quan của Quân ủy Trung ương và Bộ Quốc phòng",
        "Attachment 20250926_lantern_festival.jpg (1.3MB)",
    ],
)
def test_broadcast_and_portal_furniture(line):
    article = article_from_text(
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{line}\n\n{KO_MORE}\n\n{VI_LAST}\n"
    )
    assert line not in paragraphs(article)


@pytest.mark.parametrize(
    "caption",
    [
        "지난 8일 하노이의 한 편의점 진열대에 한국산 소주가 가득 놓여 있다. /김은비 특파원",
        "8일 오전 서울의 한 회의실에서 활동가들이 기자회견을 열고 있다. 바다와 사람 제공",
    ],
)
def test_korean_captions_by_their_credits(caption):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{caption}\n\n{KO_MORE}\n")
    assert captions(article) == [caption]


def test_a_korean_wire_lead_under_a_deck_opens_the_story():
    deck = '베트남 국영통신·연합뉴스 사장 만나…"장벽 낮추는 역할 해달라"'
    text = f"{KO_HEAD}\n{deck}\n(서울=연합뉴스) 이유미 기자 = {KO_STORY}\n{KO_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == "이유미"
    assert article.metadata.outlet == "Yonhap News Agency"


def test_a_korean_press_tag_with_a_vowel_as_separator():
    article = article_from_text(
        f"{KO_HEAD}\n\n[더팩트ㅣ임영무 기자] {KO_STORY}\n\n{KO_MORE}\n"
    )
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == "임영무"


def test_a_site_s_domain_in_brackets_glued_to_the_story():
    article = article_from_text(
        f"{KO_HEAD}\n\n(Moitruong.net.vn){VI_STORY}\n\n{VI_MORE}\n"
    )
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_a_copyright_at_sign_line_is_furniture():
    line = "Copyright@더팩트(tf.co.kr) All right reserved."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n")
    assert reasons(article)[line] == "copyright line"


@pytest.mark.parametrize(
    "line",
    [
        "Go to Contents Go to Navigation",
        "Posted by Reading Time: < 1 minute",
        "Leave your comment on this story",
        "Keep informed...",
        "(With inputs from agencies.)",
        "Theo dõi Môi trường & Cuộc sống trên",
        "Hàn Quốc và Việt Nam hợp tác văn hóa ảnh 3",
    ],
)
def test_yet_more_page_furniture(line):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n\n{LAST}\n")
    assert line not in paragraphs(article)


def test_two_authors_joined_by_an_en_dash():
    text = f"{HEAD}\n\nBy Giang Huy – Hoang Phuong   June 17, 2017 | 02:37 am PT\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).byline == "Giang Huy, Hoang Phuong"


def test_a_byline_after_a_dash():
    text = f"{HEAD}\n\n- By Yoon Sung-won (sw@example.com)\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).byline == "Yoon Sung-won"


def test_a_section_and_time_line_is_a_date_line_not_a_byline():
    text = f"{HEAD}\n\nAll Headlines 11:55 March 26, 2018\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.byline is None
    assert article.metadata.published == "2018-03-26"


def test_a_date_only_lead_comes_off_the_story():
    article = article_from_text(f"{HEAD}\n\nJul. 24 – {STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]


def test_a_caption_ending_illustrative_image_is_a_caption():
    caption = "Korean Studies has attracted many applicants in recent years (Illustrative image)."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n")
    assert captions(article) == [caption]


@pytest.mark.parametrize("name", ["Minh Anh", "HOÀNG NAM"])
def test_a_name_on_the_line_under_the_last_paragraph_signs_it_above_the_foot(name):
    text = f"{HEAD}\n{STORY}\n{MORE}\n{name}\nRelated news\nKorean investors pour capital into logistics\n"
    article = article_from_text(text)
    assert article.byline == name
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Reporter Kim Ha-neul  hnkim@example.com", "Kim Ha-neul"),
        ("Tin, ảnh: VIỆT TRUNG", "VIỆT TRUNG"),
    ],
)
def test_a_reporter_label_or_a_text_and_photo_credit_at_the_end(line, author):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert article.byline == author


def test_korean_tool_buttons_on_one_line_are_a_share_strip():
    line = "글자크기 설정 공유하기 프린트"
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert reasons(article)[line] == "share strip"


def test_an_outlet_and_a_date_between_bars():
    text = f"{HEAD}\n\n• | VNA | October 28, 2016 07:38 PM\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.metadata.outlet == "Vietnam News Agency"
    assert article.metadata.published == "2016-10-28"


def test_a_byline_and_a_date_against_a_bar():
    text = f"{KO_HEAD}\n\nHân Hân|02/03/2017 08:34\n\n{VI_STORY}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert article.byline == "Hân Hân"
    assert article.metadata.published == "2017-03-02"


def test_a_korean_paper_naming_itself_in_its_lead_is_the_outlet():
    article = article_from_text(
        f"{KO_HEAD}\n\n[더팩트ㅣ임영무 기자] {KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.metadata.outlet == "더팩트"


def test_a_heading_after_the_story_is_no_signature():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nAsia Pacific\n\nRecommended articles\n"
    assert article_from_text(text).byline is None


def test_a_korean_section_label_after_the_headline_is_no_credit():
    text = f"{KO_HEAD} [TF사진관]\n\n[더팩트ㅣ임영무 기자] {KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.title == KO_HEAD
    assert captions(article) == []


def test_an_outlet_s_meta_line_under_the_story_credits_no_picture():
    text = (
        f"{HEAD}\n{STORY}\n"
        "Devdiscourse News Desk | Hanoi | Updated: 04-02-2025 11:49 IST | Created: 04-02-2025 11:49 IST\n"
        "- Country:\n- Vietnam\n(With inputs from agencies.)\n"
    )
    article = article_from_text(text)
    assert captions(article) == []
    assert article.metadata.outlet == "Devdiscourse"
    assert article.metadata.published == "2025-02-04"


def test_a_weather_strip_and_its_date_are_the_sites_today_not_the_articles():
    strip = "\n".join(
        f"  • 흐림{city} 3{n}.2℃" for n, city in enumerate(["서울", "부산", "대구"])
    )
    page = f"2025.08.08 (금)\n\n{strip}\n기상청 제공\n\n{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(page)
    assert article.metadata.published is None
    assert article.title == KO_HEAD
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)["2025.08.08 (금)"] == "weather strip"


def test_a_newsrooms_date_by_its_writer_and_its_share_box_are_furniture():
    top = (
        "2018/04/10 by 홍길동\n공유 레이어 열기/닫기\n주소가 복사되었습니다.\n\n"
        "한빛전자 뉴스룸이 직접 제작한 기사와 사진은 누구나 자유롭게 사용하실 수 있습니다"
    )
    article = article_from_text(f"{KO_HEAD}\n\n{top}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline == "홍길동"
    assert article.metadata.published == "2018-04-10"
    assert article.metadata.outlet == "한빛전자 뉴스룸"  # who licenses its own stories
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_broadcast_scripts_reporter_label_signs_it_and_its_place_note_is_no_story():
    # each speaker's turn is one paragraph that keeps its label (cue_turns); the note of
    # where it was filmed is the page's furniture, not the reporter's words
    script = (
        f"현서경 앵커>\n{KO_STORY}\n이 청년을 이지은 국민기자가 만나봤습니다.\n"
        "이지은 국민기자>\n(장소: 주베트남한국문화원 / 베트남 하노이)\n"
        f"{KO_MORE}"
    )
    article = article_from_text(f"{KO_HEAD}\n등록일 : 2026.01.03 12:39\n{script}\n")
    assert article.byline == "이지은"
    assert paragraphs(article) == [
        f"현서경 앵커> {KO_STORY} 이 청년을 이지은 국민기자가 만나봤습니다.",
        f"이지은 국민기자> {KO_MORE}",
    ]


def test_a_korean_lead_on_a_line_of_its_own_gives_the_place_as_the_dateline():
    article = article_from_text(
        f"{KO_HEAD}\n\n(서울=월드뉴스) 홍미희 기자\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    assert article.byline == "홍미희"
    assert article.metadata.dateline == "서울"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("한빛농업신문", "한빛농업신문"),
        ("국제한빛신문", "국제한빛신문"),
        ("관련뉴스", None),
    ],
)
def test_a_korean_papers_name_alone_under_its_headline_is_the_outlet(line, outlet):
    # a word ending as a paper's name does ("…신문"), on a line of its own in the header;
    # "관련뉴스" (related news) is a label that ends so too
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_story_telling_temperatures_is_no_weather_strip():
    story = [
        "하노이의 낮 최고기온이 40.2℃까지 올라 교민들의 건강 관리에 주의가 필요하다고 밝혔다.",
        "호찌민은 35℃, 다낭은 37℃를 기록했다.",
        "기상당국은 다음 주까지 38℃ 안팎의 더위가 이어질 것으로 예보했다.",
    ]
    page = "하노이 40도 폭염…교민 건강 주의보\n\n2024.06.05\n\n" + "\n\n".join(story)
    article = article_from_text(page + "\n")
    assert article.metadata.published == "2024-06-05"
    assert paragraphs(article) == story


def test_a_story_reporting_a_free_licence_is_story_not_a_notice():
    told = "학생들이 직접 제작한 기사와 영상은 누구나 자유롭게 사용할 수 있다고 학교는 밝혔다."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{told}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, told, KO_MORE]
    assert article.metadata.outlet is None


def test_a_sites_crumbs_prompts_and_counts_are_no_headline():
    top = (
        "Total Index: 6315 publications.\n\nSubscribe to our Mailing List!\n\n"
        "Sign up for our mailing list to keep up to date on all the latest developments."
    )
    head = "How two port cities can deepen their partnership"
    article = article_from_text(f"{top}\n\n{head}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == head
    assert paragraphs(article) == [STORY, MORE]


def test_vietnamese_crumbs_with_a_dash_are_navigation():
    crumbs = "Tin tức - Sự kiện> Tin tức - Thông báo"
    head = "Trường đại học mở rộng liên kết đào tạo với các trường tại Hàn Quốc"
    story = "Sáng 26/5, nhà trường đã ký kết thỏa thuận hợp tác với hai trường đại học."
    article = article_from_text(f"{crumbs}\n\n{head}\n\n{story}\n")
    assert article.title == head
    assert reasons(article)[crumbs] == "navigation strip"


def test_a_weather_strip_with_blank_lines_between_its_items():
    strip = "\n\n".join(
        f"• 흐림{city} 3{n}.2℃" for n, city in enumerate(["서울", "부산", "대구"])
    )
    page = f"2025.08.08 (금)\n\n{strip}\n\n기상청 제공\n\n{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(page)
    assert article.metadata.published is None
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "head",
    [
        "Tin tức - Giá xăng tăng 500 đồng/lít từ chiều nay",
        "News - Korea/Vietnam trade hits a record high",
    ],
)
def test_a_headline_opening_with_a_sections_word_is_no_crumb(head):
    article = article_from_text(f"{head}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == head


@pytest.mark.parametrize("label", ["한인뉴스", "베트남경제"])
def test_a_section_under_the_headline_is_no_outlet(label):
    article = article_from_text(f"{KO_HEAD}\n\n{label}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.outlet is None


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Roe is a freelance writer based in Malaysia, covering Asia Pacific news for "
        "The Example Times.",
        "Kim Min-ji is a senior reporter covering trade and diplomacy.",
        "Đỗ Quyên is a freelance writer based in Hanoi, covering culture and travel.",
        "Jane Roe is the Hanoi correspondent for The Example Herald, covering diplomacy.",
    ],
)
def test_a_line_telling_who_the_author_is_is_no_story(bio):
    article = article_from_text(
        f"{HEAD}\n\nBy Jane Roe\n\n{bio}\n\n{STORY}\n\n{MORE}\n"
    )
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[bio] == "author bio"


@pytest.mark.parametrize(
    "told",
    [
        "Nguyen Van An is a reporter for a Hanoi paper and was among the guests at the "
        "opening of the joint office.",
        "Kim Ji-won is a veteran journalist based in Hanoi who has covered Vietnam since "
        "2012, and she said the award belonged to her local colleagues.",
        "Kim Ji-won is a Korean reporter covering Southeast Asia for a Seoul daily. She "
        "told reporters she was moved by the honour.",
        "Pham Thi Lan is a freelance journalist based in Ho Chi Minh City who has written "
        "about Korean investment in Vietnam for a decade.",
    ],
)
def test_a_story_sentence_about_a_journalist_stays_story(told):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, told, MORE]


@pytest.mark.parametrize("tag", ["(2nd LD) - ", "(5G) - ", "(60s) - "])
def test_a_number_and_letters_in_brackets_name_no_outlet(tag):
    article = article_from_text(f"{HEAD}\n\n{tag}{STORY}\n\n{MORE}\n")
    assert article.metadata.outlet != tag.strip(" -()")


@pytest.mark.parametrize(
    ("lead", "place", "author"),
    [
        ("(베트남 하노이=김범수 특파원) ", "베트남 하노이", "김범수"),
        ("(경기 수원=김정은 기자) ", "경기 수원", "김정은"),
        (
            "(일본 도쿄=김범수 특파원) ",
            "일본 도쿄",
            "김범수",
        ),  # a city after its country
    ],
)
def test_a_korean_lead_in_round_brackets_with_a_place_of_two_words(lead, place, author):
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.dateline == place
    assert article.metadata.outlet is None
    assert article.byline == author


def test_a_dashed_byline_with_the_reporters_address_names_the_author():
    line = "- By Jane Roe jane@example.com"
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.byline == "Jane Roe"
    assert paragraphs(article) == [STORY, MORE]
