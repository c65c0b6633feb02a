"""A Korean body whose one-word name has letters or digits in it: the whole word, with
the place or the armed service before it, not the Hangul after the letters alone
(recognize/candidates/korean_lettered_bodies.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "body", "scrap"),
    [
        (
            "미래나눔77장학재단은 올해 장학생을 뽑았다.",
            "미래나눔77장학재단",
            "장학재단",
        ),
        ("현지 합작사 M&K그룹이 지분 절반을 갖는다.", "M&K그룹", None),
        ("두 나라는 한국기술AI대학을 함께 세웠다.", "한국기술AI대학", None),
        ("장관은 해군 3함대사령부를 둘러봤다.", "해군 3함대사령부", "함대사령부"),
        (
            "창업팀은 다낭 K-창업지원센터에 입주했다.",
            "다낭 K-창업지원센터",
            "창업지원센터",
        ),
    ],
)
def test_a_body_with_letters_in_its_name(matcher, text, body, scrap):
    names = proposed_names(matcher, text)
    assert names.get(body) == "organizations"
    assert scrap not in names


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        ("정부는 올해 12개초등학교를 새로 짓는다.", "12개초등학교"),
        ("박람회에서 K-푸드가 인기를 끌었다.", "K-푸드"),
        ("빈푹성 2공업단지에 공장을 세웠다.", "2공업단지"),
        ("행사는 KTC-주베트남한국문화원 공동 주최로 열렸다.", "KTC-주베트남한국문화원"),
    ],
)
def test_a_count_a_genre_or_two_bodies_is_no_lettered_name(matcher, text, not_a_body):
    assert not_a_body not in proposed_names(matcher, text)


def test_a_firms_letters_take_no_country_before_them(matcher):
    names = proposed_names(matcher, "베트남 A&B그룹은 공장을 세웠다.")
    assert names.get("A&B그룹") == "organizations"
    assert "베트남 A&B그룹" not in names
