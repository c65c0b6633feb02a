"""A place spelt by sound before the word for its kind, a space apart: a lake, a beach, a
square, a street, a stadium, a port, a temple (recognize/candidates/korean_landmarks.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("대표팀은 미딘 국립경기장에서 친선경기를 치렀다.", "미딘 국립경기장"),
        ("관광객들은 저녁에 호안끼엠 호수를 둘러봤다.", "호안끼엠 호수"),
        ("리조트는 논느억 해변에 들어선다.", "논느억 해변"),
        ("축제는 응웬후에 거리에서 사흘 동안 열린다.", "응웬후에 거리"),
        ("참전용사들은 옌뜨 사원에서 위령제를 지냈다.", "옌뜨 사원"),
        ("순찰선은 추아베 항구에서 인계됐다.", "추아베 항구"),
        ("공장은 꾸에보 산단에 있다.", "꾸에보 산단"),
        ("공연은 호안끼엠 호수 광장에서 열린다.", "호안끼엠 호수 광장"),
    ],
)
def test_a_place_spelt_by_sound_before_its_kind(text, place):
    assert names(text).get(place) == "cities"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("아름다운 해변이 펼쳐진다.", "아름다운 해변"),
        ("일반 산단 세 곳을 조성한다.", "일반 산단"),
        ("양일간 거리는 인파로 붐볐다.", "양일간 거리"),
        ("관광객은 푸꾸옥의 해변을 찾는다.", "푸꾸옥의 해변"),
        ("두 나라는 지리적인 거리가 멀다.", "지리적인 거리"),
    ],
)
def test_words_of_the_language_before_a_kind_name_no_place(text, word):
    assert word not in names(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("유람선은 하롱베이를 하루 동안 돈다.", "하롱베이"),
        ("숙소는 미케비치가 내려다보이는 곳에 있다.", "미케비치"),
    ],
)
def test_a_bay_or_a_beach_written_onto_a_place_s_name(text, place):
    found = names(text)
    assert found.get(place) == "cities"
    assert "하롱" not in found  # the bay, not the city it names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("사진은 픽사베이에서 받았다.", "픽사베이"),
        ("그룹 다비치가 무대에 올랐다.", "다비치"),
    ],
)
def test_a_name_the_model_knows_before_bay_is_no_place(text, word):
    assert names(text).get(word) != "cities"


def test_a_bay_with_no_particle_after_it():
    assert names("관광객들은 다낭, 하롱베이 등을 찾는다.").get("하롱베이") == "cities"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("새 부두는 쩐마이 항만과 가깝다.", "쩐마이 항만"),
        ("매장은 미펙 타워 1층에 들어선다.", "미펙 타워"),
        ("학생들은 탕롱 황성을 둘러봤다.", "탕롱 황성"),
        ("의료진은 딘투이 면을 찾아 진료했다.", "딘투이 면"),
    ],
)
def test_a_port_a_tower_a_citadel_or_a_commune_spelt_by_sound(text, place):
    assert names(text).get(place) == "cities"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("한국은 성과 면에서 앞섰다.", "성과 면"),
        ("분짜는 쌀국수 면을 소스에 찍어 먹는다.", "쌀국수 면"),
        ("두 기관은 친환경 항만을 짓는다.", "친환경 항만"),
    ],
)
def test_an_aspect_or_noodles_are_no_commune(text, word):
    assert word not in names(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("공연은 하노이 껌빈 국제축구경기장에서 열린다.", "껌빈 국제축구경기장"),
        ("결승전은 하노이 껌빈국립경기장에서 치러진다.", "껌빈국립경기장"),
        ("개막전은 수원월드컵경기장에서 열렸다.", "수원월드컵경기장"),
    ],
)
def test_a_stadium_of_a_kind_spaced_or_written_onto_its_place(text, place):
    assert names(text).get(place) == "cities"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("관중은 경기장을 가득 메웠다.", "경기장"),
        ("시는 새 국제축구경기장을 짓기로 했다.", "새 국제축구경기장"),
        ("대표팀은 인근 종합경기장에서 훈련했다.", "인근 종합경기장"),
        ("아이들은 야구경기장에 모였다.", "야구경기장"),
    ],
)
def test_a_stadium_no_place_names_is_none(text, word):
    found = names(text)
    assert word not in found
    assert "종합경기장" not in found and "국제축구경기장" not in found
