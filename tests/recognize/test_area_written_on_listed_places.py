"""A place listed with places, 지역 (area) written onto it, is the place alone
(recognize/candidates/korean_place_lists.py)."""

from __future__ import annotations

from dossier.recognize.candidates.korean import korean_names
from dossier.recognize.candidates.korean_cued import with_cued_names


def names(text: str) -> dict[str, str]:
    return {
        name: kind for name, kind, _, _ in with_cued_names(text, korean_names(text))
    }


def test_a_listed_place_with_area_written_on_is_the_place():
    found = names(
        "공장은 북부의 하이퐁, 박닌, 흥옌지역과 남부의 동나이, 껌쏘, 빈즈엉지역 등에 있다."
    )
    assert found.get("흥옌") == "cities"
    assert found.get("빈즈엉") == "cities"
    assert found.get("껌쏘") == "cities"
    assert "흥옌지역" not in found


def test_a_common_noun_with_area_on_is_no_place():
    found = names("지원은 하이퐁, 박닌, 농촌지역 등에 돌아간다.")
    assert "농촌" not in found
    assert "농촌지역" not in found


def test_the_last_place_with_area_and_a_particle_on_is_read():
    found = names("행사는 하이퐁, 박닌, 흥옌지역, 타이빈지역에서 열린다.")
    assert found.get("흥옌") == "cities"
    assert found.get("타이빈") == "cities"
    assert "타이빈지역" not in found


def test_an_area_of_no_place_s_name_is_none():
    found = names(
        "지원은 서울, 인천, 수도권지역 등과 하노이, 다낭, 아세안지역에서 이뤄진다."
    )
    assert not {"수도권", "수도권지역", "아세안", "아세안지역"} & set(found)
