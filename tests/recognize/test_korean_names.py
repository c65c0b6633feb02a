"""Names in Korean text (recognize/candidates/korean.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.glosses import glossed_names
from dossier.recognize.candidates.korean import korean_names, stem
from dossier.recognize.candidates.spelt_sounds import opens_alike


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


def test_a_person_before_a_title_and_the_body_between():
    found = names("한아름 인천관광공사 사장은 4일 하노이에서 말했다.")
    assert found.get("한아름") == "leaders"
    assert found.get("인천관광공사") == "organizations"


def test_a_word_that_starts_with_no_surname_is_no_person():
    assert "베트남" not in names("베트남 사장은 말했다.")


def test_a_reporter_s_byline_is_no_name():
    assert names("부산=민지호 기자 jhmin@example.com") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("대구한의대학교는 6일 협약을 맺었다.", "대구한의대학교"),
        ("한국해양진흥공사가 투자한다.", "한국해양진흥공사"),
        ("경북농업기술재단과 함께 한다.", "경북농업기술재단"),
    ],
)
def test_a_body_ends_in_what_it_is_and_loses_its_particle(text, name):
    assert names(text).get(name) == "organizations"


def test_a_generic_committee_takes_its_city():
    found = names("다낭시 인민위원회와 협약을 맺었다.")
    assert found.get("다낭시 인민위원회") == "organizations"
    assert "인민위원회" not in found


@pytest.mark.parametrize("text", ["다낭시청에서 열렸다.", "다낭시는 밝혔다."])
def test_a_city_stands_before_si(text):
    assert names(text).get("다낭") == "cities"


def test_two_syllables_before_si_are_a_word_not_a_city():
    assert names("당시 회의는 열렸다.") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("응우옌 반 꽝(Nguyen Van Quang) 부위원장은", "응우옌 반 꽝"),
        ("현지 물류기업 띠엔퐁로지스틱스(Tien Phong Logistics)와", "띠엔퐁로지스틱스"),
        ("베트남 레흐엉꽝(LE HUONG QUANG) 산업무역부 차관", "레흐엉꽝"),  # in capitals
        ("판티미쭉 (PHAN THI MY TRUC) 부성장", "판티미쭉"),
    ],
)
def test_a_name_given_with_its_spelling_in_brackets(text, name):
    assert [g[0] for g in glossed_names(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "현지 합작법인(HYUNDAI THANH CONG)을 통해 조립한다",
        "민간기업 빈그룹(VINGROUP JOINT STOCK COMPANY)과 체결됐다",
    ],
)
def test_a_firms_name_in_capitals_spells_no_common_noun_before_it(text):
    """Only a Vietnamese person's name in capitals spells the Hangul word before it."""
    assert [g[0] for g in glossed_names(text)] == []


def test_a_surname_that_opens_common_words_opens_no_glued_name():
    found = names("연맹은 풍부한 경험의 김상식 감독이 적임자라고 밝혔다.")
    assert "풍부한" not in found and found.get("김상식") == "leaders"


def test_a_brand_listed_with_coach_is_no_persons_title():
    assert "구찌와" not in names("시내에는 구찌와 코치, 루이비통 매장이 문을 열었다.")


def test_a_short_form_in_brackets_is_no_spelling():
    assert list(glossed_names("업무협약(MOU)을 맺었다")) == []
    assert list(glossed_names("무역협회(KITA KCCI)와 만났다")) == []  # two short forms


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        ("부산항만공사가", "부산항만공사"),
        ("다낭에서", "다낭"),
        ("송재혁", "송재혁"),
        ("국무총리와도", "국무총리"),  # "and also"
        ("예쁨성형외과도", "예쁨성형외과"),  # a clinic, "also"; not "과도"
    ],
)
def test_stem_drops_the_particle(word, bare):
    assert stem(word) == bare


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("서울시 교통정보센터를 방문했다.", "서울시 교통정보센터"),
        ("다낭시 교통국 부국장은 말했다.", "다낭시 교통국"),
        ("베트남 보건부에 제품 공표를 마쳐야 한다.", "베트남 보건부"),
        ("동남해운은 밝혔다.", "동남해운"),
    ],
)
def test_a_body_takes_the_place_that_has_it(text, name):
    assert names(text).get(name) == "organizations"


@pytest.mark.parametrize(
    "text", ["베트남 중부 최대 도시", "베트남 정부는 밝혔다.", "베트남 전국에서"]
)
def test_a_region_or_a_government_is_no_body(text):
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("주한 베트남 대사관은 20일 밝혔다.", "주한 베트남 대사관"),
        ("주베트남 대한민국 대사관이 행사를 열었다.", "주베트남 대한민국 대사관"),
        ("주 베트남 한국 대사관은 밝혔다.", "주 베트남 한국 대사관"),
        ("주호치민 총영사관은 밝혔다.", "주호치민 총영사관"),
        ("한-베트남 민간경협위원회는 회의를 열었다.", "한-베트남 민간경협위원회"),
    ],
)
def test_a_mission_or_a_joint_body_opens_where_it_is_stationed_or_with_both_countries(
    text, name
):
    found = names(text)
    assert found.get(name) == "organizations"
    assert not [n for n in found if n != name and n in name]  # not a piece of it


def test_a_country_after_a_country_is_no_body():
    """ "한국" ends as a bureau's …국 does: "베트남 한국 기업" names no body."""
    assert names("베트남 한국 기업들은 투자를 늘렸다.") == {}


def test_a_vietnamese_name_in_four_hangul_words_with_its_spelling():
    found = [
        g[0] for g in glossed_names("연수단장인 쩐 티 투 하(Tran Thi Thu Ha) 부국장은")
    ]
    assert found == ["쩐 티 투 하"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("팜 반 득 부위원장은 말했다.", "팜 반 득"),
        ("강사로 선 사람은 응우옌 티 투 하 씨입니다.", "응우옌 티 투 하"),
        ("대학을 방문해 트란 큉 안 부총장과 논의했다.", "트란 큉 안"),  # Tran
    ],
)
def test_a_vietnamese_name_in_hangul_before_a_title(text, name):
    assert names(text).get(name) == "leaders"


