"""A summary in bullet points over the story, a row of share buttons between the
headline and its deck, a copy's paper named in brackets before a colon: the story stays
whole, the buttons name no outlet, the headline is the headline, the paper is the outlet.
Every text is invented."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, paragraphs, reasons

HEAD = "Harbour city opens a training centre for welders"
KO_DECK = "베트남 청년 기술교육의 새로운 출발점 될 것"
KO_STORY = "한빛재단은 지난 4일 다낭에서 한빛기술센터 개관식을 열고 현지 청년을 위한 교육을 시작했다고 밝혔다."
KO_MORE = "센터는 용접과 전기 과정을 운영하며 내년까지 수료생 300명을 배출할 계획이다."


def test_a_summary_in_bullet_points_ends_with_its_last_point():
    """ "Key Points" and its points, then the story with no blank line between."""
    text = (
        f"{HEAD}\n\nKey Points\n- The centre trains 300 welders a year.\n"
        f"- It opens in March.\n{STORY}\n{MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    dropped = reasons(article)
    assert dropped["- It opens in March."] == "summary box"
    assert dropped["Key Points"] == "summary box"


@pytest.mark.parametrize(
    "box",
    [
        # a blank line between the heading and its points
        "Key Points\n\n- The centre trains 300 welders a year.\n- It opens in March.\n",
        # dashes for bullets
        "Key takeaways:\n– The centre trains 300 welders a year.\n– It opens in March.\n",
        # more than eight points
        "Key Points\n"
        + "".join(f"- Point {n} of the centre's plan.\n" for n in range(12)),
    ],
)
def test_a_summary_s_points_however_set_are_no_story(box):
    article = article_from_text(f"{HEAD}\n\n{box}{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert set(reasons(article).values()) == {"summary box"}


def test_a_summary_s_labelled_points_between_blank_lines_are_no_story():
    """ "In sum – what to know:" over points each opening with a label and a dash."""
    box = (
        "In sum – what to know:\n\nWelding school – The centre trains 300 welders.\n\n"
        "Opening date – It opens in March.\n\n"
    )
    article = article_from_text(f"{HEAD}\n\n{box}HANBIT – {STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["Opening date – It opens in March."] == "summary box"


def test_a_summary_in_sentences_runs_to_the_blank_line():
    text = (
        f"{HEAD}\n\nKey Points\nThe centre trains 300 welders a year.\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["The centre trains 300 welders a year."] == "summary box"


def test_a_row_of_share_buttons_names_no_outlet_and_parts_no_headline_from_its_deck():
    text = (
        f"[NGO] 한빛재단, 다낭기술센터 개관\n\nGoogle+ LinkedIn Katalk +\n\n{KO_DECK}\n\n"
        f"{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == "한빛재단, 다낭기술센터 개관"
    assert reasons(article)["Google+ LinkedIn Katalk +"] == "share strip"
    assert article.metadata.outlet is None
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "label", ["국제 아시아 뉴스", "정치, 사회, 문화", "‘K-컬처’ 기획 연재"]
)
def test_three_korean_words_are_a_section_over_the_headline(label):
    """ "국제 아시아 뉴스" over a headline: a section's name or a series' label."""
    text = f"{label}\n\n{KO_DECK}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.title == KO_DECK


def test_two_share_buttons_above_the_headline_name_no_outlet():
    text = f"Facebook LinkedIn\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.metadata.outlet is None


def test_a_paper_s_name_in_brackets_and_a_colon_opening_the_story():
    """ "(UCA News): Archbishop …": a copy names the paper it took the story from."""
    article = article_from_text(f"{HEAD}\n\n(Mekong Church News): {STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == "Mekong Church News"


@pytest.mark.parametrize("label", ["Update", "Movie Review", "Book Review"])
def test_a_label_in_brackets_and_a_colon_stays_story(label):
    """ "(Update): …", "(Movie Review): …" name no paper."""
    text = f"{HEAD}\n\n({label}): {STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article)[0] == f"({label}): {STORY}"
    assert article.metadata.outlet is None


def test_a_place_the_date_and_a_paper_s_name_before_a_colon_on_its_own_line():
    """ "Hanoi, April 24, 2024, The Europe Today:" over the lead of a page that printed no
    headline: the dateline, the date and the outlet, no story text."""
    text = f"Hanoi, April 24, 2024, The Mekong Today:\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.published == "2024-04-24"
    assert article.metadata.dateline == "Hanoi"
    assert article.metadata.outlet == "The Mekong Today"


def test_a_point_of_a_summary_wrapped_onto_a_second_line_stays_in_the_box():
    text = (
        f"{HEAD}\n\nKey Points\n- The centre opened on Tuesday, the ninth in the\n"
        f"country and the first in the central region.\n- It opens in March.\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["country and the first in the central region."] == (
        "summary box"
    )


@pytest.mark.parametrize(
    "head", ["다문화 한국어공부방 ‘한마음뿌리회’", "한빛재단, 다낭기술센터 개관"]
)
def test_a_korean_headline_of_three_words_marked_by_quotes_or_a_comma_over_its_deck(
    head,
):
    text = f"{head}\n\n{KO_DECK}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.title == head
    assert paragraphs(article) == [KO_STORY, KO_MORE]
