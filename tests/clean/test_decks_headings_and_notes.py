"""Furniture between and after paragraphs: a Korean deck under the headline shaped as a
heading, a heading of who said what cut short of the sentence, a wire's lead whose opening
bracket a copy cut off, a related link with no colon, a copy's note on its feed. Every text
here is invented."""

from __future__ import annotations

from builders import article_from_text, paragraphs

HEAD = "베트남 성장률 7% 넘어…아세안 최고"
LEAD = "베트남이 지난해 수출 회복에 힘입어 7% 이상의 경제 성장률을 달성했다고 밝혔다."
MORE = "분기별 성장률은 1분기 5%대에서 4분기 7%대로 꾸준히 올랐다고 통계청은 설명했다."
LAST = "총리는 올해도 높은 성장을 목표로 할 것이라고 말했다."


def test_a_deck_with_a_quote_under_the_headline_is_no_paragraph():
    deck = "총리 “올해 8% 성장 목표”"
    article = article_from_text(f"{HEAD}\n{deck}\n{LEAD}\n{MORE}\n{LAST}\n")
    assert paragraphs(article) == [LEAD, MORE, LAST]
    assert article.metadata.title == HEAD


def test_a_short_lead_ending_its_sentence_stays_the_first_paragraph():
    lead = "두 나라가 협정에 서명했다."
    article = article_from_text(f"{HEAD}\n\n{lead}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article)[0] == lead


def test_who_said_what_as_a_heading_between_paragraphs_is_no_paragraph():
    heading = '한 국장 "올해 베트남 관광객 약 30% 늘어"'
    article = article_from_text(f"{HEAD}\n\n{LEAD}\n\n{heading}\n\n{MORE}\n\n{LAST}\n")
    assert heading not in paragraphs(article)
    assert paragraphs(article) == [LEAD, MORE, LAST]


def test_a_paragraph_closing_on_a_quote_it_tells_is_a_paragraph():
    told = '국장은 "올해 관광객이 30% 늘었다"'
    said = f"{told}라고 말했다."
    article = article_from_text(f"{HEAD}\n\n{LEAD}\n\n{said}\n\n{MORE}\n")
    assert said in paragraphs(article)


def test_a_wire_lead_whose_opening_bracket_was_cut_off():
    lead = "하노이=연합뉴스) 김하늘 특파원 = " + LEAD
    article = article_from_text(f"{HEAD}\n\n{lead}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article)[0] == LEAD
    assert article.metadata.dateline == "하노이"
    assert article.metadata.author == "김하늘"


EN_HEAD = "Court orders compensation for a war survivor"
EN_ONE = "A court in Seoul ordered the government to compensate a survivor of the war."
EN_TWO = "The ruling was the first to recognise the state's liability, lawyers said."


def test_a_related_link_without_a_colon_is_no_paragraph():
    """ "See also" and a link's title, no sentence told, under the story."""
    link = (
        "See also Police in the capital continue to investigate the data centre fire, "
        "and the minister apologises again_Telecom Service_Power Supply System"
    )
    article = article_from_text(f"{EN_HEAD}\n\n{EN_ONE}\n\n{EN_TWO}\n\n{link}\n")
    assert paragraphs(article) == [EN_ONE, EN_TWO]


def test_a_copy_s_note_on_its_syndicated_feed_is_no_paragraph():
    note = (
        "(This story has not been edited by Example Discourse staff and is "
        "auto-generated from a syndicated feed.)"
    )
    article = article_from_text(f"{EN_HEAD}\n\n{EN_ONE}\n\n{EN_TWO}\n\n{note}\n")
    assert paragraphs(article) == [EN_ONE, EN_TWO]


def test_a_reporter_s_mail_address_at_a_listed_site_names_the_outlet():
    sign = "[ 김하늘 기자 sky@yna.co.kr ]"
    article = article_from_text(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{sign}\n")
    assert article.metadata.outlet == "Yonhap News Agency"


def test_a_press_contact_s_mail_address_names_no_outlet():
    contact = "Media contact: press@example-motors.com"
    article = article_from_text(f"{EN_HEAD}\n\n{EN_ONE}\n\n{EN_TWO}\n\n{contact}\n")
    assert article.metadata.outlet is None


def test_a_wire_s_label_before_its_headline_is_not_the_headline_s():
    head = "(4th LD) S. Korean, Vietnamese leaders agree to forge partnership"
    article = article_from_text(f"{head}\n\n{EN_ONE}\n\n{EN_TWO}\n")
    assert article.metadata.title == (
        "S. Korean, Vietnamese leaders agree to forge partnership"
    )


def test_a_paper_and_two_reporters_on_the_line_of_the_date():
    credit = "머니투데이 김하늘, 이바다 기자 | 2024.09.23 19:29"
    two = "머니투데이 김하늘 기자, 이바다 기자 | 2024.09.23 19:29"
    for line in (credit, two):
        article = article_from_text(f"{HEAD}\n{line}\n\n{LEAD}\n\n{MORE}\n")
        assert article.metadata.author == "김하늘, 이바다", line
        assert article.metadata.published == "2024-09-23"


def test_a_blog_s_posted_on_line_with_its_desk_and_comment_count_gives_the_date():
    line = "Posted on: October 26, 2021 Posted by: admin Comments: 0"
    article = article_from_text(f"{line}\n\n{EN_HEAD}\n\n{EN_ONE}\n\n{EN_TWO}\n")
    assert article.metadata.published == "2021-10-26"
    assert article.metadata.author is None


def test_a_bare_rights_mark_under_the_story_still_closes_the_page():
    """ "© Example News" under the last paragraph: the page's rights notice, its holder
    the outlet; the next story under it is not this one's."""
    text = f"{EN_HEAD}\n\n{EN_ONE}\n\n{EN_TWO}\n\n© Example News\n\nAnother story opens here today.\n"
    article = article_from_text(text)
    assert article.metadata.outlet == "Example News"
    assert paragraphs(article) == [EN_ONE, EN_TWO]


def test_a_hard_wrapped_line_opening_on_by_is_no_byline():
    """A wrapped paragraph whose next line opens on "by" and a place's name: the
    sentence goes on, no reporter signs."""
    text = (
        f"{EN_HEAD}\n\n{EN_ONE}\n"
        "The centre is being built on a plot of land provided\n"
        "by Vietnam's Quang Nam Province, according to the ministry.\n"
        f"{EN_TWO}\n"
    )
    article = article_from_text(text)
    assert article.metadata.author is None
    assert any(p.endswith("according to the ministry.") for p in paragraphs(article))


def test_a_sentence_that_opens_like_the_feed_note_is_a_paragraph():
    said = (
        "This article has not been edited by the ministry since it first ran, the "
        "editor told the jury."
    )
    article = article_from_text(f"{EN_HEAD}\n\n{EN_ONE}\n\n{said}\n\n{EN_TWO}\n")
    assert said in paragraphs(article)


def test_a_credit_or_a_unit_before_a_wire_s_name_is_no_lead():
    for label in ("사진=연합뉴스) ", "단위=억달러) "):
        article = article_from_text(f"{HEAD}\n\n{label}{LEAD}\n\n{MORE}\n")
        assert article.metadata.dateline is None, label


def test_a_lead_cut_before_its_place_from_any_paper_and_no_credit_s_label():
    for cut in ("하노이=뉴스핌) 김하늘 특파원 = ", "하노이=연합뉴스] 김하늘 특파원 = "):
        article = article_from_text(f"{HEAD}\n\n{cut}{LEAD}\n\n{MORE}\n")
        assert article.metadata.dateline == "하노이", cut
        assert paragraphs(article)[0] == LEAD


def test_a_paper_and_its_bureau_on_the_date_line_name_no_author():
    line = "연합뉴스 하노이 특파원 2024.09.23 10:00"
    article = article_from_text(f"{HEAD}\n{line}\n\n{LEAD}\n\n{MORE}\n")
    assert article.metadata.author != "하노이"