@pytest.mark.parametrize("text", ["여성가족부는 밝혔다.", "농촌진흥청이 지원한다."])
def test_a_ministry_or_an_agency_needs_no_place(text):
    assert list(names(text).values()) == ["organizations"]


def test_a_province_after_the_country_is_a_place_but_an_abstract_noun_is_not():
    assert names("베트남 꽝닌성 하롱시에서 열렸다.").get("꽝닌성") == "cities"
    assert names("가능성은 크다.") == {}


def test_a_spelling_in_brackets_may_carry_vietnamese_marks():
    found = [g[0] for g in glossed_names("응우옌 반 찌엔(Nguyễn Văn Chiến) 대표는")]
    assert found == ["응우옌 반 찌엔"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "한·베트남 자유무역협정(VKFTA) 발효 이후",
            "한·베트남 자유무역협정",
            "agreements",
        ),
        ("두 도시는 우호도시 협약을 맺었다", "우호도시 협약", "agreements"),
        ("스마트팜 수출 상담회를 열었다", "스마트팜 수출 상담회", "events"),
        ("시흥갯골축제에 초청했다", "시흥갯골축제", "initiatives"),
        ("주한베트남대사관은 밝혔다", "주한베트남대사관", "organizations"),
        ("한결마트와 계약했다", "한결마트", "organizations"),
    ],
)
def test_agreements_events_festivals_and_more_bodies_by_their_heads(text, name, kind):
    assert names(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("한-베트남 FTA 발효 이후 교역이 늘었다", "한-베트남 FTA"),
        ("정부는 한·아세안 FTA 개선 협상을 벌였다", "한·아세안 FTA"),
        ("한-베 FTA 덕분에 관세가 내렸다", "한-베 FTA"),
    ],
)
def test_a_trade_pact_by_its_parties_and_initials(text, name):
    assert names(text).get(name) == "agreements"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("한-베트남 정상회담이 열렸다", "한-베트남 정상회담"),
        ("양국은 한·베 외교장관회담에서 합의했다", "한·베 외교장관회담"),
    ],
)
def test_talks_after_two_countries_are_an_event(text, name):
    assert names(text).get(name) == "events"


def test_talks_without_the_countries_are_none():
    assert names("이번 정상회담에서 논의했다") == {}


@pytest.mark.parametrize(
    "text", ["이번 FTA 체결로 관세가 내렸다", "하노이-호찌민 FTA 논의", "한·중·일 FTA"]
)
def test_initials_without_two_parties_name_no_pact(text):
    assert not [name for name in names(text) if "FTA" in name]


@pytest.mark.parametrize(
    "text", ["업무협약을 맺었다", "이번 포럼에서 밝혔다", "우호도시를 늘린다"]
)
def test_a_head_with_nothing_to_say_which_is_no_name(text):
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("문성훈 대한주류 해외사업본부장은 밝혔다.", "문성훈", "leaders"),
        ("진경수 국가기술표준원장과 만났다.", "진경수", "leaders"),
        ("하 민 뚜언 위원장은 말했다.", "하 민 뚜언", "leaders"),
        (
            "[쩐 반 하이 / 베트남 소방경찰 부국장 : 공단 화재가 늘고 있다]",
            "쩐 반 하이",
            "leaders",
        ),
        ("보건복지부는 밝혔다.", "보건복지부", "organizations"),
        ("고용노동부가 발표했다.", "고용노동부", "organizations"),
        ("안양소방서는 장비를 넘겼다.", "안양소방서", "organizations"),
    ],
)
def test_more_titles_ministries_and_speaker_labels(text, name, kind):
    assert names(text).get(name) == kind


@pytest.mark.parametrize("text", ["베트남 동부 지역", "지방정부가 나섰다"])
def test_regions_and_governments_stay_no_bodies(text):
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "한도윤(사진 왼쪽 두 번째) 구청장은 협약식에 참석했다.",
            "한도윤",
        ),  # a picture's note
        (
            "경남 하동군(군수 배민호)은 근로자를 맞았다.",
            "배민호",
        ),  # the title in brackets
        (
            "쩐반롱 국회의장은 서울을 방문했다.",
            "쩐반롱",
        ),  # a Vietnamese name as one word
        (
            "응웬치팟 베트남 국방부 차관과 회담했다.",
            "응웬치팟",
        ),  # a surname no Korean word opens with, no middle name
        (
            "후잉탄뚜 베트남 과학기술부 장관은 공장을 찾았다.",
            "후잉탄뚜",
        ),  # Huỳnh spelt 후잉
        ("대표단장을 맡은 최정우 금융위 상임위원은 말했다.", "최정우"),
        ("박항서 감독과 이정민 수석코치가 참석했다.", "이정민"),  # not "코치", a brand
        ("선교회 김태성 목사님과 함께 왔다.", "김태성"),  # a title with its honorific
    ],
)
def test_a_person_beside_brackets_or_written_as_one_word(text, name):
    assert names(text).get(name) == "leaders"


def test_munitions_is_no_title_outside_brackets():
    found = names("협력 강화와 더불어 방산·군수 협력을 위해 노력한다.")
    assert "강화와" not in found and "방산" not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "서울 마포구는 베트남 도시와 자매결연을 맺었다.",
            "마포구",
        ),  # after its region
        ("경남 하동군(군수 배민호)은 근로자를 맞았다.", "하동군"),
        ("경남 하동군(군수 배민호)은 근로자를 맞았다.", "경남"),  # the region itself
        ("근로자들은 베트남 닌빈군에 거주했다.", "닌빈군"),  # after the country
    ],
)
def test_districts_counties_and_regions_are_places(text, place):
    assert names(text).get(place) == "cities"


def test_the_economy_is_no_region():
    assert "경기" not in names("경기 회복세가 이어지고 있다.")


