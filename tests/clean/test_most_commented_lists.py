"""A news site's box of its most commented stories under the story ("댓글 많은 뉴스",
"Most commented"): a list of other stories' headlines, as "많이 본 뉴스" (most read) is,
dropped and reported. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    KO_HEAD,
    LAST,
    MORE,
    STORY,
    article_from_text,
    paragraphs,
    reasons,
)

# a Korean story's paragraphs as its pages print them, each longer than a line of 120
# characters: the story has started where the box stands
KO_LONG = [
    "베트남과 한국은 월요일 하노이에서 두 나라 중소기업의 교류를 돕는 새로운 협력 "
    "사무소를 열기로 합의했다고 관계자들이 밝혔다. 사무소는 내년 봄 문을 열어 계약서 "
    "번역과 인허가 신청을 돕고, 두 도시의 기업을 서로 소개하는 일을 맡는다.",
    "양측은 문을 연 첫해에 기업 백 곳 이상을 연결하는 것을 목표로 삼았으며, 성과에 따라 "
    "다른 도시에도 같은 사무소를 여는 방안을 검토하기로 했다. 사무소 운영 비용은 두 "
    "도시가 절반씩 나눠 부담한다고 관계자들은 덧붙였다.",
]
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
        (KO_HEAD, KO_LONG, "댓글 많은 뉴스", KO_ITEMS),
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


def test_a_most_commented_tab_over_the_headline_leaves_the_headline() -> None:
    # a site's tab, then the story's own headline: above the story, not a list's heading
    article = article_from_text(f"Most commented\n{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == HEAD
    assert paragraphs(article) == [STORY, MORE]
