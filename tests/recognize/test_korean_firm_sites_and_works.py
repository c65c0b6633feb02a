"""A firm's local unit (recognize/candidates/korean_firm_sites.py), a work's title in
quotes (korean_works.py), a body or a pact named for the two countries in Vietnam's order
or with spaces around the sign (korean_paired_bodies.py, korean_kinds.py), a council of a
body (korean_units.py) and a declaration in quotes (korean_quoted.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "unit", "alone"),
    [
        (
            "지난해 대성 베트남법인은 공장 두 곳을 더 지었다.",
            "대성 베트남법인",
            "베트남법인",
        ),
        (
            "올해 한솔제지 베트남사업장이 설비를 늘렸다.",
            "한솔제지 베트남사업장",
            "베트남사업장",
        ),
        (
            "대표단은 한솔제지 오창사업장을 둘러봤다.",
            "한솔제지 오창사업장",
            "오창사업장",
        ),
    ],
)
def test_a_firm_then_its_local_company_or_site(text, unit, alone):
    found = names(text)
    assert found.get(unit) == "organizations"
    assert alone not in found


@pytest.mark.parametrize(
    "text",
    [
        "그는 김민준 베트남법인 대표를 만났다.",  # a person, then the post he holds
        "한솔제지 해외사업장과 현지법인은 늘었다.",  # what a site is, not where
        "특히 호찌민 베트남법인 직원 수가 늘었다.",  # a place, no firm, before it
        "대한전자 모범사업장 직원들이 상을 받았다.",  # an award, no place
        "환경부 안전사업장 인증을 받은 기업이 늘었다.",  # a label, no place
        "대한화학 우수사업장 직원들도 나섰다.",
    ],
)
def test_no_firm_or_no_place_is_no_unit(text):
    assert not any(n.endswith(("법인", "사업장")) for n in names(text))


def test_a_campus_by_its_place_with_the_firm_before_it():
    text = (
        "대한전자는 ‘대한전자 베트남 하이퐁 캠퍼스’를 열었다. "
        "공장 두 곳은 하이퐁 캠퍼스로 합친다."
    )
    found = names(text)
    assert found.get("대한전자 베트남 하이퐁 캠퍼스") == "organizations"
    assert found.get("하이퐁 캠퍼스") == "organizations"  # the second, alone


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "두 나라가 함께 만든 기획영화 ‘바다가 부른다’(Bien Goi)가 개봉했다.",
            "바다가 부른다",
        ),
        ("그는 SBS `달리는 이웃`에서 웃음을 줬다.", "달리는 이웃"),
        ("감독은 `한밤의 식탁`에 출연해 이야기를 나눴다.", "한밤의 식탁"),
        ("‘노란 우산’(Chiec O Vang)은 ‘푸른 우산’의 속편이다.", "푸른 우산"),
        ("합작영화 ‘첫 비’(Mua Dau), ‘둘째 비’(Mua Sau) 등이 나왔다.", "둘째 비"),
    ],
)
def test_a_work_in_quotes_by_its_medium_or_its_latin_title(text, title):
    assert names(text).get(title) == "initiatives"


@pytest.mark.parametrize(
    "text",
    [
        "그는 ‘정말 즐거웠다’(Very Good Time)라고 말했다.",  # speech
        "영화 '한국영화진흥원'이 지원했다.",  # a body's name
        "그는 '서로 돕자'고 말했다.",  # no medium, no title
        "정부는 공기업 민영화 '가속 페달'을 밟았다.",  # privatisation, no film
        "MBC '아침뉴스'에 따르면 시장은 회복세다.",  # a programme as a source
        "그는 '녹색 성장'(Green Growth) 모델을 배우자고 했다.",  # a term glossed
        "'개혁 개방'(Doi Moi) 이후 국영기업 민영화가 빨라졌다.",
    ],
)
def test_speech_or_a_body_in_quotes_is_no_work(text):
    assert "initiatives" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("레 반 남 베-한 청년친선협회장이 참석했다.", "베-한 청년친선협회"),
        ("그는 한베 원로그룹 회원이다.", "한베 원로그룹"),
        ("베트남-한국 우정협회 회원들이 왔다.", "베트남-한국 우정협회"),
    ],
)
def test_a_body_named_for_the_pair_in_vietnams_order_or_run_together(text, body):
    assert names(text).get(body) == "organizations"


def test_a_pact_named_for_the_pair_with_spaces_round_the_dash():
    text = "한 - 베 투자 보장 협정 체결 이후 투자가 늘었다."
    assert names(text).get("한 - 베 투자 보장 협정") == "agreements"


def test_a_council_of_a_body():
    text = "그는 유엔 인권이사회 이사국 선거에 나섰다. 한솔제지 이사회도 열렸다."
    found = names(text)
    assert found.get("유엔 인권이사회") == "organizations"
    assert "한솔제지 이사회" not in found  # any firm's board


def test_a_declaration_in_quotes_by_the_place_it_was_signed_at():
    found = names("두 정상은 '하노이 선언'을 지지했다. 그는 '금연 선언'도 했다.")
    assert found.get("하노이 선언") == "agreements"
    assert "금연 선언" not in found  # a pledge, no pact
