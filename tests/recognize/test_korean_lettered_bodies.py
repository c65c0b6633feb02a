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
        # the owner read with its kind word, the country before the service
        ("창업팀은 후에시 K-청년창업센터에 입주했다.", "후에시 K-청년창업센터", None),
        ("필리핀 해군 5함대사령부가 훈련을 마쳤다.", "필리핀 해군 5함대사령부", None),
        # a name ending in 이 with no particle after it keeps its 이
        ("하이퐁의 Q&Q디스플레이 공장이 돌기 시작했다.", "Q&Q디스플레이", None),
        # a count word opening a committee's name
        (
            "새로 꾸린 4차산업혁명위원회는 회의를 열었다.",
            "4차산업혁명위원회",
            "차산업혁명위원회",
        ),
        ("cT한국수산물수출공사는 문을 열었다.", "cT한국수산물수출공사", None),
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
        # a genre ending in a head, with or without a place before it
        ("하이퐁에서 K-퓨전푸드가 인기다.", "K-퓨전푸드"),
        ("하이퐁 K-록그룹 공연에 관객이 몰렸다.", "하이퐁 K-록그룹"),
        ("팬들은 K록그룹의 새 앨범을 기다렸다.", "K록그룹"),
        ("정부는 K-전력반도체를 키운다.", "K-전력반도체"),
        # a grade, a class, a unit or a model
        ("손님들은 후에 4성급호텔에 묵었다.", "후에 4성급호텔"),
        ("하이퐁 3급병원 의사들이 연수를 받았다.", "하이퐁 3급병원"),
        ("시는 후에 500ha산업단지를 승인했다.", "후에 500ha산업단지"),
        ("베트남 2GW원자력 도입을 논의했다.", "베트남 2GW원자력"),
        ("현대는 G9자동차 판매를 늘렸다.", "G9자동차"),
        ("필리핀 7M연구소는 소재를 내놨다.", "필리핀 7M연구소"),
        # an abbreviation or a topic before a head
        ("회사는 하이퐁에 R&D센터를 세웠다.", "R&D센터"),
        ("업계는 IoT테크 투자를 늘렸다.", "IoT테크"),
        ("회사는 e커머스물류에 진출했다.", "e커머스물류"),
        ("코로나19거점병원에 환자가 몰렸다.", "코로나19거점병원"),
        # a place inside a firm's name is no owner
        ("CJ필리핀 K-창업지원센터가 문을 열었다.", "필리핀 K-창업지원센터"),
    ],
)
def test_a_count_a_genre_or_two_bodies_is_no_lettered_name(matcher, text, not_a_body):
    assert not_a_body not in proposed_names(matcher, text)


def test_a_k_centre_with_no_place_before_it_is_no_name(matcher):
    assert "K-창업지원센터" not in proposed_names(
        matcher, "그는 K-창업지원센터를 찾았다."
    )


def test_a_services_unit_in_another_country_is_another_name(matcher):
    names = proposed_names(matcher, "필리핀 해군 5함대사령부가 훈련을 마쳤다.")
    assert "해군 5함대사령부" not in names


def test_a_firms_letters_take_no_country_before_them(matcher):
    names = proposed_names(matcher, "베트남 A&B그룹은 공장을 세웠다.")
    assert names.get("A&B그룹") == "organizations"
    assert "베트남 A&B그룹" not in names
