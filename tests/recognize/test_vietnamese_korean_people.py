"""Koreans' names in letters inside Vietnamese text, written apart ("Park Jin", "Choo Kyung
Ho"): a ministry or an office before one is named without the person, and the person is
proposed as a leader (recognize/candidates/vietnamese_persons.py)."""

from __future__ import annotations

from builders import proposed_names
from dossier.recognize.candidates.vietnamese import vietnamese_names
from dossier.recognize.matcher import Matcher


def test_koreans_after_their_ministries_and_offices_are_leaders(matcher: Matcher):
    found = proposed_names(
        matcher,
        "Đoàn tháp tùng có: Bộ trưởng Bộ Thương mại và Đầu tư Choi Min Jae; Bộ trưởng "
        "Bộ Ngoại giao Seo Min; Cố vấn cấp cao, Văn phòng Tổng thống Kang Eun Soo.",
    )
    assert found.get("Bộ Thương mại và Đầu tư") == "organizations", found
    assert found.get("Choi Min Jae") == "leaders", found
    assert found.get("Seo Min") == "leaders", found
    assert found.get("Kang Eun Soo") == "leaders", found
    assert not any(name.startswith("Bộ") and "Jae" in name for name in found), found


def test_a_vietnamese_place_in_plain_letters_after_a_body_stays_its_name():
    found = {
        n: k for n, k, _, _ in vietnamese_names("Công ty Du lịch Kim Long mở tour.")
    }
    assert "Công ty Du lịch Kim Long" in found, found
