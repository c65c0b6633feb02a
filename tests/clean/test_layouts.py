"""Layouts of outlets the cleaner was not tuned on: one invented page per rule.

Every text here is made up; each keeps only the shape a family of real pages shares (mail
forwards, wire copy, blogs, government portals, PDF extracts, Korean CMS pages)."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, paragraphs, reasons
from dossier.clean.strips import keyword_tags
from dossier.model import HEADLINE, PARAGRAPH


def test_skip_links_and_login_lines_are_navigation_not_the_masthead():
    text = f"메뉴 바로가기\nSkip Ribbon Commands\nSign In\nCity Hall of Example\n\nTwo cities open a joint office\n\n{STORY}\n"
    article = article_from_text(text)
    assert reasons(article)["메뉴 바로가기"] == "skip link"
    assert reasons(article)["Skip Ribbon Commands"] == "skip link"
    assert article.title == "Two cities open a joint office"
    assert article.metadata.outlet == "City Hall of Example"


def test_page_widgets_are_not_paragraphs():
    lines = [
        "JavaScript is off. Please enable to view full site.",
        "Loading...",
        "![](https://example.org/images/photo.jpg?w=870)",
        "<image>data:image/svg+xml;base64,PHN2Zz4=</image>",
        "|",
        "Rating: ★★★★☆ (Votes: 3)",
        "(Reporting by Jane Roe in Hanoi; Editing by John Doe)",
        "Suggested Topics:",
        "Forwarded this email? Subscribe here for more",
        "Filed under: Economy, Opinion | 2 Comments",
        "‹저작권자 © Example Daily 무단전재 및 재배포 금지›",
    ]
    article = article_from_text(
        "Title of the story\n\n" + f"\n\n{STORY}\n\n".join(lines)
    )
    assert all(p == STORY for p in paragraphs(article))
    assert set(lines) <= set(reasons(article))


def test_hangul_labels_in_an_english_story_are_page_labels():
    text = f"Title of the story\n\n{STORY}\n폰트키우기 폰트줄이기 프린트하기\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert "Hangul" in reasons(article)["폰트키우기 폰트줄이기 프린트하기"]


def test_hangul_story_keeps_its_lines():
    first = "부산시는 호찌민시와 청년 교류 사업을 시작한다고 밝혔다."
    second = "두 도시는 내년 여름부터 학생을 보낸다."
    article = article_from_text(f"부산시 청년 교류\n\n{first}\n{second}\n")
    assert paragraphs(article) == [first, second]


def test_relative_update_time_after_the_date_is_a_date_line():
    text = f"Title of the story\n\nJanuary 22, 2026 4:12 PM GMT+7 Updated 3 hours ago\n\n{STORY}\n"
    article = article_from_text(text)
    assert article.metadata.published == "2026-01-22"
    assert paragraphs(article) == [STORY]


def test_approval_date_is_preferred_to_the_update():
    text = f"Title of the story\nApproved 2025.09.16 15:42\nUpdated 2025.09.17 09:10\n{STORY}\n"
    assert article_from_text(text).metadata.published == "2025-09-16"


def test_site_wide_update_in_a_bulleted_menu_loses_to_the_article_date():
    text = f"Example Weekly\n  • Updated 2025.3.5 09:02\nTitle of the story\n승인 2025.03.04  17:20:33\n\n{STORY}\n"
    assert article_from_text(text).metadata.published == "2025-03-04"


def test_date_and_byline_on_one_line():
    for line, author in [
        ("Posted on 14 June 2024 by Joon Nguyen", "Joon Nguyen"),
        ("Published 5 May 2024 | Written by Hoang An", "Hoang An"),
    ]:
        article = article_from_text(f"Title of the story\n\n{line}\n\n{STORY}\n")
        assert article.author == author
        assert article.metadata.published == find_iso(line)
        assert paragraphs(article) == [STORY]


def find_iso(line: str) -> str:
    return "2024-06-14" if "June" in line else "2024-05-05"


def test_metadata_strip_gives_its_date():
    text = f"Title of the story\n\n2025.11.03 | Department of International Cooperation | ☎ 051-888-5000\n\n{STORY}\n"
    article = article_from_text(text)
    assert article.metadata.published == "2025-11-03"
    assert paragraphs(article) == [STORY]


def test_forwarded_mail_keeps_the_article_not_the_note_the_headers_or_signature():
    text = (
        "From: Jane Roe <jane@example.org>\nSent: Wednesday, November 19, 2025 8:41 AM\n"
        "To: Desk <desk@example.org>\nSubject: FW: Two cities open a joint office\n\n"
        "Hi all,\n\nSharing this in case it is useful for the city page. See below.\n\n"
        "Best,\nJane\n\n________________________________\n\n"
        "Two cities open a joint office\n\nWrite: 2025-11-18 14:05:11 / Update: 2025-11-18 14:32:40\n\n"
        f"{STORY}\n\n{MORE}\n\n--\nJane Roe\nProgramme Officer\n\nThis message is confidential.\n"
    )
    article = article_from_text(text)
    assert article.title == "Two cities open a joint office"
    assert article.metadata.published == "2025-11-18"
    assert article.author is None
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["Best,"] == "forwarder's note"
    assert reasons(article)["Programme Officer"] == "email signature"
    assert reasons(article)["From: Jane Roe <jane@example.org>"] == "mail header"


def test_reader_comments_after_a_comments_heading_are_not_the_story():
    text = (
        f"Title of the story\n\n{STORY}\n\n2 thoughts on “Title of the story”\n\n"
        "Thao P. says:\n15 June 2024 at 9:12 am\nThe story rings true. My uncle said the same.\nReply\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY]
    assert (
        reasons(article)["The story rings true. My uncle said the same."]
        == "reader comments"
    )


def test_press_contacts_under_a_contacts_heading_are_not_an_author():
    text = f"Title of the release\n\n{STORY}\n\nContacts\n\nMedia:\nLee Soo-min\npress@example.org\n"
    article = article_from_text(text)
    assert article.author is None
    assert reasons(article)["Lee Soo-min"] == "press contacts"


def test_headlines_listed_under_a_related_heading_are_dropped():
    text = (
        f"Title of the story\n\n{STORY}\n\nOther news\nMinister meets a delegation (06/09/2024)\n"
        f"Conference reviews training (04/09/2024)\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert (
        reasons(article)["Conference reviews training (04/09/2024)"] == "related list"
    )


def test_issuer_under_news_provided_by_is_not_an_author_or_headline():
    text = f"PR Newswire\n\nTitle of the release\n\nNews provided by\nExample Mobility Co\n03 May, 2024, 09:00 GMT\n\n{STORY}\n"
    article = article_from_text(text)
    assert article.title == "Title of the release" and article.author is None
    assert reasons(article)["Example Mobility Co"] == "issuer of the press release"


def test_pdf_page_break_furniture_does_not_split_a_paragraph():
    text = (
        "Title of the paper\n\nThe two cities agreed on Monday to open a joint office for small\n"
        "firms, officials said, adding that the first projects would start\n"
        "next spring, while the office\n\n                         1\n"
        "                    ISSN 2335-6677\ncould help companies from both sides find partners.\n"
    )
    article = article_from_text(text)
    assert len(paragraphs(article)) == 1
    assert paragraphs(article)[0].endswith(
        "the office could help companies from both sides find partners."
    )


def test_lines_set_in_two_columns_are_a_colophon():
    text = f"Title of the story\n\n{STORY}\n\nPublished by:        Views are the authors' own.\nExample Institute       Copyright is held by the author.\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY]
    assert [p.kind for p in article.passages] == [HEADLINE, PARAGRAPH]


def test_bullets_and_name_lists_are_not_headlines():
    text = (
        "Example Portal\n  • Hanoi\n  • Ho Chi Minh City\n  • Da Nang Province\n\n"
        "Two cities open a joint office for small firms\n\nJane Roe and Lee Min-ho*\n\n"
        f"{STORY}\n"
    )
    article = article_from_text(text)
    assert article.title == "Two cities open a joint office for small firms"
    assert article.author == "Jane Roe, Lee Min-ho"


def test_headline_wrapped_over_two_lines_is_one_headline():
    text = f"Example Review\n\nLocal governments in Vietnam: from sister cities to\nsupply chains\n\n{STORY}\n"
    assert (
        article_from_text(text).title
        == "Local governments in Vietnam: from sister cities to supply chains"
    )


def test_deck_under_the_headline_is_neither_title_nor_paragraph():
    on_its_line = f"Two cities open a joint office\nSmall firms get help with permits and partners\nBy Jane Roe\n{STORY}\n"
    article = article_from_text(on_its_line)
    assert article.title == "Two cities open a joint office"
    assert paragraphs(article) == [STORY]
    sentence = f"Two cities open a joint office\n\nSmall firms get help with permits.\n\nBy Jane Roe\nMarch 18, 2025\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(sentence)
    assert paragraphs(article) == [STORY, MORE]
    assert (
        reasons(article)["Small firms get help with permits."]
        == "deck above the byline"
    )


def test_standfirst_below_the_byline_stays_paragraph_one():
    text = f"Two cities open a joint office\n\nBy Jane Roe\n\nSmall firms get help with permits.\n\n{STORY}\n"
    assert (
        paragraphs(article_from_text(text))[0] == "Small firms get help with permits."
    )


def test_credits_mark_captions():
    for credit in (
        "Courtesy of Example Marine",
        "REUTERS/Staff/File Photo Purchase Licensing Rights",
    ):
        text = f"Title of the story\n\n{STORY}\n\nWorkers at a shipyard in Hai Phong. {credit}\n\n{MORE}\n"
        article = article_from_text(text)
        assert paragraphs(article) == [STORY, MORE], credit


def test_footnote_and_author_bio_are_not_paragraphs():
    text = (
        "Title of the paper\n\nBy Jane Roe\n\n*Jane Roe is a fellow at the Example Institute.\n\n"
        f"{STORY}\n\n{MORE}\n\nJane Roe is a research fellow at the Example Institute. The views are her own.\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize("bullet", ["◦", "°"])  # "°": a degree sign typed for "◦"
def test_list_bullet_is_taken_off_the_item(bullet):
    item = "The delegation asked for faster visas for students."
    text = f"Title of the story\n\n{STORY}\n\n{bullet} {item}\n"
    article = article_from_text(text)
    assert paragraphs(article)[1] == item
    assert reasons(article)[bullet] == "list bullet"


def test_a_degree_opening_a_wrapped_line_is_text():
    line = (
        "Temperatures reached 38\n° C on Tuesday afternoon, the weather service said."
    )
    article = article_from_text(f"Title of the story\n\n{STORY}\n\n{line}\n")
    assert "°" in " ".join(paragraphs(article)[1:])
    assert "°" not in reasons(article)


def test_reporter_introduced_by_the_anchor_and_signing_off():
    text = (
        "Port trains managers\n[ANCHOR] The port opened a course for managers. Choi Yu-na has the story.\n"
        "[REPORTER] Twenty managers are spending four weeks at the port. Choi Yu-na, KBS World News.\n"
    )
    article = article_from_text(text)
    assert article.author == "Choi Yu-na"
    assert article.metadata.outlet == "KBS World"


def test_labelled_story_credit_is_a_byline():
    text = f"Title of the story\n\n{STORY}\n\nStory: Hoai Thuong | Photos: Le Khanh / Example News\n"
    assert article_from_text(text).author == "Hoai Thuong"


def test_dateline_with_two_places():
    text = f"Title of the story\n\nHANOI/SEOUL, Jan 22 (Reuters) - {STORY}\n"
    article = article_from_text(text)
    assert article.metadata.dateline == "HANOI/SEOUL"
    assert article.metadata.outlet == "Reuters"
    assert paragraphs(article) == [STORY]


def test_outlet_named_in_a_forwarders_note():
    text = (
        "From: Jane Roe <jane@example.org>\nSubject: FW: story\n\n"
        "Sharing this from KBS World, in case it is useful.\n\n-----Original Message-----\n\n"
        f"Two cities open a joint office\n\n{STORY}\n"
    )
    assert article_from_text(text).metadata.outlet == "KBS World"


def test_copyright_footer_spells_out_a_shortened_masthead():
    text = (
        "MINISTRY OF EXAMPLE - TRADE AND LABOUR\n\nTwo cities open a joint office\n\n"
        f"{STORY}\n\nCopyright © Ministry of Example - Trade and Labour\n"
    )
    assert (
        article_from_text(text).metadata.outlet
        == "Ministry of Example - Trade and Labour"
    )


def test_copyright_holder_who_wrote_the_post_is_not_the_outlet():
    text = f"Example Dispatch\nTitle of the post\nJane Roe\nDec 12, 2025\n{STORY}\n© 2025 Jane Roe\n"
    assert article_from_text(text).metadata.outlet == "Example Dispatch"


def test_topic_strip_is_not_a_masthead_and_a_credit_names_the_outlet():
    text = (
        "TRENDING  Smart City Summit 2024  Hanoi celebrates 70 years of Liberation Day  Covid-19 Pandemic in Asia\n\n"
        "Title of the story\n\nBy Jane Roe\n\n"
        f"{STORY}\n\nBusiness delegates at the session. Photos: Ngoc Thuy/The Hanoi Times\n\n{MORE}\n"
    )
    assert article_from_text(text).metadata.outlet == "The Hanoi Times"


def test_short_label_line_inside_a_run_is_not_a_hard_wrap():
    text = (
        "Example Business\nIndustry  Economy  Finance  Tech  Opinion  Special Report\nIndustry\n"
        "Shipbuilders turn to Vietnamese yards as labour shortage bites\n"
        f"Mid-sized builders outsource hull blocks and train welders\n{STORY}\n"
    )
    article = article_from_text(text)
    assert (
        article.title
        == "Shipbuilders turn to Vietnamese yards as labour shortage bites"
    )
    assert paragraphs(article) == [STORY]


def test_words_hyphenated_at_line_ends_are_whole_again():
    text = (
        "Title of the paper\n\nKorean provinces have become some of the most active players in the relation-\n"
        "ship, and the Korea-\nVietnam partnership now counts more than eighty agree-\n"
        "ments between provinces and cities of both countries, officials said.\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [
        "Korean provinces have become some of the most active players in the relationship, "
        "and the Korea-Vietnam partnership now counts more than eighty agreements between "
        "provinces and cities of both countries, officials said."
    ]


def test_share_and_save_widgets_after_a_deck_are_dropped():
    text = (
        "News|Economy\nTwo cities open a joint office\nSmall firms get help with permits.\n"
        "Published On 22 Jan 2026\nSave\nClick here to share on social media\nshare2\n"
        f"{STORY}\nSource: Al Jazeera and news agencies\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY]
    assert article.metadata.outlet == "Al Jazeera"


def test_wire_contributor_note_and_time_zone_dates():
    text = (
        "Title of the story\n\nBy Jane Roe\nUpdated 3:14 AM GMT+7, March 5, 2025\n\n"
        f"{STORY}\n\nAssociated Press writer John Doe in Hanoi contributed to this report.\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY]
    assert reasons(article)["Updated 3:14 AM GMT+7, March 5, 2025"] == (
        "publication date line"
    )


def test_byline_with_a_role_and_a_compact_date():
    text = (
        "KOREA\nTitle of the story\nKIM JAEWON, Example staff writer\nMarch 5, 2025 14:23 JST\n"
        f"{STORY}\n"
    )
    article = article_from_text(text)
    assert article.title == "Title of the story" and article.author == "KIM JAEWON"
    dated = article_from_text(
        f"Title of the story\nPosted on : Mar.5,2025 16:52 KST\n{STORY}\n"
    )
    assert dated.metadata.published == "2025-03-05"


def test_known_outlet_tag_in_brackets_and_a_name_signing_the_last_line():
    text = (
        "Hà Nội và Seoul ký kết hợp tác\n(Dân trí) - Sáng 5/3, hai thành phố đã ký biên bản "
        "ghi nhớ hợp tác trong lĩnh vực giao thông đô thị.\nHai thành phố sẽ chia sẻ kinh nghiệm.\n"
        "Minh Anh\n"
    )
    article = article_from_text(text)
    assert article.metadata.outlet == "Dân Trí" and article.author == "Minh Anh"
    assert paragraphs(article)[0].startswith("Sáng 5/3")


def test_archive_credit_in_brackets_marks_a_caption():
    text = f"Title of the story\n\nA street in Hanoi. (Example archives)\n\n{STORY}\n"
    assert paragraphs(article_from_text(text)) == [STORY]


def test_a_double_dash_near_the_top_is_not_a_signature():
    text = f"Title of the post\nJane Roe\nFollow\n5 min read\n·\nJan 22, 2026\n--\nListen\nShare\n{STORY}\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]


def test_deck_above_a_bare_name_byline_is_dropped_and_the_name_is_the_author():
    text = (
        "Example Times\nEconomy\nRetailers expand in Vietnam despite slowdown\n"
        "Two chains open new stores in Hanoi and Ho Chi Minh City\nKim Jae-heun\n"
        f"Published Jan 22, 2026 4:12 pm KST\n{STORY}\n{MORE}\nLike\nComment\n"
    )
    article = article_from_text(text)
    assert article.title == "Retailers expand in Vietnam despite slowdown"
    assert article.author == "Kim Jae-heun"
    assert paragraphs(article) == [STORY, MORE]


def test_a_page_set_in_two_columns_keeps_its_text():
    rows = [
        "The two cities agreed on Monday        to open a joint office for small",
        "firms, officials said, adding that     the first projects would start next",
        "the office would open in spring.       Companies welcomed the news.",
    ]
    article = article_from_text("Title of the paper\n\n" + "\n".join(rows) + "\n")
    assert " ".join(paragraphs(article)).startswith("The two cities agreed on Monday")


def test_a_numbered_lists_items_are_paragraphs_of_their_own():
    items = [
        "1. co-operation on academic programmes;",
        "2. development of joint research activities;",
        "3. staff exchanges and visits.",
    ]
    lead = "With this agreement both universities agree to explore:"
    listed = "\n".join(f"  {item}" for item in items)
    text = f"Title of the story\n\n{STORY}\n\n{lead}\n\n{listed}\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [STORY, lead, *items, MORE]


def test_numbers_opening_the_lines_of_a_wrapped_sentence_are_no_list():
    wrapped = (
        "Visitors to the city rose from\n1. 8 million a year earlier to\n"
        "2. 1 million this year, the tourism office said on Monday."
    )
    text = f"Title of the story\n\n{STORY}\n\n{wrapped}\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [
        STORY,
        " ".join(wrapped.split()),
        MORE,
    ]


def test_a_number_opening_a_line_of_a_sentence_is_no_list():
    broken = "The fund will grow by\n12. 5 billion won by the end of the year, it said."
    text = f"Title of the story\n\n{STORY}\n\n{broken}\n"
    assert paragraphs(article_from_text(text))[1] == " ".join(broken.split())


def test_a_pages_keywords_are_no_story():
    tags = "Little Busan in Hanoi, travel news, Vietnam guide, Vietnam tour, Hanoi, Busan food"
    article = article_from_text(f"Title of the story\n\n{STORY}\n\n{tags}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[tags] == "keyword tags"


@pytest.mark.parametrize(
    "listing",
    [
        "Delegates came from Hanoi, Hue, Da Nang, Hoi An, Nha Trang and Can Tho.",
        "Hanoi, Hue, Da Nang, Hoi An, Nha Trang, Can Tho.",
    ],
)
def test_a_sentence_listing_places_is_story(listing):
    article = article_from_text(
        f"Title of the story\n\n{STORY}\n\n{listing}\n\n{MORE}\n"
    )
    assert paragraphs(article) == [STORY, listing, MORE]


def test_a_weather_widget_under_the_story_is_furniture():
    widget = [
        "Busan",
        "clear sky",
        "4.1 ° C",
        "71 %",
        "4.6kmh",
        "Sat",
        "18 °",
        "Sun",
        "19 °",
    ]
    text = f"Title of the story\n\n{STORY}\n\n{MORE}\n\nThe Latest\n\n" + "\n".join(
        widget
    )
    article = article_from_text(text + "\n\nDine & Drink\n")
    assert paragraphs(article) == [STORY, MORE]
    dropped = reasons(article)
    assert all(dropped[line] == "weather strip" for line in widget)
    assert dropped.get("Dine & Drink") != "weather strip"  # a menu's item


def test_shares_under_their_labels_with_no_temperature_are_no_weather():
    table = ["Exports", "71 %", "Imports", "29 %", "Sat"]
    text = f"Title of the story\n\n{STORY}\n\n" + "\n".join(table) + f"\n\n{MORE}\n"
    dropped = reasons(article_from_text(text))
    assert all(dropped.get(line) != "weather strip" for line in table)


@pytest.mark.parametrize("above", ["한-베 정상회담", "Jane Roe"])
def test_the_line_over_a_weather_strip_is_no_part_of_it(above):
    strip = "\n".join(f"  • Cloudy{city} 3{n}.2℃" for n, city in enumerate("ABC"))
    article = article_from_text(f"{above}\n{strip}\n\n{STORY}\n\n{MORE}\n")
    assert reasons(article).get(above) != "weather strip"


def test_a_magazines_call_for_story_tips_is_furniture():
    line = "Is there something you'd like to see featured in Example? Drop us a line: tips@example.com"
    article = article_from_text(f"Title of the story\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[line] == "story tip prompt"


def test_a_wrapped_line_listing_places_stays_in_its_paragraph():
    wrapped = (
        "The delegation spent a week touring the country and\n"
        "visited Hanoi, Hue, Da Nang, Hoi An, Nha Trang, Can Tho, Vung Tau\n"
        "before returning to Busan on Sunday, the city government said."
    )
    text = f"Title of the story\n\n{STORY}\n\n{wrapped}\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [
        STORY,
        " ".join(wrapped.split()),
        MORE,
    ]


@pytest.mark.parametrize(
    "line",
    [
        "visited Hanoi, Hue, Da Nang, Hoi An, Nha Trang, Can Tho, Vung Tau",
        "Hanoi, Hue, Da Nang, Hoi An, Nha Trang, Can Tho, Vung Tau",
        "Kim ngạch 2021-2023: 1,2 tỷ USD, 3,4 tỷ USD, 5,6 tỷ USD",
        "참가국은 한국, 베트남, 태국, 라오스, 캄보디아, 미얀마 등",
    ],
)
def test_lines_of_commas_that_are_no_keywords(line):
    assert not keyword_tags(line)
