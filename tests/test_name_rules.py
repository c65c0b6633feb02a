"""Name rules that need no alias in an entity file: syllable spacing, a country before or after
an organisation's name, native names, outlets passed over, the longest name first."""

from pathlib import Path

import pytest
from building import write_entity
from dossier.read.registry import read_registry
from dossier.recognize.matcher import build_matcher, find_in_text


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    root: Path = tmp_path_factory.mktemp("names")
    write_entity(root, "cities", "hanoi", "name: Hanoi\nnative_name: Hà Nội")
    write_entity(root, "cities", "hai-phong", "name: Hải Phòng")
    write_entity(
        root,
        "organizations",
        "hanoi-peoples-committee",
        "name: Hanoi People's Committee\ncountry: Viet Nam",
    )
    write_entity(
        root,
        "organizations",
        "ministry-of-culture-sports-and-tourism-south-korea",
        'name: "Ministry of Culture, Sports and Tourism (South Korea)"\n'
        "country: South Korea",
    )
    write_entity(
        root,
        "organizations",
        "national-assembly-of-south-korea",
        "name: National Assembly of South Korea\ncountry: South Korea",
    )
    write_entity(root, "initiatives", "6-45", 'name: "6/45"')
    write_entity(root, "initiatives", "645", 'name: "645"')
    registry, problems = read_registry(root)
    assert not problems
    return build_matcher(registry)


def slugs(text: str, matcher) -> list[str]:
    return [slug for slug, _, _ in find_in_text(text, matcher, set())]


@pytest.mark.parametrize(
    "text",
    ["Hà Nội", "Ha Noi", "Hanoi", "HANOI", "HaNoi", "Hà  Nội’s"],
)
def test_syllable_spacing_is_one_rule_for_every_name(matcher, text):
    assert slugs(f"Officials in {text} said.", matcher) == ["hanoi"]


@pytest.mark.parametrize("text", ["Hải Phòng", "Hai Phong", "Haiphong"])
def test_a_name_without_aliases_is_found_in_every_spacing(matcher, text):
    assert slugs(f"The port of {text} grew.", matcher) == ["hai-phong"]


def test_the_longer_name_wins_whatever_its_spacing(matcher):
    text = "The Hà Nội People’s Committee met the Ha Noi People's Committee."
    # the committee is linked; the place in its name is named after it (inside.py)
    assert slugs(text, matcher) == ["hanoi-peoples-committee", "hanoi"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "the Korean Ministry of Culture, Sports and Tourism",
        "Korea's Ministry of Culture, Sports and Tourism",
        "the RoK Ministry of Culture, Sports and Tourism",
        "the Ministry of Culture, Sports and Tourism of Korea",
    ],
)
def test_a_country_before_or_after_an_organisation_names_it(matcher, text):
    assert slugs(f"Support came from {text}.", matcher) == [
        "ministry-of-culture-sports-and-tourism-south-korea"
    ]


@pytest.mark.parametrize(
    "text", ["National Assembly of RoK", "South Korean National Assembly"]
)
def test_a_parliament_named_with_its_country(matcher, text):
    assert slugs(f"The {text} voted.", matcher) == ["national-assembly-of-south-korea"]


def test_an_outlet_is_passed_over_not_read_as_the_city_inside_it(matcher):
    assert slugs("He told The Hanoi Times that Hanoi is ready.", matcher) == ["hanoi"]


def test_numbers_keep_their_spaces(matcher):
    assert slugs("The film 6/45 and the film 645.", matcher) == [
        "6-45",
        "645",
    ]


def test_spellings_of_one_name_claimed_by_two_entities_are_an_error(tmp_path):
    write_entity(tmp_path, "cities", "hanoi", "name: Hanoi")
    write_entity(tmp_path, "cities", "ha-noi-town", "name: Ha Noi")
    _, problems = read_registry(tmp_path)
    assert any("is also claimed by docs/cities/" in str(p) for p in problems)


def test_a_korean_place_with_a_particle_or_city_suffix_is_found(tmp_path):
    write_entity(tmp_path, "cities", "busan", "name: Busan\nnative_name: 부산")
    registry, problems = read_registry(tmp_path)
    assert not problems
    text = "부산시도 힘을 보탠다. 서울과 부산에서 열린다."
    found = find_in_text(text, build_matcher(registry), set())
    second = text.index("부산에서")
    assert found == [("busan", 0, 2), ("busan", second, second + 2)]


def test_a_korean_place_takes_every_particle_the_suggester_knows(tmp_path):
    write_entity(tmp_path, "cities", "busan", "name: Busan\nnative_name: 부산")
    write_entity(tmp_path, "cities", "hanoi", "name: Hanoi\nnative_name: 하노이")
    registry, problems = read_registry(tmp_path)
    assert not problems
    text = "하노이에서는 부산시와의 교류가 늘었고 부산항처럼 붐빈다."
    found = find_in_text(text, build_matcher(registry), set())
    city, port = text.index("부산시"), text.index("부산항")
    assert found == [
        ("hanoi", 0, 3),
        ("busan", city, city + 2),
        ("busan", port, port + 2),
    ]
