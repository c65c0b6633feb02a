"""A person's name after a Vietnamese body's name is its chief's, not the body's: after
the place the body serves ("Ủy ban nhân dân tỉnh Nam Định Trần Anh Dũng"), or right after
the head of a body of the state ("Chủ nhiệm Ủy ban Lê Thị Thu Hằng")
(recognize/candidates/vietnamese_persons.person_ends)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định Trần Anh Dũng cho biết thêm.",
            "Ủy ban nhân dân tỉnh Nam Định",
        ),
        (
            "Giám đốc Sở Ngoại vụ Đà Nẵng Phạm Thị Lan phát biểu.",
            "Sở Ngoại vụ Đà Nẵng",
        ),
    ],
)
def test_a_person_after_the_place_is_the_chief(text, body):
    found = names(text)
    assert body in found
    assert not any(name.startswith(body) and name != body for name in found)


def test_a_person_right_after_a_state_bodys_head_names_no_body():
    found = names("Đoàn do Chủ nhiệm Ủy ban Lê Thị Thu Hằng dẫn đầu đã tới Seoul.")
    assert not any(name.startswith("Ủy ban") for name in found)


def test_a_school_may_bear_a_persons_name():
    assert (
        names("Lễ khai giảng tại Trường Lê Quý Đôn hôm qua.").get("Trường Lê Quý Đôn")
        == "organizations"
    )
