"""A page's picture credits, rights notices, crumbs and publisher's notices in the shapes
papers print them (most of them Korean), and a paper that signs with its name alone: never
story text or a headline, and the paper's name read from them; an "Authors:" line's names
and a short opening sentence, which are no picture's label. Every text is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, captions, paragraphs, reasons

HEAD = "하노이시 외국인투자 한국 3위…전자 업계 선두"
STORY = "베트남과 한국은 월요일 하노이에서 새로운 협력 사무소를 열기로 합의했다고 관계자들이 밝혔다."
MORE = "양측은 내년 봄까지 첫 사업을 시작하고 두 도시의 기업을 연결할 계획이다."


@pytest.mark.parametrize(
    "caption",
    [
        "한빛그룹, 하노이 쇼핑몰 통해 최고의 쇼핑 경험 제공 목표 (사진자료: Hanbit Mall Hanoi)",
        "시장과 인민위원장이 악수하고 있다.(한빛도 제공)",
        "한빛도 지사와 다낭시 인민위원장 (사진=한빛도 제공)",
        "한빛도 지사와 다낭시 인민위원장(한빛도 제공)이미지 확대보기",
    ],
)
def test_a_captions_korean_credit_under_the_headline_is_no_headline(caption):
    """The picture's credit "(사진자료: …)", "(… 제공)", or the enlarge button after it,
    marks the line under the headline as its caption."""
    article = article_from_text(f"{HEAD}\n\n{caption}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]


def test_a_paper_signing_by_its_name_and_its_lead_after_its_name_in_letters():
    """ "By 한빛타임스 Hanbittimes" names the paper, no reporter; "Hanbittimes –
    [한빛타임스=베트남]" is its lead on a line of its own, not the headline."""
    text = (
        f"{HEAD}\n\nBy 한빛타임스 Hanbittimes\n\nHanbitTimes – [한빛타임스=베트남]\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.metadata.outlet == "한빛타임스"
    assert article.author is None
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["HanbitTimes – [한빛타임스=베트남]"] == "wire lead"


@pytest.mark.parametrize(
    "notice",
    [
        "<저작권자 ⓒ 한빛도민신문 무단전재 및 재배포 금지>",
        "ⓒ 한빛도민신문 무단전재 및 재배포 금지",
    ],
)
def test_a_rights_notice_run_on_after_the_last_sentence_is_cut_off(notice):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE} {notice}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == "한빛도민신문"
    assert reasons(article)[notice] == "copyright line"


def test_a_pictures_credit_after_a_caption_is_no_rights_notice():
    """ "… 있다. ⓒ 한빛군": the picture's credit, not the paper's rights."""
    caption = "군수와 대사가 면담을 갖고 교류 의지를 확인했다. ⓒ 한빛군"
    article = article_from_text(
        f"{HEAD}\n\n{caption}\n\n{STORY}\n\n{MORE}\n\n"
        "<저작권자 ⓒ 한빛뉴스 무단전재 및 재배포 금지>\n"
    )
    assert article.metadata.outlet == "한빛뉴스"
    assert paragraphs(article) == [STORY, MORE]


def test_a_papers_name_opening_with_e_in_a_rights_notice():
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n"
        "<저작권자 ⓒ e-한빛 사회복지문화신문, 무단 전재 및 재배포 금지>\n"
    )
    assert article.metadata.outlet == "e-한빛 사회복지문화신문"


def test_a_date_posted_under_the_headline_keeps_the_headline_over_a_deck():
    """ "2024-03-22 13:00:01 게재" (posted) is the page's date line: the line over it is
    the headline, the short line under it a deck."""
    deck = "‘한-베 써밋’ 행사 개최"
    article = article_from_text(
        f"{HEAD}\n\n2024-03-22 13:00:01 게재\n\n{deck}\n\n{STORY}\n\n{MORE}\n"
    )
    assert article.title == HEAD
    assert article.metadata.published == "2024-03-22"
    assert paragraphs(article) == [STORY, MORE]


def test_a_reporter_with_the_link_to_more_of_their_stories_signs():
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n김하늘 기자 기사 더보기\n"
    )
    assert paragraphs(article) == [STORY, MORE]
    assert article.author == "김하늘"


