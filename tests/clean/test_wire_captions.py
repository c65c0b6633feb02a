"""Review 29, captions a wire prints without a credit of their own: the Korean wire's
caption that ends on a noun, over its notice "[X 제공. 재판매 및 DB 금지]", and the English
wire's long caption placing people "(L)", "(C)", signed "(Yonhap)" as its story is, at the
page's foot. Every text here is invented."""

from __future__ import annotations

from builders import article_from_text, captions, paragraphs
from dossier.clean.wire_captions import bracket_reason, placed_by_wire

KO_HEAD = "남해군, 베트남 다낭시와 관광 교류 협약 체결"
KO_LEAD = (
    "(남해=한빛뉴스) 김민수 기자 = 남해군은 베트남 다낭시와 관광 교류 협약을 맺었다고 "
    "12일 밝혔다."
)
KO_MORE = "두 도시는 앞으로 관광객 상호 방문과 축제 교류를 늘리기로 했다."
KO_LAST = "군 관계자는 이번 협약으로 베트남 관광객이 크게 늘 것으로 기대한다고 말했다."


def _korean_page(above: str, notice: str) -> str:
    return f"{KO_HEAD}\n\n{above}\n{notice}\n\n{KO_LEAD}\n\n{KO_MORE}\n\n{KO_LAST}\n"


def test_a_noun_ended_caption_over_the_wire_notice_is_a_caption():
    article = article_from_text(
        _korean_page("다낭시 대표단과 기념 촬영", "[남해군 제공. 재판매 및 DB 금지]")
    )
    assert captions(article) == ["다낭시 대표단과 기념 촬영"]
    assert paragraphs(article)[0].startswith("남해군은 베트남 다낭시와")
    assert "다낭시 대표단과 기념 촬영" not in paragraphs(article)


def test_a_line_over_another_bracket_stays_in_the_story():
    # a short line over a bracketed section label is not taken for a caption
    article = article_from_text(
        f"{KO_HEAD}\n\n{KO_LEAD}\n\n협약식은 시청에서 열렸다\n[관련 기사]\n\n"
        f"{KO_MORE}\n\n{KO_LAST}\n"
    )
    assert not captions(article)


def test_only_the_wire_notice_is_a_picture_credit():
    assert bracket_reason("[남해군 제공. 재판매 및 DB 금지]") == "picture credit"
    assert bracket_reason("[Provided by Example Bank. Resale and DB prohibited]") == (
        "picture credit"
    )
    assert bracket_reason("[관련 기사]") == "section label"
    assert bracket_reason("[남해군 제공]") == "section label"


EN_HEAD = "Two news agencies agree to share stories on firms abroad"
EN_LEAD = (
    "SEOUL, March 4 (Example) -- Two news agencies on Monday signed an agreement to "
    "share stories on the social programs of firms working abroad, the agencies said."
)
EN_MORE = (
    "Under the agreement, the agencies will swap texts and pictures every week and hold "
    "a joint forum in Hanoi later this year, officials of the two agencies said."
)
EN_LAST = (
    "The chief of the first agency said the deal would help readers in both countries "
    "understand each other better. (Yonhap)"
)
PLACED = (
    "Park Min-ho (L), chief executive of the first agency, Tran Thi Hoa (C), head of "
    "the second agency, and Lee Ji-won, director of a business institute, pose for a "
    "photo during a ceremony at the agency's headquarters in Seoul on March 4, 2024, to "
    "sign a memorandum on reports of social programs run by firms working abroad, "
    "which the agencies will publish in both countries. (Yonhap)"
)


def test_a_list_item_over_the_notice_stays_in_the_story():
    article = article_from_text(
        _korean_page("- 다낭시 관광 설명회", "[남해군 제공. 재판매 및 DB 금지]")
    )
    assert "다낭시 대표단과 기념 촬영" not in captions(article)
    assert "- 다낭시 관광 설명회" not in captions(article)


def test_a_signed_caption_placing_people_at_the_foot_is_a_caption():
    article = article_from_text(
        f"{EN_HEAD}\n\n{EN_LEAD}\n\n{EN_MORE}\n\n\n\n{PLACED}\n"
    )
    assert captions(article) == [PLACED]
    assert len(paragraphs(article)) == 2


def test_a_signed_last_paragraph_stays_a_paragraph():
    article = article_from_text(f"{EN_HEAD}\n\n{EN_LEAD}\n\n{EN_MORE}\n\n{EN_LAST}\n")
    assert not captions(article)
    assert paragraphs(article)[-1].startswith("The chief of the first agency said")


def test_placed_marks_are_the_wires_short_ones():
    assert placed_by_wire("Kim Su-jin (R) shakes hands with Nguyen Van Nam.")
    assert placed_by_wire("Minister Lee (2nd L) and Mayor Tran (3rd R) at the fair.")
    assert not placed_by_wire("(C) Example News Agency. All rights reserved.")
    assert not placed_by_wire(
        "The team won 3-1 (R16) and moved on to the quarter final."
    )
    assert not placed_by_wire("Plan (B) was left aside, the ministry said.")


def test_the_patterns_read_a_long_line():
    line = "가 " * 25_000
    assert bracket_reason("[" + line + "]") == "section label"
    assert not placed_by_wire("A (" * 16_000)
