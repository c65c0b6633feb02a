"""A Korean deck under the headline that joins a clause and a saying with an ellipsis,
the saying cut short of its sentence's end ("… 방한…“… 핵심국”"), is a heading, not the
story's first paragraph. Every text is invented; each test keeps only the shape of one
rule."""

from __future__ import annotations

from builders import article_from_text, paragraphs

KO_HEAD = "가람시 시장 첫 공식 방문…이달 4-6일 일정 소화"
KO_LEAD = "가람시 시장이 오는 5일 다낭시 인민위원장과 회담을 갖는다."
KO_MORE = "시 관계자는 두 도시가 관광과 교육 분야 협력을 넓힐 계획이라고 밝혔다."


def test_a_deck_joining_a_clause_and_a_saying_is_no_paragraph():
    for deck in (
        "자매결연 10주년 맞아 방문...“다낭은 관광 협력 핵심 도시”",
        '교민 3만 규모에도 한인회관은 없어…"시가 지원 적극 나서야"',
    ):
        article = article_from_text(f"{KO_HEAD}\n{deck}\n\n{KO_LEAD}\n\n{KO_MORE}\n")
        assert paragraphs(article) == [KO_LEAD, KO_MORE], deck


def test_a_paragraph_ending_in_a_full_quoted_sentence_stays_story():
    told = '시장은 회담을 마친 뒤…"다낭은 우리 시의 가장 가까운 친구다"'
    article = article_from_text(f"{KO_HEAD}\n\n{KO_LEAD}\n\n{told}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_LEAD, told, KO_MORE]
