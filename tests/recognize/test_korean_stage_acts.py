"""Stage acts a Korean sentence lists before what they are ("…, … 등 5팀이 출연했다",
"…, … 등 다양한 가수들"): each a group, filed as a body; a member named after its act in a
list of such pairs ("…의 사회는 A 나래, B 하윤이 맡았다") is a person. A list of
countries, cities, common nouns or people's names is none. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import proposed_names
from dossier.recognize.candidates.korean import korean_names


def kinds(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "어제 공연에는 블루웨이브, 크로노스, Red Comet, 루미너스 등 5팀이 출연했다.",
            ("블루웨이브", "크로노스", "루미너스"),
        ),
        (
            "팬들은 크로노스, 블루웨이브, 스텔라리 등 다양한 가수들의 부스를 찾았다.",
            ("크로노스", "블루웨이브", "스텔라리"),
        ),
        (
            "무대에는 루미너스·크로노스 등 인기 아이돌 그룹이 올랐다.",
            ("루미너스", "크로노스"),
        ),
    ],
)
def test_listed_acts_are_bodies(text, acts):
    found = kinds(text)
    assert {act: found.get(act) for act in acts} == dict.fromkeys(acts, "organizations")


def test_members_named_after_their_acts_are_people():
    found = kinds(
        "진행은 크로노스 세린, 블루웨이브 다온이 맡았고 크로노스, 블루웨이브, "
        "루미너스 등 3팀이 출연했다."
    )
    assert (found.get("세린"), found.get("다온")) == ("leaders", "leaders")
    assert found.get("크로노스") == "organizations"


def test_an_act_s_show_is_no_member():
    found = kinds(
        "크로노스 공연, 블루웨이브 무대가 이어졌고 크로노스, 블루웨이브, "
        "루미너스 등 3팀이 출연했다."
    )
    assert "leaders" not in found.values()


@pytest.mark.parametrize(
    "text",
    [
        "대회에는 한국, 일본, 태국 등 8개 팀이 참가했다.",  # national teams
        "리그에는 전북, 울산 등 4개 팀이 나섰다.",  # clubs named by their cities
        "행사에는 발라드, 댄스, 트로트 등 다양한 가수들이 나왔다.",  # genres
        "무대에는 김수진, 이하나 등 인기 가수들이 올랐다.",  # singers, no groups
    ],
)
def test_lists_of_no_acts(text):
    assert "organizations" not in kinds(text).values()


@pytest.mark.parametrize(
    "text",
    [
        # a count of teams counts solo singers too: persons' names, no groups
        "어제 무대에는 가수 최유나, 한도윤, 정서하 등 6팀이 올라 관객을 만났다.",
        "어제 무대에는 최유나, 한도윤, 정서하 등 6팀이 올라 관객을 만났다.",
        # Vietnamese singers in Hangul, one of them run together, one with a doubled
        # consonant: persons, no groups
        "행사장에는 뚜안린, 응우옌타오, 빈콩 등 인기 가수들이 함께했다.",
    ],
)
def test_listed_persons_are_no_acts(text):
    assert "organizations" not in kinds(text).values()


def test_a_person_read_before_stays_a_person():
    # "배우 최유나": an actress, read so before the list of groups is read
    found = kinds("어제 무대에는 배우 최유나, 크로노스 등 인기 그룹이 올랐다.")
    assert (found.get("최유나"), found.get("크로노스")) == ("leaders", "organizations")


def test_a_count_of_teams_holds_groups_and_solo_singers():
    # the list opened by "…를 비롯해" (among them); a person-shaped name a solo singer
    found = kinds(
        "이날 무대에는 루미너스를 비롯해 크로노스, 블루웨이브, 최유나 등 "
        "12개 팀이 올랐다."
    )
    assert {
        n: found.get(n) for n in ("루미너스", "크로노스", "블루웨이브", "최유나")
    } == {
        "루미너스": "organizations",
        "크로노스": "organizations",
        "블루웨이브": "organizations",
        "최유나": "leaders",
    }


@pytest.mark.parametrize(
    "opener",
    ["주베트남 한국대사를", "양국 장관을", "현지 팬들을", "교민들을", "관계자를"],
)
def test_guests_before_among_them_are_no_act(opener):
    # "…를 비롯해" names guests first: the acts after them are still read, not the guests
    found = kinds(f"이날 무대에는 {opener} 비롯해 루미너스, 크로노스 등 7팀이 올랐다.")
    guest = opener.split()[-1][:-1]
    assert guest not in found and guest[:-1] not in found
    assert (found.get("루미너스"), found.get("크로노스")) == (
        "organizations",
        "organizations",
    )


def test_a_count_of_clubs_names_no_person():
    # Vietnamese clubs: a tense consonant or a glued name's shape says no person here
    found = kinds(
        "올 시즌 1부 리그에는 비엣텔, 꽁안다낭, 호앙안빈즈엉 등 14개 팀이 뛴다."
    )
    assert not any(kind == "leaders" for kind in found.values())


def test_acts_listed_as_appearing_on_a_stage_are_groups():
    # "… 등이 출연한다" (… and others appear) after a show's word opening the clause:
    # the line-up's groups
    found = kinds("공연에는 루미너스, 크로노스, Red Comet, 블루웨이브 등이 출연한다.")
    assert {n: found.get(n) for n in ("루미너스", "크로노스", "블루웨이브")} == {
        "루미너스": "organizations",
        "크로노스": "organizations",
        "블루웨이브": "organizations",
    }


def test_a_line_up_with_a_person_shaped_name_is_left_alone():
    # a person-shaped name says the line-up holds solo singers: no member a body
    found = kinds(
        "공연에는 루미너스, 크로노스, Red Comet, 블루웨이브, 최유나 등이 출연한다."
    )
    assert "organizations" not in found.values()


@pytest.mark.parametrize(
    "text",
    [
        "방송에는 시민, 학생, 공무원 등이 출연한다.",  # common nouns
        "행사에는 루미너스, 크로노스 등이 참석했다.",  # guests, not a line-up
        # a documentary or a talk show: people, not acts
        "다큐멘터리에는 결혼이주여성, 다문화가정, 유학생 등이 출연한다.",
        "토크쇼에는 베트남새댁, 한국사위 등이 출연했다.",
        # troupes by their kind, no names
        "공연에는 시립합창단, 어린이합창단, 청소년오케스트라 등이 출연한다.",
        "무대에는 태권도시범단, 사물놀이패 등이 출연한다.",
        # people by their honorific
        "공연에는 김민수씨, 이하나님 등이 출연한다.",
    ],
)
def test_no_line_up_of_acts(text):
    assert "organizations" not in kinds(text).values()


def test_a_fund_s_donors_are_no_people():
    found = kinds("이 재단은 삼성전자, 현대차, 포스코 등이 출연해 세웠다.")
    assert found.get("현대차") != "leaders"


@pytest.mark.parametrize(
    "text",
    [
        # solo singers: one stage name not shaped as a person's leaves the list alone,
        # so no singer of it becomes a body through the names listed with it
        "이번 무대에는 김도현, 박서윤, 나람 등이 출연한다.",
        "콘서트에는 아린, 최성훈, 박지후 등이 출연한다.",
        "공연에는 한서진, 윤다예, 라온 등이 출연한다.",
        "공연에는 미땀, 호앙투이린, 득푹 등이 출연한다.",  # Vietnamese singers
        "축하 공연에는 가수 최성훈, 라온 등이 출연한다.",  # opened by 가수
        # the show's word is no setting of the list
        "이 다큐멘터리에는 국제 무대에서 활약한 결혼이주여성, 다문화가정 등이 출연한다.",
        "토크쇼 무대에는 베트남새댁, 한국사위 등이 출연했다.",
        # teams, ensembles and helpers by their kind, no names
        "공연에는 어린이중창단, 국악팀, 학생댄스팀 등이 출연한다.",
        "축제에는 비보이팀, 난타공연팀, 치어리더팀 등이 출연한다.",
        "축제 무대에는 우승팀, 준우승팀 등이 출연한다.",
        "페스티벌에는 참가국 대표단, 자원봉사자 등이 출연한다.",
    ],
)
def test_no_line_up_of_groups_in_the_full_pipeline(matcher, text):
    found = proposed_names(matcher, "한국-베트남 협력 소식", text)
    assert "organizations" not in found.values(), found


def test_a_line_up_of_groups_in_the_full_pipeline(matcher):
    found = proposed_names(
        matcher, "이날 축제 무대에서는 루미너스, 크로노스, 블루웨이브 등이 출연한다."
    )
    assert {n: found.get(n) for n in ("루미너스", "크로노스", "블루웨이브")} == (
        dict.fromkeys(("루미너스", "크로노스", "블루웨이브"), "organizations")
    )
