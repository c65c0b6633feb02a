"""Agreements signed in sentence case, only their head capitalised ("ký kết Thỏa thuận hợp
tác kết nghĩa.", "ký Bản Ghi nhớ Hợp tác Đào tạo (MOU)"; recognize/candidates/
vietnamese_signed.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Hai tỉnh đã ký kết Thỏa thuận hợp tác kết nghĩa.",
            "Thỏa thuận hợp tác kết nghĩa",
        ),
        (
            "Hai trường ký Bản Ghi nhớ Hợp tác Đào tạo (MOU) vào sáng nay.",
            "Bản Ghi nhớ Hợp tác Đào tạo",
        ),
    ],
)
def test_an_agreement_with_its_head_capitalised_after_its_verb(text, name):
    assert names(text).get(name) == "agreements"


@pytest.mark.parametrize(
    "text",
    [
        # a function word may go on inside the name: no cut at "và"
        "Hai bộ ký Bản ghi nhớ về phái cử và tiếp nhận lao động sang làm việc.",
        # a memorandum in lower case, described: no name
        "Hai bên ký bản ghi nhớ hợp tác.",
    ],
)
def test_no_agreement_cut_short_or_described(text):
    assert not any(kind == "agreements" for kind in names(text).values())


@pytest.mark.parametrize(
    "text",
    [
        # "cùng" (with) names the other party, as "với" does
        "Hôm qua, Công ty Sông Xanh ký thỏa thuận hợp tác cùng Tập đoàn Daehan Hàn Quốc.",
        # "dưới sự chứng kiến" (before the eyes of) says who watched the signing
        "Hai bên ký kết thỏa thuận hợp tác dưới sự chứng kiến của lãnh đạo tỉnh.",
    ],
)
def test_an_agreement_ends_before_its_party_or_its_witnesses(text):
    found = names(text)
    assert found.get("thỏa thuận hợp tác") == "agreements"
    assert not any("cùng" in name or "dưới" in name for name in found)


def test_a_topic_after_the_head_still_runs_to_its_stop():
    found = names("Hai tỉnh ký thỏa thuận hợp tác đào tạo nghề cho thanh niên.")
    assert found.get("thỏa thuận hợp tác đào tạo nghề") == "agreements"
