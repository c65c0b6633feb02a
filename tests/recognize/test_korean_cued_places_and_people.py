"""Korean names told by a cue beside them (recognize/candidates/korean_cued.py): a
neighbourhood, township or village after its city or before its office
(korean_subunits.py), a bare word listed with places (korean_place_lists.py), and a
foreigner's name of several words before a title (korean_foreign_titled.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


def proposed(matcher, text: str) -> dict[str, str]:
    return proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "대표단은 부산 광안동에서 열린 환영회에 참석했다.",
            "광안동",
        ),  # after its city
        ("두 기관은 서초구 반포동 사무실에서 만났다.", "반포동"),  # after its district
        ("주민들은 지난달 금곡리 마을회관에 모였다.", "금곡리"),  # before its office
        ("방문단은 퇴계원읍 체육공원을 둘러봤다.", "퇴계원읍"),  # a township by itself
        ("대표단은 화도읍 물류단지와 와부읍 공원을 찾았다.", "와부읍"),
        # after its province and the province's spelling in brackets
        ("학교가 선 곳은 떤안성(Tan An) 푹라동 마을이다.", "푹라동"),
    ],
)
def test_a_small_unit_of_a_city_by_its_cue(matcher, text, place):
    assert proposed(matcher, text).get(place) == "cities"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("학생들은 하노이 봉사활동에 참여했다.", "봉사활동"),  # a common noun
        ("회의는 서울 비대면 방식으로 열렸다.", "비대면"),
        ("관광객들은 호이안 먹거리를 즐겼다.", "먹거리"),
        ("김영동은 어제 고향을 찾았다.", "김영동"),  # a man's name, no cue
        ("회사는 베이커리 매장을 열었다.", "베이커리"),  # a loanword ending in 리
        ("편의점에서는 참깨라면과 열무냉면이 잘 팔렸다.", "참깨라면"),  # noodles
        ("편의점에서는 참깨라면과 열무냉면이 잘 팔렸다.", "열무냉면"),
    ],
)
def test_a_common_word_or_a_name_ending_so_is_no_unit(matcher, text, word):
    assert proposed(matcher, text).get(word) != "cities"


def test_a_township_named_like_noodles_is_one_by_its_cue(matcher):
    found = proposed(matcher, "방문단은 여수시 소라면 주민센터를 찾았다.")
    assert found.get("소라면") == "cities"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("항공사들은 인천, 부산(김해), 대구, 무안 등에서 취항한다.", "무안"),
        ("새 노선은 제주·무안·청주를 잇는다.", "무안"),
        ("지원은 꽝남, 후에, 끼엔장 등 3개 성에서 이뤄진다.", "후에"),
        ("자매도시는 하이퐁-인천, 후에-창원, 다낭-대구 등이다.", "후에"),
    ],
)
def test_a_bare_word_listed_with_places_is_a_place(matcher, text, place):
    assert proposed(matcher, text).get(place) == "cities"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("회의는 정치·경제·문화 분야를 다뤘다.", "경제"),  # no places in the list
        ("노선은 내년 운항할 예정으로, 인천-껀터 노선은 주 3회다.", "예정"),
        ("협력은 한국·베트남·일본 3국이 맡는다.", "일본"),  # countries
        ("박람회는 대구·광주·온라인으로 동시에 열린다.", "온라인"),  # common words
        ("신청은 대구, 광주, 국외 체류자도 할 수 있다.", "국외"),
        ("참석자는 대구, 광주, 기타 도시에서 왔다.", "기타"),
        ("일정은 후에, 다낭, 호이안, 현지 자유시간 등이다.", "현지"),
    ],
)
def test_a_word_listed_without_places_or_with_a_particle_is_none(matcher, text, word):
    assert proposed(matcher, text).get(word) != "cities"


def test_a_place_the_model_does_not_know_is_listed_still(matcher):
    found = proposed(matcher, "노선은 하노이·다낭·동찌에우를 잇는다.")
    assert found.get("동찌에우") == "cities"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("2019년 도널드 트럼프 당시 대통령이 방한했다.", "도널드 트럼프"),
        ("협회는 필립 트루시에 감독을 영입했다.", "필립 트루시에"),
        ("부산문화재단 로이 알록 꾸마르 사무총장은 말했다.", "로이 알록 꾸마르"),
        ("영화사의 찰리 응우옌 감독이 참석했다.", "찰리 응우옌"),
    ],
)
def test_a_foreign_name_of_several_words_before_a_title(matcher, text, person):
    found = proposed(matcher, text)
    assert found.get(person) == "leaders"
    assert not any(name in person and name != person for name in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("축구 국가대표 감독이 사임했다.", "축구 국가대표"),  # common words
        ("2021년 코로나 팬데믹 당시 총리가 말했다.", "코로나 팬데믹"),  # loanwords
        ("그는 유튜브 크리에이터 대표로 일한다.", "유튜브 크리에이터"),
        ("김은혜 청와대 대변인이 말했다.", "김은혜 청와대"),  # a Korean and a body
        ("협약식에는 박현국 군수가 참석했다.", "협약식에는 박현국"),  # a particle
        ("대표단은 보반민 의장을 단장으로 했다.", "대표단은 보반민"),  # a particle
        ("레 쑤언 러이 뜨선시 인민위원장이 말했다.", "쑤언 러이"),  # a Vietnamese name
    ],
)
def test_words_of_the_language_a_body_or_a_title_make_no_foreign_name(
    matcher, text, word
):
    assert word not in proposed(matcher, text)


def test_a_common_word_after_a_place_s_spelling_is_no_unit(matcher):
    found = proposed(matcher, "지원은 떤안성(Tan An) 봉사활동 마을에 집중됐다.")
    assert "봉사활동" not in found
