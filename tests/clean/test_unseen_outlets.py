"""Round three of issue 10: shapes shared by real pages of outlets the cleaner was never
tuned on. Every text here is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import LAST, MORE, STORY, article_from_text, captions, paragraphs
from dossier.clean import forms
from dossier.clean.lines import clutter_reason, clutter_rules
from dossier.clean.metadata import outlets
from dossier.clean.notes import is_doubled

HEAD = "Two port cities open a joint office for small firms"


# --- datelines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("DA NANG: ", "DA NANG"),  # Singapore broadcasters and dailies
        ("SINGAPORE: ", "SINGAPORE"),
        ("BUSAN, SOUTH KOREA — ", "BUSAN"),  # US wire and broadcaster style
        ("Đà Nẵng, 4/7/2025 – ", "Đà Nẵng"),  # Vietnamese ministries, state media
        ("Hanoi [Vietnam]: ", "Hanoi"),  # an Indian wire's, the country in brackets
    ],
)
def test_more_dateline_shapes_leave_paragraph_one(opening, place):
    article = article_from_text(f"{HEAD}\n\n{opening}{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.dateline == place


def test_a_numeric_dateline_states_the_day_month_and_year():
    found = forms.dateline(f"Huế, 19/5/2025 – {STORY}", outlets())
    assert found is not None and found.date == "2025-05-19"


@pytest.mark.parametrize(
    "text",
    [
        f"UPDATE: {STORY}",  # a label in capitals, not a place
        f"UK: {STORY}",  # too short to tell from a label
        f"JANE ROE: {STORY}",  # a speaker, when the page is a transcript
    ],
)
def test_labels_and_speakers_before_a_colon_are_not_datelines(text):
    transcript = text.startswith("JANE")
    assert forms.dateline(text, outlets(), transcript=transcript) is None


def test_a_transcript_keeps_its_first_speaker():
    text = (
        f"{HEAD}\n\nJANE ROE: Welcome to the show. {STORY}\n\n"
        f"KIM MIN-JI: Thank you. {MORE}\n\nJANE ROE: {LAST}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article)[0].startswith("JANE ROE: Welcome")
    assert not article.metadata.dateline


# --- bylines ---------------------------------------------------------------------------


def test_names_over_the_place_they_filed_from_are_a_byline_not_the_headline():
    text = (
        f"Menu\nWorld / Asia\n\n{HEAD}\n\nPhoto of the harbour. Photo: Example\n"
        f"Jane Roe\nin Da Nang\nPublished: 9:00am, 4 Jul 2025\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.byline == "Jane Roe"
    assert paragraphs(article) == [STORY, MORE]


def test_a_headline_in_title_case_with_in_is_still_a_headline():
    head = "Korean Investors in Vietnam Face New Rules"
    article = article_from_text(f"{head}\n\nBy Jane Roe\n\n{STORY}\n\n{MORE}\n")
    assert article.title == head


def test_a_name_with_an_email_address_signs_the_story():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nJane Roe (jane.roe@example.com)\n"
    article = article_from_text(text)
    assert article.byline == "Jane Roe"
    assert paragraphs(article) == [STORY, MORE]


def test_a_bare_name_next_to_the_date_line_is_the_byline():
    text = (
        f"{HEAD}\n\nSave\nJane Roe\nPublished July 4, 2025 06:15 AM\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.byline == "Jane Roe"
    assert paragraphs(article) == [STORY, MORE]


def test_a_name_list_under_the_headline_marks_where_the_headline_is():
    text = (
        f"News\n\n{HEAD}\n\n2 July 2025\n\nJane Roe and Kim Min-ji\n"
        "Example Radio Korean, Gyeonggi\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.byline == "Jane Roe, Kim Min-ji"


# --- decks and captions ----------------------------------------------------------------


def test_bullet_points_under_the_headline_are_its_deck():
    text = (
        f"{HEAD}\n\n"
        "    • Officials expect the office to serve three hundred firms in its first year\n"
        "    • Critics say the rent subsidy is too small to draw companies from the capital\n\n"
        f"By Jane Roe\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]


def test_a_wire_file_picture_caption_is_a_caption():
    caption = "FILE - Workers walk past a shipyard in Ulsan, May 1, 2024."
    article = article_from_text(f"{HEAD}\n\n{caption}\n\n{STORY}\n\n{MORE}\n")
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE]


def test_a_photographer_credit_marks_the_line_below_as_a_caption():
    text = (
        f"{HEAD}\n\n{STORY}\n\nPhotographer: Jane Roe/Example\n"
        f"A harbour crane in Da Nang.\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert captions(article) == ["A harbour crane in Da Nang."]
    assert paragraphs(article) == [STORY, MORE]


# --- end matter ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("You’ve reached your limit of free articles.", "paywall limit"),
        ("You have read 3 of 5 free articles this month.", "paywall limit"),
        ("Subscribe now for unlimited access to Example.com.", "paywall limit"),
        ("Some information for this report came from Reuters.", "report source note"),
        ("Material from AFP was used in this report.", "report source note"),
        (
            "The views expressed by guests on Example Talk are their own.",
            "views disclaimer",
        ),
        ("License No. 12/GP-BTTTT. Editor: Jane Roe", "press licence"),
        ("Licence No. 3/GP-BC issued on 1 May 2020.", "press licence"),
        ("Editor-in-chief: Jane Roe (c) 2025 Example Times.", "copyright line"),
        ("Reading Time:4 minutes", "reading time"),
        ("Photo: Jane Roe/Example", "picture credit"),
    ],
)
def test_end_matter_lines(line, reason):
    assert clutter_reason(line, clutter_rules()) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said some information in the report was wrong.",
        "The views expressed at the forum differed sharply on tariffs.",
        "Readers who reached the limit of the free trial could not renew it.",
        "The licence was issued in 2020 after a long review.",
        "The photo shows the two leaders at the signing ceremony in Seoul.",
    ],
)
def test_story_sentences_near_the_end_matter_rules_stay(sentence):
    assert clutter_reason(sentence, clutter_rules()) is None


def test_a_reporter_note_after_a_placed_byline_is_dropped():
    text = (
        f"{HEAD}\n\nJane Roe\nin Da Nang\n\n{STORY}\n\n{MORE}\n\n"
        "Jane Roe is a Da Nang-based correspondent covering trade and politics.\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]


# --- outlet ----------------------------------------------------------------------------


def test_a_source_line_with_the_desk_initials_names_the_outlet():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nSource: Reuters/ab(cd)\n"
    article = article_from_text(text)
    assert article.metadata.outlet == "Reuters"
    assert paragraphs(article) == [STORY, MORE]


def test_a_masthead_keeps_its_ampersand():
    text = f"EXAMPLE LAW & TRADE REVIEW\nHome > Law\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).metadata.outlet == "EXAMPLE LAW & TRADE REVIEW"


def test_the_copyright_holder_picks_the_masthead_line_in_english():
    text = (
        "BỘ VÍ DỤ\nMINISTRY OF EXAMPLES OF VIET NAM\n\n"
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n"
        "Copyright © Ministry of Examples of Viet Nam. All rights reserved.\n"
    )
    article = article_from_text(text)
    assert article.metadata.outlet == "Ministry of Examples of Viet Nam"


def test_a_copyright_line_naming_the_magazine_and_its_owner_spells_the_masthead():
    text = (
        "EXAMPLE TRADE FORUM\n\n"
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n"
        "© Copyright 2013 Example Trade Forum Magazine - Example News Agency\n"
    )
    assert article_from_text(text).metadata.outlet == "Example Trade Forum"


def test_a_known_outlet_describing_itself_after_the_story_is_dropped():
    text = (
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nFollow Us\nFacebook\n"
        "Voice of America is the state-owned international broadcaster of a country.\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]


def test_a_story_sentence_about_an_outlet_stays():
    text = f"{HEAD}\n\n{STORY}\n\nYonhap is the only agency with a bureau there.\n"
    assert paragraphs(article_from_text(text))[-1].startswith("Yonhap is")


# --- headline --------------------------------------------------------------------------


def test_the_headline_is_the_line_over_the_date_not_an_episode_title_below():
    text = (
        "Example Institute\nPodcast\n\nWhy the Port Cities Matter More Than Ever\n"
        "March 10, 2026\nDownload transcript (PDF)\n\n"
        "Episode 12 – Jane Roe on the new office and what comes next\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == "Why the Port Cities Matter More Than Ever"
    assert paragraphs(article) == [STORY, MORE]


def test_an_office_posting_over_the_date_is_not_the_headline():
    text = (
        "Example Consulate General in Da Nang\n18 October 2025 at 09:30\n\n"
        f"[Press release] {HEAD}\n\n{STORY}\n\n{MORE}\n"
    )
    assert article_from_text(text).title == HEAD


def test_download_links_and_social_buttons_are_furniture():
    for line in ("Download transcript (PDF)", "Download the full report", "YouTube"):
        assert clutter_reason(line, clutter_rules()) is not None
    assert clutter_reason("Download speeds doubled last year.", clutter_rules()) is None


def test_a_place_and_country_in_title_case_before_a_spaced_dash_is_a_dateline():
    article = article_from_text(f"{HEAD}\n\nDa Nang, Vietnam – {STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.dateline == "Da Nang"


def test_the_headline_over_a_byline_over_the_date_wins_over_a_notice_above_it():
    text = (
        "Example Paper\nNews\n\nWorld\nThis article is more than 2 years old\n"
        f"{HEAD}\nJane Roe in Da Nang\nTue 5 Mar 2024 05.00 GMT\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.byline == "Jane Roe"
    assert paragraphs(article) == [STORY, MORE]


def test_a_caption_with_a_bracketed_file_credit_is_a_caption():
    caption = "Officials at the signing ceremony in Da Nang [File: Jane Roe/Example]"
    article = article_from_text(f"{HEAD}\n\n{caption}\n\n{STORY}\n\n{MORE}\n")
    assert captions(article) == [caption]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("This article is more than 3 years old", "archive age notice"),
        (
            "Save articles to read later and create a reading list.",
            "reading list prompt",
        ),
    ],
)
def test_page_notices(line, reason):
    assert clutter_reason(line, clutter_rules()) == reason


def test_a_short_place_from_the_list_is_a_dateline_an_unknown_tag_is_not():
    article = article_from_text(f"{HEAD}\n\nHCMC – {STORY}\n\n{MORE}\n")
    assert article.metadata.dateline == "HCMC"
    assert paragraphs(article) == [STORY, MORE]
    assert forms.dateline(f"XYZ - {STORY}", outlets()) is None


# --- a regional paper carrying a wire's story ------------------------------------------

WIRE_CAPTION = "Pupils wave flags outside the city hall in Da Nang, Vietnam, Friday, March 7, 2025."


def test_a_wires_caption_dated_by_its_day_and_a_dateline_line_above_the_story():
    """A caption ending on the day its picture was taken, printed twice (the second time
    with its credit) above the section's name, the headline and "DA NANG, Vietnam" on a
    line of its own: the caption is no headline, the place is the dateline."""
    text = (
        f"{WIRE_CAPTION}\n{WIRE_CAPTION} Pool Photo via Example\n\nBusiness\n\n"
        f"{HEAD}\n\nDA NANG, Vietnam\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.metadata.dateline == "DA NANG, Vietnam"
    assert paragraphs(article) == [STORY, MORE]


def test_a_story_sentence_naming_a_weekday_with_on_is_no_caption():
    told = "The office opened in Da Nang on Friday, March 7, 2025, officials said."
    article = article_from_text(f"{HEAD}\n\n{told}\n\n{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [told, STORY, MORE]


def test_a_section_in_capitals_above_the_story_is_no_dateline():
    article = article_from_text(f"{HEAD}\n\nBUSINESS\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.dateline is None
    assert paragraphs(article) == [STORY, MORE]


def test_a_korean_reporter_in_angle_brackets_with_an_address_after_them():
    lead = "베트남 서예 작품이 국내에서 처음으로 전시되고 있다고 학회가 밝혔다."
    more = "전시는 다음 달 3일까지 이어지며 누구나 무료로 관람할 수 있다."
    text = f"베트남 서예 작품 첫 전시\n\n{lead}\n\n{more}\n\n<홍길동 기자>hong@example.com\n"
    article = article_from_text(text)
    assert article.byline == "홍길동"
    assert paragraphs(article) == [lead, more]


def test_a_banner_printed_twice_on_one_line_is_no_paragraph():
    banner = "Example Co - Advancing Display, Advancing Life"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{banner}{banner}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert any(d.text == banner * 2 for d in article.dropped)


def test_a_caption_and_its_credit_run_on_before_the_dateline_are_not_story():
    caption = "Two mayors shake hands at the office's opening. — Example pic"
    text = f"{HEAD}\n\n{caption} {caption} DA NANG, March 7 — {STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.metadata.dateline == "DA NANG"
    assert paragraphs(article) == [STORY, MORE]


def test_a_credit_inside_the_lead_with_no_dateline_after_it_stays():
    lead = f"Mayors met on Friday. — Example pic {STORY}"
    article = article_from_text(f"{HEAD}\n\n{lead}\n\n{MORE}\n")
    assert paragraphs(article) == [lead, MORE]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # after a comma at the headline's end
        (f"{HEAD}, Viet Nam News\n\nHANOI — {STORY}\n\n{MORE}\n", "Việt Nam News"),
        # a site carrying a wire's story: the wire before a colon
        (f"{HEAD}\n\nSharjah24 – AFP: {STORY}\n\n{MORE}\n", "AFP"),
    ],
)
def test_the_outlet_named_beside_the_headline_or_the_lead(text, outlet):
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    ("line", "doubled"),
    [
        ("Example Co - Advancing Life, Always" * 2, True),  # run together
        ("Many firms export to Korea now Many firms export to Korea now", True),
        ("Go Vietnam! Go Vietnam!", False),  # a chant of two words
        (STORY, False),
    ],
)
def test_a_line_of_the_same_words_twice(line, doubled):
    assert is_doubled(line) is doubled


def test_a_long_story_line_repeating_a_sentence_is_no_doubled_label():
    assert not is_doubled(STORY * 4)
