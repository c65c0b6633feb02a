"""A Korean paper's furniture between its headline and its story: a deck under the
headline shaped as a heading, a heading of who said what cut short of the sentence, a
wire's lead whose opening bracket a copy cut off. Every text here is invented."""

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
