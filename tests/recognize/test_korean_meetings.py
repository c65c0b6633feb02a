"""A Korean meeting's name whose last word is long and ends in 회의: its 의 is the
meeting's, not the particle "of" (recognize/candidates/filters.py, korean_kinds.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("두 정상은 한-아세안 특별정상회의에서 만났다.", "한-아세안 특별정상회의"),
        ("양국 경찰은 한-베트남 치안협력회의를 열었다.", "한-베트남 치안협력회의"),
    ],
)
def test_a_meeting_ending_in_a_long_word(matcher, text, meeting):
    assert proposed_names(matcher, text).get(meeting) == "events"


def test_a_special_meeting_with_no_topic_names_none(matcher):
    assert "특별정상회의" not in proposed_names(matcher, "특별정상회의가 곧 열린다.")
