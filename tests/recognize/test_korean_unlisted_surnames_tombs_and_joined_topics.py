"""A Vietnamese name of a surname the list does not spell, known by its middle word
(recognize/candidates/vietnamese_unlisted.py); a province's chairman by the province
named elsewhere in the sentence; a tomb or an old town by its name (korean_landmarks.py);
an agreement's topic of two joined by 및 (korean_topics.py)."""

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


def test_two_topics_joined_by_and_are_one_agreement():
    text = "시는 베트남 성과 청년 인턴 파견 및 수용 협력에 관한 협약을 체결했다."
    assert names(text).get("인턴 파견 및 수용 협력에 관한 협약") == "agreements"


def test_two_agreements_joined_by_and_stay_two():
    found = names("두 시는 우호협약 및 교류협약에 이어 자매결연을 맺었다.")
    assert "우호협약" in found
    assert not any("및" in n for n in found)
