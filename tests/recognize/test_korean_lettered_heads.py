"""A body named by its letters, then a space and the Hangul noun that says what it is
(recognize/candidates/korean_lettered_heads.py). Every text here is invented."""

from __future__ import annotations

import pytest
from builders import proposed_names
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("QRT 그룹은 빈푹성에서 산업단지를 짓는다.", "QRT 그룹"),
        ("선교사들은 H&K 교단의 초청으로 왔다.", "H&K 교단"),
        ("행사에는 ZPM 선교회 회원들이 모였다.", "ZPM 선교회"),
        ("그리고 DMC 실업인 연합회가 후원했다.", "DMC 실업인 연합회"),
        (
            "배급을 맡은 TX HQ 엔터테인먼트 김하늘 법인장은 말했다.",
            "TX HQ 엔터테인먼트",
        ),
        ("하노이의 PQ 맨파워 컴퍼니 이도윤 대표는 말했다.", "PQ 맨파워 컴퍼니"),
        ("두 회사는 합작 법인 'BNV 게임즈'를 세웠다.", "BNV 게임즈"),
        ("행사는 KJB 광주방송이 주관한다.", "KJB 광주방송"),
    ],
)
def test_letters_before_a_body_s_noun(text, body):
    assert names(text).get(body) == "organizations"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("정부는 IT 기업 협회와 손잡았다.", "IT 기업 협회"),
        ("두 나라는 ODA 협력 센터를 세운다.", "ODA 협력 센터"),
        ("시청자들은 KBS 방송을 즐겨 본다.", "KBS 방송"),
        ("K-POP 그룹이 무대에 올랐다.", "POP 그룹"),
        ("회의에서 AI 센터 설립이 논의됐다.", "AI 센터"),
    ],
)
def test_a_common_abbreviation_or_a_bare_noun_names_no_body(text, words):
    assert words not in names(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("회의에는 QXB 관계자와 협회 대표들이 참석했다.", "QXB 관계자와 협회"),
        ("병원은 KZCA 지원으로 병원 건물을 새로 지었다.", "KZCA 지원으로 병원"),
        ("그는 QT 산하 연구소에서 일했다.", "QT 산하 연구소"),
        ("그는 ZG 출신으로 재단 이사장을 맡았다.", "ZG 출신으로 재단"),
    ],
)
def test_a_word_with_a_particle_between_names_no_body(text, words):
    assert words not in names(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("베트남은 GMO 식품 수입을 제한한다.", "GMO 식품"),
        ("삼성은 HBM 반도체 생산을 늘린다.", "HBM 반도체"),
        ("주민들은 LPG 자동차 보급을 요구했다.", "LPG 자동차"),
        ("SUV 자동차 판매가 늘었다.", "SUV 자동차"),
        ("고객들은 AS 센터를 찾았다.", "AS 센터"),
        ("CS 센터 직원들은 친절했다.", "CS 센터"),
        ("EU 신재생에너지 정책이 바뀌었다.", "EU 신재생에너지"),
        ("시청자들은 KBS 생방송을 본다.", "KBS 생방송"),
    ],
)
def test_a_product_or_a_service_names_no_body(text, words):
    assert words not in names(text)


@pytest.mark.parametrize(
    ("text", "body", "letters"),
    [
        ("QRT 그룹은 빈푹성에서 산업단지를 짓는다.", "QRT 그룹", "QRT"),
        ("행사는 DMC 실업인 연합회가 후원했다.", "DMC 실업인 연합회", "DMC"),
        ("두 회사는 합작 법인 BNV 게임즈를 세웠다.", "BNV 게임즈", "BNV"),
    ],
)
def test_the_letters_are_folded_into_the_longer_name(matcher, text, body, letters):
    found = proposed_names(matcher, "한국-베트남 협력 소식", text)
    assert found.get(body) == "organizations"
    assert letters not in found


def test_the_letters_standing_alone_later_are_still_a_name(matcher):
    found = proposed_names(
        matcher,
        "QRT 그룹은 빈푹성에서 산업단지를 짓는다.",
        "QRT는 1995년 설립됐다.",
    )
    assert found.get("QRT 그룹") == "organizations"
    assert "QRT" in found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a relation or a class between the letters and the noun: a phrase, no name
        ("QXJ 출신 그룹이 데뷔했다.", "QXJ 출신 그룹"),
        ("ZR 계열 재단이 장학금을 준다.", "ZR 계열 재단"),
        ("그는 QT 소속 협회 회원이다.", "QT 소속 협회"),
        ("BZU 회원국 연합회가 열렸다.", "BZU 회원국 연합회"),
        ("QOTRA 무역 협회가 나섰다.", "QOTRA 무역 협회"),
        ("PQ 팀장 그룹이 모였다.", "PQ 팀장 그룹"),
        ("ZKB 세대 그룹이 소비를 이끈다.", "ZKB 세대 그룹"),
        ("ZPOP 아이돌 그룹이 무대에 올랐다.", "ZPOP 아이돌 그룹"),
        # a genre, a generation or a task force, no body's letters
        ("MZ 세대 그룹이 소비를 이끈다.", "MZ 세대 그룹"),
        ("R&B 그룹이 무대에 올랐다.", "R&B 그룹"),
        ("EDM 그룹의 공연이 이어졌다.", "EDM 그룹"),
        ("TF 그룹이 꾸려졌다.", "TF 그룹"),
        ("KPOP 그룹이 인기를 끈다.", "KPOP 그룹"),
        ("POP 그룹이 무대에 올랐다.", "POP 그룹"),
    ],
)
def test_a_relation_a_class_or_a_genre_names_no_body(matcher, text, words):
    assert words not in proposed_names(matcher, "한국-베트남 협력 소식", text)
