"""A Vietnamese body named for its use, a conference or exhibition centre ("Trung tâm Hội
nghị Quốc gia"), is the body only; a rank and a person after a comma are no field of its
name (recognize/candidates/vietnamese.py, vietnamese_uses.py, vietnamese_persons.py)."""

from __future__ import annotations

from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


def test_a_rank_and_a_person_after_a_comma_end_the_name():
    found = names(
        "Sáng 5/3, tại Trung tâm Hội nghị Quốc gia, Đại tướng Phan Văn Giang và "
        "Thứ trưởng Kim Seon-ho đã hội đàm."
    )
    assert found.get("Trung tâm Hội nghị Quốc gia") == "organizations"
    assert not any("Đại tướng" in name for name in found)


def test_a_conference_centre_holds_no_conference_of_its_name():
    found = names("Lễ ký kết diễn ra tại Trung tâm Hội nghị Quốc gia sáng nay.")
    assert found == {"Trung tâm Hội nghị Quốc gia": "organizations"}


def test_an_exhibition_is_a_noun_in_a_centres_name():
    found = names("Hội chợ mở cửa tại Trung tâm Hội nghị triển lãm tỉnh Long An.")
    assert found.get("Trung tâm Hội nghị triển lãm tỉnh Long An") == "organizations"


def test_a_congress_of_a_body_keeps_both():
    found = names("Đại hội Hội người Việt Nam tại Nhật Bản đã diễn ra hôm qua.")
    assert found.get("Hội người Việt Nam tại Nhật Bản") == "organizations"
    assert found.get("Đại hội Hội người Việt Nam tại Nhật Bản") == "events"
