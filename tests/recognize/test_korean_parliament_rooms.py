"""A parliament's building or room Korean names by 국회 and the room's word glued on
("국회청사"), with the city or the country before it that says whose it is ("하노이
국회청사"; the bare word is any parliament's); not a title glued on ("국회의원"), nor the building before more words
of a longer name ("국회의사당 지하 … 전시관")
(recognize/candidates/korean_parliament_rooms.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("의장은 이날 오후 베트남 국회접견실에서 장관을 만났다.", "베트남 국회접견실"),
        ("두 사람은 하노이 국회청사에서 회담했다.", "하노이 국회청사"),
        ("대표단은 라오스 국회의사당을 둘러봤다.", "라오스 국회의사당"),
    ],
)
def test_a_parliament_s_room(matcher, text, room):
    assert proposed_names(matcher, text).get(room) == "cities"


@pytest.mark.parametrize(
    ("text", "not_a_room"),
    [
        ("대표단은 국회의사당 지하 유물 전시관을 둘러봤다.", "국회의사당"),
        ("그는 국회의원 시절 법안을 냈다.", "국회의원"),
        ("의장은 국회의장실에서 기자들을 만났다.", "국회의장실"),
        # whose building, no place or country before it says: Seoul's and Hanoi's would
        # be one candidate
        ("윤 대통령은 여의도 국회의사당에서 시정연설을 했다.", "국회의사당"),
        ("주석은 국회청사, 대통령궁, 호찌민 묘소를 차례로 방문했다.", "국회청사"),
        ("의장은 국회접견실에서 한국 대표단을 접견했다.", "국회접견실"),
    ],
)
def test_no_room(matcher, text, not_a_room):
    assert not_a_room not in proposed_names(matcher, text)
