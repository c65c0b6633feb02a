"""Where a story's paragraphs begin and end among the lines around them: a deck set off
by dashes under a headline, a Korean caption over the lead, a label over a section, a
wire's or a correspondent's signed end. Every text here is invented; each test keeps only
the shape of one rule."""

from __future__ import annotations

import pytest
from builders import article_from_text, captions, paragraphs, reasons
from dossier.model import SUBHEADING

KO_HEAD = "시청, 베트남 자매도시와 청년 교류 10주년 기념행사"
KO_DECK = "- 시립합창단 축하 공연 및 ‘청년 교류의 해’ 홍보 설명회 열어 -"
KO_LINES = [
    "시장과 시의회 의장은 합창단, 청년회 등 30여명으로 구성된 방문단을 이끌고 9일 자매도시를 "
    "방문해 교류 10주년을 기념하는 행사를 가졌다.",
    "방문단은 이날 오전 시청을 찾아 청년 교류 확대 방안에 대해 이야기를 나눴다. 양 도시는 "
    "내년부터 대학생 교환 프로그램을 새로 운영하기로 했다.",
]


def test_a_dashed_deck_on_the_line_over_the_lead_is_not_part_of_it():
    # "- … -" closes with a dash, which would run a line on into the next; a deck set
    # between dashes is whole, and the lead under it opens paragraph 1
    article = article_from_text("\n".join([KO_HEAD, KO_DECK, *KO_LINES]) + "\n")
    assert paragraphs(article) == KO_LINES


KO_SCENE = "구청장과 자매도시 대표단이 10일 구청 대회의실에서 열린 교류 협약식에서 악수하고 있다."


def test_a_korean_caption_telling_an_act_in_progress_is_no_paragraph():
    # one sentence ending on what the picture shows as it happens ("… 악수하고 있다."),
    # with no credit to mark it: a caption the page printed over the lead, not paragraph 1
    article = article_from_text("\n".join([KO_HEAD, KO_SCENE, *KO_LINES]) + "\n")
    assert paragraphs(article) == KO_LINES
    assert captions(article) == [KO_SCENE]


def test_a_korean_story_sentence_of_an_act_in_progress_stays():
    # the same ending inside a paragraph of two sentences is the story's
    told = KO_LINES[1] + " 두 도시 시장은 협약서에 서명하고 있다."
    article = article_from_text("\n".join([KO_HEAD, KO_LINES[0], told]) + "\n")
    assert paragraphs(article) == [KO_LINES[0], told]


EN_HEAD = "Two port cities widen their exchange"
EN_LEAD = (
    "The two port cities opened a joint exchange office on Monday, officials said."
)
EN_NEXT = "The sides agreed to share port data and to train staff from next year."


def test_a_title_case_label_closed_by_a_colon_heads_a_section():
    # "Joint Research Programme:" names what follows as a heading does; it is kept as
    # a subheading, not counted a paragraph
    label = "Joint Research Programme:"
    article = article_from_text(f"{EN_HEAD}\n\n{EN_LEAD}\n\n{label}\n\n{EN_NEXT}\n")
    assert paragraphs(article) == [EN_LEAD, EN_NEXT]
    assert [p.text for p in article.passages if p.kind == SUBHEADING] == [label]


def test_a_sentence_leading_into_a_list_in_lower_case_stays_a_paragraph():
    # "General information about the programme:" says something of what follows
    line = "General information about the programme:"
    article = article_from_text(f"{EN_HEAD}\n\n{EN_LEAD}\n\n{line}\n\n{EN_NEXT}\n")
    assert paragraphs(article) == [EN_LEAD, line, EN_NEXT]


def test_a_reporters_address_with_the_wires_end_mark_closes_the_story():
    # "kim@wire.co.kr (끝)" on its own line: the wire's last line; the share row under
    # it is the page's foot, not story text
    lines = [
        "재단은 오는 5일부터 12일까지 서울에서 베트남 문화 주간 행사를 연다고 1일 밝혔다.",
        "이번 행사에서는 전통 의상 패션쇼와 음식 체험, 영화 상영이 이어진다.",
        '재단 관계자는 "두 나라 시민이 서로의 문화를 가까이 만나는 자리"라고 말했다.',
    ]
    foot = ["kim@wire.co.kr (끝)", "공감 버튼 트위터로 공유하기 페이스북에 공유하기"]
    text = "\n\n".join([KO_HEAD, *lines, *foot]) + "\n"
    assert paragraphs(article_from_text(text)) == lines


