"""A broadcast's caption for whom it interviews: "▶ 인터뷰 : 이름 / 직함", "[인터뷰] 이름 /
직함". The name before the slash is a person's, a Vietnamese one too, though its surname
is run on into the next syllable ("레티 닌": Lê Thị Ninh; "레방단"); after a bracketed
label, only an office's holder (the label captions passers-by too). Every text here is
invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('▶ 인터뷰 : 레티 빈 / 하노이 식당 운영 - "손님이 많아요."', "레티 빈"),
        ("인터뷰 : 보티 란 / 다낭 시민", "보티 란"),
        ("공장이 늘었습니다.[인터뷰] 레방꽝 / 빈즈엉성 세관장", "레방꽝"),
        ("[인터뷰] 팜반뚜 / 호찌민 세관 과장", "팜반뚜"),
        ("[인터뷰] 홍두식 / 무역협회 과장", "홍두식"),
    ],
)
def test_the_interviewed_person_before_the_slash(text, person):
    assert names(text).get(person) == "leaders"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("▶ 인터뷰 : 하노이 시민 / 30대", "하노이 시민"),  # a passer-by, no name
        ("▶ 인터뷰 : 부산시민 / 관광객", "부산시민"),
        ("[인터뷰] 보도자료 / 무역협회 과장", "보도자료"),  # a press release
        ("[인터뷰] 팜반뚜 / 호찌민 상인", "팜반뚜"),  # a trader the story asks
        ('[인터뷰] 홍두식/학부모 : "좋아요."', "홍두식"),  # a parent
        ("[도움말 / 무역협회]", "도움말"),  # a help box's label
        (
            "신문과의 인터뷰에서 레티 빈은 웃었다.",
            "레티 빈은",
        ),  # an interview in a sentence
    ],
)
def test_no_person_where_the_caption_names_none(text, word):
    assert word not in names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("▶ 인터뷰 : 하이퐁 주민 / 음성변조", "하이퐁 주민"),  # a place's passer-by
        ("▶ 인터뷰 : 까오방성 주민 / 음성변조", "까오방성 주민"),
        ("▶ 인터뷰 : 호아팟 관계자 / 음성변조", "호아팟 관계자"),  # a firm's
        ("▶ 인터뷰 : 레고랜드 관계자 / 음성변조", "레고랜드 관계자"),
        ("▶ 인터뷰 : 레티 / 주민", "레티"),  # a surname and a middle name alone
        ("▶ 인터뷰 : 호반 / 주민", "호반"),  # a lake's shore
        ("[인터뷰] 하반 / 세관장", "하반"),
        ("[인터뷰] 레티 투 씨 / 결혼이주여성", "레티 투 씨"),
        ("[인터뷰] 레티 닌 세관장 / 하노이", "레티 닌 세관장"),  # the title glued on
        ("[인터뷰] 당 관계자 / 사무국장", "당 관계자"),  # a topic after the label
    ],
)
def test_no_person_in_a_place_a_firm_or_a_name_cut_short(text, word):
    assert word not in names(text)


def test_the_place_before_a_passer_by_is_still_a_place():
    text = "까오방성에 폭우가 내렸다.\n\n▶ 인터뷰 : 까오방성 주민 / 음성변조"
    assert names(text).get("까오방성") == "cities"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("▶ 인터뷰 : 도민 김씨 / 음성변조", "도민 김씨"),  # a resident, a Korean noun
        ("▶ 인터뷰 : 도민 한명 / 음성변조", "도민 한명"),
        ("▶ 인터뷰 : 부티크 / 호텔 직원", "부티크"),  # a word of the language
        ("▶ 인터뷰 : 호민관 / 역할", "호민관"),
        ("▶ 인터뷰 : 레티 군 / 음성변조", "레티 군"),  # a word after the two alone
        ("▶ 인터뷰 : 레티 님 / 음성변조", "레티 님"),
        ("▶ 인터뷰 : 레티 외 / 음성변조", "레티 외"),
        ("▶ 인터뷰 : 레티 등 / 음성변조", "레티 등"),
        ("▶ 인터뷰 : 보티 측 / 음성변조", "보티 측"),
        ("▶ 인터뷰 : 부방 장 / 주민", "부방 장"),
        ("▶ 인터뷰 : 레반 김씨 / 주민", "레반 김씨"),
    ],
)
def test_no_person_in_a_word_of_the_language_or_an_address(text, word):
    assert word not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "호방한 리더십의 박 총리는 인기가 높다.",  # 호방: open-hearted, no Văn
        "그는 호방한 웃음을 지으며 대사에게 인사했다.",
        "호방하게 웃는 김 대표는 말했다.",
        "통 큰 호방형 리더인 김 회장은 말했다.",
        "하방경직성 탓에 장관은 고민했다.",
        "성장률 하방위험이 커졌다고 연구원 원장은 말했다.",
        "까오방성인민위원장이 한국을 찾았다.",  # Cao Bằng, a province
        "보방요새를 둘러본 대사는 감탄했다.",
        "호방문객 수가 늘었다고 시장은 말했다.",
    ],
)
def test_bang_opens_no_glued_vietnamese_name_outside_a_caption(text):
    assert not [n for n, kind in names(text).items() if kind == "leaders" and "방" in n]


def test_a_firm_opening_with_a_surname_and_bang_is_still_a_firm():
    assert (
        names("커피 업체 하방커피가 매장을 열었다.").get("하방커피") == "organizations"
    )
