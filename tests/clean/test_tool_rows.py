"""A Korean headline over a site's tool rows and its deck (``tool_rows``): lines
written for the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import article_from_text

HEAD = "부산시, 하노이에 중소기업 무역사무소 연다"
DECK = "통역·계약 검토 지원…내년 봄 첫 사업"
STORY = (
    "부산시는 베트남 하노이에 중소기업을 위한 무역사무소를 열기로 했다고 3일 밝혔다.\n\n"
    "사무소는 현지 협력사를 찾는 기업에 통역과 계약 검토를 지원한다.\n\n"
    "시 관계자는 내년 봄 첫 사업을 시작할 계획이라고 말했다.\n"
)


@pytest.mark.parametrize(
    "tools", ["댓글 첫 댓글을 작성해보세요\n주소복사가 완료되었습니다", "댓글 0"]
)
def test_the_headline_over_the_tool_rows_is_taken_not_the_deck_under_them(tools):
    text = f"12.03 (화)\n\n{HEAD}\n\n{tools}\n\n{DECK}\n\n{STORY}"
    assert article_from_text(text).title == HEAD


def test_a_headline_under_the_tool_rows_stays():
    # nothing headline-like above the tools: the line under them is the headline
    text = f"12.03 (화)\n\n댓글 0\n\n{HEAD}\n\n{STORY}"
    assert article_from_text(text).title == HEAD
