"""A country's two syllables end a Vietnamese body's name before a verb in lower case
(recognize/candidates/vietnamese_countries.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ngân hàng Phát triển Hàn Quốc tài trợ để xây trường học.",
            "Ngân hàng Phát triển Hàn Quốc",
        ),
        (
            "Văn phòng JICA Việt Nam làm trưởng đoàn khảo sát.",
            "Văn phòng JICA Việt Nam",
        ),
        (
            "Trung tâm Văn hóa Nhật Bản đầu tư hai tỷ đồng.",
            "Trung tâm Văn hóa Nhật Bản",
        ),
    ],
)
def test_a_verb_after_the_country_is_no_word_of_the_name(text, name):
    assert names(text).get(name) == "organizations"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sinh viên Khoa Hàn Quốc học đã về nước.", "Khoa Hàn Quốc học"),
        ("Hội người Việt Nam khóa V đã họp.", "Hội người Việt Nam khóa V"),
        (
            "Hội Hữu nghị Việt Nam - Nhật Bản tỉnh Long An đã họp.",
            "Hội Hữu nghị Việt Nam - Nhật Bản tỉnh Long An",
        ),
        (
            "Đại sứ quán Hàn Quốc tại Việt Nam cho biết.",
            "Đại sứ quán Hàn Quốc tại Việt Nam",
        ),
    ],
)
def test_studies_a_term_a_seat_and_at_go_on_after_the_country(text, name):
    assert names(text).get(name) == "organizations"
