"""Places in Korean text: the gazetteer's names with and without the word for their
kind, and names spelt in brackets (recognize/candidates/korean.py, glosses.py)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names
from dossier.places import is_place_name
from dossier.recognize.candidates.glosses import glossed_names
from dossier.recognize.candidates.korean import korean_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("places"),
        ("cities", "ho-chi-minh-city", "name: Ho Chi Minh City\naliases: [호치민]"),
    )


def proposed(matcher, text: str) -> dict[str, str]:
    return proposed_names(matcher, text)


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("닥락성 한국어 교육센터를 운영하고 있다.", "닥락성"),  # a province, no 베트남
        ("대표단은 까마우성을 방문했다.", "까마우성"),
        ("함양군과 남짜미현의 교류가 이어졌다.", "함양군"),
        ("예천군 지보면을 방문했다.", "예천군"),
        ("단양 도담삼봉을 둘러봤다.", "단양"),  # a county whose name is no other word
    ],
)
def test_a_listed_place_with_or_without_the_word_for_its_kind(text, place):
    assert names(text).get(place) == "cities"


def test_a_place_whose_name_is_a_common_word_needs_its_kind():
    assert names("예산군은 올해 예산을 늘렸다.").get("예산군") == "cities"
    assert "예산" not in names("예산군은 올해 예산을 늘렸다.")
    assert names("화성시와 교류한다.").get("화성시") == "cities"
    assert "화성" not in names("화성 탐사선이 발사됐다.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("임시진료소를 차리고 까마우(Ca Mau)에서 진료했다.", "까마우"),  # a verb before
        ("공장은 현재 박닌(Bac Ninh)에 있다.", "박닌"),  # an adverb before
        ("베트남 북부 박닌(Bac Ninh)에 있다.", "박닌"),  # the part of the country
        ("베트남 동나이성 연짝(Nhơn Trạch) 공단에서", "연짝"),  # the province before
        ("북부 항구도시 하이퐁(Hai Phong)에 짓는다.", "하이퐁"),  # a place of the list
        ("빈 즈엉(Binh Duong)성에 있다.", "빈 즈엉"),  # two words, a syllable each
        ("응우옌 반 꽝(Nguyen Van Quang) 부위원장은", "응우옌 반 꽝"),
    ],
)
def test_a_bracketed_spelling_takes_only_the_words_that_spell_it(text, name):
    assert [g[0] for g in glossed_names(text)] == [name]


def test_a_bracketed_spelling_on_the_list_of_places_is_a_place(matcher):
    found = proposed(matcher, "지난 1월 베트남 빈 농(Vinh Long)지역에서 봉사했다.")
    assert found.get("빈 농") == "cities"


def test_a_registered_place_with_the_word_for_its_kind_is_no_new_place(matcher):
    found = proposed(matcher, "대표단은 호치민시와 닥락성을 차례로 방문했다.")
    assert "호치민시" not in found
    assert found.get("닥락성") == "cities"


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "강원특별자치도와 관광재단은 설명회를 열었다.",
            "강원특별자치도",
        ),  # ends as "도" (also)
        ("강원도는 베트남 관광객을 맞는다.", "강원도"),
        ("대표단은 퀴논과 투이호아를 찾았다.", "투이호아"),
    ],
)
def test_a_province_or_city_of_the_list_is_proposed_as_a_place(matcher, text, place):
    assert proposed(matcher, text).get(place) == "cities"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("백마부대와 맹호부대 전우들이 찾았다.", "맹호부대", "organizations"),
        ("화산이씨 종친회는 행사를 열었다.", "화산이씨 종친회", "organizations"),
        ("시장은 지난 통합의학박람회에 방문했다.", "통합의학박람회", "events"),
        ("봉사단은 한빛고아원을 찾았다.", "한빛고아원", "organizations"),
        ("두 곳은 누리유치원과 협약했다.", "누리유치원", "organizations"),
        ("한빛봉사단은 학용품을 전했다.", "한빛봉사단", "organizations"),
        ("한빛생명은 장학금을 전했다.", "한빛생명", "organizations"),  # an insurer
        ("누리비나는 박닌성에 공장을 열었다.", "누리비나", "organizations"),  # … Vina
        ("다온홀딩스는 광산을 샀다.", "다온홀딩스", "organizations"),
    ],
)
def test_units_societies_and_events_by_their_head_noun(text, name, kind):
    assert names(text).get(name) == kind


def test_a_kind_of_unit_is_no_unit_s_name():
    assert "전투부대" not in names("전투부대를 파병했다.")
    assert "해외봉사단" not in names("해외봉사단은 학용품을 전했다.")
    assert "산골유치원" not in names("산골유치원 여섯 곳에 물을 댔다.")
    assert "공장화재" not in names("어제 공장화재로 직원들이 대피했다.")  # a fire
    assert "지난 통합의학박람회" not in names("시장은 지난 통합의학박람회에 방문했다.")


@pytest.mark.parametrize(
    "text, place",
    [
        ("천혜의 관광자원인 제주도 촬영도 지원한다.", "제주도"),
        ("전북특별자치도 소재 봉사단체가 나섰다.", "전북특별자치도"),
    ],
)
def test_a_listed_place_ending_as_a_particle_does_keeps_its_last_syllable(text, place):
    assert names(text).get(place) == "cities"


@pytest.mark.parametrize(
    "text, person",
    [
        ("한빛관광공사(사장직무대행 엄경섭)는 협약했다.", "엄경섭"),  # an acting head
        ("한빛항만공사(BPA, 사장 남기찬)는 협약했다.", "남기찬"),  # initials first
        ("한빛교회 이흥주 장로를 중심으로 설립됐다.", "이흥주"),  # a church elder
    ],
)
def test_people_by_their_titles_in_more_shapes(text, person):
    assert names(text).get(person) == "leaders"


def test_a_company_by_its_mark_and_an_incorporated_body():
    found = names("원단을 다루는 ㈜아진교역은 (주)선진과 사단법인 한빛나눔에 기부했다.")
    assert found.get("아진교역") == "organizations"
    assert found.get("선진") == "organizations"
    assert found.get("사단법인 한빛나눔") == "organizations"


def test_founding_an_incorporated_body_names_none():
    assert not any("사단법인" in n for n in names("비영리 사단법인 설립을 추진한다."))


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "하노이 교육청과 교류 협약을 맺었다.",
            "하노이 교육청",
        ),  # an agency of the city
        ("껀터 종합병원에서 진료했다.", "껀터 종합병원"),  # a common kind of body
        (
            "하노이 한국교육원이 대회를 열었다.",
            "하노이 한국교육원",
        ),  # one of many alike
    ],
)
def test_a_listed_city_before_a_body_its_words_do_not_tell_apart(text, body):
    assert names(text).get(body) == "organizations"


def test_a_listed_city_before_a_body_with_a_name_of_its_own_stays_apart():
    found = names("부산 한빛대학교와 협약을 맺었다.")
    assert found.get("한빛대학교") == "organizations"
    assert "부산 한빛대학교" not in found


@pytest.mark.parametrize(
    "text, project",
    [
        ("마을에서 방풍림 조성사업을 도왔다.", "방풍림 조성사업"),
        ("새만금간척사업의 경험을 나눴다.", "새만금간척사업"),
    ],
)
def test_a_project_by_its_topic_or_its_own_long_name(text, project):
    assert names(text).get(project) == "initiatives"


@pytest.mark.parametrize(
    "text", ["회사는 해외사업을 늘린다.", "이번 지원사업에 참여했다."]
)
def test_a_project_word_that_names_no_project(text):
    assert not any(kind == "initiatives" for kind in names(text).values())


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "이 지사는 팜 황 썬 박닌성 성장에게 방문을 요청했다.",
            "팜 황 썬",
        ),  # the chairman
        ("다오 탄 쯔엉 하노이 국립대 부총장이 참석했다.", "다오 탄 쯔엉"),  # Đào
        ("한빛공사 사장방성빈 한빛은행장 등이 참석했다.", "방성빈"),  # run onto a title
    ],
)
def test_people_named_before_a_place_and_title_or_run_onto_one(text, person):
    assert names(text).get(person) == "leaders"


def test_a_surname_inside_a_vietnamese_name_opens_no_second_name():
    found = names("이 지사는 팜 황 썬 박닌성 성장에게 방문을 요청했다.")
    assert "황 썬" not in found


def test_a_place_opening_a_centres_topic_is_part_of_its_name():
    assert names("닥락성 한국어 교육센터 운영을 돕는다.").get(
        "닥락성 한국어 교육센터"
    ) == ("organizations")


@pytest.mark.parametrize(
    "text", ["스마트시티 건설 경험을 나눴다.", "베트남 외국계 은행이 늘었다."]
)
def test_an_industry_word_or_a_country_before_a_head_names_no_body(text):
    assert not any(kind == "organizations" for kind in names(text).values())


def test_a_noun_ending_as_an_adjective_does_is_still_a_topic():
    """ "외국인" (foreigners) ends in 인 as "대표적인" (representative) does; it is a noun."""
    found = names("외국인 요양보호사 시범사업을 시작했다.")
    assert found.get("외국인 요양보호사 시범사업") == "initiatives"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "‘베트남 동나이 콜드체인 센터’ 착공식을 열었다.",
            "동나이 콜드체인 센터",
            "organizations",
        ),
        ("전라북도 관광설명회를 열었다.", "전라북도 관광설명회", "events"),
    ],
)
def test_a_listed_place_ending_as_a_particle_does_opens_a_topic(text, name, kind):
    """ "동나이", "전라북도" end as the particles 이 and 도 do; they are places."""
    assert names(text).get(name) == kind


def test_a_province_before_its_vice_chairman_is_the_place():
    assert names("부엉 꾸억 투언 박린성 부성장은 설명했다.").get("박린성") == "cities"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("봉사단은 베트남 빈시의 마을을 찾았다.", "빈시"),  # Vinh: 빈 alone is "empty"
        (
            "일행은 타이응옌성 마을을 찾았다.",
            "타이응옌성",
        ),  # another spelling of Thái Nguyên
    ],
)
def test_a_place_of_one_syllable_and_another_spelling_with_their_kind(text, place):
    assert names(text).get(place) == "cities"


def test_one_syllable_of_the_list_alone_is_no_place():
    assert "빈" not in names("빈 방에 빈 의자만 남았다.")
    assert "빈도" not in names(
        "사용 빈도를 조사했다."
    )  # frequency: 빈 is a place only as 빈시


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("서울시치과의사회는 밝혔다.", "서울시치과의사회"),
        ("하노이한인회가 성금을 전했다.", "하노이한인회"),
        ("하노이 한인회가 성금을 전했다.", "하노이 한인회"),
        ("동국제강은 밝혔다.", "동국제강"),
        ("제주도서예학회는 전시를 열었다.", "제주도서예학회"),
    ],
)
def test_associations_societies_and_steelmakers_by_their_heads(text, name):
    assert (name, "organizations") in [(n, k) for n, k, _, _ in korean_names(text)]


def test_a_kind_of_steel_sheet_or_a_conference_is_no_body():
    found = [
        n for n, _, _, _ in korean_names("컬러강판 수출과 국제학회 참석이 늘었다.")
    ]
    assert not found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("롯데시네마는 하노이에 새 극장을 열었다.", "롯데시네마"),
        ("하이트진로는 소주 수출을 늘렸다.", "하이트진로"),
        ("삼성디스플레이가 투자했다.", "삼성디스플레이"),
    ],
)
def test_a_company_a_korean_groups_name_opens_is_a_body(text, name):
    assert (name, "organizations") in [(n, k) for n, k, _, _ in korean_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "한화가치가 올랐다.",  # the won's value
        "삼성동에서 만났다.",  # a district
        "한화로 환산하면 1만 원이다.",  # the won
        "신세계를 열었다.",  # a new world
        "성난 농심을 달래기 위해 나섰다.",  # farmers' hearts
        "농민들은 카카오를 재배하기 시작했다.",  # cacao
        "이번 인사에서 임원(상무·이사)이 새로 선임됐다.",  # two titles, no head named
    ],
)
def test_a_common_word_or_a_place_a_groups_name_opens_is_no_company(text):
    assert not [n for n, k, _, _ in korean_names(text) if k == "organizations"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("삼성이 투자했다.", ["삼성"]),  # the group itself, its subject particle on it
        ("삼성보다 많고 롯데까지 왔다.", ["삼성", "롯데"]),
        ("코이카는 학교를 지었고 코트라와 협력했다.", ["코이카", "코트라"]),
        ("외교부는 이날 농림축산식품부와 함께 밝혔다.", ["외교부", "농림축산식품부"]),
        ("국립국악원과 국립국제교육원이 참여했다.", ["국립국악원", "국립국제교육원"]),
        ("학생들은 국립공원을 찾았다.", []),  # any national park
    ],
)
def test_a_group_or_a_body_named_alone_is_a_body(text, names):
    found = [n for n, k, _, _ in korean_names(text) if k == "organizations"]
    assert sorted(found) == sorted(names)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "꽝남성 탕빈현 하미마을과 퐁니마을에서 진료했다.",
            ["탕빈현", "하미마을", "퐁니마을"],
        ),
        ("송콩시 띤띤마을을 방문해 점검했다.", ["띤띤마을"]),
        ("사파 인근 깟깟마을을 찾았다.", ["깟깟마을"]),  # spelt by sound
        # "으로부터" (from): a particle of four syllables
        ("다낭시 화방현으로부터 근로자가 왔다.", ["화방현"]),
    ],
)
def test_a_district_or_a_village_in_the_place_before_it(text, places):
    # the syllables of "탕빈", "하미" are Sino-Korean ones too: read as a place right
    # after the province, city or district it lies in, or after a village listed with it
    found = names(text)
    assert all(found.get(place) == "cities" for place in places), found


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("꽝남성 어촌마을을 찾았다.", "어촌마을"),  # a fishing village
        ("하노이시 한국마을을 찾았다.", "한국마을"),  # a Korean village
        ("관광객들이 전통마을을 찾았다.", "전통마을"),
    ],
)
def test_a_village_of_common_words_or_a_country_is_no_place(text, village):
    assert village not in names(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("인사들이 서울시 광진구에 있는 사무실을 방문했다.", "광진구"),
        ("종로구의회는 하노이시 떠이호구 의회와 교류해 왔다.", "떠이호구"),
        ("서울 서대문구에서 행사가 열렸다.", "서대문구"),  # the region without 시
    ],
)
def test_a_district_after_its_city_written_with_si(text, place):
    assert names(text).get(place) == "cities"


@pytest.mark.parametrize(
    "text",
    [
        "서울시 연구소 직원도 만났다.",  # no district's ending
        "대사는 협력시 요구를 전했다.",  # no listed city before it
    ],
)
def test_a_word_ending_like_a_district_after_no_city_is_none(text):
    assert not any(name.endswith(("구", "군")) for name in names(text))


@pytest.mark.parametrize(
    "text",
    [
        "서울시 인구는 940만 명이다.",
        "서울시 연구에 따르면 늘었다.",
        "부산시 선거구 획정이 끝났다.",
    ],
)
def test_a_common_noun_after_a_city_written_with_si_is_no_district(text):
    assert not any(name.endswith(("구", "군")) for name in names(text))


def test_a_district_named_for_where_it_lies():
    assert names("서울시 중구에서 행사가 열렸다.").get("중구") == "cities"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "대사는 종로구와 하노이의 협정을 언급했다.",
            "종로구",
        ),  # the model knows it whole
        ("앞으로 강북구와 협정을 체결하고 싶다고 말했다.", "강북구"),
        ("떠이호구에서 교류 행사가 열렸다.", "떠이호구"),  # a name, then its kind
    ],
)
def test_a_district_the_model_knows_as_a_name_is_a_place_alone(text, place):
    assert names(text).get(place) == "cities"


@pytest.mark.parametrize(
    "text",
    [
        "건물의 출입구와 비상구를 점검했다.",  # an entrance, an emergency exit
        "연합군이 도시에 들어왔다.",  # allied forces
        "아이들이 놀이기구를 탔다.",  # a ride: common nouns
        "베트남군 대표단과 중국군, 미얀마군이 참가했다.",  # a country's army
    ],
)
def test_a_common_noun_ending_like_a_district_is_no_place_alone(text):
    assert not any(name.endswith(("구", "군")) for name in names(text))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "중기청은 '제5회 베트남 국제 베이비&키즈 페어'에 국내 기업이 참가했다고 밝혔다.",
            "제5회 베트남 국제 베이비&키즈 페어",
            "events",
        ),
        (
            "협회는 ‘칸호아-한국 투자촉진 컨퍼런스 2024’를 서울에서 열었다.",
            "칸호아-한국 투자촉진 컨퍼런스 2024",  # its year after its kind's noun
            "events",
        ),
        (
            "총영사관은 ‘주 호찌민 한인기관단체 설명회’를 개최했다.",
            "주 호찌민 한인기관단체 설명회",
            "events",
        ),
        (
            "중기청은 '2015 베트남 한류 상품 페스티벌'을 개최했다.",
            "2015 베트남 한류 상품 페스티벌",
            "initiatives",
        ),
        (
            "양국은 ‘한-베 청년 기업가 포럼’을 열었다.",
            "한-베 청년 기업가 포럼",
            "events",
        ),
        ("시는 ‘찾아가는 수출 상담회’를 열었다.", "찾아가는 수출 상담회", "events"),
    ],
)
def test_a_name_in_quotes_ending_in_its_kinds_noun_is_proposed_whole(
    matcher, text, name, kind
):
    found = proposed(matcher, text)
    assert found.get(name) == kind
    # not a shorter piece of it as well
    assert not [n for n in found if n != name and n in name and found[n] == kind]


@pytest.mark.parametrize(
    "text",
    [
        "그는 “이번 회의”라고 말했다.",
        "양측은 ‘협약’을 맺었다.",
        "총리는 이번 방문이 “매우 성공적인 회의”였다고 평가했다.",
        "그는 “양국이 함께 추진할 핵심 사업”이라며 협력을 강조했다.",
        "대통령은 “사람 중심의 정책”을 강조했다.",
        "관계자는 “역대 가장 큰 규모의 박람회”라고 말했다.",
    ],
)
def test_a_quoted_kind_without_a_topic_is_no_name(matcher, text):
    kinds = proposed(matcher, text).values()
    assert not {"events", "agreements", "initiatives"} & set(kinds)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("호치민시 인근 연짝공단에 공장이 있다.", "연짝공단", "cities"),
        ("박닌성 옌퐁 공단에는 공장이 많다.", "옌퐁 공단", "cities"),
        ("닌투안성 두롱산업단지가 투자를 유치했다.", "닌투안성 두롱산업단지", "cities"),
        (
            "중소벤처기업진흥공단에서 운영 중이다.",
            "중소벤처기업진흥공단",
            "organizations",
        ),
    ],
)
def test_an_industrial_park_or_complex_is_a_place_an_agency_a_body(text, name, kind):
    """ "공단" is an industrial park after its place's name, an agency in one word with
    what it does ("…진흥공단"); "산업단지" an industrial complex, a place."""
    assert names(text).get(name) == kind


def test_a_place_ending_a_list_with_the_copula_is_a_place():
    """ "다낭이며": Da Nang, and the copula's form that ends a list's item."""
    found = names("허용된 도시는 하노이, 호찌민, 다낭이며 유효기간은 5년이다.")
    assert found.get("다낭") == "cities"


def test_an_agency_named_after_a_city_is_no_industrial_park():
    """ "부산 국민연금 공단": the pension agency's office in Busan, not a park."""
    assert names("부산 국민연금 공단에서 상담했다.").get("부산 국민연금 공단") == (
        "organizations"
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("선박은 붕타우 항에 도착했다", "붕타우"),  # the list's 붕따우, aspirated
        ("쾅남성 어민들이 행사에 참여했다", "쾅남성"),  # 꽝남
        ("하틴 성의 어민들이 참여했다", "하틴"),  # 하띤
    ],
)
def test_a_vietnamese_place_with_a_consonant_heard_otherwise_is_the_place(text, place):
    assert names(text).get(place) == "cities"


def test_the_same_reading_makes_no_korean_word_a_place():
    assert not is_place_name("동영")  # a video; 통영 (Tongyeong) is listed


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("타인 호아 성과 하띤 성의 어민들이 참여했다", "타인 호아"),
        ("응 에안성 주민들이 왔다", "응 에안성"),
    ],
)
def test_a_listed_place_written_in_two_words_is_one_place(text, place):
    assert names(text).get(place) == "cities"


def test_two_places_side_by_side_stay_two():
    assert "하노이 다낭" not in names("그는 하노이 다낭 노선을 열었다")
