"""A land called by what it is known for ("xứ sở Kim Chi", Korea) names no person
(recognize/candidates/vietnamese_epithets.py)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("vietnamese-epithets"),
        ("cities", "hanoi", "name: Hanoi\naliases: [Hà Nội]"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sau mười năm theo chồng sang xứ sở Kim Chi, chị Lan mở một quán ăn nhỏ ở Hà Nội.",
        "Nhiều sinh viên muốn tới xứ Kim Chi để học tiếng và làm việc.",
    ],
)
def test_the_land_of_kimchi_is_no_person(matcher, text):
    assert "Kim Chi" not in proposed_names(matcher, text)


def test_a_person_of_the_same_name_elsewhere_stays(matcher):
    found = proposed_names(
        matcher, "Bà Kim Chi, giám đốc công ty, đã ký hợp đồng với đối tác tại Hà Nội."
    )
    assert found.get("Kim Chi") == "leaders"


@pytest.mark.parametrize(
    "text, epithet",
    [
        ("Du khách tới xứ sở Chùa Vàng ngày càng đông.", "Chùa Vàng"),
        ("Nhiều người Việt sống ở xứ sở Sương Mù đã lâu.", "Sương Mù"),
    ],
)
def test_a_known_epithet_is_no_name_whatever_its_type(matcher, text, epithet):
    assert epithet not in proposed_names(matcher, text)


@pytest.mark.parametrize(
    "text, person",
    [
        # a parish priest: "cha xứ", "quản xứ" (of the parish), no land
        (
            "Cha xứ Nguyễn Văn Hùng cho biết giáo xứ sẽ quyên góp giúp người dân vùng lũ.",
            "Nguyễn Văn Hùng",
        ),
        ("Linh mục quản xứ Phạm Văn Lộc đã đón đoàn khách Hàn Quốc.", "Phạm Văn Lộc"),
    ],
)
def test_a_priest_of_a_parish_stays(matcher, text, person):
    assert proposed_names(matcher, text).get(person) == "leaders"


@pytest.mark.parametrize(
    "text, person",
    [
        ("HLV xứ Kim Chi Shin Tae-yong đánh giá cao đối thủ.", "Shin Tae-yong"),
        ("Người hâm mộ xứ sở Kim Chi Park Ji-sung vẫn nhớ anh.", "Park Ji-sung"),
    ],
)
def test_a_person_right_after_the_epithet_is_not_lost(matcher, text, person):
    assert any(person in name for name in proposed_names(matcher, text))