def test_a_ministry_named_with_its_country():
    assert (
        names("한국 외교부에 따르면 교민은 늘었다.").get("한국 외교부")
        == "organizations"
    )


def test_a_dialogue_is_an_event_without_the_verb_before_it():
    found = names("차관은 호앙 국방차관과 가진 국방전략대화에서 말했다.")
    assert found.get("국방전략대화") == "events"
    assert "가진 국방전략대화" not in found


def test_a_short_ministry_before_a_title_is_a_body_not_a_person():
    found = names("박재민 국방부 차관은 이날 회담을 했다.")
    assert found.get("국방부") == "organizations"
    assert found.get("박재민") == "leaders"


def test_a_title_before_a_glossed_name_is_not_part_of_it():
    found = list(
        glossed_names("베트남 사회주의 공화국 국회의장 쩐반롱(Tran Van Long)이 왔다.")
    )
    assert [name for name, *_ in found] == ["쩐반롱"]


@pytest.mark.parametrize("word", ["국회", "공화국"])
def test_an_institution_before_a_title_is_no_person(word):
    assert word not in names(f"베트남 {word} 국회의장은 말했다.")


def test_a_republic_before_a_title_is_no_body():
    assert names("사회주의 공화국 국회의장이 왔다.").get("공화국") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("삼성전기는 베트남 공장을 증설한다.", "삼성전기"),
        ("세종학당에서 한국어를 배운다.", "세종학당"),
        ("롯데컬처웍스는 영화관을 운영한다.", "롯데컬처웍스"),
        # KOTRA's Hanoi trade office: the office with the body it belongs to
        ("코트라 하노이무역관에 따르면 수출이 늘었다.", "코트라 하노이무역관"),
    ],
)
def test_a_companys_or_institutes_head_noun_names_a_body(text, name):
    assert names(text).get(name) == "organizations"


def test_a_common_noun_ending_like_a_company_is_not_one():
    # "정전기" (static electricity): one syllable before 전기
    assert "정전기" not in names("겨울에는 정전기가 자주 생긴다.")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("하노이세관과 협약을 맺었다.", "하노이세관", "organizations"),
        ("안동 마라톤에 베트남 선수들이 참가했다.", "안동 마라톤", "events"),
        ("신기술 파트너십 워크숍을 열었다.", "신기술 파트너십 워크숍", "events"),
        (
            "캐릭터 라이센싱 페스티벌이 열렸다.",
            "캐릭터 라이센싱 페스티벌",
            "initiatives",
        ),
        ("남양주시의회를 방문했다.", "남양주시의회", "organizations"),
    ],
)
def test_more_korean_heads_name_bodies_and_events(text, name, kind):
    assert names(text).get(name) == kind


def test_an_adverb_ending_like_a_province_places_no_body():
    # "앞으로도" (from now on, too) ends in 도 as "경기도" does; "출전해" is a verb
    assert not any("앞으로도" in n for n in names("앞으로도 세관과 협력한다."))
    assert not any(
        "출전해" in n for n in names("선수들은 출전해 국제 대회에서 우승했다.")
    )


def test_a_koreans_name_spelt_in_brackets_is_that_one_word_and_a_person():
    """ "박지환(Jihwan Park)": one Hangul word, spelt in two; "안장성(An Giang)" is a
    province (a given name of one syllable is no Korean's)."""
    found = {
        g[0]: g[5] for g in glossed_names("법률사무소의 박지환(Jihwan Park) 변호사는")
    }
    assert found == {"박지환": "leaders"}
    province = {g[0]: g[5] for g in glossed_names("베트남 안장성(An Giang) 관광국은")}
    assert province.get("베트남 안장성", province.get("안장성")) is None


def test_a_place_named_by_its_head_or_council_elsewhere_is_a_place_alone():
    """ "함양군은 …": with "함양군수" or "함양군의회" in the text, the county; a market
    ("재래시장") names no city "재래시"."""
    found = {
        n: k
        for n, k, _, _ in korean_names("함양군은 축제를 연다. 함양군의회 의장이 왔다.")
    }
    assert found.get("함양군") == "cities"
    assert "의왕시" in {
        n for n, *_ in korean_names("의왕시는 김성제 의왕시장과 함께 갔다.")
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("충북도는 관광설명회를 열었다.", "충북도"),  # the province, its 도 not "also"
        ("충북도 참여했다.", "충북"),  # Chungbuk also took part
        ("행사는 서울", "서울"),  # a region's name the text ends on
    ],
)
def test_a_provinces_short_name_with_its_do_is_the_province(text, place):
    assert (place, "cities") in {(n, k) for n, k, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("이날 접견에는 송대윤, 황경아 부의장이 함께했다.", {"송대윤", "황경아"}),
        ("행사에는 최영삼 주 베트남 한국 대사가 참석했다.", {"최영삼"}),
        (
            "이우현의장은 대표단을 맞았다.",
            {"이우현"},
        ),  # the title written onto the name
        ("구의회를 방문한 응웬 부 뚜 주한 베트남 대사를 만났다.", {"응웬 부 뚜"}),
    ],
)
def test_names_listed_posted_or_glued_before_their_title(text, people):
    found = {n for n, k, _, _ in korean_names(text) if k == "leaders"}
    assert people <= found
    assert not any("주한" in n for n in found)


def test_a_common_noun_with_a_title_on_it_is_no_name():
    assert korean_names("정부위원장은 말했다.") == []


