"""A wire's "place=outlet" tag marks a byline or a picture's caption, no headline
(``tagged_lines``): lines written for the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import article_from_text

HEAD = "부산시, 하노이에 무역사무소 연다"
STORY = (
    "(하노이=한빛뉴스) 김민지 특파원 = 부산시는 베트남 하노이에 중소기업을 위한 "
    "무역사무소를 열었다고 3일 밝혔다.\n\n"
    "사무소는 현지 협력사를 찾는 기업에 통역과 계약 검토를 지원한다.\n\n"
    "시 관계자는 내년 봄 첫 사업을 시작할 계획이라고 말했다.\n"
)
ENGLISH = (
    "Korean shop owners in Hanoi say their trade has doubled over the past two "
    "years, as more local customers look for goods from Seoul.\n\n"
    "Most of the shops sell food, cosmetics and clothes, they said.\n\n"
    "Some plan to open a second store next year.\n"
)


def test_a_wires_tagged_caption_under_the_headline_is_no_headline():
    text = (
        "한빛뉴스 본문 바로가기 메뉴 바로가기\n\n한빛뉴스 최신기사\n"
        f"뉴스 검색어 입력 양식\n\n{HEAD}\n\n송고시간2024-03-05 10:20\n\n"
        "무역사무소 개소식\n무역사무소 개소식\n\n"
        "(부산=한빛뉴스) 지난 3일 하노이에서 열린 무역사무소 개소식. "
        f"reporter@example.kr\n\n{STORY}"
    )
    assert article_from_text(text).title == HEAD


def test_a_reporters_tagged_line_is_the_byline_under_the_headline():
    text = (
        f"{HEAD}\n\n[부산=한빛뉴스] 김민지 기자 송고시간 2024-03-05 10:20\n\n"
        f"중소기업 통역·계약 검토 지원\n내년 봄 첫 사업…현지 협력사 연결\n\n{STORY}"
    )
    assert article_from_text(text).title == HEAD


def test_a_correspondents_tagged_line_in_english_is_no_headline():
    head = "The quiet growth of Korean shops"
    text = f"{head}\n\nHanoi= Kim Min-ji/ correspondent in Vietnam\n\n{ENGLISH}"
    assert article_from_text(text).title == head


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("(서울=한빛뉴스) 지난해 열린 투자 설명회.", True),
        ("Hanoi= Kim Min-ji/ correspondent", True),
        ("환율 1달러=1,400원 돌파", False),  # a rate, no tag
        ("부산시, 하노이에 무역사무소 연다", False),
    ],
)
def test_press_tagged(text, tagged):
    from dossier.clean.tagged_lines import press_tagged

    assert press_tagged(text) is tagged


def test_a_tagged_byline_names_its_reporter():
    from dossier.clean.tagged_lines import no_headline, tagged_byline

    assert tagged_byline("[부산=한빛뉴스] 김민지 기자")
    assert not tagged_byline("(서울=한빛뉴스) 지난해 열린 투자 설명회.")
    assert no_headline("하노이 무역사무소 개소식 /부산시 제공")
