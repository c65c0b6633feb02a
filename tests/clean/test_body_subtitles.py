"""A Korean news CMS closes the article's header with "이 기사를 공유합니다" and prints the
subtitle as the top of the body (``body_decks.py``): paragraph 1, where a deck standing
in the header is no story text. Text invented for the shape, never a page's."""

from __future__ import annotations

from builders import article_from_text, captions, paragraphs

HEAD = "두 도시 청소년 교류 10년째 이어간다"
HEADER = f"{HEAD}\n{HEAD}\n  • 홍길동 기자\n  • 승인 2024.03.05 10:20\n  • 댓글 0\n"
SHARED = "이 기사를 공유합니다\n"
DECK = "가람시·푸른성 청소년 30명 5일부터 상호 방문"
DECK_TWO = "문화 체험·홈스테이 등 일정 다채"
LEAD = "가람시는 베트남 푸른성 청소년 교류단 30명이 5일부터 일주일간 시를 방문한다고 밝혔다."
MORE = (
    "교류단은 시청과 지역 학교를 찾아 또래 학생들과 수업을 함께 듣고, 전통시장과 "
    "박물관을 둘러볼 예정이다."
)
LAST = "시 관계자는 “두 도시 청소년들이 서로의 문화를 이해하는 계기가 되길 바란다”고 말했다."
STORY = f"{LEAD}\n\n{MORE}\n\n{LAST}\n"


def test_the_subtitle_under_the_share_prompt_opens_the_story():
    text = f"{HEADER}{SHARED}\n{DECK}\n\n{DECK_TWO}\n\n{STORY}"
    article = article_from_text(text)
    assert paragraphs(article) == [DECK, DECK_TWO, LEAD, MORE, LAST]


def test_a_short_lead_under_the_subtitle_stays_the_lead():
    # a one-sentence lead among long paragraphs is no picture's caption
    long = (
        f"{MORE} 첫날에는 환영식과 함께 시장 접견이 열리고, 둘째 날부터는 학교별 수업이 "
        "이어진다. 교류단은 주말에 지역 축제에 참가해 두 나라의 전통 음식을 나누고 공연을 "
        "선보일 계획이다. 시는 참가 학생들의 숙박과 통역, 안전 관리를 모두 지원한다. "
        "마지막 날에는 두 도시 학생들이 함께 만든 작품을 시청 로비에 전시하고 작별 "
        "행사를 연다."
    )
    other = (
        "가람시와 푸른성은 2014년 자매결연을 맺은 뒤 해마다 청소년을 서로 보내 왔으며, "
        "지금까지 300여 명이 두 도시를 오갔다. 두 도시는 올해 교류 10년을 맞아 대학생과 "
        "공무원으로 교류 대상을 넓히는 방안도 논의하고 있다. 양측은 가을에 열리는 "
        "정례 회의에서 새 협약의 세부 내용을 확정할 예정이다. 시는 교류 성과를 모은 "
        "자료집도 펴내 두 도시의 학교와 도서관에 나눠 줄 계획이다."
    )
    assert all(len(p.split()) >= 45 for p in (long, other))  # a page of long paragraphs
    lead = "가람시와 베트남 푸른성의 청소년 교류가 올해로 열 돌을 맞아 더욱 넓어진다."
    text = f"{HEADER}{SHARED}\n{DECK}\n\n{lead}\n\n{long}\n\n{other}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [DECK, lead, long, other]


def test_a_line_run_on_under_the_subtitle_is_its_pictures():
    pictured = "푸른성 청소년 교류단"
    text = f"{HEADER}{SHARED}\n{DECK}\n{pictured}\n\n{STORY}"
    article = article_from_text(text)
    assert paragraphs(article) == [DECK, LEAD, MORE, LAST]
    assert pictured not in paragraphs(article) + captions(article)


def test_the_headline_spelt_again_under_the_prompt_is_no_subtitle():
    halves = "두 도시 청소년 교류\n\n10년째 이어간다"
    text = f"{HEADER}{SHARED}\n{halves}\n\n{STORY}"
    assert paragraphs(article_from_text(text)) == [LEAD, MORE, LAST]


def test_a_deck_in_the_header_above_the_reporter_stays_out():
    text = f"{HEAD}\n{DECK}\n  • 홍길동 기자\n  • 승인 2024.03.05 10:20\n\n{STORY}"
    assert paragraphs(article_from_text(text)) == [LEAD, MORE, LAST]


def test_an_english_page_of_the_same_software_keeps_its_subtitle_too():
    head = "Two cities mark ten years of youth exchanges"
    deck = "-Thirty students to visit each city this spring"
    lead = (
        "Thirty students from the two sister cities will spend a week in each other's "
        "schools from Monday, the city said, the tenth such exchange since 2015."
    )
    more = (
        "The students will stay with host families, attend classes and visit markets "
        "and museums, officials said on Friday."
    )
    text = (
        f"{head}\n{head}\n  • Staff reporter Jane Roe\n  • 승인 2024.03.05 10:20\n"
        f"  • 댓글 0\n{SHARED}\n{deck}\n\n{lead}\n\n{more}\n"
    )
    assert paragraphs(article_from_text(text)) == [deck, lead, more]


def test_a_pictures_credit_or_caption_under_the_prompt_is_no_subtitle():
    for line in [
        "가람시 제공",
        "<가람시 제공>",
        "‹푸른성 제공>",
        "가람시 청소년수련관 전경",
        "사진은 지난해 교류단 환영식 모습",
        "환영식 후 두 도시 학생들이 기념촬영을 하고 있다",
    ]:
        text = f"{HEADER}{SHARED}\n{line}\n\n{STORY}"
        assert paragraphs(article_from_text(text)) == [LEAD, MORE, LAST], line
    # the subtitle under the credit still opens the story
    text = f"{HEADER}{SHARED}\n가람시 제공\n\n{DECK}\n\n{STORY}"
    assert paragraphs(article_from_text(text)) == [DECK, LEAD, MORE, LAST]
