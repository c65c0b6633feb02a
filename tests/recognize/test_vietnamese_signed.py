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


def test_an_agreement_ends_before_cung_voi_its_party():
    found = names(
        "Trường ký biên bản ghi nhớ trao đổi giảng viên cùng với Đại học Hanbit."
    )
    assert found.get("biên bản ghi nhớ trao đổi giảng viên") == "agreements"


@pytest.mark.parametrize(
    "text, cut",
    [
        # "cùng" before a verb is "jointly", part of the topic
        (
            "Hai bên ký thỏa thuận hợp tác cùng phát triển nguồn nhân lực.",
            "thỏa thuận hợp tác",
        ),
        (
            "Hai nước ký thỏa thuận hợp tác cùng xây dựng trung tâm đào tạo nghề.",
            "thỏa thuận hợp tác",
        ),
        (
            "Hai địa phương ký thỏa thuận hợp tác cùng có lợi trong lĩnh vực nông nghiệp.",
            "thỏa thuận hợp tác",
        ),
        # "cùng ngày" (the same day) and "cùng bạn bè" (with friends): no party named
        (
            "Hai trường ký biên bản ghi nhớ trao đổi sinh viên cùng ngày 12/5.",
            "biên bản ghi nhớ trao đổi sinh viên",
        ),
        (
            "Sinh viên tham gia chương trình giao lưu văn hóa cùng bạn bè Hàn Quốc.",
            "chương trình giao lưu văn hóa",
        ),
    ],
)
def test_cung_before_no_party_cuts_nothing(text, cut):
    assert cut not in names(text)


def test_jointly_beneficial_stays_in_the_topic():
    found = names(
        "Hai địa phương ký thỏa thuận hợp tác cùng có lợi trong lĩnh vực nông nghiệp."
    )
    assert found.get("thỏa thuận hợp tác cùng có lợi") == "agreements"
