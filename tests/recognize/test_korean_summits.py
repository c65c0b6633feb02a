"""An international meeting Korean names by the body that holds it: its initials or its
Korean name (initials in brackets) before a summit, a ministers' meeting, or a general
assembly of a listed international body; the initials alone are no body there; a listed
city before it is the meeting's only where the text says it is held there
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
            "의장은 제네바에서 열린 국제노동기구(ILO) 총회에 참석했다.",
            "국제노동기구(ILO) 총회",
            ("ILO", "국제노동기구"),
        ),
        (
            "대통령은 동아시아정상협의체(EASC) 정상회의를 주재한다.",
            "동아시아정상협의체(EASC) 정상회의",
            ("EASC", "동아시아정상협의체"),
        ),
        ("총리는 EAS 정상회의차 자카르타로 떠났다.", "EAS 정상회의", ("EAS",)),
        ("이번 회담은 G7 정상회의인 만큼 경비가 삼엄했다.", "G7 정상회의", ("G7",)),
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


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "재베트남한인기업협의회(KBAV) 총회에서 새 임원진이 뽑혔다.",
            "재베트남한인기업협의회",
        ),
        ("HCM 연차총회에는 회원사 150곳이 모였다.", "HCM"),
        ("비나수산(VNS) 연차 총회에서 배당안이 통과됐다.", "비나수산"),
    ],
)
def test_a_general_meeting_of_no_international_body_is_its_own(matcher, text, body):
    """An association's, a party's or a firm's 총회 is no meeting of states: the body
    stays a name, and no "… 총회" event replaces it."""
    names = proposed_names(matcher, text)
    assert body in names
    assert not any("총회" in name for name in names)


def test_a_city_before_a_meeting_is_left_apart(matcher):
    """ "울산 APEC 정상회의 유치": the city bids for the meeting, which is not its own."""
    names = proposed_names(matcher, "울산 APEC 정상회의 유치전에 시민들이 나섰다.")
    assert names.get("APEC 정상회의") == "events"
    assert "울산 APEC 정상회의" not in names


def test_the_host_city_said_so_is_the_meeting_s(matcher):
    """ "열리는 부산 …": the text says the meeting is held there; no body over the city."""
    names = proposed_names(
        matcher, "대통령은 내달 열리는 부산 동아시아정상협의체(EASC) 정상회의에 간다."
    )
    assert names.get("부산 동아시아정상협의체(EASC) 정상회의") == "events"
    assert "부산 동아시아정상협의체" not in names
