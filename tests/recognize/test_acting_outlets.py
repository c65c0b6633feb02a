"""A news outlet the story names as one of its actors is proposed; as a source, a credit
or the page's byline it is not (recognize/candidates/acting_outlets.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "The photo fair was co-hosted by Yonhap News Agency, the Hue Arts Museum "
            "and the city of Hue.",
            "Yonhap News Agency",
        ),
        (
            "The night market is organised by Radio Voice of Vietnam (VOV) and a "
            "Busan trading house.",
            "Radio Voice of Vietnam",
        ),
        (
            "The cooking week is co-organized by the Danang Cooks Guild, Tuoi Tre "
            "(Youth) newspaper, and Lotus Travel Group.",
            "Tuoi Tre",
        ),
        (
            "The students toured the KBS broadcasting studio and a car factory.",
            "KBS",
        ),
        (
            "Seoul’s leading newspaper The Chosun Ilbo last week ran a long series "
            "on the coach.",
            "The Chosun Ilbo",
        ),
        ("지난주 방송된 SBS `런닝맨`에서는 하롱베이가 소개됐다.", "SBS"),
        ("열린 KBS 2TV의 '가요무대 인 다낭'에는 팬들이 몰렸다.", "KBS 2TV"),
        (
            "베트남 최대 방송사인 VTV는 이날 저녁 뉴스에서 회담 장면을 방영했다.",
            "VTV",
        ),
    ],
)
def test_an_outlet_acting_in_the_story_is_proposed(matcher, text, outlet):
    assert proposed_names(matcher, text).get(outlet) == "organizations"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The plant will open in May, according to Yonhap.", "Yonhap"),
        ("South Korean news agency Yonhap reported the deal on Monday.", "Yonhap"),
        ("The mayor told Tien Phong newspaper that the bridge is done.", "Tien Phong"),
        ("Ông Kim trả lời phỏng vấn với hãng tin Yonhap hôm qua.", "Yonhap"),
        ("Trước đó, tờ Korea Times hôm thứ Ba đưa tin về vụ việc.", "Korea Times"),
        ("The ceremony took place in Hue. (Photo: VNA)", "VNA"),
        ("베트남 방송사인 VTV는 회담 소식을 보도했다.", "VTV"),
    ],
)
def test_an_outlet_as_a_source_or_credit_is_no_name(matcher, text, outlet):
    assert outlet not in proposed_names(matcher, text)


def test_a_paper_named_by_its_sheet_in_vietnamese(matcher):
    found = proposed_names(
        matcher,
        "Đội tuyển thắng ba trận liền. Tờ Golden Star Daily thì đặc biệt ấn tượng "
        "với bản lĩnh của đội. Trong khi đó, tờ Morning Bell Sports viết rằng huấn "
        "luyện viên đã làm tốt.",
    )
    assert found.get("Golden Star Daily") == "organizations"
    assert found.get("Morning Bell Sports") == "organizations"
    assert "Tờ Golden Star Daily" not in found