def test_a_vietnamese_province_named_once_after_vietnam_is_a_place_everywhere():
    """ "베트남 동북부 타이응우옌성" once: "타이응우옌성에 …" later is the province too;
    "박닌성 성장" (the province's head) names it; "가능성" (possibility) is no province."""
    text = (
        "대표단은 베트남 동북부 타이응우옌성을 찾았다. 도는 타이응우옌성에 성금을 전했다. "
        "이 지사는 팜 황 썬 박닌성 성장에게 협력 가능성을 물었고 박닌성은 화답했다."
    )
    found = [(n, k, s) for n, k, s, _ in korean_names(text) if k == "cities"]
    assert [s for n, _, s in found if n == "타이응우옌성"] == [
        text.index("타이응우옌성"),
        text.index("타이응우옌성에"),
    ]
    assert sum(n == "박닌성" for n, _, _ in found) == 2
    assert not any(n == "가능성" for n, _, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a space before the bracket, as some papers print every bracket
        ("작가인 응옌 반 끄엉 (Nguyen Van Cuong) 씨가", "응옌 반 끄엉"),
        # three words spell three syllables: not a Korean's name of two ("도안")
        ("베트남에서는 르엉 수언 도안 (Luong Xuan Doan) 부국장이", "르엉 수언 도안"),
        ("작가 응웬 테 주이(Nguyen The Duy)가", "응웬 테 주이"),
    ],
)
def test_a_vietnamese_name_glossed_after_a_space_or_ending_like_a_korean_one(
    text, name
):
    assert [g[0] for g in glossed_names(text)] == [name]


def test_an_association_named_with_its_chairs_title_on_it():
    # "김흥수 베트남한인상공인연합회장": a person, then the association they chair, its
    # 회 and 장 (head) run together; "전대 한인회장" (a former chair) names none
    found = names(
        "행사에는 박영수 대한노인회 베트남지회장, 김흥수 베트남한인상공인연합회장, "
        "김현화 호치민한인여성회장과 전대 한인회장 등이 참석했다."
    )
    assert found.get("대한노인회 베트남지회") == "organizations"
    assert found.get("베트남한인상공인연합회") == "organizations"
    assert found.get("호치민한인여성회") == "organizations"
    assert "한인회" not in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("베트남국립중앙예술단 공연이 열렸다.", "베트남국립중앙예술단"),
        ("영동와인주식회사가 참가했다.", "영동와인주식회사"),
    ],
)
def test_a_troupe_a_choir_or_a_company_by_its_head(text, body):
    assert names(text).get(body) == "organizations"


def test_a_choir_of_boys_and_girls_says_what_kind_not_which():
    assert "소년소녀합창단" not in names("지난해 소년소녀합창단이 공연했다.")


def test_a_deputy_an_honorary_or_a_companys_chair_names_no_association():
    found = names(
        "김철수 베트남한인회부회장, 신동빈 롯데그룹회장, 이재용 삼성전자회장, "
        "박철수 한인상공인연합회명예회장이 참석했다."
    )
    assert not [n for n, kind in found.items() if kind == "organizations" and "회" in n]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("김철수 베트남참전전우회장은 말했다.", "베트남참전전우회"),
        ("박영호 호치민협의회장은 말했다.", "호치민협의회"),
        ("이민호 베트남한인체육회장은 말했다.", "베트남한인체육회"),
    ],
)
def test_more_associations_by_their_chair(text, body):
    assert names(text).get(body) == "organizations"


@pytest.mark.parametrize(
    "text", ["시립 관현악단이 연주했다.", "축하공연단이 무대에 올랐다."]
)
def test_an_orchestra_or_a_troupe_of_a_kind_is_no_name(text):
    assert not [n for n, kind in names(text).items() if kind == "organizations"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("사단법인 한·베문화교류협회가 행사를 열었다.", "한·베문화교류협회"),
        ("달랏대학에 설립한 한-베교육원이 문을 열었다.", "한-베교육원"),
        ("하노이 한-베트남가족협회에 따르면 20명이 온다.", "한-베트남가족협회"),
    ],
)
def test_a_body_named_for_korea_and_vietnam_keeps_both(text, body):
    assert names(text).get(body) == "organizations"


@pytest.mark.parametrize(
    ("text", "name", "not_alone"),
    [
        # a union every province has, named by the place before it
        ("하이퐁 여성연맹은 행사를 열었다.", "하이퐁 여성연맹", "여성연맹"),
        # a kind of association, or a troupe, named by the city or province before it
        ("호찌민시 재향군인회 회원들이 참석했다.", "호찌민시 재향군인회", "재향군인회"),
        ("하롱시 예술단이 공연했다.", "하롱시 예술단", "예술단"),
    ],
)
def test_a_body_of_a_kind_takes_the_place_before_it(text, name, not_alone):
    found = names(text)
    assert found.get(name) == "organizations"
    assert not_alone not in found


@pytest.mark.parametrize(
    "text",
    [
        "광주시·시의회는 협약을 맺었다.",  # the city and its council, not one body
        "이봉구 예술단장은 말했다.",  # a name ending as a district does: no place
        # an industry or a kind of unit after a country or a city: no body
        "베트남 전기 요금이 올랐다.",
        "한국 조선 업계는 밝혔다.",
        "다낭시 사립유치원에 갔다.",
    ],
)
def test_a_body_takes_no_place_that_is_not_one_before_it(text):
    starts = ("광주시 ", "이봉구 ", "베트남 ", "한국 ", "다낭시 ")
    assert not any(name.startswith(starts) for name in names(text))


def test_a_university_and_its_particle():
    # "…대학과": the university and "and", not a department ("…학과")
    assert (
        names("학생들은 달랏대학과 협약을 맺었다.").get("달랏대학") == "organizations"
    )
    assert "한국어학" not in names("그는 한국어학과 교수를 만났다.")


