"""Shapes that decide what is a story paragraph across outlets: a broadcast reporter's
sign-off with the place the report is filed from, one role of its crew, a list's items on
lines of their own, a Vietnamese interviewer's polite question, and a dateline whose place
is written as a name before the whole date. Every text is invented; each test keeps only
the shape of one rule."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    KO_HEAD,
    KO_MORE,
    KO_STORY,
    LAST,
    MORE,
    STORY,
    VI_HEAD,
    VI_MORE,
    VI_STORY,
    article_from_text,
    paragraphs,
    reasons,
)

ANCHOR = [
    "항구 도시 두 곳이 손을 잡았습니다.",
    "청년 교류와 물류 협력을 함께 넓히기로 했는데요.",
]
REPORT = [
    "이른 아침, 부두에 화물선이 잇따라 들어옵니다.",
    "두 도시의 항만 직원들이 함께 하역 작업을 점검합니다.",
]


@pytest.mark.parametrize(
    "signoff",
    [
        "다낭에서 한빛방송 뉴스 이도윤입니다.",
        "지금까지 베트남 다낭에서 한빛방송 뉴스 이도윤입니다.",
    ],
)
def test_a_sign_off_from_where_the_report_was_filed_is_no_paragraph(signoff):
    text = "\n\n".join([KO_HEAD, *REPORT, KO_MORE, signoff]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [*REPORT, KO_MORE]
    assert reasons(article)[signoff] == "broadcaster's sign-off"
    assert article.metadata.author == "이도윤"


def test_the_anchors_hand_over_from_a_place_names_the_reporter_and_is_no_paragraph():
    handover = "베트남 다낭에서 박하늘 기자입니다."
    text = "\n".join([KO_HEAD, *ANCHOR, handover, *REPORT]) + "\n"
    article = article_from_text(text)
    assert handover not in paragraphs(article)
    assert reasons(article)[handover] == "reporter introduced"
    assert article.metadata.author == "박하늘"


def test_one_role_of_a_broadcasts_crew_with_its_names_and_place_is_no_paragraph():
    crew = "영상취재 : 김하늘 정민수 (다낭)"
    text = "\n\n".join([KO_HEAD, KO_STORY, KO_MORE, crew]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[crew] == "broadcast crew"


def test_items_of_a_list_each_on_a_line_are_paragraphs_though_one_ends_in_a_comma():
    items = [
        "• Tham quan xưởng đóng tàu ở Ulsan, nơi có bến cảng lớn nhất,",
        "• Học cách nấu món canh rong biển truyền thống,",
        "• Trồng cây tại công viên hữu nghị của thành phố Busan.",
    ]
    text = "\n\n".join([VI_HEAD, VI_STORY, "\n".join(items), VI_MORE]) + "\n"
    article = article_from_text(text)
    assert [p.lstrip("• ") for p in paragraphs(article)] == [
        VI_STORY,
        *[item.lstrip("• ") for item in items],
        VI_MORE,
    ]


def test_an_interviewers_polite_question_is_a_paragraph_not_a_heading():
    question = "Xin ông cho biết những kết quả nổi bật của chuyến thăm lần này?"
    answer = (
        "Tôi rất vui vì hai thành phố đã ký được nhiều thỏa thuận quan trọng về "
        "thương mại, du lịch và giáo dục trong chuyến thăm."
    )
    text = "\n\n".join([VI_HEAD, VI_STORY, question, answer, VI_MORE]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, question, answer, VI_MORE]


def test_an_arrow_line_under_a_bulleted_item_carries_the_item_on():
    items = [
        "• 한국인 관광객 수: 2024년 350만 명,",
        "→ 2025년 420만 명으로 증가",
        "• 베트남인 관광객 수: 2024년 50만 명,",
        "→ 2025년 65만 명으로 증가",
    ]
    text = "\n\n".join([KO_HEAD, KO_STORY, "\n".join(items), KO_MORE]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [
        KO_STORY,
        "한국인 관광객 수: 2024년 350만 명, → 2025년 420만 명으로 증가",
        "베트남인 관광객 수: 2024년 50만 명, → 2025년 65만 명으로 증가",
        KO_MORE,
    ]


def test_a_guides_section_asking_how_to_apply_for_something_stays_a_heading():
    # "xin" is also "apply for": "Xin thị thực …?" heads a section, no guest is asked
    sections = [
        "Xin thị thực du học Hàn Quốc cần chuẩn bị gì?",
        "Xin học bổng có dễ không?",
    ]
    answers = [
        "Sinh viên cần hộ chiếu, giấy báo nhập học và chứng minh tài chính của gia đình.",
        "Mỗi năm các trường đại học dành vài trăm suất cho sinh viên quốc tế xuất sắc.",
    ]
    text = "\n\n".join(
        [VI_HEAD, VI_STORY, sections[0], answers[0], sections[1], answers[1]]
    )
    article = article_from_text(text + "\n")
    headings = [p.text for p in article.passages if p.kind == "subheading"]
    assert headings == sections
    assert paragraphs(article) == [VI_STORY, *answers]


@pytest.mark.parametrize(
    "line", ["Vietnam, 2 March 2026 – ", "Busan, March 2, 2026 - "]
)
def test_a_place_written_as_a_name_before_the_whole_date_is_a_dateline(line):
    text = f"{HEAD}\n\n{line}{STORY}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert article.metadata.dateline == line.split(",")[0]


@pytest.mark.parametrize(
    "opening",
    [
        "Busan, 3 May 2026 - 9 May 2026: the fair will show goods from both countries.",
        "Vietnam, 3 May 2026 – a day exporters had long waited for – saw the fair open.",
    ],
)
def test_a_date_range_or_an_apposition_after_the_place_is_no_dateline(opening):
    text = f"{HEAD}\n\n{opening}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article)[0] == opening
    assert article.metadata.dateline is None


def test_a_name_and_a_date_without_a_year_stay_story_text():
    opening = f"Vietnam, March 2 - {STORY}"
    text = f"{HEAD}\n\n{opening}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article)[0] == opening
