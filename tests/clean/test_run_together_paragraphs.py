"""Parts of a page a copy ran together on one line: paragraphs with no space after the
stop that ended each ("… officials said.The office …", the outlet's sign-off
"….Yonhap"), a caption's credit and the lead ("… ceremony. — VNA/VNS Photo The …",
"… 있다. 연합뉴스베트남을 …"); and a Vietnamese caption over a headless page's lead
("Chủ tịch X đón Chủ tịch Y."). Every text is invented; each test keeps only the shape
of one rule."""

from __future__ import annotations

from builders import (
    HEAD,
    KO_HEAD,
    KO_LAST,
    KO_MORE,
    KO_STORY,
    LAST,
    MORE,
    STORY,
    VI_LAST,
    VI_MORE,
    VI_STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
)
from dossier.clean.glued_paragraphs import glued_breaks

FIRST = (
    "A trade mission flew to Da Nang on Monday to meet port operators, the city said."
)
SECOND = (
    "The mission will visit two container terminals and a shipyard during its stay."
)
THIRD = "On Friday, the delegates will sign a memorandum on training harbour pilots."


def test_paragraphs_run_together_without_a_space_are_parted():
    text = f"{HEAD}\n\n{FIRST}{SECOND}{THIRD}Yonhap\n"
    article = article_from_text(text)
    assert paragraphs(article) == [FIRST, SECOND, THIRD]
    assert reasons(article)["Yonhap"] == "outlet name"


def test_a_missing_space_among_spaced_sentences_is_a_slip_not_a_break():
    slip = (
        "The office opened on Monday. Its staff of six will advise small firms.It "
        "will also run a hotline. Officials expect a busy first month. The mayor "
        "attended."
    )
    text = f"{HEAD}\n\n{FIRST}{SECOND}{THIRD}\n\n{slip}\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [FIRST, SECOND, THIRD, slip, MORE]


def test_stops_after_abbreviations_initials_names_and_addresses_are_no_breaks():
    told = (
        "Readers of VnExpress.Net and of news.example.Com saw the U.S.Army band play "
        "in Hanoi.Mr.Kim led it, with Prof.Lee Ji-won and Gen.Phan Van An, before "
        "Vietnam vs.Thailand in tp.Hải Phòng, where Samsung.Vina and Hyosung.Vina "
        "were sponsors."
    )
    text = f"{HEAD}\n\n{FIRST}{SECOND}{THIRD}\n\n{told}\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [FIRST, SECOND, THIRD, told, MORE]


def test_a_caption_credit_run_on_into_the_lead_parts_from_it():
    caption = "Delegates of both provinces at the signing ceremony. — VNA/VNS Photo"
    text = f"{caption} {STORY}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_a_photographer_named_after_the_credit_stays_with_it_over_the_lead():
    caption = "Delegates at the ceremony. — VNS Photo Minh Quang"
    lead = (
        "The port authority of the city signed a training deal with two Korean firms."
    )
    text = f"{HEAD}\n\n{STORY}\n\n{caption} {lead}\n\n{MORE}\n"
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert paragraphs(article) == [STORY, lead, MORE]


def test_a_korean_caption_wire_credit_run_on_into_the_lead_parts_from_it():
    caption = "두 시장이 4일 시청에서 협약서에 서명한 뒤 악수하고 있다. 연합뉴스"
    lead = "두 도시는 4일 시청에서 항만 협력 협약을 맺고 공동 사무소를 열기로 했다."
    text = f"{KO_HEAD}\n\n{caption}{lead}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [lead, KO_MORE, KO_LAST]


def test_a_vietnamese_caption_of_one_welcoming_another_over_a_headless_lead():
    caption = "Chủ tịch UBND tỉnh Lâm Hà Nguyễn Văn An đón Thị trưởng thành phố Jinju."
    text = f"{caption}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert captions(article) == [caption]
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


def test_a_long_run_of_glued_sentences_is_parted_at_every_glued_stop():
    line = (
        "The port said it grew.Its trade rose by a third." * 1200
    )  # 57,600 characters: its time is the benchmark's ("glued sentences")
    assert len(glued_breaks(line)) == 2399  # the last stop ends the line


def test_a_label_under_the_last_paragraph_over_the_byline_is_a_caption():
    label = "부산항 신항 제2 컨테이너 부두와 물류센터"
    byline = "[김민수 기자 minsu@example.com]"
    text = f"{KO_HEAD}\n{KO_STORY}\n{KO_MORE}\n{KO_LAST}\n{label}\n{byline}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]
    assert label in captions(article)


def test_an_english_label_under_the_last_paragraph_is_a_caption():
    label = "The new pilot training centre in Da Nang"
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n\n{label}\n\nBy Anna Lee\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert label in captions(article)


def test_a_last_paragraph_that_ends_its_sentence_stays_a_paragraph():
    label = "The new pilot training centre in Da Nang"
    labelled = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n\n{label}\n\nBy Anna Lee\n"
    ended = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n\nBy Anna Lee\n"
    assert captions(article_from_text(labelled)) == [label]
    assert paragraphs(article_from_text(ended)) == [STORY, MORE, LAST]
