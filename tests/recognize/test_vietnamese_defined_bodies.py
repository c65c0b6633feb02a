"""A Vietnamese body's name runs on over its function words ("các", "về", "và", "ở",
"vì") to the short form in brackets that the text defines it by; a dash before another
body's head, or "và" after the body's country, ends a name; "Liên minh" and "Uỷ ban"
open a body's name (recognize/candidates/vietnamese_defined.py, vietnamese_run_ends.py,
vietnamese_heads.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Đại diện Hiệp hội Xúc tiến thương mại và du lịch Lào - Campuchia (HHLC)"
            " đã phát biểu tại buổi gặp.",
            "Hiệp hội Xúc tiến thương mại và du lịch Lào - Campuchia",
        ),
        (
            "Ông Bình nhận lời mời của Ủy ban Liên kết nghiệp đoàn các hãng tàu"
            " Singapore (UBLK) vào tháng trước.",
            "Ủy ban Liên kết nghiệp đoàn các hãng tàu Singapore",
        ),
        (
            "Văn bản do Ủy ban quốc gia về người lao động ở nước ngoài (UBQG) ban hành.",
            "Ủy ban quốc gia về người lao động ở nước ngoài",
        ),
    ],
)
def test_a_body_runs_on_to_its_short_form(text, name):
    assert names(text).get(name) == "organizations"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sở Y tế khuyên dùng thuốc ho thảo dược (TTD) cho trẻ nhỏ.", "Sở Y tế"),
        ("Tập đoàn Lotte ra mắt ví điện tử (LPW) cho khách du lịch.", "Tập đoàn Lotte"),
        (
            "Kết quả của Bộ Công Thương về chỉ số niềm tin bán lẻ (RCI) đã được công bố.",
            "Bộ Công Thương",
        ),
        (
            "Dự án do Tập đoàn Samsung và Hyundai Motor (HMC) cùng góp vốn.",
            "Tập đoàn Samsung",
        ),
        (
            "Khoản vay do Ngân hàng Shinhan và Woori Bank (WB) cùng thu xếp.",
            "Ngân hàng Shinhan",
        ),
    ],
)
def test_a_short_form_that_spells_other_words_is_no_bodys(text, name):
    found = names(text)
    assert found.get(name) == "organizations"
    assert not any(n.startswith(name) and n != name for n in found)


def test_no_body_runs_on_over_a_verb_to_another_bodys_short_form():
    found = names("Sở Du lịch phối hợp với hội doanh nghiệp trẻ (YBA) tổ chức.")
    assert not any(name.endswith("trẻ") for name in found)


def test_a_name_inside_the_whole_one_is_none_of_its_own():
    found = names(
        "Tổ chức Liên minh Nông dân các nước ven biển vì phát triển (TCLM) họp."
    )
    assert found == {
        "Tổ chức Liên minh Nông dân các nước ven biển vì phát triển": "organizations"
    }


def test_an_alliance_opens_a_name():
    found = names("Đoàn đã dự phiên họp của Liên minh nông nghiệp toàn cầu (LMNN).")
    assert found.get("Liên minh nông nghiệp toàn cầu") == "organizations"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Bà Hoa, Phó Vụ trưởng Vụ Kế hoạch Tài chính - Bộ Y tế, đã phát biểu.",
            "Vụ Kế hoạch Tài chính",
            "Bộ Y tế",
        ),
        (
            "Đoàn làm việc với Cục Thương mại điện tử - Uỷ ban nhân dân tỉnh Gangwon"
            " trong hai ngày.",
            "Cục Thương mại điện tử",
            "Uỷ ban nhân dân tỉnh Gangwon",
        ),
    ],
)
def test_a_dash_before_another_bodys_head_ends_a_name(text, first, second):
    found = names(text)
    assert (found.get(first), found.get(second)) == ("organizations", "organizations")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sự kiện do Tổng cục Thể thao Lào tại Việt Nam và Sunmart phối hợp"
            " thực hiện.",
            "Tổng cục Thể thao Lào tại Việt Nam",
        ),
        (
            "Hội đàm giữa Bộ Nội vụ Hàn Quốc và Lotte diễn ra sáng nay.",
            "Bộ Nội vụ Hàn Quốc",
        ),
    ],
)
def test_and_after_a_bodys_country_joins_another_name(text, name):
    found = names(text)
    assert found.get(name) == "organizations"
    assert not any(n.startswith(name) and n != name for n in found)


def test_the_fields_a_ministry_joins_stay_before_its_country():
    found = names("Bộ Lao động và Việc làm Hàn Quốc đã gửi công văn.")
    assert "Bộ Lao động và Việc làm Hàn Quốc" in found


@pytest.mark.parametrize(
    "name",
    [
        "Viện Nghiên cứu Nhật Bản và Đông Nam Á",
        "Trung tâm Nghiên cứu Việt Nam và Tây Á",
    ],
)
def test_two_lands_a_body_studies_stay_in_its_name(name):
    assert (
        names(f"Buổi tọa đàm do {name} tổ chức tại Huế.").get(name) == "organizations"
    )


@pytest.mark.parametrize(
    "name",
    [
        "Trường Đại học Kinh tế - Ngân hàng Đà Nẵng",
        "Trung tâm Dữ liệu - Thư viện Đại học Huế",
        "Trung tâm Hội nghị - Triển lãm Bình Dương",
    ],
)
def test_two_fields_a_dash_joins_stay_one_name(name):
    assert names(f"Lễ trao giải diễn ra tại {name} sáng nay.").get(name) == (
        "organizations"
    )


def test_an_alliance_of_two_states_is_no_body():
    found = names("Liên minh Việt - Lào được hai bên gọi là tài sản chung.")
    assert not any(name.startswith("Liên minh") for name in found)
