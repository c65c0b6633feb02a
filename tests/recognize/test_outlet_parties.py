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
        ("이에 한 협회와 한국경제가 하노이에서 투자 포럼을 개최했다.", "한국경제"),
        ("VOV5는 지난달 한국어 방송 송출을 시작했다.", "VOV5"),
        ("이날 연합뉴스 사장 일행은 하노이의 한 박물관을 둘러봤다.", "연합뉴스"),
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
