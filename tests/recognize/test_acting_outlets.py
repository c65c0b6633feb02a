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


# each holds a word for the outlet's kind, so that the finder reads it and only the
# words that make it a source keep it out
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "The plant will open in May, according to the Tuoi Tre newspaper.",
            "Tuoi Tre",
        ),
        (
            "According to the Tuoi Tre newspaper, the plant will open in May.",
            "Tuoi Tre",
        ),
        (
            "According to leading newspaper The Chosun Ilbo, the coach will stay.",
            "The Chosun Ilbo",
        ),
        ("Theo báo Tuổi Trẻ, nhà máy sẽ khánh thành vào tháng Năm.", "Tuổi Trẻ"),
        ("Theo tờ Thanh Niên, cây cầu đã xong.", "Thanh Niên"),
        ("South Korean news agency Yonhap reported the deal on Monday.", "Yonhap"),
        ("The mayor told Tien Phong newspaper that the bridge is done.", "Tien Phong"),
        ("Ông Kim trả lời phỏng vấn báo Tuổi Trẻ hôm qua.", "Tuổi Trẻ"),
        ("Trước đó, tờ Korea Times hôm thứ Ba đưa tin về vụ việc.", "Korea Times"),
        ("Hai tờ Korea Herald và Korea Times đều đưa tin về vụ việc.", "Korea Herald"),
        ("Exports rose by a fifth in 2025 (Source: Tuoi Tre newspaper).", "Tuoi Tre"),
        (
            "The fair opened on Friday (Photo courtesy of the Tuoi Tre newspaper).",
            "Tuoi Tre",
        ),
        ("The figure came from a report by the Thanh Nien newspaper.", "Thanh Nien"),
        (
            "The Tuoi Tre newspaper, citing the ministry, said the plant is done.",
            "Tuoi Tre",
        ),
        (
            "Ten films will be shown, the Thanh Nien newspaper noted on Sunday.",
            "Thanh Nien",
        ),
        ("As the Hankyoreh daily put it, the visit went well.", "Hankyoreh"),
        ("Hai bên đã ký kết hợp tác (Nguồn: báo Thanh Niên).", "Thanh Niên"),
        ("Dự án sẽ xong trong năm nay, báo Tuổi Trẻ cho hay.", "Tuổi Trẻ"),
        ("Hai bên đã ký biên bản ghi nhớ, trích dẫn báo Nhân Dân.", "Nhân Dân"),
        ("베트남 방송사인 VTV는 회담 소식을 보도했다.", "VTV"),
        ("KBS ‘뉴스광장’에 따르면 두 나라는 항로를 늘린다.", "KBS"),
        ("MBC '저녁뉴스' 보도로 공장 이전 소식이 알려졌다.", "MBC"),
    ],
)
def test_an_outlet_as_a_source_or_credit_is_no_name(matcher, text, outlet):
    found = proposed_names(matcher, text)
    assert outlet not in found
    assert f"{outlet}." not in found
    assert f"The {outlet}" not in found


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The Tuoi Tre newspaper organised a run for the students.", "Tuoi Tre"),
        ("Học sinh đã đến thăm tòa soạn báo Nhân Dân.", "Nhân Dân"),
    ],
)
def test_an_acting_outlet_comes_without_the_words_around_it(matcher, text, outlet):
    found = proposed_names(matcher, text)
    assert found.get(outlet) == "organizations"
    assert f"{outlet}." not in found
    assert f"The {outlet}" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Doanh nghiệp cần nộp tờ Form AK để được hưởng ưu đãi.", "Form AK"),
        (
            "Nhà nhập khẩu phải khai tờ Import Declaration theo mẫu.",
            "Import Declaration",
        ),
    ],
)
def test_a_sheet_that_is_no_paper_is_no_outlet(matcher, text, name):
    assert proposed_names(matcher, text).get(name) != "organizations"


def test_a_paper_named_by_its_sheet_in_vietnamese(matcher):
    found = proposed_names(
        matcher,
        "Đội tuyển thắng ba trận liền. Tờ Golden Star Daily thì đặc biệt ấn tượng "
        "với bản lĩnh của đội. Trong khi đó, tờ Morning Bell Sports đã trao giải cho "
        "huấn luyện viên. Tờ Sports Harbor giật tít về chiến thắng.",
    )
    assert found.get("Golden Star Daily") == "organizations"
    assert found.get("Morning Bell Sports") == "organizations"
    assert found.get("Sports Harbor") == "organizations"
    assert "Tờ Golden Star Daily" not in found
