"""An outlet the story makes a party (its head by title, its delegation, a partner, what it
did) is proposed; told, cited or reporting it stays a source
(recognize/candidates/outlet_parties.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "The pact was signed by Min Ha-jun, president and CEO of Yonhap News "
            "Agency, and a Hue gallery.",
            "Yonhap News Agency",
        ),
        (
            "Tổng Giám đốc Đài Tiếng Nói Việt Nam Trần Văn Bình phát biểu tại lễ "
            "khai trương.",
            "Đài Tiếng Nói Việt Nam",
        ),
        (
            "Tuần trước, đoàn đại biểu của Đài Tiếng nói Việt Nam (Đài TNVN) đã đến "
            "thăm thành phố Busan.",
            "Đài Tiếng nói Việt Nam",
        ),
        (
            "Dự buổi lễ có đại diện Đài truyền hình Việt Nam (VTV) và nhiều nghệ sĩ.",
            "Đài truyền hình Việt Nam",
        ),
        (
            "Arirang has cooperated with the Voice of Vietnam (VOV) since 2001 and the "
            "Vietnam Television (VTV) since 2009 to swap cartoons.",
            "Voice of Vietnam",
        ),
        (
            "Arirang has cooperated with the Voice of Vietnam (VOV) since 2001 and the "
            "Vietnam Television (VTV) since 2009 to swap cartoons.",
            "Vietnam Television",
        ),
        (
            "Yonhap News Agency, the country's largest wire, on Tuesday signed a pact "
            "with a Hue gallery.",
            "Yonhap News Agency",
        ),
        (
            "On 3 May Seoul’s KBS Television Station launched a channel for farmers.",
            "KBS Television Station",
        ),
        (
            "Editor-in-chief of the Harbor and Delta newspaper Le Van Tam met the guests.",
            "Harbor and Delta newspaper",
        ),
        ("이번 박람회는 강원일보사와 한 협력센터가 후원하는 행사다.", "강원일보사"),
        ("이날 인천일보 사장 일행은 하노이의 한 박물관을 둘러봤다.", "인천일보"),
        ("Representatives of VOV toured the new studio in Busan.", "VOV"),
        ("Delegation of KBS World met the mayor of Hue on Friday.", "KBS World"),
    ],
)
def test_an_outlet_party_to_the_story_is_proposed(matcher, text, outlet):
    assert proposed_names(matcher, text).get(outlet) == "organizations"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Min Ha-jun, president of a Busan firm, told Yonhap News Agency that the "
            "plant opened.",
            "Yonhap News Agency",
        ),
        (
            "According to Yonhap News Agency, the two firms signed a pact.",
            "Yonhap News Agency",
        ),
        ("연합뉴스에 따르면 두 회사는 협약을 체결했다.", "연합뉴스"),
        ("연합뉴스는 두 회사가 협약을 체결했다고 보도했다.", "연합뉴스"),
        ("Yonhap News Agency said the two firms signed a pact.", "Yonhap News Agency"),
        ("Đại diện VOV College phát biểu tại lễ ký kết.", "VOV"),
        ("The chairman of Tuoi Tre Media Group opened the fair.", "Tuoi Tre"),
    ],
)
def test_an_outlet_telling_or_opening_another_name_is_none(matcher, text, outlet):
    assert outlet not in proposed_names(matcher, text)


def test_an_outlet_named_in_full_is_not_proposed_again_by_a_shorter_spelling(matcher):
    found = proposed_names(
        matcher,
        "Yonhap News Agency on Monday signed a pact with a Hue gallery.",
        "The ceremony was attended by Min Ha-jun, CEO of Yonhap, and the gallery's head.",
    )
    assert found.get("Yonhap News Agency") == "organizations"
    assert "Yonhap" not in found


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a Korean common noun an outlet is also spelt as: the economy, a union
        ("한국경제의 미래를 논의하는 포럼이 호찌민에서 개최됐다.", "한국경제"),
        ("서울경제의 회복을 위한 박람회에서 양해각서 5건이 체결됐다.", "서울경제"),
        ("동남아 청년 연합 대표단 20명이 다낭을 방문했다.", "연합"),
        ("한국경제 대표단 40여 명이 이번 주 다낭을 찾는다.", "한국경제"),
        # a Korean telling: the outlet only reported or was told
        ("MBN은 두 도시가 어제 자매결연 협약을 체결했다고 알렸다.", "MBN"),
        ("그는 인천일보와 통화에서 두 회사가 협약을 체결했다고 말했다.", "인천일보"),
        ("인천일보의 취재 결과 두 기관은 지난달 협약을 체결했다.", "인천일보"),
        # the opening words of another Vietnamese body's name
        (
            "Đoàn đại biểu Quân đội nhân dân Việt Nam do Đại tướng Lê Văn An dẫn đầu "
            "đã tới Seoul.",
            "Quân đội nhân dân",
        ),
        ("Đoàn công tác Thanh niên Việt Nam sẽ sang Busan.", "Thanh niên"),
        (
            "Đoàn công tác Công an nhân dân Việt Nam làm việc tại Seoul.",
            "Công an nhân dân",
        ),
        # an outlet's name opening another body's: an institution, any English name
        (
            "Tran Thi Lan, chairman of Tien Phong Bank, spoke at the forum.",
            "Tien Phong",
        ),
        ("The president of Tien Phong Hospital opened the wing.", "Tien Phong"),
        ("The CEO of AP Moller-Maersk toured the port of Hai Phong.", "AP"),
        ("The fair was run in partnership with Bloomberg Philanthropies.", "Bloomberg"),
        # the source test on every path: after "and", after a title, after a partner
        (
            "Arirang has cooperated with VOV on a music show since 2005, and Yonhap "
            "reported on Friday that it would go on.",
            "Yonhap",
        ),
        (
            "According to the general director of VNA, a bureau will open in Busan.",
            "VNA",
        ),
        ("Theo Tổng Giám đốc VTV, đài sẽ mở văn phòng tại Busan.", "VTV"),
        ("Theo lãnh đạo Báo Lao Động, số bạn đọc tăng mạnh.", "Báo Lao Động"),
        # two bodies glued before one's short form in brackets
        (
            "Representatives of Samsung and Vietnam Television (VTV) came to Hue.",
            "Samsung and Vietnam Television",
        ),
    ],
)
def test_an_outlet_read_from_another_name_or_telling_is_none(matcher, text, outlet):
    assert outlet not in proposed_names(matcher, text)


def test_a_vietnamese_delegation_of_an_outlets_whole_name_is_proposed(matcher):
    text = "Đoàn đại biểu Thanh Niên đã thăm một tòa soạn ở Seoul."
    assert proposed_names(matcher, text).get("Thanh Niên") == "organizations"