@pytest.mark.parametrize(
    "text",
    [
        "도안 작업을 마친 디자인 팀장은 말했다.",  # 도안: a design, as often as Đoàn
        "도안 세 장을 회장이 골랐다.",
        "우표 도안 심사 위원장은 말했다.",
        "트란 세 장을 회장이 골랐다.",  # the title beyond a word with its particle
    ],
)
def test_a_korean_word_spelt_like_a_vietnamese_surname_opens_no_name(text):
    assert "leaders" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place's name and 대 (university), with its particle
        ("인천대에서 베트남 어학연수생 160여 명이 자취를 감췄습니다.", "인천대"),
        # any name and 대 before a title or a department
        ("조재현 한국외국어대 베트남어과 명예교수가 강의했다.", "한국외국어대"),
        ("한빛대 교수들은 베트남 학생들을 맞았다.", "한빛대"),
    ],
)
def test_a_university_by_its_short_name(text, name):
    assert names(text).get(name) == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "청년세대 대표가 하노이를 찾았다.",
        "신시대 회장단이 베트남을 방문했다.",
        "양국 교역 확대 교수 간담회가 열렸다.",
    ],
)
def test_a_common_noun_ending_in_dae_is_no_university(text):
    assert not any(name.endswith("대") for name in names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("서울대 교수가 말했다.", "서울대"),  # a place's university before a title
        ("연세대 베트남어과 학생들이 왔다.", "연세대"),
        ("서강대 경영학과 학생들이 왔다.", "서강대"),
        ("성균관대 교수가 말했다.", "성균관대"),
    ],
)
def test_a_university_before_a_title_or_department_is_no_person(text, name):
    assert names(text).get(name) == "organizations"


def test_a_person_of_three_syllables_ending_in_dae_stays_a_person():
    assert names("김한대 교수가 말했다.").get("김한대") == "leaders"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("박현출 농촌진흥청장은 베트남 방문 성과를 설명했다.", "농촌진흥청"),
        ("김하늘 서울대병원장이 하노이를 찾았다.", "서울대병원"),
        ("방성빈 부산은행장 등 관계자들이 참석했다.", "부산은행"),
        ("노동진 수협중앙회장(오른쪽)은 대사와 만났다.", "수협중앙회"),
        ("이날 인천해양경찰서 전용부두를 방문했다.", "인천해양경찰서"),
    ],
)
def test_a_body_with_its_heads_title_glued_on(text, body):
    assert names(text).get(body) == "organizations"


@pytest.mark.parametrize(
    "text", ["김하늘 구청장이 말했다.", "인민위원장이 말했다.", "한국항 개발"]
)
def test_a_wards_head_a_chair_and_a_country_are_no_glued_body(text):
    assert not any(name in ("구청", "인민위원", "한국항") for name in names(text))


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("김하늘 현지사무소장은 말했다.", "현지사무소"),
        ("김하늘 총영사관장은 말했다.", "총영사관"),
        ("김하늘 교육청장은 말했다.", "교육청"),
        ("베트남 중앙은행장이 말했다.", "중앙은행"),
        ("KOICA 베트남사무소장이 말했다.", "베트남사무소"),
    ],
)
def test_a_generic_office_with_its_heads_title_glued_on_is_no_name(text, generic):
    assert generic not in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("호치민 총영사관은 행사를 열었다.", "호치민 총영사관"),
        ("이날 부산 총영사관이 행사를 열었다.", "부산 총영사관"),
    ],
)
def test_a_mission_after_the_city_it_is_stationed_in_is_one_name(text, name):
    """The city names where the consulate is, so the consulate is proposed with it and
    never alone ("총영사관" names no one mission)."""
    found = names(text)
    assert found.get(name) == "organizations"
    assert "총영사관" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("양국은 2009년 전략적 협력 동반자 관계를 맺었다.", "전략적 협력 동반자 관계"),
        ("양국 관계는 전략적 협력 동반자관계로 격상됐다.", "전략적 협력 동반자관계"),
        ("양국은 전략 동반자 관계를 맺었다.", "전략 동반자 관계"),
    ],
)
def test_a_partnership_by_its_level_is_an_agreement(text, name):
    assert names(text).get(name) == "agreements"


def test_a_partnership_of_no_level_names_none():
    assert names("두 회사는 동반자 관계를 맺었다.") == {}


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        (
            "이번 주 하노이 대사관은 업무를 중단한다고 밝혔다.",
            "하노이 대사관",
            "주 하노이 대사관",
        ),
        (
            "지난 주 호치민 총영사관에서 간담회가 열렸다.",
            "호치민 총영사관",
            "주 호치민 총영사관",
        ),
    ],
)
def test_a_week_before_a_mission_is_no_part_of_its_name(text, name, not_name):
    """ "이번 주" (this week) before "하노이 대사관": 주 is the week, not "resident in"."""
    found = names(text)
    assert found.get(name) == "organizations"
    assert not_name not in found


def test_a_partnership_with_a_dot_between_levels_is_one_name():
    found = names("양국 정상은 포괄적·전략적 동반자 관계를 확인했다.")
    assert found == {"포괄적·전략적 동반자 관계": "agreements"}


def test_a_cooperation_partnership_of_no_level_names_none():
    assert names("양국은 긴밀한 협력 동반자 관계를 유지해 왔다.") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("행사에는 농촌진흥청 기술협력국 이지원 국장이 참석했다.", "이지원"),
        ("이승율 군수는 “보급의 의미를 되새겼다”고 말했다.", "이승율"),
    ],
)
def test_lee_read_by_the_model_as_this_before_a_noun_and_a_title(text, name):
    """ "이지원 국장": the model reads 이 as "this" (or as a particle) and 지원 as
    "support"; a word of three syllables with a title after it is the person."""
    assert names(text).get(name) == "leaders"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("이사회 의장은 회의를 열었다.", "이사회"),
        ("이 지원 사업은 국장이 맡았다.", "지원"),
    ],
)
def test_the_board_or_this_support_is_no_person(text, word):
    assert word not in names(text)


def test_a_vietnamese_name_with_a_surname_in_its_middle_is_one_person():
    """ "르엉 응우옌 민 찌엣" (Lương Nguyễn Minh Triết): 응우옌 is spelt in three syllables
    and is a surname; the name is whole, and its end is no second person."""
    found = names("베트남 다낭시 르엉 응우옌 민 찌엣 인민위원장은 말했다.")
    people = {name for name, kind in found.items() if kind == "leaders"}
    assert people == {"르엉 응우옌 민 찌엣"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "두 나라는 다자간 포럼, 특히 아세안과 유엔에서 협력을 증진할 것입니다.",
            "아세안",
        ),
        (
            "두 나라는 다자간 포럼, 특히 아세안과 유엔에서 협력을 증진할 것입니다.",
            "유엔",
        ),
        ("조계종 스님들이 하노이를 방문했다.", "조계종"),
    ],
)
def test_an_international_body_or_a_buddhist_order_named_alone(text, body):
    assert names(text).get(body) == "organizations"


