"""Performers and athletes the sentence names as people: the noun of what they do just
before the name or before the list of names it opens ("singers including …", "xạ thủ
…", "starring …") makes each name a person's, though its own words say nothing or read
as a place's syllables."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Popular local singers Bao Lan and Kim Tuyen will join the concert.",
            ("Bao Lan", "Kim Tuyen"),
        ),
        (
            "The gala brings well-known singers including Cho Minho, Yerin and Thao Vy.",
            ("Cho Minho", "Yerin"),
        ),
        (
            "The remake, shot in Da Lat, is starring Tran Lan Phuong and Quoc Truong.",
            ("Tran Lan Phuong", "Quoc Truong"),
        ),
        (
            "Huấn luyện viên khen ngợi xạ thủ Bảo Châu sau trận chung kết.",
            ("Bảo Châu",),
        ),
        (
            "Khán giả cổ vũ các tuyển thủ như Lee Min-hyeong, Zeus suốt buổi tối.",
            ("Lee Min-hyeong", "Zeus"),
        ),
    ],
)
def test_a_performer_noun_names_people(matcher, text, names):
    found = proposed_names(matcher, text)
    assert {name: found.get(name) for name in names} == dict.fromkeys(names, "leaders")


def test_a_member_of_a_band_leaves_the_band_a_body(matcher):
    found = proposed_names(
        matcher, "Minho, a member of Shining Stars Entertainment, sang first."
    )
    assert found.get("Shining Stars Entertainment") == "organizations"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Works of painters like Duc Son and Kim Lien hang in Busan.", ("Duc Son",)),
        (
            "Many novelists and poets, including Minh Son, Yen Thanh, etc. read aloud.",
            ("Minh Son", "Yen Thanh"),
        ),
    ],
)
def test_writers_listed_are_people_whatever_their_words(matcher, text, names):
    found = proposed_names(matcher, text)
    assert {name: found.get(name) for name in names} == dict.fromkeys(names, "leaders")


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Guests met painters Phu Lang Pottery Cooperative and Kim Hoang Print "
            "Center, two workshops near the capital.",
            ("Phu Lang Pottery Cooperative", "Kim Hoang Print Center"),
        ),
        (
            "The book gathers poets Busan Poetry Society and Hue Young Writers Club, "
            "who have met since 2012.",
            ("Busan Poetry Society",),
        ),
    ],
)
def test_a_body_its_head_noun_names_after_writers_is_a_body(matcher, text, bodies):
    found = proposed_names(matcher, text)
    assert {name: found.get(name) for name in bodies} == dict.fromkeys(
        bodies, "organizations"
    )