def test_a_correspondents_name_and_where_they_filed_from_signs_the_story():
    # "Minh Anh (Từ Seoul)" under the last paragraph: who wrote it and from where, the
    # story's author and no paragraph of it
    lines = [
        "Ngày 10/5, Hội người Việt tại Seoul tổ chức ngày hội văn hóa với hơn 2.000 người "
        "tham dự.",
        "Chương trình có các gian hàng ẩm thực, biểu diễn áo dài và giao lưu văn nghệ giữa "
        "thanh niên hai nước.",
    ]
    head = "Ngày hội văn hóa Việt Nam tại Seoul"
    text = "\n\n".join([head, *lines, "Minh Anh (Từ Seoul)"]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == lines
    assert article.author == "Minh Anh"


def test_a_line_left_open_on_a_verb_or_a_joining_word_runs_on():
    # "… announced that since" / "2019, around …": a line broken where no sentence or
    # heading ends, the next opening on a figure; one paragraph, not a heading over one
    first = "The city tourism office announced that since"
    rest = (
        "2019, about 1.2 million visitors from the two countries have crossed each way."
    )
    last = "Officials expect the number to grow again once new direct flights begin in May."
    text = "\n".join([EN_HEAD, "", EN_LEAD, first, rest, last]) + "\n"
    assert paragraphs(article_from_text(text)) == [EN_LEAD, f"{first} {rest}", last]


def test_a_line_closing_on_a_quoted_word_runs_on_into_lower_case():
    # "… what some call “momentum”" / "rather than a plan …": the quote holds a word and
    # no stop, so the sentence goes on in lower case on the next line
    first = "Officials said the ties had gained what some of them call “momentum”"
    rest = "rather than a plan, and both sides want the next steps written down."
    text = "\n".join([EN_HEAD, "", EN_LEAD, first, rest]) + "\n"
    assert paragraphs(article_from_text(text)) == [EN_LEAD, f"{first} {rest}"]


def test_a_label_run_into_the_first_word_of_the_lead_is_taken_off():
    # "Port-cranesThe two …": a picture's name pasted against the lead's "The", a
    # lower-case letter against a capital with no space, as no sentence joins two words
    lead = (
        "The two port cities opened a joint exchange office on Monday, officials said."
    )
    text = "\n\n".join([EN_HEAD, f"Port-cranes{lead}", EN_NEXT]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [lead, EN_NEXT]
    assert reasons(article)["Port-cranes"] == "glued label"


@pytest.mark.parametrize(
    "line",
    [
        "매년 음력 12월이면 마을 주민과 한국인 방문객들이 함께 위령비 앞에서 헌화하고 있다.",
        "현지 진출을 검토하는 한국 중소기업 대표단 20여곳도 이번 주 산업단지를 둘러보고 있다.",
    ],
)
def test_a_story_sentence_of_a_custom_or_a_visit_in_progress_stays(line):
    # an act a story may tell as it goes on, with no one placed in a picture and no
    # credit: a paragraph
    article = article_from_text(
        "\n".join([KO_HEAD, KO_LINES[0], line, KO_LINES[1]]) + "\n"
    )
    assert paragraphs(article) == [KO_LINES[0], line, KO_LINES[1]]


def test_a_dashed_aside_inside_a_wrapped_sentence_is_no_deck():
    text = (
        "Korea and Vietnam open trade talks\n\n"
        "HANOI -- Senior officials from South Korea and Vietnam opened talks\n"
        "on Tuesday on upgrading their free trade agreement, and the two sides\n"
        "- along with observers from three regional business associations -\n"
        "agreed to hold the next round in Busan in September, officials said.\n\n"
        "The next round will cover services.\n"
    )
    assert len(paragraphs(article_from_text(text))) == 2


def test_a_headline_ending_on_an_open_word_stays_over_the_dateline():
    text = (
        "Vietnam, Korea reaffirm strong political will\n"
        "HANOI — Vietnamese and South Korean leaders on Tuesday pledged closer ties, "
        "officials said.\n"
        "The two sides also signed agreements on energy and logistics.\n"
    )
    article = article_from_text(text)
    assert article.title == "Vietnam, Korea reaffirm strong political will"
    assert article.metadata.dateline == "HANOI"


def test_a_quoted_word_over_a_paragraph_opening_on_a_brand_ends_it():
    text = (
        "Samsung unveils phones in Hanoi\n"
        'Samsung Electronics launched two phones on Monday, calling Vietnam its "second home"\n'
        "iPhone sales in the country rose 12 percent last year, a researcher said.\n"
        "Samsung remains the market leader.\n"
    )
    assert len(paragraphs(article_from_text(text))) == 3


def test_a_roundup_signed_by_two_correspondents_keeps_both_parts():
    # each correspondent signs their part; only the last signature ends the story
    text = (
        "Người Việt tại Hàn Quốc đón Tết\n\n"
        "Ngày 10/2, hội người Việt tại Seoul tổ chức chương trình đón Tết cho cộng đồng.\n\n"
        "Chương trình có gian hàng ẩm thực và biểu diễn văn nghệ của sinh viên.\n\n"
        "Lan Anh (Từ Seoul)\n\n"
        "Cùng ngày, tại Busan, hàng trăm lao động Việt Nam cũng tham gia đón Tết.\n\n"
        "Ban tổ chức cho biết sẽ tổ chức lại chương trình vào năm sau.\n\n"
        "Quốc Bảo (Từ Busan)\n"
    )
    kept = paragraphs(article_from_text(text))
    assert kept[-2:] == [
        "Cùng ngày, tại Busan, hàng trăm lao động Việt Nam cũng tham gia đón Tết.",
        "Ban tổ chức cho biết sẽ tổ chức lại chương trình vào năm sau.",
    ]


@pytest.mark.parametrize("label", ["Reporter:", "Ambassador Kim:", "Q:"])
def test_a_speakers_label_in_an_interview_heads_no_section(label):
    text = (
        "Envoy sees bright future for trade\n\n"
        "The ambassador spoke with us about trade ties ahead of the summit next week.\n\n"
        f"{label}\n\n"
        "How do you rate the economic ties between the two countries today?\n\n"
        "The ties have never been stronger, and trade keeps growing every year.\n"
    )
    article = article_from_text(text)
    assert SUBHEADING not in [p.kind for p in article.passages]


@pytest.mark.parametrize("place", ["Hà Nội", "Da Nang"])
def test_a_dateline_run_into_the_lead_is_read_as_the_dateline(place):
    text = (
        "Korean envoy visits Hue\n\n"
        f"{place}The Korean ambassador visited Hue on Friday to discuss heritage "
        "cooperation, the embassy said.\n\n"
        "The visit lasted two days.\n"
    )
    article = article_from_text(text)
    assert article.metadata.dateline == place
    assert paragraphs(article)[0].startswith("The Korean ambassador visited Hue")


def test_a_byline_run_into_the_lead_names_the_author():
    text = (
        "Korean envoy visits Hue\n\n"
        "By Lee Ha-eunThe Korean ambassador visited Hue on Friday to discuss heritage "
        "cooperation, the embassy said.\n\n"
        "The visit lasted two days.\n"
    )
    article = article_from_text(text)
    assert article.byline == "Lee Ha-eun"
    assert paragraphs(article)[0].startswith("The Korean ambassador visited Hue")


@pytest.mark.parametrize(
    ("opening", "place", "date"),
    [
        ("SEOUL, May 2nd — ", "SEOUL", None),
        ("HANOI, March 3rd, 2024 — ", "HANOI", "2024-03-03"),
        ("SEOUL, May 21st", "SEOUL", None),
    ],
)
def test_a_dateline_with_the_days_ordinal(opening, place, date):
    text = (
        "Korean envoy visits Hue\n\n"
        f"{opening}The Korean ambassador visited Hue on Friday to discuss heritage "
        "cooperation, the embassy said.\n\n"
        "The visit lasted two days.\n"
    )
    article = article_from_text(text)
    assert article.metadata.dateline == place
    assert article.metadata.published == date
    assert paragraphs(article)[0].startswith("The Korean ambassador visited Hue")
