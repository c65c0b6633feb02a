"""A news site's box of its most commented stories under the story ("댓글 많은 뉴스",
"Most commented"): a list of other stories' headlines, as "많이 본 뉴스" (most read) is,
dropped and reported. Every text here is invented."""

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
    article_from_text,
    paragraphs,
    reasons,
)

KO_ITEMS = [
    "시의회, 새 청사 이전 계획 다시 논의",
    '구청장 "주차장 확충은 내년 상반기에 마무리"',
    "항만공사 신임 사장 취임…첫 현장 점검",
    '시장 "버스 노선 개편, 시민 의견 먼저 듣겠다…공청회 세 차례 열 것" [영상]',
]
EN_ITEMS = [
    "Port operator names a new chief",
    "Ferry line opens a southern route to the islands",
    'Mayor says "bus routes will change only after hearings" [video]',
]


@pytest.mark.parametrize(
    ("head", "story", "heading", "items"),
    [
        (KO_HEAD, [KO_STORY, KO_MORE], "댓글 많은 뉴스", KO_ITEMS),
        (HEAD, [STORY, MORE, LAST], "Most commented", EN_ITEMS),
    ],
)
def test_a_most_commented_list_under_the_story_is_not_story(
    head: str, story: list[str], heading: str, items: list[str]
) -> None:
    box = "\n".join([heading, *items])
    body = "\n\n".join(story)
    article = article_from_text(f"{head}\n\n{body}\n\n\n\n{box}\n")
    assert paragraphs(article) == story
    dropped = reasons(article)
    assert all(item in dropped for item in items)  # nothing lost: each line reported