@pytest.mark.parametrize(
    "text", ["전국민 대표 응원단도 함께했다.", "현정권 장관 출신 인사도 찾았다."]
)
def test_former_or_current_before_a_noun_and_a_title_is_no_person(text):
    assert not [n for n, kind in names(text).items() if kind == "leaders"]


@pytest.mark.parametrize(
    ("text", "name", "longer"),
    [
        (
            "센터를 찾은 네후 푸억(Le Huu Phuoc) 단장은 말했다.",
            "네후 푸억",
            "찾은 네후 푸억",
        ),
        (
            "호치민시 정부청사에서 레 탄리엠(Le Thanh Liem) 부시장을 만났다.",
            "레 탄리엠",
            "정부청사에서 레 탄리엠",
        ),
    ],
)
def test_a_verb_or_a_word_with_its_particle_before_a_spelt_name_is_not_its(
    text, name, longer
):
    found = [glossed[0] for glossed in glossed_names(text)]
    assert found == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("교수 다오 꾸옌 쯔엉(Dao Quyen Truong) 씨가 왔다.", "다오 꾸옌 쯔엉"),
        ("응웬 옥 뚜안(Nguyen Ngoc Tuan) 위원장이 말했다.", "응웬 옥 뚜안"),
    ],
)
def test_a_vietnamese_surname_before_its_spelling_stays_the_name_s(text, name):
    assert [glossed[0] for glossed in glossed_names(text)] == [name]


def test_a_city_after_a_vietnamese_name_is_not_the_name_s():
    found = names("대표단은 응우엔 반 쭝 퀴논시 공산당 전임비서 등이다.")
    assert found.get("응우엔 반 쭝") == "leaders"
    assert "응우엔 반 쭝 퀴논시" not in found


@pytest.mark.parametrize(
    ("text", "mission", "part"),
    [
        (
            "이날 주 호치민 총영사관 관계자가 왔다.",
            "주 호치민 총영사관",
            "호치민 총영사관",
        ),
        ("베트남 주재 한국대사관은 밝혔다.", "베트남 주재 한국대사관", "한국대사관"),
        (
            "하노이 주재 일본 대사관도 참여했다.",
            "하노이 주재 일본 대사관",
            "일본 대사관",
        ),
        ("주 베트남 한국 문화원이 후원했다.", "주 베트남 한국 문화원", "한국 문화원"),
        ("주한베트남 대사관 직원이 참석했다.", "주한베트남 대사관", "대사관"),
    ],
)
def test_a_mission_named_whole_with_where_it_is_stationed(text, mission, part):
    """주 apart from the city, 주재 (stationed in) after it, 주한 glued to the country, a
    cultural centre: the mission's whole name, not the end of it."""
    found = names(text)
    assert found.get(mission) == "organizations"
    assert part not in found


def test_a_word_with_its_particle_before_a_mission_is_not_its_seat():
    assert "이 문화원" not in names("이 문화원은 오래됐다.")
    assert (
        names("베트남에 주재 중인 대사관이다.").get("베트남 주재 중인 대사관") is None
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "여행사인 사이공 투어리스트(Saigon Tourist) 등이 참여했다.",
            "사이공 투어리스트",
        ),
        ("삼성 디스플레이(Samsung Display)도 왔다.", "삼성 디스플레이"),
        ("티에스티 투어리스트(TST Tourist) 등이 왔다.", "티에스티 투어리스트"),
        (
            "베트남 띠엔퐁로지스틱스(Tien Phong Logistics)와 손잡았다.",
            "띠엔퐁로지스틱스",
        ),
        ("베트남 외교부 산하 외교대학(Diplomatic Academy of Vietnam)에서", "외교대학"),
        ("국내 기업 청우에너지(Cheongwoo Energy)와 계약했다.", "청우에너지"),
        ("유통업체 하나뷰티(Hana Beauty)와 계약했다.", "하나뷰티"),
        ("하노이 산업대 뉴엔 녹 빅(Nguyen Thi Ngoc Bich) 교수", "뉴엔 녹 빅"),
    ],
)
def test_a_spelling_in_brackets_takes_the_hangul_words_that_sound_as_it(text, name):
    """A long last word that spells only the last of the spelling's words takes the word
    before it when that one sounds as the spelling's word before ("사이공" spells
    "Saigon"); a word that sounds as none of the spelling's (a common noun, "기업") is
    not the name's."""
    assert [glossed[0] for glossed in glossed_names(text)] == [name]


@pytest.mark.parametrize(
    ("word", "spelling", "alike"),
    [
        ("사이공", "Saigon", True),
        ("응우옌", "Nguyen", True),
        ("뉴엔", "Nguyen", True),
        ("쩐", "Trần", True),
        ("즈엉", "Duong", True),
        ("티에스티", "TST", True),
        ("엘지", "LG", True),
        ("기업", "Cheongwoo", False),
        ("유통업체", "Hana", False),
        ("산업대", "Bich", False),
    ],
)
def test_a_hangul_word_opens_as_its_spelling_sounds(word, spelling, alike):
    assert opens_alike(word, spelling) is alike


@pytest.mark.parametrize(
    ("text", "mission"),
    [
        (
            "주 호치민 총영사관은 14일 교민 안전 간담회를 열었다고 밝혔다.",
            "주 호치민 총영사관",
        ),
        ("주 다낭 총영사관도 다음 달 비슷한 행사를 열 예정이다.", "주 다낭 총영사관"),
        ("주 하노이 한국 대사관은 밝혔다.", "주 하노이 한국 대사관"),
    ],
)
def test_a_mission_with_resident_apart_opening_a_sentence(text, mission):
    assert names(text).get(mission) == "organizations"


