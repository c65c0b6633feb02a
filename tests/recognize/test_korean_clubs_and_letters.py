"""Korea's professional clubs by city and sponsor, with the team's nickname
(recognize/candidates/korean_clubs.py); agreements written 협정서, 의향서, 의정서
(recognize/candidates/korean_kinds.py)."""

from __future__ import annotations

from dossier.recognize.candidates.korean import korean_names
from dossier.recognize.candidates.korean_cued import with_cued_names


def names(text: str) -> dict[str, str]:
    return {
        name: kind for name, kind, _, _ in with_cued_names(text, korean_names(text))
    }


def test_a_club_by_its_city_and_sponsor():
    found = names("그는 K리그1 울산 현대를 거쳐 올해 라오스 대표팀 감독이 됐다.")
    assert found.get("울산 현대") == "organizations"


def test_a_club_with_its_nickname():
    found = names("선수 시절 대구 삼성 라이온즈와 인천 현대 드래곤즈에서 뛰었다.")
    assert found.get("대구 삼성 라이온즈") == "organizations"
    assert found.get("인천 현대 드래곤즈") == "organizations"


def test_a_sponsor_and_nickname_and_fc_before_a_city():
    found = names("그는 SK 와이번스에서 코치로 지낸 뒤 FC 안양에 입단했다.")
    assert found.get("SK 와이번스") == "organizations"
    assert found.get("FC 안양") == "organizations"


def test_no_club_outside_a_story_about_sport():
    found = names("방문단은 대구 삼성 공장과 울산 현대미술관을 둘러봤다.")
    assert "대구 삼성" not in found
    assert "울산 현대" not in found


def test_a_word_of_its_own_after_the_city_is_no_club():
    found = names("축구 선수들은 대구 현대미술관과 울산 삼성전자 공장을 둘러봤다.")
    assert not any(name.startswith(("대구 현대", "울산 삼성")) for name in found)


def test_agreements_written_as_letters_and_protocols():
    found = names("두 도는 2010년 체결한 한-라오스 교류의정서를 친선협정서로 격상했다.")
    assert found.get("한-라오스 교류의정서") == "agreements"
    assert found.get("친선협정서") == "agreements"
    found = names("양 도는 스마트팜 협력 의향서에 서명했다.")
    assert found.get("스마트팜 협력 의향서") == "agreements"


def test_sport_words_inside_other_words_make_no_club():
    found = names(
        "노동청은 관리감독 대상인 창원 SK 물류창고와 대전 삼성 연구동을 점검했다."
    )
    assert not any(name.startswith(("창원 SK", "대전 삼성")) for name in found)
    found = names("다큐 영화감독은 인천 삼성 물류단지에서 선수급 배우들과 촬영했다.")
    assert "인천 삼성" not in found


def test_a_plant_or_a_ground_after_the_name_is_no_club():
    found = names("축구 선수 출신 직원들이 부산 삼성 공장과 대전 LG 연구소를 찾았다.")
    assert not any(name.startswith(("부산 삼성", "대전 LG")) for name in found)
    found = names("팬들은 광주 기아 타이거즈 구장에서 프로야구 개막전을 봤다.")
    assert not any(name.startswith("광주 기아") for name in found)


def test_loanwords_ending_so_are_no_nickname():
    found = names(
        "프로야구 두산 한국시리즈 우승 뒤 KT 콘텐츠 자회사와 롯데 서포터즈가 모였다."
    )
    assert not any(
        " " in name and name.endswith(("시리즈", "콘텐츠", "서포터즈"))
        for name in found
    )
    found = names("감독은 현대 프로스포츠와 현대 테니스의 흐름을 설명했다.")
    assert not any(name.startswith("현대 ") for name in found)


def test_modern_after_a_city_is_no_club_before_an_art():
    found = names(
        "코치 출신 배우가 부산 현대 건축물 앞과 대구 현대 미술 전시장에서 찍었다."
    )
    assert "부산 현대" not in found
    assert "대구 현대" not in found
    found = names("그는 울산 현대 사령탑으로 K리그1 우승을 이끌었다.")
    assert found.get("울산 현대") == "organizations"


def test_a_nickname_is_a_whole_word_and_a_club_keeps_its_fc():
    found = names("삼성 블루바이오스센터는 축구 선수 출신 연구원을 뽑았다.")
    assert "삼성 블루바이오스" not in found
    found = names("프로축구 전남 포스코 드래곤즈 FC와 인천 GS FC가 친선 경기를 했다.")
    assert found.get("전남 포스코 드래곤즈 FC") == "organizations"
    assert found.get("인천 GS FC") == "organizations"


def test_a_bidders_letter_of_intent_is_no_agreement():
    found = names(
        "건설사들은 항만 공사 참여 의향서를 냈고 한 곳은 매입 의향서를 보냈다."
    )
    assert not any(name.endswith("의향서") for name in found)


def test_a_kind_of_protocol_is_no_name():
    found = names("양국은 조세협정의 부속의정서와 이행의정서에 서명했다.")
    assert "부속의정서" not in found
    assert "이행의정서" not in found
