"""Rounds sixteen and eighteen of issue 10: an outlet's tag glued to the lead, a dateline
set off by a bullet, a page's note on where its links are, a Korean paper's tag, desk and
reporter before the lead. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import HEAD, KO_MORE, MORE, STORY, article_from_text, paragraphs, reasons


def test_a_known_outlets_tag_glued_to_the_lead():
    """ "(CNN)Tran Thi …": the network's tag with no space or dash after it."""
    article = article_from_text(f"{HEAD}\n\n(CNN){STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == "CNN"


def test_an_unknown_name_glued_in_brackets_stays_story():
    """ "(Reuters)" is known; "(Photos)" glued to a sentence is no outlet's tag."""
    lead = f"(Photos){STORY}"
    article = article_from_text(f"{HEAD}\n\n{lead}\n\n{MORE}\n")
    assert paragraphs(article) == [lead, MORE]


def test_a_dateline_set_off_by_a_bullet():
    article = article_from_text(f"{HEAD}\n\nBOGOR • {STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.dateline == "BOGOR"


def test_a_pages_note_on_its_links_is_no_paragraph():
    note = "Links to other Asia-Pacific stories are at the foot of the page."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{note}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[note] == "related stories note"


def test_an_agency_named_after_the_headline_is_not_the_headline():
    """An aggregator's headline "… for $410 million By Reuters": the agency is the
    outlet, not words of the title."""
    head = "South Korean retailer buys a stake in a Vietnamese chain for $410 million"
    article = article_from_text(f"{head} By Reuters\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.title == head
    assert article.metadata.outlet == "Reuters"


def test_a_breadcrumb_ending_in_the_cut_headline_is_furniture():
    crumb = "Home Trade Two cities open ..."
    article = article_from_text(f"{crumb}\n\n{HEAD}\n\n\nSEOUL — {STORY}\n\n{MORE}\n")
    assert article.metadata.title == HEAD
    assert reasons(article)[crumb] == "breadcrumb with cut title"
    assert paragraphs(article) == [STORY, MORE]


def test_a_listed_place_before_a_colon_is_the_dateline():
    """ "Seoul: A …" in title case, "PHU QUOC, Vietnam: …" in capitals with the country."""
    for tag, place in (("Seoul: ", "Seoul"), ("PHU QUOC, Vietnam: ", "PHU QUOC")):
        article = article_from_text(f"{HEAD}\n\n{tag}{STORY}\n\n{MORE}\n")
        assert paragraphs(article) == [STORY, MORE]
        assert article.metadata.dateline == place


def test_a_word_before_a_colon_that_is_no_listed_place_stays_story():
    lead = f"Background: {STORY}"
    article = article_from_text(f"{HEAD}\n\n{lead}\n\n{MORE}\n")
    assert paragraphs(article) == [lead, MORE]
    assert article.metadata.dateline is None


def test_the_pages_description_above_the_headline_is_not_its_header():
    """A portal prints the story's summary first, then the headline and byline, then the
    story opening with that summary: the headline is found, the summary is story once."""
    summary = (
        "Most schools choose English as their first foreign language because teachers "
        "are easy to hire, so spreading Korean classes will take time and money."
    )
    head = "Will Korean become a first foreign language?"
    text = (
        f"{summary}\n\n{head}\n\nTu Vien | 05/03/2021, 10:00\n\n{summary}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.metadata.title == head
    assert paragraphs(article) == [summary, MORE]


def test_a_press_releases_deck_between_dashes_and_its_dated_dateline():
    deck = "-Video interviews include: the ambassador; a member of parliament-"
    text = f"{deck}\n\nLondon, United Kingdom, February 12, 2019 – {STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.metadata.title is None
    assert article.metadata.dateline == "London"
    assert article.metadata.published == "2019-02-12"
    assert paragraphs(article) == [STORY, MORE]


def test_a_region_and_country_label_before_the_headline():
    article = article_from_text(f"ASIA/SOUTH KOREA - {HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.title == HEAD


def test_a_date_with_a_two_digit_year_and_a_byline_printed_twice():
    text = f"{HEAD}\n\n26 Nov '13\n\nJane Roe Jane Roe\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.metadata.published == "2013-11-26"
    assert article.byline == "Jane Roe"


def test_a_widgets_notice_is_furniture():
    notice = (
        "We’re sorry, this feature is currently unavailable. We’re working to restore "
        "it. Please try again later."
    )
    article = article_from_text(f"{HEAD}\n\n{notice}\n\n{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]


# --- Korean leads: a paper's tag, its desk, its reporter ---------------------------------

KO_HEAD = "두 도시, 항만 협력 사무소 열어"
KO_STORY = "베트남과 한국의 두 항만 도시는 월요일 새 협력 사무소를 열었다고 밝혔다."


def korean(lead: str):
    return article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")


def test_a_papers_tag_before_a_lead_opening_with_a_bracket():
    """ "[한빛경제] (사)한빛협회는 …": the paper's tag, the story opening with "(사)"."""
    lead = "(사)한빛협회는 지난 3일 베트남 빈시를 찾았다고 밝혔다."
    article = article_from_text(f"{KO_HEAD}\n\n[한빛경제] {lead}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [lead, KO_MORE]
    assert article.metadata.outlet == "한빛경제"


def test_a_tag_with_a_reporter_after_it_is_the_papers_whatever_its_name():
    """ "[누리인] 조민재 기자 = …": a name no paper's word ends, with its reporter."""
    article = korean("[누리인] 조민재 기자 = ")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == "누리인"
    assert article.author == "조민재"


def test_a_papers_desk_before_a_bar():
    article = korean("한빛타임뉴스 사회팀 | ")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == "한빛타임뉴스"


def test_a_paper_and_its_place_set_apart_by_a_comma():
    article = korean("[한빛뉴스,남해=조민재 기자] ")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert (article.metadata.outlet, article.metadata.dateline) == ("한빛뉴스", "남해")
    assert article.author == "조민재"


def test_a_label_in_brackets_with_no_reporter_stays_a_label():
    article = korean("[단독] ")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet is None


def test_a_place_then_the_site_the_wire_and_the_date_in_brackets():
    """ "MOSCOW (Example News / Sputnik - 16th September, 2021) The …": the place, the
    wire the site carries (the last named) and the date; none of it story text."""
    lead = "MOSCOW (Example News / Sputnik - 16th September, 2021) "
    article = article_from_text(f"{HEAD}\n\n{lead}{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.dateline == "MOSCOW"
    assert article.metadata.outlet == "Sputnik"
    assert article.metadata.published == "2021-09-16"


def test_a_sentence_opening_with_capitals_and_brackets_stays_story():
    said = "NATO (the alliance - founded in 1949) met in Brussels, officials said."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{said}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, said, MORE]


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("HANOI, Vietnam (AP) — ", "HANOI, Vietnam"),
        ("SEOUL, South Korea, May 3, 2024 /PRNewswire/ -- ", "SEOUL, South Korea"),
        ("Hue, Vietnam, (VNA) - ", "Hue, Vietnam"),
        ("HANOI, June 22 (Yonhap) -- ", "HANOI"),
    ],
)
def test_a_datelines_country_is_kept_as_printed(lead, place):
    """The dateline is the place as written before the story: with its country when the
    page prints one after it, never with the date or the wire's tag."""
    article = article_from_text(f"{HEAD}\n\n{lead}{STORY}\n\n{MORE}\n")
    assert article.metadata.dateline == place
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "head", ["World: In Brief", "Europe: The Next Frontier for Korean Pop Music"]
)
def test_a_headline_opening_with_a_region_and_a_colon_is_kept_whole(head):
    article = article_from_text(f"{head}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == head