@pytest.mark.parametrize("week", ["오는", "그"])
def test_next_or_that_week_before_a_mission_is_no_part_of_it(week):
    found = names(f"{week} 주 하노이 대사관에서 설명회가 열린다.")
    assert found.get("하노이 대사관") == "organizations"
    assert "주 하노이 대사관" not in found


def test_a_province_after_a_vietnamese_name_is_a_province():
    found = names("응우엔 반 쭝 박닌성 인민위원장은 14일 한국 대표단을 맞았다.")
    assert found.get("응우엔 반 쭝") == "leaders"
    assert found.get("박닌성") == "cities"
    short = names("응우엔 쭝 퀴논시 공산당 서기는 말했다.")
    assert short.get("응우엔 쭝") == "leaders"
    assert "응우엔 쭝 퀴논시" not in short


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "전남도는 29일 전남도-빈프억성 교류협력 간담회를 열었다.",
            "전남도-빈프억성 교류협력 간담회",
            "events",
        ),
        (
            "봉화군-뜨선시 자매결연 기념 행사가 열렸다.",
            "봉화군-뜨선시 자매결연 기념 행사",
            "events",
        ),
        ("대구-다낭 직항노선이 개설됐다.", "대구-다낭 직항노선", "initiatives"),
        (
            "인천항-베트남 교류협력 주간이 열린다.",
            "인천항-베트남 교류협력 주간",
            "initiatives",
        ),
        ("베트남 박닌공장 준공식을 가졌다.", "베트남 박닌공장 준공식", "events"),
    ],
)
def test_ceremonies_meetings_and_routes_by_their_kind(text, name, kind):
    """A meeting, a ceremony, a week or a route by its noun, its topic before it, opening
    with two places joined by a sign where they name it."""
    assert names(text).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        "이날 협약식에는 100여 명이 참석했다.",
        "이번 기념 행사는 성대했다.",
        "신규 직항노선을 열었다.",
        "이날 현장 간담회에서 말했다.",
    ],
)
def test_a_ceremony_or_an_event_no_topic_names_is_no_name(text):
    found = names(text)
    assert not [n for n, kind in found.items() if kind in ("events", "initiatives")]


@pytest.mark.parametrize(
    "text",
    [
        "수주간 이어진 협상 끝에 양측은 합의에 이르렀다.",
        "김영록 지사는 이날 도청에서 신년 기자간담회를 열었다.",
        "삼성전자는 지난 5일 박닌성에서 신공장 준공식을 열었다.",
        "업무협약 체결식을 가졌다.",
        "영화제 개막식에는 배우들이 참석했다.",
        "공정성·투명성 제고 간담회를 열었다.",
        "하노이 직항노선이 늘었다.",
        "몇 주간 이어졌다.",
    ],
)
def test_a_common_meeting_ceremony_route_or_span_of_weeks_is_no_name(text):
    found = names(text)
    assert not [n for n, kind in found.items() if kind in ("events", "initiatives")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("한·일 정상회의가 열렸다.", "한·일 정상회의"),
        ("한-일 외교장관회의가 열렸다.", "한-일 외교장관회의"),
        ("경북 기업인 간담회가 열렸다.", "경북 기업인 간담회"),
    ],
)
def test_japan_s_il_and_a_place_opening_a_meeting(text, name):
    assert names(text).get(name) == "events"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("평택시 주최로 배다리도서관에서 베트남 문화주간이 열린다.", "배다리도서관"),
        ("경북교육청의 발명체험교육관 견학에 나섰다.", "발명체험교육관"),
        ("아시아태평양경제협력체 회의가 열렸다.", "아시아태평양경제협력체"),
        ("이라크평화진료단 출신 의사들이 참여했다.", "이라크평화진료단"),
        ("국립합창단과 국립무용단이 공연했다.", "국립합창단"),
        ("경기는 라차망칼라 스타디움에서 열린다.", "라차망칼라 스타디움"),
    ],
)
def test_a_library_a_hall_a_stadium_or_a_corps_by_its_head_noun(text, name):
    assert names(text).get(name) == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "양국은 우호협력체 구축에 합의했다.",
        "시립도서관과 작은도서관이 문을 열었다.",
        "구립도서관, 마을도서관, 학교도서관이 있다.",
        "다자협력체와 민관협력체를 만든다.",
        "평생교육관에서 배운다.",
        "한국주재 전직 베트남대사 모임이 열렸다.",
    ],
)
def test_a_kind_of_library_or_a_post_is_no_name(text):
    assert names(text) == {}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("대전창조경제혁신센터가 스타트업의 진출을 돕는다.", "대전"),
        ("인천상공회의소 회장과 만났다.", "인천"),
    ],
)
def test_the_place_a_bodys_name_opens_with_is_a_place_too(text, place):
    """Only a city a body is named for: not a founder's pen name or a word (below)."""
    found = names(text)
    assert found.get(place) == "cities"
    assert any(
        kind == "organizations" and n.startswith(place) for n, kind in found.items()
    )


def test_a_place_with_a_title_glued_on_is_a_branch_not_a_person():
    found = names("한국관광공사 하노이지사는 행사를 열었다. 이우현의장은 말했다.")
    assert "하노이" not in found or found["하노이"] != "leaders"
    assert found.get("이우현") == "leaders"


def test_an_agricultural_research_institute_is_a_body():
    assert names("경기도농업기술원은 농업인을 초청했다.").get("경기도농업기술원") == (
        "organizations"
    )


def test_a_football_club_named_united_is_a_body():
    assert names("콩푸엉은 인천 유나이티드에 입단했다.").get("인천 유나이티드") == (
        "organizations"
    )


def test_a_strategy_or_a_vision_in_quotes_is_an_initiative():
    found = names("우리의 ‘인도·태평양 전략’과 ‘한-아세안 연대구상’을 밝혔다.")
    assert found.get("인도·태평양 전략") == "initiatives"
    assert found.get("한-아세안 연대구상") == "initiatives"


