"""A Korean picture's caption over the story, its credit closing it, is no headline
(``korean_headlines.credited_caption``): lines written for the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import article_from_text

STORY = (
    "부산시는 베트남 하노이에 중소기업을 위한 무역사무소를 열었다고 3일 밝혔다.\n"
    "사무소는 현지 협력사를 찾는 기업에 통역과 계약 검토를 지원한다.\n"
    "시 관계자는 내년 봄 첫 사업을 시작할 계획이라고 말했다.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "하노이 부산 무역사무소 개소식 /부산시 제공",
        "하노이 부산 무역사무소 전경[부산시 누리집 캡처. 재판매 및 DB 금지]",
    ],
)
def test_a_credited_caption_over_the_story_is_no_headline(caption):
    assert article_from_text(f"{caption}\n{STORY}").metadata.title is None


def test_a_headline_naming_what_a_body_gives_stays():
    head = "부산시, 하노이 중소기업에 통역 제공"  # "제공" in the headline, no credit
    assert article_from_text(f"{head}\n{STORY}").metadata.title == head
