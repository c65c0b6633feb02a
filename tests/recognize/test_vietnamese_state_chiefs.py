"""A person's name after a committee or a department of the state is its chief's, whatever
the surname ("Ủy ban … Quốc hội Tạ Văn Hùng"), as after a ministry: no body of the state
is named after a person (recognize/candidates/vietnamese.py)."""

from __future__ import annotations

from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


def test_a_committees_chief_with_a_rarer_surname_ends_its_name():
    found = names(
        "Phó Chủ nhiệm Ủy ban Văn hóa Giáo dục Quốc hội Tạ Văn Hùng phát biểu."
    )
    assert "Ủy ban Văn hóa Giáo dục Quốc hội" in found
    assert not any("Hùng" in name for name in found)


def test_a_departments_director_after_its_province():
    found = names("Giám đốc Sở Công Thương tỉnh Nghệ An Mai Văn Lực cho biết.")
    assert "Sở Công Thương tỉnh Nghệ An" in found
    assert not any("Lực" in name for name in found)


def test_a_city_named_for_a_person_after_a_department_stays_the_departments():
    found = names("Sở Du lịch Thành phố Hồ Chí Minh vừa công bố kế hoạch.")
    assert "Sở Du lịch Thành phố Hồ Chí Minh" in found