def test_a_strategy_plan_or_scholarship_unquoted_is_no_name():
    """Unquoted, they are common nouns however many words of topic stand before them."""
    found = names(
        "회사는 베트남 중장기 성장전략을 발표했다. 우수 학생 성적장학금을 지원한다. "
        "하이퐁 공장 생산확대계획과 도시 개발마스터플랜을 공개했다."
    )
    assert not any(kind == "initiatives" for kind in found.values())


def test_an_editions_number_stays_with_its_name():
    assert names("8차 한-베 전략대화가 열렸다.").get("8차 한-베 전략대화") == "events"


def test_a_korean_airport_is_a_place_and_names_its_city():
    found = names(
        "김해국제공항에서 출발했다. 양양 국제공항 노선이 열렸다. 국제공항을 지었다."
    )
    assert found.get("김해국제공항") == "cities" and found.get("김해") == "cities"
    assert found.get("양양 국제공항") == "cities"
    assert "국제공항" not in found


def test_a_pen_name_or_a_word_opening_a_body_is_no_place():
    found = names("아산정책연구원과 순천향대학교를 찾았다. 선전선동부 세미나도 열렸다.")
    assert not {"아산", "순천", "선전"} & set(found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "회사는 빈증성에서 오세철 사장과 성장이 참석한 가운데 공장을 열었다.",
            "오세철",
        ),
        ("이강신 인천상공회의소 회장과 대표단이 만났다.", "이강신"),
        ("오성한 의료봉사단장은 환자를 돌봤다고 말했다.", "오성한"),
        (
            "유학 세미나에서 한상신 국립국제교육원(NIIED) 원장은 선발을 설명했다.",
            "한상신",
        ),
    ],
)
def test_a_name_the_model_does_not_know_before_its_title_is_a_person(text, person):
    """The model reads "오세철" in the sentence as "five", "years" and "iron", "이강신"
    as "this" and a noun; alone, each scores as a word it has never seen."""
    assert names(text).get(person) == "leaders"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("행사장을 찾은 방문객 대표가 소감을 밝혔다.", "방문객"),
        ("그는 한국 국내외 파트너 연계를 강조했다.", "국내외"),
        ("병원 소아과 과장이 진료했다.", "소아과"),
    ],
)
def test_a_rare_word_of_the_language_before_a_title_is_no_person(text, word):
    assert word not in names(text)


def test_a_body_s_initials_in_brackets_between_a_name_and_its_title():
    found = names("행사에는 탁지훈 코이카(KOICA) 베트남사무소장이 참석했다.")
    assert found.get("탁지훈") == "leaders"


def test_the_head_in_brackets_after_a_university_and_before_its_staff():
    """ "영진대(총장 표승호) 교직원": the brackets name the university's head, though
    "영진대(…) 교직원" reads first as a name, an aside and a title."""
    assert names("영진대(총장 표승호) 교직원 20명이 하노이를 찾았다.").get(
        "표승호"
    ) == ("leaders")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("▶ 인터뷰 : 마석진 / 식품의약품안전처 국장", "마석진"),
        ("[우종팔 / 한베가족협회 회장 : 아이들이 한국말을 배웁니다]", "우종팔"),
    ],
)
def test_a_broadcast_s_label_names_the_speaker(text, person):
    assert names(text).get(person) == "leaders"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("탤런트 홍두식이 주연한 드라마가 인기다.", "홍두식"),
        ("번역가 마석진이 소설을 옮겼다.", "마석진"),
        ("축하 무대에는 가수 우종팔, 트로트 가수 석훈이 올랐다.", "우종팔"),
        ("소설가 탁지훈의 신작이 나왔다.", "탁지훈"),
        ("표승호 작가의 소설이 베트남어로 나왔다.", "표승호"),
    ],
)
def test_a_writer_singer_or_actor_named_beside_their_occupation(text, person):
    assert names(text).get(person) == "leaders"


def test_an_occupation_before_a_common_word_names_nobody():
    assert (
        "leaders" not in names("인기 가수 공연이 열렸다. 배우 지망생이 많다.").values()
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("그는 하노이 신학교에서 공부했다.", "하노이 신학교"),
        ("코이카 베트남사무소는 새 사업을 시작했다.", "코이카 베트남사무소"),
        ("경주대학교 국제학부 학생들이 다낭을 찾았다.", "경주대학교 국제학부"),
    ],
)
def test_a_body_named_by_the_place_or_body_before_it_is_one_name(text, body):
    """ "신학교" (a seminary), "베트남사무소" (an office in Vietnam): common nouns, a name
    with the place or the body they belong to."""
    found = names(text)
    assert found.get(body) == "organizations"
    assert body.split()[-1] not in found


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        (
            "이두희 국방부 차관이 참석했다.",
            "국방부",
        ),  # the ministry's officer before it
        ("베트남 명문대 학생들이 왔다.", "명문대"),  # any good university there
    ],
)
def test_a_person_or_a_country_before_a_body_names_no_body_with_it(text, alone):
    assert not any(name.endswith(alone) and " " in name for name in names(text))


def test_a_listed_place_before_a_body_and_its_title_is_no_person():
    """ "하노이" opens with a surname's syllable and stands two words before a title; a
    place of the gazetteer is no person's name."""
    found = names("탕 하노이 과학기술대학교 총장은 창업을 강조했다.")
    assert found.get("하노이") == "cities"


def test_the_verb_to_learn_is_no_actor_s_title():
    """ "배우는": learning; "배우" (an actor) is a title only before a name."""
    assert "leaders" not in names("한국어 배우는 베트남 청년들이 늘고 있다.").values()


def test_a_help_box_s_label_is_no_speaker():
    found = names("[도움말 / 김철수 교수] 베트남 진출 기업은 늘고 있다.")
    assert "도움말" not in found


def test_the_longest_country_opens_an_office_s_name():
    """ "인도네시아사무소": Indonesia's office, not India's and "네시아사무소"."""
    found = names("코이카 인도네시아사무소는 문을 열었다.")
    assert found.get("코이카 인도네시아사무소") == "organizations"