@pytest.mark.parametrize("crumbs", ["HOME 정치·경제 정치/경제", "홈 > 경제"])
def test_a_korean_sites_crumbs_over_the_headline_are_no_headline(crumbs):
    byline = "김하늘 특파원 | 승인 2018.04.11 14:46"
    article = article_from_text(f"{crumbs}\n{HEAD}\n{byline}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD
    assert crumbs in reasons(article)


def test_home_and_a_word_is_a_headline_not_crumbs():
    article = article_from_text(f"홈 경기 승리\n\n{STORY}\n\n{MORE}\n")
    assert article.title == "홈 경기 승리"


def test_a_publishing_groups_notice_over_the_story_is_no_headline():
    head = "Shipbuilder exit from steel venture another blow to the steel maker"
    notices = [
        "Example Maritime is part of the Example Markets Division of Example Group PLC",
        "This site is operated by a business or businesses owned by Example Group PLC and"
        " all copyright resides with them. Registered in England and Wales.",
    ]
    story = (
        "The decision by the state-run shipbuilder to cancel its stake in the steel joint"
        " venture has not gone down well with shareholders in Hanoi and Seoul."
    )
    more = (
        "The move comes as an additional blow to the steel maker, its spokesman said."
    )
    text = f"{notices[0]}\n\n{notices[1]}\n\n{head}\n\n{story}\n\n{more}\n"
    article = article_from_text(text)
    assert article.title == head
    assert paragraphs(article) == [story, more]
    assert {reasons(article)[notice] for notice in notices} == {"group notice"}


def test_a_heading_closing_on_a_quoted_name_with_brackets_is_a_subheading():
    heading = "2016년, 매운 맛의 시작 ‘사신(Sasin)’"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{heading}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert [p.text for p in article.passages if p.kind == "subheading"] == [heading]


def test_a_wires_picture_in_english_with_its_resale_notice_is_a_caption():
    head = "Korean cosmetics boom in Vietnam as exports climb"
    caption = (
        "Trade Agency Hosts Business Week (Seoul = Yonhap News) The agency said it will hold"
        " the business week in Ho Chi Minh City. 2022.10.30 [Provided by the agency."
        " Resale and DB prohibited] photo@example.co.kr"
    )
    story = "Vietnam's share of Korea's total cosmetics exports rose to 5.6% this year."
    more = "Vietnam has already surpassed Thailand as the first export market in the region."
    text = (
        f"{head}\n\nTrade Agency Hosts Business Week\n{caption}\n\n{story}\n\n{more}\n"
    )
    article = article_from_text(text)
    assert article.title == head
    assert paragraphs(article) == [story, more]


def test_a_pictures_credit_after_a_quoting_paragraph_is_cut_off():
    """ "… 말했다. 한빛군 제공": the paragraph quotes an official, so it is story; the
    credit after it belongs to the picture below."""
    said = "군 관계자는 “꾸준한 노력으로 이번 성과를 이룰 수 있었다”며 “최선을 다하겠다”고 말했다."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{said} 한빛군 제공\n")
    assert paragraphs(article) == [STORY, MORE, said]
    assert reasons(article)["한빛군 제공"] == "after the story"
    assert captions(article) == []


def test_an_authors_line_listing_three_names_keeps_them_all():
    """ "Author: A, B and C / CNN": three reporters, not one and an affiliation."""
    text = (
        "Foreign brides face a hard road\n\n"
        "Author: Julia Roe, Yoonjung Seo and Gawon Bae / CNN\n\n"
        "The union went ahead a day after the couple met, court documents show.\n\n"
        "Experts say discriminatory rules are to blame and are pushing for change.\n"
    )
    assert article_from_text(text).author == "Julia Roe, Yoonjung Seo, Gawon Bae"


def test_an_authors_post_after_a_comma_is_no_name():
    text = (
        "Foreign brides face a hard road\n\n"
        "Authors: Jane Roe, Research Fellow; Kim Min-ji, Seoul National University\n\n"
        "The union went ahead a day after the couple met, court documents show.\n\n"
        "Experts say discriminatory rules are to blame and are pushing for change.\n"
    )
    assert article_from_text(text).author == "Jane Roe, Kim Min-ji"


@pytest.mark.parametrize(
    "opening",
    ["Trinh met her murderer through a matchmaker.", "He kept his promise to them."],
)
def test_a_short_opening_sentence_told_in_the_past_is_a_paragraph(opening):
    """A sentence of a few words with a verb that takes no "-ed" or a pronoun is told,
    not a picture's label ("A production line in Bac Ninh.")."""
    story = (
        "She was 29 years old and her future husband was in his 50s, court documents"
        " show. She only spoke Vietnamese, he spoke Korean."
    )
    more = (
        "Despite the communication barrier, the union went ahead a day after they met."
    )
    text = f"Foreign brides face a hard road\n\nBy Jane Roe\n\n{opening}\n\n{story}\n\n{more}\n"
    assert paragraphs(article_from_text(text)) == [opening, story, more]


def test_a_papers_name_in_lenticular_brackets_with_spaces_opens_the_lead():
    article = article_from_text(f"{HEAD}\n\n【 한빛일보 】 {STORY}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.metadata.outlet == "한빛일보"


ENGLISH_HEAD = "Variety show to be remade in Vietnam"
ENGLISH_STORY = [
    "The broadcaster will invest five million dollars in a Vietnamese version of its show.",
    "The manager said the project would stimulate more exchanges between the countries.",
]


def test_an_outlet_signing_off_in_brackets_on_the_last_line_is_no_paragraph():
    text = f"{ENGLISH_HEAD}\n\n" + "\n\n".join(ENGLISH_STORY) + "\n\n(Example Star)\n"
    article = article_from_text(text)
    assert paragraphs(article) == ENGLISH_STORY
    assert "(Example Star)" in reasons(article)
    assert article.metadata.outlet == "Example Star"


def test_a_wires_end_mark_in_brackets_names_no_outlet():
    text = f"{ENGLISH_HEAD}\n\n" + "\n\n".join(ENGLISH_STORY) + "\n\n(END)\n"
    assert article_from_text(text).metadata.outlet is None


def test_a_video_teaser_after_a_bar_is_no_subheading():
    teaser = "WATCH | Example Pitstop: an electric sports bike review"
    text = f"{ENGLISH_HEAD}\n\n{ENGLISH_STORY[0]}\n\n{teaser}\n\n{ENGLISH_STORY[1]}\n"
    article = article_from_text(text)
    assert paragraphs(article) == ENGLISH_STORY
    assert reasons(article)[teaser] == "video teaser"
    assert [p for p in article.passages if p.kind == "subheading"] == []


def test_the_place_filed_from_listed_in_a_byline_is_no_author():
    text = f"{ENGLISH_HEAD}\n\nBy Norimitsu Roe and Hanoi\n\n" + "\n\n".join(
        ENGLISH_STORY
    )
    assert article_from_text(text).author == "Norimitsu Roe"


@pytest.mark.parametrize(
    "head",
    ["홈 팬 앞에서 완승·선두 탈환", "Watch | How a flooded village rebuilt its homes"],
)
def test_a_headline_opening_on_home_or_watch_is_the_headline(head):
    article = article_from_text(f"{head}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == head


@pytest.mark.parametrize(
    "sentence",
    [
        "The brewery is part of the beverages division of Hanbit Holdings Inc.",
        "This website is operated by a company registered in Cyprus, police said.",
    ],
)
def test_a_story_sentence_about_a_group_or_a_site_is_no_notice(sentence):
    text = f"{ENGLISH_HEAD}\n\n{ENGLISH_STORY[0]}\n\n{sentence}\n\n{ENGLISH_STORY[1]}\n"
    assert paragraphs(article_from_text(text)) == [
        ENGLISH_STORY[0],
        sentence,
        ENGLISH_STORY[1],
    ]


def test_a_reporter_named_as_a_province_is_an_author():
    """Thanh Hoa is a province and a given name: in a list of reporters, a name."""
    text = f"{ENGLISH_HEAD}\n\nBy Thanh Hoa and Minh Anh\n\n" + "\n\n".join(
        ENGLISH_STORY
    )
    assert article_from_text(text).author == "Thanh Hoa, Minh Anh"


@pytest.mark.parametrize(
    "sentence",
    [
        "대회는 오전 10시에 시작해 5km 코스를 함께 걷는 방식으로 진행된다(점심 무료 제공)",
        "대회는 오전 10시에 시작해 함께 걷는 방식으로 진행된다.(셔틀버스 무료 제공)",
    ],
)
def test_something_provided_free_is_no_pictures_credit(sentence):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{sentence}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, sentence, MORE]


@pytest.mark.parametrize(
    "caption",
    [
        "The newly built terminal at Long Thanh airport.",
        "A Korean-made bridge crane on the site.",
        "Singer Mai Linh with her mother.",
    ],
)
def test_a_pictures_label_with_a_participle_or_a_pronoun_stays_a_caption(caption):
    text = f"{ENGLISH_HEAD}\n\n{ENGLISH_STORY[0]}\n\n{caption}\n\n{ENGLISH_STORY[1]}\n"
    assert captions(article_from_text(text)) == [caption]


@pytest.mark.parametrize(
    "byline", ["김하늘 기자의 기사 더보기", "김하늘 기자 다른기사 더보기"]
)
def test_the_link_to_more_stories_in_other_wordings_signs(byline):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{byline}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.author == "김하늘"


@pytest.mark.parametrize("post", ["Senior Analyst", "Chief Economist"])
def test_an_authors_post_in_other_words_is_no_name(post):
    text = f"{ENGLISH_HEAD}\n\nAuthor: Park Ji-won, {post}\n\n" + "\n\n".join(
        ENGLISH_STORY
    )
    assert article_from_text(text).author == "Park Ji-won"


def test_a_comment_box_counted_with_its_number_a_picture_is_the_pages_foot():
    """ "개의 댓글" (the count's number drawn as a picture), then the box's counter and
    its note on the best comments: none of it is story."""
    foot = "개의 댓글\n0 / 400\n댓글 정렬\nBEST 댓글 답글과 추천수를 합산하여 자동으로 노출됩니다."
    long = f"{STORY} {MORE} {STORY}"  # a story line as long as a page's paragraphs run
    article = article_from_text(f"{HEAD}\n\n{long}\n\n{MORE}\n\n{foot}\n")
    assert paragraphs(article) == [long, MORE]
    assert reasons(article)["0 / 400"] == "reader comments"


def test_a_wires_terminal_service_note_is_no_paragraph():
    note = "본 기사는 한빛인포 금융정보 단말기에서 15시 04분에 서비스된 기사입니다."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{note}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)[note] == "terminal service note"


def test_a_graphs_label_between_paragraphs_is_a_caption():
    label = "Graph showing that the value of phone exports doubled from 2014 to 2018."
    text = f"{ENGLISH_HEAD}\n\n{ENGLISH_STORY[0]}\n\n{label}\n\n{ENGLISH_STORY[1]}\n"
    article = article_from_text(text)
    assert paragraphs(article) == ENGLISH_STORY
    assert captions(article) == [label]


@pytest.mark.parametrize(
    "after",
    [
        "·음란 및 청소년 유해 정보 ·개인정보 ·명예훼손 소지가 있는 댓글 ·같은 글 2회 이상의 댓글",
        "뉴스",
    ],
)
def test_nothing_under_the_copyright_notice_below_the_story_is_story(after):
    """The rights notice closes the page: a comment policy or a menu word under it is
    the page's foot, however long."""
    notice = "저작권자 © 한빛일보 무단전재 및 재배포 금지"
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{notice}\n\n{after}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert after in reasons(article)


def test_a_copyright_notice_above_the_story_closes_nothing():
    notice = "Copyright © Hanbit Daily. All rights reserved."
    last = "행사는 이틀 동안 이어지며 두 도시의 시민 누구나 참여할 수 있다."
    article = article_from_text(f"{notice}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n\n{last}\n")
    assert paragraphs(article) == [STORY, MORE, last]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("차종혁·민경인 기자 cha@example.com", "차종혁, 민경인"),
        ("차종혁 기자,민경인 기자", "차종혁, 민경인"),
        ("/fncho@example.com조영신기자", "조영신"),
    ],
)
def test_two_reporters_or_an_address_before_the_name_sign_the_story(line, authors):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert paragraphs(article) == [STORY, MORE]
    assert article.byline == authors
