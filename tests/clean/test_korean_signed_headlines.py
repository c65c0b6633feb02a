"""A Korean headline with its reporter's signature run on after it ("… 문 열었다 by김하늘
기자"): the signature is no part of the headline. Every text is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text

HEAD = "다낭에 한국 도서관 문 열었다"
STORY = "한국과 베트남 두 도시는 다낭 시내에 한국어 도서관을 열고 현지 학생들에게 책을 빌려주기로 했다."
MORE = "도서관은 내년까지 한국어 책 3천여 권을 들여와 주말마다 읽기 모임을 열 계획이다."


@pytest.mark.parametrize(
    "signature", ["by김하늘 기자", "By 김하늘 기자", "by김하늘기자"]
)
def test_a_signature_under_a_korean_headline_is_no_part_of_it(signature):
    article = article_from_text(
        f"{HEAD}\n{signature}\n2019.05.07 10:20:30\n{STORY}\n{MORE}\n"
    )
    assert article.title == HEAD
    assert article.byline == "김하늘"


def test_a_headline_ending_in_a_word_after_by_keeps_it():
    head = "하노이 기업 협력 늘어 stand by 베트남"
    article = article_from_text(f"{head}\n2019.05.07 10:20:30\n{STORY}\n{MORE}\n")
    assert article.title == head
