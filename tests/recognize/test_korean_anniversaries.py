"""Korean events and agreements read more whole: an anniversary's ceremony by what it
marks before its years (recognize/candidates/korean_anniversaries.py), a ministers'
meeting glued whole before a word ("…장관회의 등"), and no time word opening a topic
("그동안 …협정"; korean_topics.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "협회는 광복군 창설 80주년 기념식을 열었다.",
            "광복군 창설 80주년 기념식",
            "events",
        ),
        (
            "시는 대구-다낭 자매결연 20주년 기념행사에 참석했다.",
            "대구-다낭 자매결연 20주년 기념행사",
            "events",
        ),
        (
            "양국은 제3차 한-베트남 연례 농업장관회의 등을 열었다.",
            "제3차 한-베트남 연례 농업장관회의",
            "events",
        ),
        (
            "두 나라는 그동안 해운협력협정 체결을 추진했다.",
            "해운협력협정",
            "agreements",
        ),
    ],
)
def test_a_name_read_whole(matcher, text, name, kind):
    assert proposed_names(matcher, text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("회사는 창립 30주년 기념행사를 열었다.", "창립 30주년 기념행사"),
        ("두 나라는 그동안 해운협력협정 체결을 추진했다.", "그동안 해운협력협정"),
    ],
)
def test_no_name_of_any_founding_nor_of_a_time(matcher, text, name):
    assert name not in proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "양측은 한-베 수교 25주년 기념 투자교류회를 공동 개최한다.",
            "한-베 수교 25주년 기념 투자교류회",
            "events",
        ),
        (
            "시는 광주-다낭 자매결연 10주년 기념 문화축제를 열었다.",
            "광주-다낭 자매결연 10주년 기념 문화축제",
            "initiatives",
        ),
    ],
)
def test_an_event_held_to_mark_an_anniversary(matcher, text, name, kind):
    """ "… 25주년 기념 투자교류회": the event takes the anniversary it marks into its
    name, as a ceremony does."""
    assert proposed_names(matcher, text).get(name) == kind


def test_no_event_marking_any_founding(matcher):
    found = proposed_names(matcher, "회사는 창립 30주년 기념 간담회를 열었다.")
    assert not any("간담회" in name for name in found)
