"""Korean events of recurring shapes: a day or a year named for a topic and a place ("…
의 날", "… 방문의 해"), an event whose numbered edition opens a longer topic ("제3회 …
대회"), competitions named by their federation, host or trophy ("…연맹(AFF) U-23
챔피언십", "도쿄 올림픽", "…대사배 태권도컵"), named meetings ("… 협력회의", "…
공관장회의", "6자회담"), a partnership's action plan, and a name in quotes after the noun
of its kind ("지원 프로그램 '…'")."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "구청은 20일 베트남 어머니의 날을 맞아 잔치를 열었다.",
            "베트남 어머니의 날",
            "events",
        ),
        (
            "그들은 한국-라오스 음식의날 행사장을 찾았다.",
            "한국-라오스 음식의날",
            "events",
        ),
        (
            "공연단은 ‘한-베 친선음악의 날’ 무대에 올랐다.",
            "한-베 친선음악의 날",
            "events",
        ),
        ("올해는 ‘광주 방문의 해’이기도 하다.", "광주 방문의 해", "initiatives"),
        ("시는 내년을 ‘광주방문의 해’로 정했다.", "광주방문의 해", "initiatives"),
    ],
)
def test_a_day_or_a_year_named_for_a_topic_and_a_place(matcher, sentence, name, kind):
    assert proposed_names(matcher, sentence).get(name) == kind


def test_a_day_s_opening_ceremony_names_the_day(matcher):
    found = proposed_names(
        matcher, "그들은 5일 한국-라오스 음식의날 개막식에 참석했다."
    )
    assert found.get("한국-라오스 음식의날") == "events"
    assert "한국-라오스 음식의날 개막식" not in found
    found = proposed_names(matcher, "5일 ‘한국-라오스 음식의날 개막식’ 공연이 열렸다.")
    assert found.get("한국-라오스 음식의날") == "events"
    assert "한국-라오스 음식의날 개막식" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "그날은 그의 인생 최고의 날이었다.",
        "우리는 결혼의 날을 기다렸다.",
        "베트남 최고의 날이 밝았다.",
        "그는 지난 방문의 해답을 찾지 못했다.",
    ],
)
def test_any_day_or_year_is_no_name(matcher, sentence):
    assert not any(n.endswith(("날", "해")) for n in proposed_names(matcher, sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "연맹은 제3회 총영사배 하노이 우수유도클럽 전국대회를 연다고 밝혔다.",
            "제3회 총영사배 하노이 우수유도클럽 전국대회",
        ),
        (
            "대표단은 제7회 안산사랑 한마당 팽이치기 행사에서 시범을 보였다.",
            "제7회 안산사랑 한마당 팽이치기 행사",
        ),
        (  # a game the model reads as a verb's form ("날리" + "기")
            "대표단은 제7회 안산사랑 한마당 풍선날리기 행사에서 시범을 보였다.",
            "제7회 안산사랑 한마당 풍선날리기 행사",
        ),
        (
            "3일 다낭에서 열린 2019 총영사배 베트남 전국 클럽 유도 대회 개막식의 모습.",
            "2019 총영사배 베트남 전국 클럽 유도 대회",
        ),
        (  # a martial art's 도 no particle: "태권도 대회" is the contest's topic
            "시는 ‘2021 시장배 라오스 전국 청소년 태권도 대회’를 열었다.",
            "2021 시장배 라오스 전국 청소년 태권도 대회",
        ),
    ],
)
def test_a_numbered_edition_opens_a_longer_topic(matcher, sentence, name):
    assert proposed_names(matcher, sentence).get(name) == "events"


def test_a_trophy_opens_a_contest_s_name(matcher):
    found = proposed_names(matcher, "다낭에서 총영사배 전국 청소년 태권도 대회 개최")
    assert found.get("총영사배 전국 청소년 태권도 대회") == "events"
    assert "청소년 태권도 대회" not in found


def test_a_longer_topic_without_an_edition_keeps_two_words(matcher):
    found = proposed_names(matcher, "협회는 여름 하노이 우수유도클럽 전국대회를 연다.")
    assert "여름 하노이 우수유도클럽 전국대회" not in found
    assert "이번 팽이치기 행사" not in proposed_names(
        matcher, "시민들은 이번 팽이치기 행사에서 웃었다."
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "대표팀은 지난달 열린 2024 동아시아축구연맹(EAFF) U-20 챔피언십 결승에서 "
            "승리했다.",
            "동아시아축구연맹(EAFF) U-20 챔피언십",
        ),
        ("축구 대표팀은 2027 동남아시안 게임 결승에 올랐다.", "2027 동남아시안 게임"),
        ("대표팀의 다음 목표는 동남아연합(SEA) 게임이다.", "동남아연합(SEA) 게임"),
        (
            "선수들은 2032 브리즈번 올림픽 출전을 목표로 훈련한다.",
            "2032 브리즈번 올림픽",
        ),
        (
            "문화원은 2023 한국총영사배 유도컵을 열어 선수 300명이 경기에 나섰다.",
            "2023 한국총영사배 유도컵",
        ),
        (
            "베트남은 최근 열린 17세이하 월드컵 대회에서 선전했다.",
            "17세이하 월드컵",
        ),
    ],
)
def test_a_competition_by_its_federation_host_trophy_or_age(matcher, sentence, name):
    assert proposed_names(matcher, sentence).get(name) == "events"


def test_a_cup_s_contest_word_adds_no_second_name(matcher):
    found = proposed_names(
        matcher, "베트남은 최근 열린 17세이하 월드컵 대회에서 선전했다."
    )
    assert not [n for n in found if n.startswith("세이하")]


def test_a_game_that_is_played_is_no_competition(matcher):
    found = proposed_names(
        matcher, "아이들은 모바일 게임을 즐긴다. 축구 게임도 인기다."
    )
    assert not [n for n in found if n.endswith("게임")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("양국은 협약 체결에 앞서 토지행정 협력회의를 열었다.", "토지행정 협력회의"),
        ("외교부는 서남아·중동 공관장회의를 개최했다.", "서남아·중동 공관장회의"),
        (  # its 의 its own, no particle, before a space
            "포럼과 서남아·중동 공관장회의 등을 개최했다.",
            "서남아·중동 공관장회의",
        ),
        ("장관들은 유럽안보대화에 참석했다.", "유럽안보대화"),
        ("그는 5자회담을 조속히 재개해야 한다고 말했다.", "5자회담"),
    ],
)
def test_a_named_meeting(matcher, sentence, name):
    assert proposed_names(matcher, sentence).get(name) == "events"


@pytest.mark.parametrize(
    "sentence", ["양국은 이번 협력회의에서 합의했다.", "양국 협력회의가 열렸다."]
)
def test_any_cooperation_meeting_is_no_name(matcher, sentence):
    assert not [n for n in proposed_names(matcher, sentence) if "회의" in n]


def test_a_partnership_s_action_plan(matcher):
    found = proposed_names(
        matcher,
        "방문에서 채택된 ‘한국-베트남 포괄적 전략적 동반자 관계 행동 계획’ 이행을 점검했다.",
    )
    assert found.get("한국-베트남 포괄적 전략적 동반자 관계 행동 계획") == "agreements"


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "재단은 청년 해외 진출 지원 프로그램 '코리아 런치패드'를 소개했다.",
            "코리아 런치패드",
            "initiatives",
        ),
        (
            "협회가 주관하는 어린이 코딩 인증 프로그램인 'KCA 스타터'가 도입됐다.",
            "KCA 스타터",
            "initiatives",
        ),
        (
            "재단은 글로벌 창업 페스티벌 '넥스트업(NEXTUP)' 참가를 권했다.",
            "넥스트업",
            "initiatives",
        ),
    ],
)
def test_a_name_in_quotes_after_the_noun_of_its_kind(matcher, sentence, name, kind):
    assert proposed_names(matcher, sentence).get(name) == kind


def test_a_quote_of_speech_after_a_programme_is_no_name(matcher):
    found = proposed_names(
        matcher, "그는 이 프로그램 '정말 많은 도움이 됐다'고 말했다."
    )
    assert not [n for n in found if "도움" in n]


def test_a_metro_line_whose_word_ends_as_a_particle_does(matcher):
    found = proposed_names(matcher, "그 회사는 호찌민 메트로 2호선 구간을 짓고 있다.")
    assert found.get("호찌민 메트로 2호선") == "initiatives"


def test_a_festival_s_grounds_name_the_festival(matcher):
    found = proposed_names(
        matcher, "시는 다음 주 열리는 다낭시 연꽃축제장에 홍보 부스를 연다."
    )
    assert found.get("다낭시 연꽃축제") == "initiatives"
    assert not [n for n in found if n.endswith("축제장")]
    found = proposed_names(matcher, "대표단은 8일 연꽃축제장을 찾았다.")
    assert not [n for n in found if "연꽃축제" in n]  # no place says whose
