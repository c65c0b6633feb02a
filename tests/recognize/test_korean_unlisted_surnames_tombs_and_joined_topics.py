"""A Vietnamese name of a surname the list does not spell, known by its middle word
(recognize/candidates/vietnamese_unlisted.py); a province's chairman by the province
named elsewhere in the sentence; a tomb or an old town by its name (korean_landmarks.py).
An agreement's topics joined by 및 are not read as one (it cut names inside a phrase)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("도지사는 라오까이시 전 쑤언 꽝 시장과 회의를 열었다.", "전 쑤언 꽝"),
        ("회의에는 도아 뚜언 빈 교통부 장관이 참석했다.", "도아 뚜언 빈"),
        ("행사에는 까 응옥 선 문화부 차관도 함께했다.", "까 응옥 선"),
    ],
)
def test_a_surname_the_list_lacks_before_a_vietnamese_middle_name(text, person):
    assert names(text).get(person) == "leaders"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the former president: 전 is "former" before a listed surname
        ("전 응우옌 쑤언 푹 주석이 방문했다.", "전 응우옌 쑤언"),
        # no title after the words
        ("노래는 전 응옥 뚜 시절의 추억을 담았다.", "전 응옥 뚜"),
    ],
)
def test_no_name_without_its_shape(text, words):
    assert words not in names(text)


def test_a_province_named_later_in_the_sentence_makes_its_chairman():
    text = "팜반꽝 성장을 비롯한 대표단 10명은 공장을 둘러보고 도시와 타이빈성의 교류를 논의한다."
    assert names(text).get("팜반꽝") == "leaders"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("대표단은 호찌민 주석 묘소에 헌화했다.", "호찌민 주석 묘소"),
        ("일행은 둘째 날 호치민 묘소를 참배했다.", "호치민 묘소"),
        ("학생들은 호이안 구시가지를 걸으며 등불을 구경했다.", "호이안 구시가지"),
    ],
)
def test_a_tomb_by_its_person_and_an_old_town_by_its_place(text, place):
    assert names(text).get(place) == "cities"


def test_a_tomb_of_a_title_alone_is_no_name():
    assert not any("묘소" in n for n in names("대통령은 전 국가주석 묘소를 찾았다."))


@pytest.mark.parametrize(
    "text",
    [
        # 성장 is growth; 가능성 (possibility), 수익성 (profitability) are no provinces
        "호앙민타인 그룹의 성장 속도는 업계 평균보다 빠르고 수익성도 나아졌다.",
        "현지 제약 업체 응우옌반롱의 성장 가능성은 아직 크다고 본다.",
    ],
)
def test_growth_beside_a_word_ending_in_seong_makes_no_chairman(text):
    assert not any(kind == "leaders" for kind in names(text).values())


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "남부 델타 띠엔 장 성 인민위원장이 서울을 찾았다.",
            "델타 띠엔 장",
        ),  # a province
        ("꼰 꾸옥 섬 호텔 사장은 손님이 늘었다고 했다.", "꼰 꾸옥 섬"),  # an island
        (
            "오늘 행사에는 신임 쑤언 남 대사가 참석했다.",
            "신임 쑤언 남",
        ),  # newly appointed
        ("개막식에는 차기 흐엉 란 장관이 왔다.", "차기 흐엉 란"),  # the next one
        (
            "끼에우 티 흐엉 린 보건부 차관이 축사를 했다.",
            "티 흐엉 린",
        ),  # Thị: a middle name
    ],
)
def test_no_unlisted_surname_of_a_place_a_korean_word_or_a_middle_name(text, words):
    assert words not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "사절단은 베트남 주석 묘소에 꽃을 바쳤다.",
        "그는 미국 대통령 생가 여러 곳을 돌아봤다.",
        "관광객들은 일본 총리 생가를 찾았다.",
        "일행은 김대중 전 대통령의 목포 생가를 둘러봤다.",
    ],
)
def test_no_tomb_of_a_country_or_a_town(text):
    assert not any(n.endswith(("묘소", "생가")) for n in names(text))


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "두 대학은 학술 교류 및 공동 연구 및 인턴 파견 협력에 관한 협약을 맺었다.",
            "연구 및",
        ),
        (
            "도는 하노이시와 교육 및 보건 협력 양해각서를 체결했다.",
            "보건 협력 양해각서",
        ),
        ("양국은 투자 보장 및 무역 협력 협정에 서명했다.", "무역 협력 협정"),
    ],
)
def test_no_topic_cut_at_and(text, cut):
    assert not any(n.startswith(cut) for n in names(text))


def test_a_topic_before_and_keeps_the_name_found_after_it():
    found = names("포럼에는 한국 및 베트남 중소기업 협력 포럼 참석자들이 모였다.")
    assert found.get("베트남 중소기업 협력 포럼") == "events"
