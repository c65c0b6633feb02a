"""Talks Korean names as one word: the two sides' short names run together before a
summit ("남북정상회담", "한미정상회담"), or the ministers' field before their talks
("국방장관회담", "한일외교장관회담"); the kind alone ("정상회담", "장관회담") is none
(recognize/candidates/korean_talks.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        ("장관은 두 차례 남북정상회담의 성과를 설명했다.", "남북정상회담"),
        ("대사는 북미정상회담이 곧 열린다고 말했다.", "북미정상회담"),
        ("총리는 지난해 한일정상회담에서 합의한 사항을 점검했다.", "한일정상회담"),
        ("이번 협의는 지난봄 국방장관회담의 후속 조치다.", "국방장관회담"),
        ("양측은 한미외교장관회담에서 공동성명을 냈다.", "한미외교장관회담"),
        ("다음 달 통상장관회담이 서울에서 열린다.", "통상장관회담"),
    ],
)
def test_talks_named_in_one_word(matcher, text, talks):
    assert proposed_names(matcher, text).get(talks) == "events"


@pytest.mark.parametrize(
    ("text", "not_talks"),
    [
        ("이번 회담은 양국 정상회담 및 국방장관회담의 후속 조치다.", "정상회담"),
        ("두 장관은 장관회담을 마치고 만찬을 했다.", "장관회담"),
        ("기자들은 국방장관회담장 앞에서 기다렸다.", "국방장관회담"),
        ("그는 정상회담을 준비하는 실무를 맡았다.", "정상회담"),
        ("대변인은 남북회담이 미뤄졌다고 밝혔다.", "남북회담"),
    ],
)
def test_no_talks(matcher, text, not_talks):
    """The kind alone, a venue glued on ("…회담장"), talks without the summit's or the
    ministers' word ("남북회담", any round of them)."""
    assert not_talks not in proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("한·베 국방장관회담이 하노이에서 열렸다.", "한·베 국방장관회담"),
        ("두 장관은 한-베 외교장관회담에서 만났다.", "한-베 외교장관회담"),
        ("제1차 한-베트남 국방장관회담이 서울에서 열렸다.", "한-베트남 국방장관회담"),
    ],
)
def test_talks_inside_a_longer_name_are_that_name(matcher, text, whole):
    """Talks the sides name before them with a mark or a space are one name, found
    whole by the summit reader: the one word inside it is no second candidate."""
    names = proposed_names(matcher, text)
    assert any(whole in name for name in names), names
    assert all(whole in name for name in names if name.endswith("장관회담")), names
