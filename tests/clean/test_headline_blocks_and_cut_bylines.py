"""Headlines, authors and datelines in more shapes: the one line of a Korean headline
block that joins two clauses with an ellipsis or closes on its series' label, a posting
time after the headline (day first, then the clock), a broadcast script's cue in
lenticular brackets, a Korean lead naming two reporters and the place the second filed
from, a writer credited after a copyright holder, and a copy that breaks off inside a
word on a line shaped like a byline. Every text here is invented."""

from __future__ import annotations

from builders import article_from_text, paragraphs

KO_STORY = (
    "충청 도의회는 16일 베트남 성 인민의회와 우호협력 관계 설립에 관한 합의서를 "
    "체결했다고 밝혔다."
)
KO_MORE = "양측은 관광과 농업, 청소년 교류를 중심으로 협력 사업을 이어가기로 했다."
KO_LAST = (
    "도의회 의장은 이번 합의가 두 지역의 공동 발전으로 이어지기를 기대한다고 말했다."
)
KO_BODY = f"{KO_STORY}\n\n{KO_MORE}\n\n{KO_LAST}\n"


def test_decks_over_the_headline_that_joins_two_clauses():
    """Deck lines stacked over the headline, the story right under it: the line that
    joins two clauses with an ellipsis is the headline, not a deck above it."""
    head = "충청 관광객 20만명 돌파…전년比 35%↑"
    text = (
        "베트남 관광객도 5만명 넘어\n드라마 인기에 관심 높아져\n"
        f"직항 노선 늘며 더 늘 듯\n{head}\n{KO_BODY}"
    )
    article = article_from_text(text)
    assert article.metadata.title == head
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]


def test_one_deck_over_the_headline_right_over_the_story():
    head = "성 인민위원장 3∼5일 방문…도 첫 공식 초청"
    text = f"오는 4일 도지사와 면담·만찬 등 예정\n{head}\n{KO_BODY}"
    assert article_from_text(text).metadata.title == head


def test_the_headline_above_its_series_label_and_decks():
    """The headline closes on its series' label in brackets; the deck lines under it
    state one thing each."""
    head = "적대하던 두 나라, 가장 가까운 이웃 되다"
    text = (
        f"{head} [기획 - 수교 30년]\n교역 100배 늘어\n관계 격상 합의\n"
        f"세 번째 동반자 국가\n{KO_BODY}"
    )
    assert article_from_text(text).metadata.title == head


def test_a_quoted_headline_over_a_labelled_deck():
    head = '"충청, 어느 나라보다 더 믿는다…성과 사업 더 지원"'
    text = (
        f"{head}\n\n[지방외교 현장] 도 국제협력관\n1998년부터 교류 이어와\n"
        f"행정·기술 연수 등 강점\n\n{KO_BODY}"
    )
    assert article_from_text(text).metadata.title == head


def test_a_deck_with_an_ellipsis_over_the_byline_row_stays_a_deck():
    """A deck under its headline may join clauses too: over the page's byline row it
    stays a deck, and the headline above it stays the headline."""
    head = "충청 도의회, 베트남 성 인민의회와 교류 합의"
    text = (
        f"{head}\n관광·농업 협력…청소년 교류도 확대\n김민수 기자 minsu@example.com\n"
        "입력 2025-06-11 18:20:31\n"
        f"{KO_BODY}"
    )
    assert article_from_text(text).metadata.title == head


def test_a_posting_time_after_the_headline_day_first():
    head = "Đoàn đại biểu tỉnh Quảng Example thăm tỉnh Chungcheong"
    story = (
        "Đoàn đại biểu tỉnh Quảng Example đã có chuyến thăm và làm việc tại tỉnh "
        "Chungcheong từ ngày 5 đến 8 tháng 9."
    )
    more = "Hai bên đã thống nhất mở rộng hợp tác trong lĩnh vực giáo dục và lao động."
    article = article_from_text(f"{head} 10/09/2025 06:23\n\n{story}\n\n{more}\n")
    assert article.metadata.title == head


