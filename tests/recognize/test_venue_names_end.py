"""Mends of the venues' names by their kind in lower case
(recognize/candidates/vietnamese_venues.py): a name stops before a title or a person's
name; an airport's single foreign word is the only one kept before a lower-case
syllable."""

from __future__ import annotations

import pytest
from builders import ROOT, VI_HEAD, VI_LAST, VI_STORY, article_from_text
from dossier.read.registry import read_registry
from dossier.recognize.candidates import find_candidates
from dossier.recognize.matcher import build_matcher


@pytest.fixture(scope="module")
def matcher():
    registry, _ = read_registry(ROOT)
    return build_matcher(registry)


def read(matcher, sentence: str) -> dict[str, str]:
    """Name → type of every candidate of a Vietnamese story with ``sentence`` in it."""
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{sentence}\n\n{VI_LAST}\n"
    return {c.name: c.type for c in find_candidates(article_from_text(text), matcher)}


@pytest.mark.parametrize(
    ("sentence", "name", "gone"),
    [
        (
            "Tại sân bay Tân Sơn Nhất HLV Park Hang-seo được người hâm mộ chào đón.",
            "sân bay Tân Sơn Nhất",
            "sân bay Tân Sơn Nhất HLV Park",
        ),
        (
            "Ngay tại sân bay Incheon Bộ trưởng Lee Ji-won đã trả lời báo chí.",
            "sân bay Incheon",
            "sân bay Incheon Bộ",
        ),
        (
            "Tại sân bay quốc tế Nội Bài Thủ tướng Phạm Minh Chính ra đón.",
            "sân bay quốc tế Nội Bài",
            "sân bay quốc tế Nội Bài Thủ",
        ),
    ],
)
def test_an_airport_s_name_stops_before_a_title(matcher, sentence, name, gone):
    found = read(matcher, sentence)
    assert found.get(name) == "cities"
    assert gone not in found


@pytest.mark.parametrize(
    ("sentence", "gone", "kept"),
    [
        (
            "Người dân dạo quanh công viên Samsung tài trợ xây dựng cho thành phố.",
            "công viên Samsung",
            "Samsung",
        ),
        ("Khách tham quan nhà hát Daegu mới xây xong.", "nhà hát Daegu", "Daegu"),
    ],
)
def test_only_an_airport_keeps_one_foreign_word_before_a_syllable(
    matcher, sentence, gone, kept
):
    found = read(matcher, sentence)
    assert gone not in found
    assert kept in found
