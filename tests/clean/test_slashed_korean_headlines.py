"""A Korean headline whose second clause, after a slash, ends in 제공 (provided) is no
picture's credit (``korean_headlines.credited_caption``): lines written for the shape,
never a page's."""

from __future__ import annotations

import pytest
from builders import article_from_text
from dossier.clean.korean_headlines import credited_caption

STORY = (
    "부산시는 베트남 하노이에 중소기업을 위한 무역사무소를 열었다고 3일 밝혔다.\n"
    "사무소는 현지 협력사를 찾는 기업에 통역과 계약 검토를 지원한다.\n"
    "시 관계자는 내년 봄 첫 사업을 시작할 계획이라고 말했다.\n"
)


def test_a_headline_with_a_thing_provided_after_its_slash_is_the_headline():
    head = "부산시, 하노이에 무역사무소 개소/중소기업 통역 제공"
    assert article_from_text(f"{head}\n{STORY}").metadata.title == head


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("하노이 무역사무소 개소/중소기업 통역 제공", False),  # what is provided
        ("하노이 부산 무역사무소 개소식 /부산시 제공", True),  # who gave the picture
        ("무역사무소 개소식에서 기념촬영을 하고 있다./부산시 제공", True),
    ],
)
def test_a_credit_names_one_giver(text, credited):
    assert credited_caption(text) is credited
