"""Second thoughts on the headline the header rules chose (``headline_revisions``):
lines written for the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import LAST, MORE, STORY, article_from_text

KOREAN_STORY = (
    "한빛전자가 베트남 북부 박닌성에 새 부품 공장을 짓고 내년 봄부터 생산에 들어간다. "
    "회사는 지난 5일 박닌성 인민위원회와 투자 협약을 맺었다고 밝혔다."
)
KOREAN_MORE = (
    "새 공장은 연간 300만 개의 부품을 만들어 현지 완성품 업체에 공급할 계획이며, "
    "현지 인력 800명을 새로 채용할 예정이다."
)
KOREAN_LAST = "회사 관계자는 “베트남 공장이 동남아 공급망의 중심이 될 것”이라고 말했다."
KOREAN_BODY = f"{KOREAN_STORY}\n\n{KOREAN_MORE}\n\n{KOREAN_LAST}\n"


def test_a_headline_over_the_date_row_is_taken_not_the_deck_under_it():
    text = (
        "한빛전자, 베트남 박닌성에 부품 공장 건설\n\n"
        "  • 입력 2019년 3월 6일 09시 30분\n\n"
        "코멘트\n\n"
        "800명 채용… 내년 봄 가동\n\n"
        f"{KOREAN_BODY}"
    )
    assert article_from_text(text).title == "한빛전자, 베트남 박닌성에 부품 공장 건설"


def test_a_headline_over_its_input_row_and_two_deck_lines_is_taken():
    text = (
        "한빛전자 대표 “박닌성 공장, 공급망 중심 될 것”\n\n"
        "입력\n"
        "2019.03.06 09:30\n\n"
        "12면\n\n"
        "내년 봄 가동 목표로 공사 시작\n"
        "현지 인력 800명 채용 계획\n\n"
        f"{KOREAN_BODY}"
    )
    assert (
        article_from_text(text).title
        == "한빛전자 대표 “박닌성 공장, 공급망 중심 될 것”"
    )


def test_a_title_case_headline_under_a_release_and_its_date_stays():
    headline = "Busan Trade Office Brings 30 Food Makers to a Hanoi Fair"
    text = (
        "Busan City Office Press Release\n"
        "For immediate release: 2024.05.02\n\n"
        f"{headline}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article_from_text(text).title == headline


@pytest.mark.parametrize(
    "first",
    [
        "(Example Bank)",  # a credit in brackets
        "detail post",  # a template's label
        "At the ceremony",  # a picture's scene
        "Máy bay mới của hãng Hanbit Air. Ảnh tư liệu: Hanbit/TTXVN",  # a caption
    ],
)
def test_a_page_opening_on_furniture_has_no_headline(first):
    article = article_from_text(f"{first}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n")
    assert article.metadata.title is None
    assert first not in [p.text for p in article.passages if p.kind == "paragraph"]


def test_a_korean_deck_led_by_a_dash_is_no_headline():
    article = article_from_text(f"–연말까지 2억달러 수출\n{KOREAN_BODY}")
    assert article.metadata.title is None


def test_the_headline_under_a_section_of_two_parts_is_taken():
    headline = "Lễ hội ẩm thực Hàn Quốc lần thứ ba khai mạc tại Đà Nẵng"
    text = (
        "Tin tức & Sự kiện\n\n"
        f"{headline}\n\n"
        "Minh Anh 12/05/2024 10:15\n\n"
        f"{STORY}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article_from_text(text).title == headline
