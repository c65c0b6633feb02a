"""Copies that cut a lead's opening, board details set as a list, a paywall's count, and
datelines with an emptied tag or a horizontal bar; a subject with what it is between
dashes is no dateline. Every text is invented."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, captions, paragraphs, reasons

HEAD = "Two cities open a joint office for small firms"
KO_HEAD = "베트남 무역사절단, 청주 방문"
KO_STORY = "베트남 무역사절단이 무역상담회 참석을 위해 25일 2박3일의 일정으로 청주시를 방문했다."
KO_MORE = "청주시는 25일 오후 베트남 무역사절단 16명과의 간담회를 주최했다고 밝혔다."


@pytest.mark.parametrize(
    ("lead", "author", "outlet"),
    [
        ("=[한지수 기자] ", "한지수", None),  # the paper's name before "=" cut off
        ("[한지수 기자] ", "한지수", None),
        ("예시주간=한지수 워싱턴 에디터·불문학 박사] ", "한지수", "예시주간"),
    ],
)
def test_a_korean_lead_cut_at_its_opening_still_names_its_reporter(
    lead, author, outlet
):
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == author
    assert article.metadata.outlet == outlet


def test_a_board_s_post_details_set_as_a_list_are_no_story():
    text = (
        f"{KO_HEAD}\n\n- 게시일2025.07.10.\n- 조회수58 Hit\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.published == "2025-07-10"
    assert reasons(article)["- 조회수58 Hit"] == "board post details"


def test_a_paywall_s_count_of_articles_left_is_no_story():
    line = "You have 7 articles remaining. Unlock 15 more articles by registering."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[line] == "paywall"


def test_a_row_of_reactions_under_the_story_is_no_story():
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nWhat’s your reaction?\n"
    )
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("Seoul () – ", "Seoul"),
        ("HUE, Vietnam ― ", "HUE"),
        ("Busan, South Korea -- ", "Busan"),
        ("SEOUL: 7th January 2009 -- ", "SEOUL"),
    ],
)
def test_a_dateline_with_an_emptied_tag_or_a_horizontal_bar(dateline, place):
    article = article_from_text(f"{HEAD}\n\n{dateline}{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.dateline == place


def test_a_subject_with_what_it_is_between_dashes_is_no_dateline_or_tag():
    lead = (
        "KEPCO – South Korea’s national utility – is slated to open a joint office for "
        "small firms in Hanoi, officials said on Monday."
    )
    article = article_from_text(f"{HEAD}\n\n{lead}\n\n{MORE}\n")
    assert paragraphs(article) == [lead, MORE]
    assert (article.metadata.dateline, article.metadata.outlet) == (None, None)


def test_a_dateline_over_a_phrase_between_dashes_stays_a_dateline():
    """ "HANOI – Korean firms – including Samsung – are …": the dashes hold no verb."""
    lead = (
        "Korean firms – including Samsung – are opening a joint office for small firms, "
        "officials said on Monday."
    )
    article = article_from_text(f"{HEAD}\n\nHANOI – {lead}\n\n{MORE}\n")
    assert paragraphs(article) == [lead, MORE]
    assert article.metadata.dateline == "HANOI"


def test_a_paper_s_tag_under_a_quoted_deck_and_its_pictures_credit_opens_the_story():
    """The paper's name in brackets opens the story under a quoted deck line and a
    picture's credit: it is taken off the lead, not left in it."""
    text = (
        f"{KO_HEAD}\n\n식약처와 베트남 의료기기청, 국장급 양자 정례 회의 개최\n"
        "베트남에서 개최되는 ‘K-의료기기 전시회’ 참석, 국내 규제 홍보\n"
        "“K-의료기기 수출 확대 위해 최선 다할 것”\n(사진=식품의약품안전처)\n"
        f"사진=식품의약품안전처\n\n[예시타임즈] {KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article)[-2:] == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == "예시타임즈"


def test_the_page_s_date_run_into_the_outlet_s_tag():
    """ "05/11/2025TN&MTOn November 5, …": the date (day first) and the tag go."""
    article = article_from_text(f"{HEAD}\n\n05/11/2025TN&MT{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.published == "2025-11-05"


def test_a_board_s_writer_named_before_the_post_date():
    """ "한지수 작성일19-10-24 16:49": the writer and the date, no label for the writer."""
    text = f"{KO_HEAD}\n\n한지수 작성일19-10-24 16:49\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert (article.byline, article.metadata.published) == ("한지수", "2019-10-24")


def test_a_korean_paper_s_tabs_and_font_tools_are_no_headline():
    text = (
        f"2024년 4월 29일\n본당/공동체\n전체기사 지난 연재 기사\n{KO_HEAD}\n\n"
        f"폰트 작게 폰트 크게 인쇄 공유\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == KO_HEAD
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize("furniture", ["Add comment", "Related story"])
def test_a_comment_button_or_a_related_heading_under_the_story(furniture):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{furniture}\n")
    assert paragraphs(article) == [STORY, MORE]


def test_where_you_are_on_the_site_is_no_heading():
    text = f"Off the wire\nYou are here:   Home\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert reasons(article)["You are here: Home"] == "breadcrumb"


def test_a_caption_pointing_up_at_its_picture():
    """ "↑↑ [경북신문=…] …": the caption under the picture, not the story's lead."""
    caption = "↑↑ 하롱베이에서 체험학습을 하는 학생들"
    article = article_from_text(f"{KO_HEAD}\n\n{caption}\n{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    ("furniture", "reason"),
    [
        ("베트남 현지 화장품 브랜드 코쿤(cocoon).jpg", "image file name"),
        ("기사 메일전송", "navigation"),
        ("기사수정", "navigation"),
        ("- 공유", "navigation"),
        ("Copy link bài viết thành công", "navigation"),
        ("List of related articles", "navigation"),
        ("Latest articles", "navigation"),
        ("Spread the love", "navigation"),
        ("Hotline: 0372.559.090 Email: office@example.edu.vn", "contact line"),
        ("Unlock stock picks and a newsfeed for investors. Upgrade now", "paywall"),
        ("The Ministry Portal is under construction", "site notice"),
    ],
)
def test_page_furniture_is_named_for_what_it_is(furniture, reason):
    article = article_from_text(f"{furniture}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[furniture] == reason


def test_the_date_then_the_writer_s_korean_name_set_apart():
    """ "2016-02-02     원성윤" under the headline: the date and the writer."""
    text = f"{KO_HEAD}\n2016-02-02     한지수\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert (article.byline, article.metadata.published) == ("한지수", "2016-02-02")
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_feature_s_writer_in_brackets_under_the_story():
    """ "(글. 이은수 / 베네핏 매거진 에디터)": the writer, the magazine and the post."""
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n(글. 한지수 / 예시 매거진 에디터)\n"
    )
    article = article_from_text(text)
    assert article.byline == "한지수"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_korean_paper_s_marked_subheading_with_a_long_quote():
    sub = '◇ 한빛시장 "우리 시는 다문화가 뿌리내리는 공동의 터전이다"'
    article = article_from_text(
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{sub}\n\n{KO_MORE}\n\n{KO_STORY[:20]}했다고 밝혔다.\n"
    )
    assert sub not in paragraphs(article)
    assert [p.text for p in article.passages if p.kind == "subheading"] == [sub]


def test_a_work_s_title_and_its_artist_under_its_picture_is_a_caption():
    work = "정겨운 베트남 (한지수 작가)"
    article = article_from_text(
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{work}\n\n{KO_MORE}\n\n{KO_STORY}\n"
    )
    assert work in captions(article)


def test_a_link_to_the_story_before_run_into_its_title():
    line = "PrevDaegu’s additional supply of electricity begins next month"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[line] == "previous story link"


def test_a_firm_whose_name_opens_with_next_or_previously_opens_a_sentence():
    for line in (
        "NextGen Vietnam signed a deal with two Korean firms on Monday, it said.",
        "Previously, the two cities had signed a memorandum on urban planning.",
    ):
        article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n")
        assert paragraphs(article) == [STORY, line]


def test_a_caption_ending_in_its_givers_after_a_colon():
    """ "… (제공: KBS, 재외동포청)": the picture's givers, the word for them first."""
    caption = "특집 3부작 ‘글로벌 한인기행’ (제공: 예시방송, 재외동포청)"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{caption}\n\n{KO_MORE}\n")
    assert caption in captions(article)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
