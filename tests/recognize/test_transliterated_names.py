"""Names Korean writes by their sound (recognize/candidates/transliterated.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names
from dossier.recognize.candidates.transliterated import is_transliterated


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("word", "foreign"),
    [
        ("꽝찌", True),
        ("하이즈엉", True),
        ("가능", False),
        ("중요", False),
        ("정체", False),
    ],
)
def test_a_word_spelt_by_sound_has_a_syllable_no_sino_korean_word_has(word, foreign):
    assert is_transliterated(word) is foreign


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("가스공사는 꽝찌성에서 발전 사업을 추진했다.", "꽝찌성"),
        ("하이즈엉성 깜장현의 협동조합을 찾았다.", "깜장현"),
        ("끼엔장 성의 섬을 잇는 노선이다.", "끼엔장 성"),
    ],
)
def test_a_transliterated_province_or_district_is_a_place(text, place):
    assert names(text).get(place) == "cities"


@pytest.mark.parametrize(
    "text",
    ["변화의 가능성이 크다.", "교육의 중요성을 강조했다.", "스마트도시를 짓는다."],
)
def test_a_common_noun_ending_in_the_same_syllable_is_no_place(text):
    assert "cities" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GS에너지와 PV가스가 참여한다.", "GS에너지"),
        ("GS에너지와 PV가스가 참여한다.", "PV가스"),
    ],
)
def test_a_companys_letters_run_on_into_its_hangul(text, name):
    assert names(text).get(name) == "organizations"


def test_letters_before_a_common_noun_are_no_company():
    assert names("IT기업과 AI기술이 늘었다.") == {}


def test_a_university_by_its_short_form():
    found = names("경희대, 숭실대 학생들이 참여했다. 새로운 세대와 시대의 변화다.")
    assert (
        found.get("경희대") == "organizations"
        and found.get("숭실대") == "organizations"
    )
    assert "세대" not in found and "시대" not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("또 티 빗 응옥 교수가 말했다.", "또 티 빗 응옥"),
        ("판 반 카이 수상은 방한했다.", "판 반 카이"),
    ],
)
def test_a_vietnamese_name_with_van_or_thi(text, person):
    assert names(text).get(person) == "leaders"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("응웬 수안 남 부위원장은 말했다.", "응웬 수안 남"),
        ("풍 타안 멍 조합장과 만났다.", "풍 타안 멍"),
        ("팜 반 카이가 말했다.", "팜 반 카이"),
    ],
)
def test_a_vietnamese_name_by_a_surname_no_korean_word_is_spelt_as(text, person):
    assert names(text).get(person) == "leaders"


def test_korean_words_of_one_syllable_are_no_vietnamese_name():
    assert names("도 한 번 더 해 보자.") == {}


def test_bodies_by_more_head_nouns():
    found = names("농협중앙회와 베트남협동조합연맹이 협약을 맺었다.")
    assert found.get("농협중앙회") == "organizations"
    assert found.get("베트남협동조합연맹") == "organizations"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("대한항공은 19일부터 다낭에 정기 여객편을 취항한다.", "다낭"),
        ("하이퐁 지역의 물류 창고를 소개했다.", "하이퐁"),
        ("평창 올림픽을 앞두고 비자를 면제했다.", "평창"),
    ],
)
def test_a_place_on_the_list_is_a_place_without_its_suffix(text, place):
    # a city of either country as Korean writes it, with no 시 or 성 after it
    assert names(text).get(place) == "cities"


def test_a_common_word_that_sounds_like_a_place_is_not_one():
    # "후에" (after) is also Huế: only "후에시" names the city
    assert "후에" not in names("회의가 끝난 후에 양측은 협약서에 서명했다.")


def test_provinces_listed_among_places_are_places():
    # neither 박닝 nor 타이응우엔 has a syllable Sino-Korean never has; 호치민 is a city
    found = names("이후 박닝성, 타이응우엔성, 호치민, 하노이 등에 공장을 세웠다.")
    assert found.get("박닝성") == "cities"
    assert found.get("타이응우엔성") == "cities"


def test_a_province_glossed_by_its_character_is_a_place():
    assert (
        names("대표단은 하이둥성(省) 농림부 관계자들과 만났다.").get("하이둥성")
        == "cities"
    )


def test_a_quality_ending_in_seong_is_not_a_place():
    # "가능성" (possibility), listed beside nothing that is a place
    assert "가능성" not in names("협력 확대 가능성, 투자 효과를 검토했다.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("레반꽝 서기관과 오민재 대표가 만났다.", "레반꽝"),  # Lê Văn: a middle name
        ("보티란 하노이대 총장이 축사를 했다.", "보티란"),  # the body between
        ("팜후찌 주한 베트남 대사는 말했다.", "팜후찌"),  # the post between
        ("근로자 대표 팜민득소장이 참석했다.", "팜민득"),  # the title written onto it
        ("부티마이씨는 고향을 떠났다.", "부티마이"),  # 씨 (Ms) on it
        ("도득주이 장관과 만났다.", "도득주이"),  # 이 is the name's (Duy), no particle
        ("팜민득부위원장은 말했다.", "팜민득"),  # the longest title comes off whole
    ],
)
def test_a_vietnamese_name_written_as_one_word_before_its_title(text, name):
    assert names(text).get(name) == "leaders"


@pytest.mark.parametrize(
    "text",
    [
        "레스토랑 대표는 말했다.",  # no middle name after 레
        "하반기 계획을 세운 대표는 말했다.",  # 하 and 반: "the second half", a noun
        "하반기에 대표가 말했다.",  # the same with its particle
        "도민회관의 관장은 말했다.",  # 도 and 민: a hall, two common nouns
        "도시 근로자 대표는 말했다.",  # 도 and no middle name
    ],
)
def test_a_korean_word_opening_with_a_vietnamese_surname_is_no_name(text):
    assert not any(kind == "leaders" for kind in names(text).values())


def test_a_spaced_vietnamese_name_may_end_in_a_syllable_korean_spells_in_three():
    """ "까오 탄 히에우" (Cao Thanh Hiếu): 히에우 is one Vietnamese syllable; the name is
    whole, not "까오 탄"; a Korean word of three syllables ends none ("또 다른 피의자")."""
    found = names("벤째시 까오 탄 히에우 위원장이 참석했다.")
    assert found.get("까오 탄 히에우") == "leaders" and "까오 탄" not in found
    assert "또 다른 피의자" not in names("또 다른 피의자 대표가 말했다.")


def test_a_mayor_or_a_chairman_by_the_place_s_name_is_a_title():
    """ "뜨선시장" (the mayor of Từ Sơn), "박닌성장" (the chairman of Bắc Ninh) after a
    spaced Vietnamese name; "경제성장" (economic growth) is no title."""
    assert names("당서기장과 황 바 휘 뜨선시장을 만났다.").get("황 바 휘") == "leaders"
    assert names("일행은 레 꾸억 중 빈딘성장을 만났다.").get("레 꾸억 중") == "leaders"
    assert "레 꾸억 중" not in names("일행은 레 꾸억 중 경제성장 전략을 들었다.")


def test_a_vietnamese_name_as_one_word_before_its_body_and_title_is_no_body():
    # "판유이안" (Phan Duy An) before "인민위원회 부위원장": the person, then the body whose
    # vice-chair they are; not a body named "판유이안 인민위원회"
    found = names("대표단(판유이안 인민위원회 부위원장 및 관계자)은 군청을 방문했다.")
    assert found.get("판유이안") == "leaders"
    assert "판유이안 인민위원회" not in found


def test_a_word_opening_with_a_countrys_name_is_no_glued_vietnamese_name():
    # "호주이민국" (Australia's immigration bureau): 호 and 주이 spell Hồ Duy too
    assert "호주이민국" not in names("김 대표는 호주이민국 국장과 만났다.")


def test_a_glued_vietnamese_name_may_open_as_a_country_does():
    # "호주이타인" (Hồ Duy Thành): 호주 spells Australia too, but no body ends the word
    assert (
        names("호주이타인 다낭시 외교국 부국장은 말했다.").get("호주이타인")
        == "leaders"
    )


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        (
            "행사에는 응웬 쑤언 푹 수석 부총리와 호 쑤언 선 차관이 참석했다.",
            "응웬 쑤언 푹",
            "응웬 쑤언 푹 수석",
        ),
        (
            "베트남측은 쩐 유이 융 현장, 레 탄 흥 의회 의장이 참석했다.",
            "레 탄 흥",
            "레 탄 흥 의회",
        ),
        (
            "베트남측은 쩐 유이 융 현장, 레 탄 흥 의회 의장이 참석했다.",
            "쩐 유이 융",
            "쩐 유이 융 현장",
        ),
    ],
)
def test_a_vietnamese_name_ends_before_the_word_its_title_opens_with(
    text, person, not_person
):
    """ "수석 부총리" (senior deputy prime minister), "의회 의장" (the council's chair),
    "현장" (the district's head): the title's words are no syllables of the name."""
    found = names(text)
    assert found.get(person) == "leaders"
    assert not_person not in found


def test_a_person_titled_adviser_is_proposed():
    assert (
        names("링먼그룹 보티키엣 고문은 온실을 둘러봤다.").get("보티키엣") == "leaders"
    )
    assert names("김하늘 고문은 회의에 참석했다.").get("김하늘") == "leaders"


def test_a_notice_ending_like_the_adviser_title_names_nobody():
    assert not any(
        kind == "leaders" for kind in names("이번 경고문은 효과가 있었다.").values()
    )


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        (
            "2012년 응우옌 떤 중 당시 총리가 서울을 찾았다.",
            "응우옌 떤 중",
            "응우옌 떤 중 당시",
        ),
        ("팜 흐우 찌 주한 베트남 대사가 축사를 했다.", "팜 흐우 찌", "팜 흐우 찌 주한"),
        (
            "응웬 티 히엔 반랑대 학부장이 학생들을 맞았다.",
            "응웬 티 히엔",
            "응웬 티 히엔 반랑대",
        ),
        (
            "무대에 오른 가수인 호앙 투이 린이 노래했다.",
            "호앙 투이 린",
            "호앙 투이 린이",
        ),
    ],
)
def test_a_vietnamese_name_ends_before_the_words_that_are_not_its(
    text, person, not_person
):
    """ "당시" (then), "주한" (posted in Korea), a university, the subject particle 이
    after a closed syllable: none is a syllable of the name. "가수인 호앙 투이 린": the
    words before the name do not hide it."""
    found = names(text)
    assert found.get(person) == "leaders"
    assert not_person not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("측면을 돌파한 응우옌 꽝하이의 크로스가 골로 이어졌다.", "응우옌 꽝하이"),
        ("주장 응우옌 안둑이 결승골을 넣었다.", "응우옌 안둑"),
        ("당서기장과 응오 프엉리 여사가 도착했다.", "응오 프엉리"),
        ("공장 착공식에는 응위엔 호앙 선 성장이 참석했다.", "응위엔 호앙 선"),
    ],
)
def test_a_distinct_vietnamese_surname_and_one_word_of_given_names_is_a_person(
    text, person
):
    assert names(text).get(person) == "leaders"


@pytest.mark.parametrize(
    "text",
    ["중부 떠이 응우옌 지역에 문화를 알렸다.", "응우옌 왕조의 궁궐을 둘러봤다."],
)
def test_a_surname_before_a_common_noun_names_nobody(text):
    assert "leaders" not in names(text).values()


def test_a_list_s_end_is_no_syllable_of_a_vietnamese_name():
    found = names("행사에는 가수 수니 하 린 등 양국의 인기 가수가 출연한다.")
    assert "하 린 등" not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("시인의 아들인 응우옌 밧은 번역가와 만났다.", "응우옌 밧"),
        ("가수 즈엉 호앙 옌이 특별 무대를 꾸몄다.", "즈엉 호앙 옌"),
    ],
)
def test_a_word_with_its_particle_ends_a_vietnamese_name(text, person):
    """The particle on "밧은" or "옌이" ends the name: the words after it are the
    sentence's ("번역가와", "특별")."""
    assert names(text).get(person) == "leaders"


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        ("응우옌 딘 중 장관이 말했다.", "응우옌 딘 중", "딘 중 장관"),
        ("팜 쯔엉 선 대표가 말했다.", "팜 쯔엉 선", "쯔엉 선 대표"),
        ("응우옌 꽝하이 선수가 골을 넣었다.", "응우옌 꽝하이", "응우옌 꽝하"),
        ("레 반 응이 부장관이 방한했다.", "레 반 응이", "레 반 응"),
    ],
)
def test_a_middle_name_that_is_a_surname_opens_no_second_name(text, person, not_person):
    """딘 (Đình) and 쯔엉 (Trường) are surnames too; 이 after an open syllable (하이:
    Hải) or in 응이 (Nghị) is the name's, not the subject's particle."""
    found = names(text)
    assert found.get(person) == "leaders"
    assert not_person not in found


@pytest.mark.parametrize(
    "text",
    [
        "쯔엉 호찌민시 당서기가 말했다.",
        "르엉 베트남 대사는 말했다.",
        "호앙 하노이 시장이 왔다.",
    ],
)
def test_a_surname_before_a_place_or_a_country_names_nobody(text):
    assert "leaders" not in names(text).values()


def test_a_given_name_that_is_also_a_province_s_is_a_person_s():
    """Hòa Bình is a province and a given name: "응우옌 호아빈 부총리"."""
    assert (
        names("응우옌 호아빈 부총리가 서울을 방문했다.").get("응우옌 호아빈")
        == "leaders"
    )
