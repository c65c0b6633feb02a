"""A Korean copy's feet that are no story: a wire's slogan whose reporter's address the
copy shows as its placeholder ("[email protected]"), and a repost's line naming the story it
copied ("원문링크 : <title>"). Both are dropped, each with its reason. Every text here is
invented."""

from __future__ import annotations

import pytest
from builders import KO_HEAD, KO_MORE, KO_STORY, article_from_text, paragraphs, reasons


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("◎공감언론 뉴시스 [email protected]", "wire slogan"),
        (
            "원문링크 : 한빛시, 베트남 도시와 협력 사무소 개설 | 한빛블로그",
            "repost footer",
        ),
        ("기사원문 : https://news.example.com/view/12345", "repost footer"),
    ],
)
def test_a_repost_foot_is_dropped_with_its_reason(line, reason):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[line] == reason


def test_a_sentence_about_an_original_stays():
    # the word opens a sentence of the story, no label and colon after it
    line = "원문링크는 기사 아래에 따로 적혀 있다고 관계자는 설명했다."
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{line}\n")
    assert paragraphs(article) == [KO_STORY, line]
