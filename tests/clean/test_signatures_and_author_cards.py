"""A reporter's signature in brackets with the paper and an address (or a comma before
it), a video report's credit, an author's picture by its alternative text, a section's
latest stories, a keywords line, a caption saying what its picture shows and a dateline
with its date and the outlet's name: read as what they are, never story text or a
headline. Every text is invented."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, captions, paragraphs, reasons

HEAD = "Seaside province closes a tourist stream after a flash flood"
KO_HEAD = "한빛시, 베트남 다낭시와 우호교류 확대…관광 협력 기대"
KO_STORY = "한빛시는 3일 다낭시 대표단과 만나 관광과 교육 분야의 교류를 넓히기로 합의했다고 밝혔다."
KO_MORE = "양측은 내년 봄까지 첫 공동 사업을 시작하고 두 도시의 기업을 연결할 계획이다."


def test_a_reporter_signing_in_brackets_with_the_paper_and_an_address():
    """ "[강해영 한빛타임즈 기자/k@…]": the reporter, the paper, then the address."""
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n"
        "[강해영 한빛타임즈 기자/hae2023@hanbit.example.com]\n"
    )
    article = article_from_text(text)
    assert article.author == "강해영"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_section_s_latest_stories_under_the_story_are_no_paragraph():
    long_story = f"{KO_STORY} {KO_MORE} {KO_STORY}"
    text = (
        f"{KO_HEAD}\n\n{long_story}\n\n{KO_MORE}\n\n카테고리 최신기사\n\n많이 본 기사\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [long_story, KO_MORE]
    assert "카테고리 최신기사" in reasons(article)


def test_a_video_report_s_credit_names_the_correspondent():
    """ "• Video report by Example News Asia Correspondent Jo Lindqvist": the outlet and
    the desk before the role, the bullet of a list before the line."""
    text = (
        f"{HEAD}\n\n  • Video report by Example News Asia Correspondent Jo Lindqvist\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.author == "Jo Lindqvist"
    assert paragraphs(article) == [STORY, MORE]


def test_an_author_s_picture_is_no_headline():
    """ "Avatar of Jo Lindqvist": the author's picture, by its alternative text, over the
    byline and in the author's card; the headline stays the page's first line."""
    text = (
        f"{HEAD}\n\nDaily Example Update\nAvatar of Jo Lindqvist\nWritten by Jo Lindqvist\n\n"
        f"{STORY}\n\n{MORE}\n\nAbout the author\n\nAvatar of Jo Lindqvist\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.author == "Jo Lindqvist"
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["Avatar of Jo Lindqvist"] == "author avatar"


def test_a_korean_reporter_with_a_comma_before_the_address_is_no_headline():
    text = (
        f"광고 배너 이미지\n\n{KO_HEAD}\n\n발행 2019년 06월 28일\n\n"
        f"박해영기자 , hy@hanbit.example.com\n\n{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == KO_HEAD
    assert article.author == "박해영"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_keywords_line_with_broken_separators_is_no_headline():
    """ "Keywords:OLED? display?": a question mark where a separator was lost."""
    text = (
        f"Example Trade Times > Displays\n\n{HEAD}\n\nPosted: 19 Aug 2015\n\n"
        f"Keywords:OLED? display? AMOLED? smart TV?\n\n{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


def test_a_caption_saying_what_its_picture_shows_is_a_caption():
    caption = (
        "This undated file photo shows a car plant just southwest of Seoul. (Example "
        "Agency)."
    )
    article = article_from_text(f"{HEAD}\n\n{caption}\n\n{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert caption in captions(article)


def test_a_dateline_with_its_date_and_the_outlet_s_name():
    """ "HANOI, Dec 1, 2020, VN Express. …": the place, the date, then the outlet."""
    text = f"{HEAD}\n\nHANOI, Dec 1, 2020, VN Express. {STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.dateline == "HANOI"
    assert article.metadata.published == "2020-12-01"
    assert article.metadata.outlet == "VnExpress"


def test_a_clause_after_a_place_and_date_is_no_outlet():
    opening = "HANOI, Dec 1, 2020, Police said. "
    article = article_from_text(f"{HEAD}\n\n{opening}{STORY}\n\n{MORE}\n")
    assert paragraphs(article)[0].startswith("HANOI, Dec 1, 2020, Police said.")


def test_a_latest_stories_tab_above_the_headline_is_the_site_s_menu():
    """Above the story "최신기사" is a menu's tab; the headline, date and byline under it
    stay what they are."""
    text = (
        f"홈\n최신기사\n{KO_HEAD}\n입력 2024.05.14 10:21\n김민수 기자\n\n"
        f"{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == KO_HEAD
    assert article.metadata.published == "2024-05-14"
    assert article.author == "김민수"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "sentence",
    [
        "A photo taken by another passenger shows the boat tilting sharply moments "
        "before it overturned, and the footage spread quickly on social media.",
        "The image released by the provincial police shows rescuers pulling the man "
        "from the water.",
        "The photo showing the overloaded vessel prompted calls for stricter "
        "inspections of tour operators in the bay.",
    ],
)
def test_a_story_sentence_about_a_picture_stays_a_paragraph(sentence):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{sentence}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, sentence, MORE]


def test_captions_saying_what_their_pictures_show_under_a_dated_headline():
    first = (
        "This undated handout photo shows workers at a factory in Bac Ninh province."
    )
    second = (
        "This file photo, taken in 2019, shows officials at a signing ceremony in "
        "Seoul. Example Agency"
    )
    third = "In this photo taken on May 3, 2024, workers queue for a language test."
    text = f"{HEAD}\n\nMay 3, 2024\n\n{first}\n\n{second}\n\n{third}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]
    assert captions(article) == [first, second, third]


@pytest.mark.parametrize(
    "line",
    [
        "Từ khóa:OLED? màn hình? Samsung?",
        "Tags:OLED? display? AMOLED?",
        "키워드:OLED? 디스플레이? 베트남?",
    ],
)
def test_a_tag_list_with_broken_separators_in_any_language(line):
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "opening",
    [
        "HANOI, Dec 1, 2020, VnExpress - ",
        "HANOI, Dec 1, 2020, VnExpress — ",
        "Hanoi, Dec 1, 2020, VnExpress. ",
        "HANOI, 1 Dec 2020, VN Express. ",
    ],
)
def test_more_datelines_with_their_date_and_a_known_outlet(opening):
    article = article_from_text(f"{HEAD}\n\n{opening}{STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == "VnExpress"
    assert article.metadata.published == "2020-12-01"


@pytest.mark.parametrize(
    "credit",
    [
        "  • Video report by Example News' Asia Correspondent Jo Lindqvist",
        "Video by Example News Asia Correspondent Jo Lindqvist",
    ],
)
def test_other_wordings_of_a_video_s_credit(credit):
    article = article_from_text(f"{HEAD}\n\n{credit}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD
    assert article.author == "Jo Lindqvist"


def test_a_reporter_signing_in_round_brackets_with_a_desk_word():
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n"
        "(강해영 한빛타임즈 선임기자/khy@hanbit.example.com)\n"
    )
    assert article_from_text(text).author == "강해영"


def test_a_board_s_writer_label_before_a_reporter():
    text = f"{KO_HEAD}\n\n작성자 황미현 기자\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.author == "황미현"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_paper_alone_in_brackets_before_an_equals_sign_opens_the_story():
    text = f"{KO_HEAD}\n\n[한빛뉴스]= {KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == "한빛뉴스"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("사진 연합뉴스", "bare picture credit"),
        ("사진 한빛시 제공", "bare picture credit"),
        ("뉴스&핫이슈! 한빛오데오(www.hanbitodeo.com)", "site signature"),
    ],
)
def test_a_bare_picture_credit_and_a_site_s_signature(line, reason):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[line] == reason


def test_a_sentence_opening_with_a_photo_is_no_credit():
    sentence = "사진 촬영은 오후 3시부터 시작됐다고 관계자는 밝혔다."
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{sentence}\n\n{KO_MORE}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, sentence, KO_MORE]


@pytest.mark.parametrize(
    "line", ["온라인뉴스팀 [email protected]", "편집국 / desk@hanbit.example.com"]
)
def test_a_desk_signing_with_its_address(line):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.author is None


def test_a_korean_story_sentence_over_a_credit_stays_story():
    """Korean spaces fewer, longer words: a sentence of ten of them tied to the one before
    ("또한 …") is story over a credit; one that opens on who is pictured is the caption."""
    told = "또한 이번 공연에서는 한국 보이그룹 헤일로가 단독 게스트로 참여해 분위기를 더욱 뜨겁게 달궜다."
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{told}\n( 사진 = 한빛 컴퍼니 )\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, told]
    assert captions(article) == ["( 사진 = 한빛 컴퍼니 )"]
    scene = "김영록 지사가 29일 도청에서 베트남 동나이성 대표단과 우호교류 의향서를 교환하고 있다."
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{scene}\n( 사진 = 한빛도 제공 )\n\n{KO_MORE}\n"
    assert scene not in paragraphs(article_from_text(text))
