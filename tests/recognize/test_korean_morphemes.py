"""Korean names checked against the words of the language (recognize/candidates/morphemes.py):
a particle, an ending, a verb or a common noun is no name; proper nouns listed beside a body
are bodies."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates import morphemes
from dossier.recognize.candidates.korean import korean_names
from dossier.recognize.candidates.morphemes import is_person_name, list_members


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("이에 대해 찌엔 차관은 감사를 표했다.", "이에"),  # this, to
        ("현지 고객에게 밀착 서비스를 제공하고 베트남 시장을 넓힌다.", "서비스를"),
        ("현지 고객에게 밀착 서비스를 제공하고 베트남 시장을 넓힌다.", "제공하고"),
        ("두 나라 정상은 양국 국방 장관 회담을 열기로 했다.", "양국"),  # both countries
        ("현지 신용카드 시장 공동 진출을 추진한다.", "신용카드"),  # a market, no mayor
        ("그는 국가대표 감독으로 선임된 뒤 말했다.", "국가대표"),
        ("행사를 연출한 감독은 이렇게 말했다.", "연출한"),
        ("주부산 베트남 총영사는 행사에 참석했다.", "주부산"),  # the post in Busan
    ],
)
def test_a_word_with_a_particle_an_ending_or_a_common_noun_is_no_person(
    text, not_a_name
):
    assert not_a_name not in names(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("곽동신 한미반도체 부회장은 밝혔다.", "곽동신"),
        ("문성훈 대한주류 해외사업본부장은 밝혔다.", "문성훈"),  # 훈 read as 후 and ᆫ
        (
            "선수들은 '박항서 축구 감독'을 환영했다.",
            "박항서",
        ),  # 박, 항, 서: three nouns
    ],
)
def test_a_person_the_model_reads_in_pieces_is_still_a_name(text, person):
    assert names(text).get(person) == "leaders"


def test_a_vietnamese_name_is_not_read_by_the_korean_model():
    # "또" is an adverb in Korean ("again"), and the surname Tô in this name
    assert names("또 티 빗 응옥 씨는 말했다.").get("또 티 빗 응옥") == "leaders"


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("특히 협약은 내년부터 효력을 갖는다.", "특히 협약"),
        ("동 협정에 따라 두 기관은 협력한다.", "동 협정"),
        ("국내 대학 등과 학술교류 협정을 맺었다.", "등과 학술교류 협정"),
        ("올해 가장 큰 축제가 열렸다.", "가장 큰 축제"),
    ],
)
def test_an_agreement_or_a_festival_opened_by_an_adverb_or_a_particle_is_no_name(
    text, not_a_name
):
    assert not_a_name not in names(text)


def test_an_agreement_named_by_its_topic_stays():
    found = names("한·베트남 자유무역협정이 발효됐다.")
    assert found.get("한·베트남 자유무역협정") == "agreements"


def test_proper_nouns_listed_beside_a_body_are_bodies():
    found = names("한국가스공사와 포스코, 동국씨엠이 컨소시엄에 참여했다.")
    assert found.get("한국가스공사") == "organizations"
    assert found.get("포스코") == "organizations"
    assert found.get("동국씨엠") == "organizations"


def test_a_list_of_places_or_countries_beside_a_body_adds_no_body():
    found = names("한국가스공사와 베트남, 싱가포르가 참여했다.")
    assert "베트남" not in found and "싱가포르" not in found


def test_a_list_with_no_body_in_it_adds_nothing():
    found = names(
        "세아씨엠과 동국씨엠이 참여했다."
    )  # no group, no head noun among them
    assert "세아씨엠" not in found and "동국씨엠" not in found


def test_list_members_are_joined_names_not_neighbours():
    text = "곽동신 한미반도체 부회장은 현대제철과 포스코, 동국씨엠을 찾았다."
    lists = [[text[a:b] for a, b in members] for members in list_members(text)]
    assert lists == [["현대제철", "포스코", "동국씨엠"]]


def test_a_name_must_end_where_a_morpheme_ends():
    text = "이에 대해 말했다."
    assert not is_person_name(text, 0, 2)  # 이 (pronoun) and 에 (particle)


def test_a_clinics_department_keeps_its_gwa():
    # 과 ends "치과" (dentistry) and "성형외과" (plastic surgery); it is no particle there
    found = names("강남의 JK성형외과, SI치과 의료진이 함께 봉사에 참여했다.")
    assert found.get("JK성형외과") == "organizations"
    assert found.get("SI치과") == "organizations"


def test_a_proper_noun_before_a_bodys_head_word_names_the_body():
    found = names("폭스콘 그룹과 애플의 협력사들이 베트남에 공장을 세운다.")
    assert found.get("폭스콘 그룹") == "organizations"


def test_a_country_before_a_head_word_is_no_body():
    assert "베트남 은행" not in names("베트남 은행들이 금리를 내렸다.")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("김민준 한빛전자 대표이사는 밝혔다.", "김민준"),
        ("허민준 베트남법인 법인장은 말했다.", "허민준"),
        ("지난달 조민준 양구군수가 방문했다.", "조민준"),  # the county's head
        ("박민준 의성중 교장은 말했다.", "박민준"),
        ("국토교통부 김민준 항공정책관은 만났다.", "김민준"),
    ],
)
def test_more_posts_after_a_korean_name(text, person):
    assert names(text).get(person) == "leaders"


def test_a_countrys_branch_before_a_title_is_no_person():
    # "한국지사" (the Korea branch) opens with 한, a surname, and ends in 지사 (governor)
    assert "한국지사" not in names("베트남항공 한국지사 지점장은 말했다.")


@pytest.mark.parametrize(
    "text",
    [
        "유명한 안무가 백민준 씨가 무대에 섰다.",
        "유명한 안무가 백민준씨의 공연도 열린다.",
    ],
)
def test_a_name_before_ssi_with_its_particle(text):
    assert names(text).get("백민준") == "leaders"


def test_a_sentence_with_only_one_word_places_needs_no_model(monkeypatch):
    # the model costs seconds and hundreds of megabytes: it is asked only when a name
    # needs it
    def refuse():
        raise AssertionError("the morpheme model was asked")

    monkeypatch.setattr(morphemes, "morphemes", lambda text: refuse())
    assert names("베트남과 한국은 하노이에서 만났다.") == {"하노이": "cities"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a name the model reads as a common noun as readily as a proper one, before a title
        ("진병영 함양군수와 이용권 함양군의회 산업건설위원장이 방문했다.", "진병영"),
        ("유정복 인천시장이 25일 하이퐁 시장을 만났다.", "유정복"),  # a city's mayor
        ("행사를 마쳤다.박현국 군수는 감사를 전했다.", "박현국"),  # a county's head
    ],
)
def test_a_name_before_a_mayors_or_a_county_heads_title_is_a_person(text, person):
    assert names(text).get(person) == "leaders"


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        (
            "국방 분야 협력과 방산·군수 협력을 강화하기로 했다.",
            "방산",
        ),  # two things listed
        ("인터뷰 : 최진근 / 경운대 새마을아카데미 원장", "경운대"),  # a university
        ("현지 재래시장 상인들이 모였다.", "현지"),  # a market, not a mayor
    ],
)
def test_a_common_noun_before_munitions_or_a_market_is_no_person(text, not_a_name):
    assert not_a_name not in names(text)


def test_an_ordinals_counter_opens_no_festivals_name():
    """The counter 회 alone is no word of the name; with its number it is the edition."""
    found = names("올해 10월 열리는 제19회 함양산삼축제에 초청했다.")
    assert found.get("제19회 함양산삼축제") == "initiatives"
    assert "회 함양산삼축제" not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("경찰청(청장 직무대행 유재성)은 발표했다.", "유재성"),
        ("대한치과의사협회(회장 최남섭, 이하 치협)가 나섰다.", "최남섭"),
        ("시립무용단(예술감독 : 홍경희)과 함께 갔다.", "홍경희"),
        ("중대병원(원장:하권익, 의무부총장)이 참여했다.", "하권익"),
        ("서울중앙지법 민사68단독 박진수 부장판사는 판결했다.", "박진수"),
        ("한빛대학교(총장·양미희)가 협약을 맺었다.", "양미희"),  # a dot between
        ("한빛의료연대(이사장 정봉수 이하 한연) 진료단이 왔다.", "정봉수"),
        ("행사에는 임재현 총영사와 이수민 영사가 참석했다.", "이수민"),  # a consul
    ],
)
def test_a_name_with_its_post_in_a_bodys_brackets_or_before_a_judges_title(
    text, person
):
    assert names(text).get(person) == "leaders"
