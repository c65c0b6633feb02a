"""Story lines an interview prints as its questions, and captions told by the view of an
event, by one with a title giving over the lead, by the side of the picture one stands
on, or by the source after a caption. Every text is invented; each test keeps only the
shape of one rule."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    KO_HEAD,
    KO_LAST,
    KO_MORE,
    KO_STORY,
    LAST,
    MORE,
    STORY,
    VI_HEAD,
    VI_LAST,
    VI_MORE,
    VI_STORY,
    article_from_text,
    captions,
    paragraphs,
)

ANSWER = (
    "I had followed Korean films for years and wanted to see how the dishes in them are "
    "really made, so I applied as soon as the call was published last spring."
)
ANSWER_2 = (
    "The cooking class in the old market was the best part, because we made kimchi with "
    "the grandmothers who sell it there every morning of the year."
)


def test_marked_lines_that_ask_their_guest_are_an_interviews_paragraphs():
    asked = "▲Tell us why you joined the exchange program."
    asking = "▲What was the most memorable part of the exchange and why?"
    text = f"{HEAD}\n\n{STORY}\n\n{asked}\n{ANSWER}\n\n{asking}\n{ANSWER_2}\n"
    assert paragraphs(article_from_text(text)) == [
        STORY,
        asked,
        ANSWER,
        asking,
        ANSWER_2,
    ]


def test_a_marked_korean_caption_is_still_a_caption():
    caption = "▲ 하노이 시장과 부산 시장이 협약식에서 악수하고 있다."
    text = f"{KO_HEAD}\n\n{caption}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    article = article_from_text(text)
    assert caption in captions(article)
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]


def test_an_interviews_labelled_question_is_no_caption():
    question = "Q : Please introduce yourself."
    answer = f"Lan: {ANSWER}"
    more = "Q : Why did you choose the two cities for the office?"
    text = f"{HEAD}\n\n{STORY}\n\n{question}\n\n{answer}\n\n{more}\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [STORY, question, answer, more, MORE]


def test_a_question_among_questions_put_to_a_guest_is_no_heading():
    put = (
        "What does the students' club do? Is there something you want readers to know?"
    )
    asked = "How many members are in the students' club?"
    text = (
        f"{HEAD}\n\n{STORY}\n\n{put}\n\n{ANSWER}\n\n{asked}\n\n{ANSWER_2}\n\n{LAST}\n"
    )
    assert paragraphs(article_from_text(text)) == [
        STORY,
        put,
        ANSWER,
        asked,
        ANSWER_2,
        LAST,
    ]


def test_a_question_heading_on_a_page_that_asks_nobody_stays_a_heading():
    asked = "How did the two cities find each other?"
    text = f"{HEAD}\n\n{STORY}\n\n{asked}\n\n{MORE}\n\n{LAST}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE, LAST]


@pytest.mark.parametrize(
    "question",
    [
        "두 도시가 협력 사무소를 연 소감을 말씀해 주십시오",
        "10년 전과 비교해 어떤 변화가 있었습니까",
    ],
)
def test_a_korean_interviewers_formal_question_is_a_paragraph(question):
    answer = "두 도시의 기업들이 서로를 더 잘 알게 된 것이 가장 큰 변화라고 생각합니다."
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{question}\n\n{answer}\n\n{KO_LAST}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, question, answer, KO_LAST]


def test_the_view_of_the_event_over_a_headless_pages_lead_is_a_caption():
    view = (
        "Quang cảnh Hội nghị Đại biểu lần thứ III của Hội doanh nghiệp hai thành phố."
    )
    text = f"{view}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert view in captions(article)
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


def test_one_with_a_title_giving_over_the_lead_is_a_caption():
    giving = "Chủ tịch UBND thành phố Nguyễn Văn An tặng Bằng khen cho Thị trưởng thành phố bạn."
    lead = (  # on a headed page the lead tells the scene again
        "Sáng 3/3, Chủ tịch UBND thành phố Nguyễn Văn An đã tiếp Thị trưởng thành phố "
        "bạn, hai bên đã ký kết biên bản ghi nhớ về việc mở văn phòng hợp tác chung."
    )
    text = f"{VI_HEAD}\n\n{giving}\n\n{lead}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert giving in captions(article)
    assert paragraphs(article) == [lead, VI_MORE, VI_LAST]


@pytest.mark.parametrize("side", ["(bên phải)", "(ảnh trái)", "(bên phải, hàng trên)"])
def test_the_side_of_the_picture_in_vietnamese_makes_a_caption(side):
    placed = (  # longer than a credited caption (40 words): placed, up to 50
        f"Ông Trần Văn Bình, Giám đốc Sở Công Thương thành phố {side} chúc mừng ông Kim "
        "Min-su được bổ nhiệm làm Tổng Lãnh sự tại thành phố và mong ông tiếp tục làm "
        "cầu nối để doanh nghiệp hai bên mở rộng đầu tư."
    )
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{placed}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert placed in captions(article)
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


@pytest.mark.parametrize(
    "caption",
    [
        "< 웹툰 앱을 통해 만화를 읽는 하노이의 독자들 - 출처: 통신원 직접 촬영 >",
        "두 도시의 기업인들이 사무소 개소식에 참석했다. 사진출처 /wikimedia",
    ],
)
def test_a_korean_caption_with_its_pictures_source_is_a_caption(caption):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{caption}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    article = article_from_text(text)
    assert caption in captions(article)
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]