def test_a_broadcast_cue_in_lenticular_brackets_is_no_headline():
    text = (
        "【 앵커멘트 】\n충청 지역 기업들이 베트남 시장 공략에 나섰습니다.\n"
        "그 현장을 김민수 기자가 취재했습니다.\n【 기자 】\n"
        "베트남 최대 박람회가 하노이에서 열렸습니다.\n"
    )
    assert article_from_text(text).metadata.title is None


def test_a_korean_lead_with_two_reporters_and_the_place_of_the_second():
    lead = "[한빛비나=김철수 기자/ 하노이, 박영희 기자] "
    article = article_from_text(f"충청 도의회, 베트남과 교류 합의\n\n{lead}{KO_BODY}")
    assert article.metadata.author == "김철수, 박영희"
    assert article.metadata.dateline == "하노이"
    assert paragraphs(article)[0] == KO_STORY


def test_a_writer_credited_after_the_copyright_holder():
    text = f"충청 도의회, 베트남과 교류 합의\n© 한빛연구원 | 글: 이수진\n\n{KO_BODY}"
    assert article_from_text(text).metadata.author == "이수진"


STORY = (
    "The Deputy Prime Minister received a delegation from Example Telecom in Hanoi on "
    "Monday, and the two sides discussed data centres."
)
MORE = (
    "The Deputy Prime Minister asked Example Telecom to work with Vietnamese partners "
    "on satellites and on training engineers in Viet Nam."
)


def test_a_copy_cut_inside_a_word_on_a_bylines_shape_names_nobody():
    for cut in ("Deputy Prime M", "Viet Na"):
        text = f"Deputy PM meets Example Telecom\n\n{STORY}\n\n{MORE}\n\n{cut}"
        article = article_from_text(text)
        assert article.metadata.author is None, cut
        assert paragraphs(article) == [STORY, MORE]


def test_a_bare_byline_at_the_end_still_signs_the_story():
    """A name whose words the story spells with other marks ("Thu Hằng") is no cut."""
    story = f"{STORY} Ms Thu Hằng of the ministry attended."
    text = f"Deputy PM meets Example Telecom\n\n{story}\n\n{MORE}\n\nThu Hà"
    assert article_from_text(text).metadata.author == "Thu Hà"


def test_a_deck_with_an_ellipsis_under_the_headline_leaves_the_headline():
    """The headline, then a deck joining two clauses, then the story (the byline at the
    foot): the lead tells what the first line says, not the deck, so the first line
    stays the headline and is not dropped."""
    head = "한-일 관광객 500만명 넘어"
    lead = (
        "올해 한국과 일본을 오간 관광객이 처음으로 500만명을 넘어섰다고 관광공사가 "
        "3일 밝혔다."
    )
    text = (
        f"{head}\n엔화 약세가 이끌어…작년보다 20% 늘어\n{lead}\n\n{KO_MORE}\n\n"
        f"{KO_LAST}\n\n박지훈 기자 jihoon@example.com\n"
    )
    article = article_from_text(text)
    assert article.metadata.title == head
    assert paragraphs(article) == [lead, KO_MORE, KO_LAST]
    assert head not in [d.text for d in article.dropped]


def test_a_bare_byline_that_begins_a_firms_name_in_the_story_still_signs_it():
    """ "Minh Ha" opens "Minh Hai Logistics", which the story names: a person's name
    at the byline's place all the same, not the copy cut off."""
    story = (
        "A Korean retailer opened its first store in Quang Ninh on Saturday with its "
        "partner Minh Hai Logistics."
    )
    more = "Minh Hai Logistics will handle deliveries for the store, the company said."
    text = f"Korean retailer opens in Quang Ninh\n\n{story}\n\n{more}\n\nMinh Ha"
    article = article_from_text(text)
    assert article.metadata.author == "Minh Ha"
    assert paragraphs(article) == [story, more]
