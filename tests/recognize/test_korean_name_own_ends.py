"""A Korean name's own last syllable is no particle, and a word of time or rank after a
Vietnamese name is no part of it: "…디스플레이" ends in 이 after an open syllable, where
the subject's particle would be 가 (recognize/candidates/transliterated.py); "신임"
(newly appointed), "초대" (first), "차기" (next) open the title after a name
(recognize/candidates/vietnamese_name_ends.py); letters whose Hangul after them opens
as a particle does and ends in a body's noun ("GS에너지") are one name, not the letters
alone, but letters before a particle the list lacks ("KDI에선") stay a name
(recognize/candidates/korean_sentences.py); "현" (current) opens no title after a name,
where it is a name's syllable ("쩐 티 투 현"); a quotative after letters ("VNK라던") makes
no name; a logo is no firm ("CJ로고")."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name", "scrap"),
    [
        ("HK디스플레이, 하노이에 새 공장", "HK디스플레이", "HK디스플레"),
        ("투자사는 HK디스플레이 베트남 법인이다.", "HK디스플레이", "HK디스플레"),
        ("납품처는 HK하이테크로 정해졌다.", "HK하이테크", "HK하이테"),
    ],
)
def test_a_firm_in_letters_keeps_its_last_syllable(matcher, text, name, scrap):
    names = proposed_names(matcher, text)
    assert names.get(name) == "organizations"
    assert scrap not in names


def test_a_particle_after_a_firm_in_letters_still_goes(matcher):
    names = proposed_names(matcher, "HK전선이 공장을 지었다. HK화학으로 옮겼다.")
    assert names.get("HK전선") == "organizations"
    assert names.get("HK화학") == "organizations"


@pytest.mark.parametrize(
    ("text", "person", "longer"),
    [
        (
            "장관은 쩐 반 호아 신임 교육부 장관과 만났다.",
            "쩐 반 호아",
            "쩐 반 호아 신임",
        ),
        ("팜 득 럼 초대 회장이 인사했다.", "팜 득 럼", "팜 득 럼 초대"),
        ("보 티 란 차기 의장은 웃었다.", "보 티 란", "보 티 란 차기"),
    ],
)
def test_a_word_of_rank_after_a_vietnamese_name(matcher, text, person, longer):
    names = proposed_names(matcher, text)
    assert names.get(person) == "leaders"
    assert longer not in names


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("KT에너지와 현지 전력사가 손잡았다.", "KT"),
        ("PT가스는 가스관을 깐다.", "PT"),
        ("BK은행 지점이 문을 열었다.", "BK"),
    ],
)
def test_letters_running_on_into_a_word_are_not_a_name_alone(matcher, text, letters):
    names = proposed_names(matcher, text)
    assert letters not in names
    assert text.split()[0].startswith(next(n for n in names if n.startswith(letters)))


def test_a_logo_is_no_part_of_a_firm_name(matcher):
    assert "DH로고" not in proposed_names(matcher, "작업복에는 DH로고가 박혀 있다.")


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("KT가 투자했다.", "KT"),
        ("이번 계약은 KT에서도 환영했다.", "KT"),
        ("협력사는 VNK라는 회사다.", "VNK"),
        ("자금은 HDB측이 댄다.", "HDB"),
    ],
)
def test_letters_before_a_particle_are_a_name(matcher, text, letters):
    names = proposed_names(matcher, text)
    assert letters in names
    assert [n for n in names if n.startswith(letters)] == [letters]


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("산업연구원 KIET에선 수출이 줄 것으로 봤다.", "KIET"),
        ("현지 업체 가운데 LS만큼 빨리 움직인 곳은 드물다.", "LS"),
    ],
)
def test_letters_before_a_particle_the_list_lacks_stay_a_name(matcher, text, letters):
    assert proposed_names(matcher, text).get(letters) == "organizations"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("통역은 레 티 투 현 씨가 맡았다.", "레 티 투 현"),
        ("팜 티 투 현 하노이국립대 교수가 발표했다.", "팜 티 투 현"),
    ],
)
def test_hyeon_ends_a_vietnamese_name(matcher, text, name):
    assert name in proposed_names(matcher, text)


def test_a_quotative_after_letters_makes_no_name(matcher):
    names = proposed_names(matcher, "그는 한때 이름이 BMK라던 회사를 사들였다.")
    assert not any(name.startswith("BMK라") for name in names)
