"""A Vietnamese name run together whose title stands past the words of its post, the
given name written apart, and a title with two particles on it
(recognize/candidates/vietnamese_posted_people.py, recognize/tokens.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("행사장에서 만난 쩐반탄 초대 주한 베트남 대사는 웃었다.", "쩐반탄"),
        ("레반뚜언 전 주한 베트남 대사가 축사를 했다.", "레반뚜언"),
        ("부티하 신임 주베트남 대사는 취임했다.", "부티하"),
    ],
)
def test_a_title_past_the_words_of_its_post(text, person):
    assert names(text).get(person) == "leaders"


def test_the_given_name_written_apart_belongs_to_the_name():
    found = names("지난달 호앙비엣 꾸이 베트남 부총리는 공단을 둘러봤다.")
    assert found.get("호앙비엣 꾸이") == "leaders"
    assert "호앙비엣" not in found


@pytest.mark.parametrize(
    "text",
    [
        "호앙비엣 국가 주석은 말했다.",  # a common noun after it: no given name
        "쩐반탄 초대 회의에서 말했다.",  # no title past the post's words
    ],
)
def test_no_given_name_or_title_past_the_post(text):
    assert not any(" " in n for n, k in names(text).items() if k == "leaders")
    assert "쩐반탄" not in names(text) or "초대" not in text


def test_a_title_with_two_particles_on_it():
    assert (
        names("그는 한빛전자 박정수 회장과도 따로 만날 예정이다.").get("박정수")
        == "leaders"
    )
