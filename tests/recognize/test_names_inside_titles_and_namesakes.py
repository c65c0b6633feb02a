"""What a body's name holds and does not name: a work's title inside it hides the place
the title holds, and a body named after the man Ho Chi Minh City is named after names no
city. The texts and entities are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import make_entity, make_registry
from dossier.read.registry import read_registry
from dossier.recognize.matcher import build_matcher, find_in_text

MATCHER = build_matcher(
    make_registry(
        make_entity(
            "cities", "Hanoi", aliases=["Hà Nội", "하노이"], country="Viet Nam"
        ),
        make_entity("cities", "Busan", aliases=["부산"], country="South Korea"),
        make_entity(
            "cities",
            "Ho Chi Minh City",
            aliases=["Saigon", "호찌민"],
            country="Viet Nam",
        ),
        make_entity("initiatives", "Hanoi Nights"),  # a film's title
        make_entity("organizations", "Hanoi Nights Fan Club", country="South Korea"),
        make_entity(
            "organizations",
            "Ho Chi Minh Pioneer League",
            aliases=["호찌민 소년선봉대"],
            country="Viet Nam",
        ),
        make_entity(
            "organizations",
            "Ho Chi Minh City Pioneer Office",
            country="Viet Nam",
        ),
    )
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(slug, text[a:b]) for slug, a, b in find_in_text(text, MATCHER, set())]


def test_a_works_title_inside_a_bodys_name_hides_the_place_it_holds():
    assert _found("The Hanoi Nights Fan Club, founded in Busan, met.") == [
        ("hanoi-nights-fan-club", "Hanoi Nights Fan Club"),
        ("busan", "Busan"),
    ]


def test_a_body_named_after_the_man_names_no_city():
    assert _found("부산에서 호찌민 소년선봉대 대표단이 공연했다.") == [
        ("busan", "부산"),
        ("ho-chi-minh-pioneer-league", "호찌민 소년선봉대"),
    ]


def test_the_citys_own_body_still_names_the_city():
    assert _found("The Ho Chi Minh City Pioneer Office opened.") == [
        ("ho-chi-minh-city-pioneer-office", "Ho Chi Minh City Pioneer Office"),
        ("ho-chi-minh-city", "Ho Chi Minh City"),
    ]


@pytest.fixture(scope="module")
def project_matcher():
    registry, _ = read_registry(Path(__file__).resolve().parents[2])
    return build_matcher(registry)


@pytest.mark.parametrize(
    "text",
    [
        "Sinh viên các đại học Hà Nội thi hùng biện tiếng Hàn.",  # Hanoi's universities
        "Giảng viên Đại học Hà Nội Mở sang Busan.",  # another school
    ],
)
def test_hanoi_university_is_not_every_university_in_hanoi(project_matcher, text):
    found = [slug for slug, _, _ in find_in_text(text, project_matcher, set())]
    assert "hanoi-university" not in found
