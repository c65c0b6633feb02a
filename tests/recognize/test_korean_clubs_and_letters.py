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
