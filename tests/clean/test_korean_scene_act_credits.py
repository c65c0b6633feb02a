"""A Korean caption telling a visible act in progress, with its credit after a stop and a
space ("… 악수하고 있다. /한빛통신"), ending on a stop ("… 하고 있다. 한빛공사 제공.") or
naming where the photographer stood ("… 있다. /다낭=김민수기자"): a caption, while a story
sentence of the same shape that tells no visible act stays. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, captions, paragraphs
from dossier.clean.korean_scene_acts import korean_scene_act

HEAD = "시청, 베트남 자매도시와 청년 교류 10주년 기념행사"
LINES = [
    "시장과 시의회 의장은 합창단, 청년회 등 30여명으로 구성된 방문단을 이끌고 9일 자매도시를 "
    "방문해 교류 10주년을 기념하는 행사를 가졌다.",
    "방문단은 이날 오전 시청을 찾아 청년 교류 확대 방안에 대해 이야기를 나눴다. 양 도시는 "
    "내년부터 대학생 교환 프로그램을 새로 운영하기로 했다.",
]

CAPTIONS = [
    "구청장이 10일 구청 대회의실에서 자매도시 대표단장과 만나 악수하고 있다. /한빛통신",
    "다낭시 관계자들이 협력 사업 승인식에서 기념촬영을 하고 있다. 한빛공사 제공.",
    "다낭 공단의 한 공장에서 현지 직원들이 냉장고를 조립하고 있다. /다낭=김민수기자",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_credited_visible_act_over_a_headless_lead_is_a_caption(caption: str) -> None:
    article = article_from_text("\n\n".join([caption, *LINES]) + "\n")
    assert paragraphs(article) == LINES
    assert captions(article) == [caption]


@pytest.mark.parametrize(
    "sentence",
    [
        # no visible act: an outlook, indirect speech, what one knows
        "업계는 내년 수출이 10% 이상 늘어날 것으로 보고 있다. /한빛통신",
        "전문가들은 경기가 회복세를 보이고 있다고 분석하고 있다. 한빛공사 제공.",
        "시 당국은 전력난 문제를 잘 알고 있다. /다낭=김민수기자",
        # a firm assembling its goods: the story's, not workers at their bench
        "한빛전자는 다낭 공장에서 냉장고를 조립하고 있다. /한빛통신",
        # two sentences: the act closes a story's paragraph
        "두 시장은 협약을 맺었다. 이어 두 시장은 악수하고 있다. /한빛통신",
    ],
)
def test_a_credited_sentence_without_one_visible_act_is_no_scene(sentence: str) -> None:
    assert not korean_scene_act(sentence)


def test_a_long_credited_line_is_read_quickly() -> None:
    # linear: a 50,000-character line of acts and stops is read without backtracking
    assert not korean_scene_act("악수하고 있다. " * 5000 + "/한빛통신")
