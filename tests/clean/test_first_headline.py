"""The page's first line as its headline over a sentence-case deck (``first_headline``):
lines written for the shape, never a page's."""

from __future__ import annotations

from builders import LAST, MORE, STORY, article_from_text

HEAD = "Busan's Window on Hanoi"
DECK = "Port city opens a trade office for small firms in the Vietnamese capital"


def test_the_first_line_over_a_longer_sentence_case_deck_is_the_headline():
    text = f"{HEAD}\n\n{DECK}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).title == HEAD


def test_a_pictures_credit_between_them_changes_nothing():
    text = (
        f"{HEAD}\n\nCourtesy of Busan City\n\n{DECK}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article_from_text(text).title == HEAD


def test_a_line_over_the_headline_and_its_date_stays_furniture():
    # the line under the top one stands over the date: the headline's place
    top = "Stay Updated on Developing Stories"
    text = f"{top}\n\n{DECK}\n\nMarch 3, 2025\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).title == DECK


def test_a_title_case_line_under_the_top_one_stays_the_headline():
    head = "Port City Opens Trade Office for Small Firms in Hanoi"
    text = f"Skip to Main Content Now\n\n{head}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).title == head


KOREAN_HEAD = "부산시, 하노이에 중소기업 무역사무소 연다"
KOREAN_DECKS = (
    "베트남 진출 기업 통역·계약 지원",
    "내년 봄 첫 사업 시작…현지 협력사 연결",
)
KOREAN_STORY = (
    "부산시는 베트남 하노이에 중소기업을 위한 무역사무소를 열기로 했다고 3일 밝혔다. "
    "사무소는 현지 협력사를 찾는 기업에 통역과 계약 검토를 지원한다."
)
KOREAN_MORE = "시 관계자는 내년 봄 첫 사업을 시작할 계획이라고 말했다."


def test_a_korean_headline_over_its_row_and_decks_is_the_headline():
    row = "경제 | 입력"
    decks = "\n\n".join(KOREAN_DECKS)
    text = f"{KOREAN_HEAD}\n\n{row}\n\n{decks}\n\n{KOREAN_STORY}\n\n{KOREAN_MORE}\n"
    assert article_from_text(text).title == KOREAN_HEAD


def test_a_korean_row_over_a_single_headline_leaves_it():
    # nothing headline-like over the row: the line under it is the headline
    text = f"경제 | 입력\n\n{KOREAN_HEAD}\n\n{KOREAN_STORY}\n\n{KOREAN_MORE}\n"
    assert article_from_text(text).title == KOREAN_HEAD


def test_the_headline_over_its_copy_broken_in_two_is_taken_whole():
    head = "부산시, 하노이에 무역사무소 열어 중소기업 진출 지원 강화해야"
    text = (
        f"기관소식\n\n{head}\n\n  • 작성일2024/03/05\n  • 조회수1,234\n\n"
        '"부산시, 하노이에 무역사무소 열어\n\n중소기업 진출 지원 강화해야"\n\n'
        f"{KOREAN_STORY}\n\n{KOREAN_MORE}\n"
    )
    assert article_from_text(text).title == head


def test_a_korean_headline_over_three_decks_is_the_headline():
    decks = (
        "통역·계약 검토 등 진출 기업 지원 ‘첫발’",
        "현지 협력사 연결, 박람회 참가도 ‘주목’",
        "중소기업 수출 잇는 ‘교두보’ 자리매김",
    )
    text = f"{KOREAN_HEAD}\n\n" + "\n\n".join(decks)
    text += f"\n\n{KOREAN_STORY}\n\n{KOREAN_MORE}\n"
    assert article_from_text(text).title == KOREAN_HEAD
