"""Quoted speech and scare quotes are no names, though a kind's word stands beside them
("the film “a milestone for remakes”", "“Dự án này sẽ …”, ông Kim cho biết", "a “twin
town” scheme"; recognize/candidates/quoted_kinds.py), while a quoted title still is."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.lowercase import lower_case_names


def names(text: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _, _ in lower_case_names(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        'The critic called the film "a new chapter for Korean remakes in Asia" on Sunday.',
        'Diplomats called the festival "a bridge between two peoples" this week.',
        "She said the seminar “was very useful” for students.",
        'The province began a "twin town" program with Gimhae.',
        "Bộ phim “làm mưa làm gió” của Hàn Quốc được chiếu tại Huế.",
        "Ông Park nhận xét dự án “rất thiết thực” với người dân.",
        "“Chương trình này sẽ giúp hàng trăm học sinh nghèo đến trường”, bà Lee Ji-eun "
        "cho biết.",
        "“Hội thảo năm nay có nhiều đề xuất thiết thực”, Phó Chủ tịch nhấn mạnh.",
        "“Đối tác Hàn Quốc luôn hợp tác chặt chẽ với tỉnh chúng tôi”, ông Trần Văn Hùng nói.",
    ],
)
def test_no_name_from_speech_or_a_scare_quote(sentence):
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            'Crowds filled the cinema for the film "Sunny Days" on Friday.',
            "Sunny Days",
            "initiatives",
        ),
        (
            "Phong trào “xin lỗi nhân dân Việt Nam” ra đời tại Seoul.",
            "xin lỗi nhân dân Việt Nam",
            "initiatives",
        ),
        (
            "Tại chương trình “Gặp gỡ Hàn Quốc 2024”, ông Kim cho biết sẽ đầu tư thêm.",
            "Gặp gỡ Hàn Quốc 2024",
            "initiatives",
        ),
        (
            "Hai nước nâng cấp quan hệ lên “đối tác hợp tác chiến lược” năm 2009.",
            "đối tác hợp tác chiến lược",
            "agreements",
        ),
    ],
)
def test_a_quoted_title_is_still_a_name(sentence, name, kind):
    assert names(sentence) == [(name, kind)]
