"""An international meeting Korean names by the body that holds it: its initials or its
Korean name (initials in brackets) before a summit, a ministers' meeting or a general
assembly, the edition's listed city before; the initials alone are no body there
(recognize/candidates/korean_summits.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "meeting", "scraps"),
    [
        ("두 정상은 다음 달 ASEM 정상회의에서 만난다.", "ASEM 정상회의", ("ASEM",)),
        (
            "장관은 오는 9월 OECD 각료회의에 참석한다.",
            "OECD 각료회의",
            ("OECD",),
        ),
        (
            "장관은 지난달 CICA 외교장관회의를 마치고 귀국했다.",
            "CICA 외교장관회의",
            ("CICA", "외교장관회의"),
        ),
        (
            "의장은 제네바에서 열린 세계의회협의체(WPC) 총회에 참석했다.",
            "세계의회협의체(WPC) 총회",
            ("WPC", "세계의회협의체"),
        ),
        (
            "대통령은 부산 동아시아정상협의체(EASC) 정상회의를 주재한다.",
            "부산 동아시아정상협의체(EASC) 정상회의",
            ("EASC", "동아시아정상협의체", "부산 동아시아정상협의체"),
        ),
        ("총리는 유엔총회에서 연설했다.", "유엔총회", ()),
    ],
)
def test_a_meeting_named_by_its_body(matcher, text, meeting, scraps):
    names = proposed_names(matcher, text)
    assert names.get(meeting) == "events"
    assert not set(scraps) & set(names)


@pytest.mark.parametrize(
    ("text", "not_a_meeting"),
    [
        ("그는 OECD 총회장으로 뽑혔다.", "OECD 총회"),
        ("대표단은 정상회의장 앞에서 사진을 찍었다.", "정상회의"),
        ("회사는 임시 주주총회를 열었다.", "주주총회"),
        ("한-아세안(ASEAN) 정상회의가 열렸다.", "아세안(ASEAN) 정상회의"),
    ],
)
def test_no_meeting(matcher, text, not_a_meeting):
    assert not_a_meeting not in proposed_names(matcher, text)
