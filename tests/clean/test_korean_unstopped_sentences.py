"""A Korean sentence whose full stop the page lost stays story: under the last paragraph,
above foot furniture the tail rules still drop. Lines written for the shapes, never a page's."""

from __future__ import annotations

import pytest
from builders import article_from_text
from dossier.model import PARAGRAPH

STORY = (
    "베트남 하노이에 진출하는 한국 중소기업이 올해 들어 크게 늘었다고 업계가 15일 "
    "밝혔다.\n\n"
    "업계에 따르면 올해 1분기 하노이에 새로 법인을 세운 한국 기업은 120곳으로 지난해 "
    "같은 기간보다 30% 증가했다.\n\n"
)
LAST = "그는 다음 달 다시 하노이를 찾겠다며 웃었다"


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in article_from_text(text).passages]


@pytest.mark.parametrize(
    "last",
    [
        LAST,
        "하노이 진출 기업 수는 내년에도 계속 늘어날 전망이다",
        "현지 직원들은 한국어 수업이 가장 기다려지는 시간이라고 해요",
    ],
)
@pytest.mark.parametrize("foot", ["이전 기사", "다음 기사\n\n베트남 관광객 늘어"])
def test_an_unstopped_last_sentence_over_the_foot_stays(last, foot):
    passages = _kinds(f"베트남 진출 기업 늘어\n\n{STORY}{last}\n\n{foot}\n")
    assert [text for kind, text in passages if kind == PARAGRAPH][-1] == last
    assert "이전 기사" not in [text for _, text in passages]


@pytest.mark.parametrize(
    "foot",
    [
        "연관 검색어 클릭하면 연관된 모든 기사를 볼 수 있습니다",  # a notice, politely
        "여러분의 소중한 의견을 남겨주세요",  # a request
        "ⓒ 한빛일보 무단전재 및 재배포 금지",
        "삼성, 베트남에 제2 공장 짓는다",  # a related headline, short
    ],
)
def test_foot_lines_ending_like_sentences_still_go(foot):
    passages = _kinds(f"베트남 진출 기업 늘어\n\n{STORY}{foot}\n\n이전 기사\n")
    paragraphs = [text for kind, text in passages if kind == PARAGRAPH]
    assert paragraphs == [p.strip() for p in STORY.split("\n\n") if p.strip()]


def test_related_headlines_under_a_label_still_go():
    foot = "관련 뉴스 더보기\n\n베트남 정부는 올해 한국 기업의 투자를 더 늘리겠다고 밝혔다\n\n"
    foot += "하노이 한국 학교 학생 수가 처음으로 천 명을 넘었다"
    passages = _kinds(f"베트남 진출 기업 늘어\n\n{STORY}{foot}\n")
    paragraphs = [text for kind, text in passages if kind == PARAGRAPH]
    assert paragraphs == [p.strip() for p in STORY.split("\n\n") if p.strip()]


@pytest.mark.parametrize(
    "last",
    [
        LAST,
        "양측은 내년에 회의를 다시 열기로 했다",
        "그는 이날 행사에서 직원들을 만났다",
    ],
)
def test_a_last_sentence_told_in_the_past_stays(last):
    passages = _kinds(f"베트남 진출 기업 늘어\n\n{STORY}{last}\n\n이전 기사\n")
    assert [text for kind, text in passages if kind == PARAGRAPH][-1] == last


@pytest.mark.parametrize(
    "foot",
    [
        "베트남 간 한국 관광객 올해 처음 500만명 넘었다",  # another story's headline
        "팜민찐 총리가 15일 하노이에서 한국 기업인들과 악수했다",  # a picture's caption
        "베트남 진출 전 현지 법률 검토 반드시 필요",  # a headline ending on a noun
        "한빛일보 뉴스레터를 구독하면 매일 아침 소식을 받아볼 수 있어요",  # a promotion
        "좋아요 훈훈해요 슬퍼요 화나요 후속기사 원해요",  # reaction buttons
        "김철수 기자는 하노이 특파원으로 5년간 일했다",  # the reporter's note
    ],
)
def test_foot_lines_ending_on_a_verb_still_go(foot):
    passages = _kinds(f"베트남 진출 기업 늘어\n\n{STORY}{foot}\n\n이전 기사\n")
    paragraphs = [text for kind, text in passages if kind == PARAGRAPH]
    assert paragraphs == [p.strip() for p in STORY.split("\n\n") if p.strip()]


def test_other_stories_headlines_line_by_line_still_go():
    foot = "베트남 간 한국 관광객 올해 처음 500만명 넘었다\n하노이 한국 학교 학생 수 천 명 돌파"
    passages = _kinds(
        f"베트남 진출 기업 늘어\n\n{STORY.rstrip()}\n{foot}\n많이 본 뉴스\n"
    )
    paragraphs = [text for kind, text in passages if kind == PARAGRAPH]
    assert paragraphs == [p.strip() for p in STORY.split("\n\n") if p.strip()]
