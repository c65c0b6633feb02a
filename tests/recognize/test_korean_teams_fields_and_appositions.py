"""Korean bodies in shapes the news writes them in: a body's troupe, team or plant after
it (recognize/candidates/korean_units.py), a city's university of a field
(korean_schools.py), a firm, an aid group or an outlet after the word for its kind
(korean_firm_appositions.py), a national institution with its country before it
(korean_bodies.py). Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "unit", "alone"),
    [
        (
            "한국합기도협회 청소년시범단이 다낭에서 공연했다.",
            "한국합기도협회 청소년시범단",
            "",
        ),
        (
            "KHA 전통무예공연단은 이틀간 무대에 올랐다.",
            "KHA 전통무예공연단",
            "전통무예공연단",
        ),
        ("그는 한강은행 축구단에서 선수로 뛰었다.", "한강은행 축구단", ""),
        ("다낭시 경찰청 태권도팀 등 20개팀이 출전한다.", "다낭시 경찰청 태권도팀", ""),
        ("대표단은 기아자동차 광주공장을 둘러봤다.", "기아자동차 광주공장", "광주공장"),
    ],
)
def test_a_body_then_its_troupe_team_or_plant(text, unit, alone):
    found = names(text)
    assert found.get(unit) == "organizations"
    assert not alone or alone not in found  # the longer name ending there is whole


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자 조립공장이 가동을 시작했다.",  # a plant by its work
        "삼성전자 베트남공장은 증설된다.",  # by the country: the firm's plant there
        "삼성전자 개발팀이 참석했다.",  # a firm's team, no sport's
    ],
)
def test_a_plant_by_its_work_or_country_or_an_office_team_is_no_unit(text):
    assert not [n for n in names(text) if " " in n]


def test_a_unit_of_a_body_its_city_opens_keeps_the_city():
    found = names("학당은 다낭 인문사회과학대학교 베트남학센터와 협력한다.")
    assert found.get("다낭 인문사회과학대학교 베트남학센터") == "organizations"
    assert "인문사회과학대학교 베트남학센터" not in found


@pytest.mark.parametrize(
    ("text", "university"),
    [
        ("총장은 하노이광업대에서 협정을 맺었다.", "하노이광업대"),
        ("대표단은 다낭 수산과학대, 후에농업대 등을 찾았다.", "다낭 수산과학대"),
        ("대표단은 다낭 수산과학대, 후에농업대 등을 찾았다.", "후에농업대"),
    ],
)
def test_a_citys_university_of_a_field(text, university):
    assert names(text).get(university) == "organizations"


@pytest.mark.parametrize(
    "text",
    ["서울 경제대국의 꿈", "부산 과학대회가 열렸다."],
)
def test_a_field_and_a_common_word_in_de_is_no_university(text):
    assert not any(kind == "organizations" for kind in names(text).values())


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("국제구호단체 로아비타와 함께 다녀왔다.", "로아비타"),
        ("베트남 최대 게임기업인 바로팍 레 투안 이사가 참석했다.", "바로팍"),
        ("경제전문매체 까페빈이 보도했다.", "까페빈"),
        ("중고 거래 플랫폼 ‘바이쏘’를 운영한다.", "바이쏘"),
    ],
)
def test_a_body_after_the_word_for_its_kind(text, body):
    assert names(text).get(body) == "organizations"


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        ("국내 최대 광역자치단체인 충청도 의회를 찾았다.", "충청"),
        ("현지 투자기업인 따오비엣 그룹 관계자가 왔다.", "따오비엣"),
        ("시민단체 관계자는 반대했다.", "관계자"),
        ("벤처기업인 김하늘 대표가 말했다.", "김하늘"),
    ],
)
def test_a_place_a_group_or_a_person_after_the_kind_word_is_no_such_body(
    text, not_a_body
):
    assert names(text).get(not_a_body) != "organizations"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # "…기업인" with a field on it is a businessman as often as a firm
        ("오늘 토론회에서는 벤처기업인 정도윤이 발표를 맡았다.", "정도윤"),
        ("청년기업인 한서연은 수출 경험을 소개했다.", "한서연"),
        ("중소기업인 윤재민 씨는 지원을 요청했다.", "윤재민"),
        ("여성기업인 송지우씨가 상을 받았다.", "송지우"),
        # a given name of native words
        ("벤처기업인 박한별이 대상을 받았다.", "박한별"),
        # an aid group's, an outlet's or a platform's person, title or none
        ("시민단체 대표 김민수 씨가 반대했다.", "김민수"),
        ("현지 매체 기자 박지현이 취재했다.", "박지현"),
        ("구호단체 활동가인 조현우와 함께 갔다.", "조현우"),
        ("경제매체 서하린은 이렇게 전했다.", "서하린"),
    ],
)
def test_a_korean_name_after_the_kind_word_is_no_body(text, person):
    found = names(text)
    assert not [
        n for n, kind in found.items() if person in n and kind == "organizations"
    ]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # a surname's syllable first, but no Korean's name: a firm spelt by sound
        ("현지 최대 해운기업인 고마뎁이 참여했다.", "고마뎁"),
        ("2019년 한국 회사인 노비코가 문을 열었다.", "노비코"),
    ],
)
def test_a_firm_opening_with_a_surnames_syllable_stays_a_firm(text, firm):
    assert names(text).get(firm) == "organizations"


def test_a_national_institution_takes_its_country_before_it():
    found = names("세미나는 한국 국립민속원과 공동으로 열렸다.")
    assert found.get("한국 국립민속원") == "organizations"
    assert "국립민속원" not in found
