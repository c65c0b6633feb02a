"""Long runs of capitalised words (a pasted list, a line of tags, the same words over and
over) read as short ones do: a person at a run's end is still a person, a run of countries
is still the frame of no name, and a run of thousands of words ends no reading early."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize("repeats", [1, 40])
def test_a_person_after_a_long_run_of_bodies_is_a_person(matcher, repeats):
    text = f"Officials of {'Lotte Group of Korea of ' * repeats}Seoul met Nguyen Van An on Monday."
    names = proposed_names(matcher, text)
    assert names["Nguyen Van An"] == "leaders"
    assert sum(name.startswith("Lotte Group of Korea") for name in names) == 1


@pytest.mark.parametrize("before", ["Brigadier General", "Army officers Hyun Jin and"])
def test_a_given_name_first_ends_a_run(matcher, before):
    names = proposed_names(matcher, f"{before} Heung Seok Kim spoke in Hanoi.")
    assert names.get("Heung Seok Kim") == "leaders"


def test_countries_alone_are_no_name(matcher):
    assert (
        proposed_names(matcher, "Delegates of Republic of Korea Vietnam Korea signed.")
        == {}
    )


@pytest.mark.parametrize("repeats", [3, 600])
def test_a_long_run_of_countries_before_a_firm_is_read_to_its_end(matcher, repeats):
    names = proposed_names(
        matcher,
        f"Delegates of {'Korea Vietnam ' * repeats}Samsung Electronics met in Hanoi.",
    )
    assert names.pop("Hanoi") == "cities"
    assert list(names.values()) == ["organizations"]
    assert next(iter(names)).endswith("Korea Vietnam Samsung Electronics")


@pytest.mark.parametrize("repeats", [3, 700])
def test_places_and_a_company_joined_by_and_part_at_each(matcher, repeats):
    text = f"Envoys of {'Quang Nam and Da Nang and ' * repeats}Hyosung Group met."
    names = proposed_names(matcher, text)
    assert names["Hyosung Group"] == "organizations"
    assert names["Quang Nam"] == names["Da Nang"] == "cities"


@pytest.mark.parametrize("repeats", [3, 700])
def test_people_joined_by_and_part_at_each(matcher, repeats):
    text = f"Speakers {'Kim Min and Lee Jun and ' * repeats}Park Hae signed."
    names = proposed_names(matcher, text)
    assert names["Kim Min"] == names["Park Hae"] == "leaders"


@pytest.mark.parametrize("before", ["", "Seoul Trading " * 300])
def test_a_companys_abbreviation_keeps_its_stop_after_a_long_run(matcher, before):
    names = proposed_names(matcher, f"Officials of {before}Seorim Bicycle Co. met.")
    assert [n for n in names if n.endswith("Seorim Bicycle Co.")]


@pytest.mark.parametrize("repeats", [1, 300])
def test_a_registered_place_listed_over_and_over_is_no_new_name(matcher, repeats):
    text = f"The {'Ho Chi Minh City, ' * repeats}Saigon Trade Center opened."
    assert proposed_names(matcher, text) == {
        "Saigon": "cities",
        "Saigon Trade Center": "organizations",
    }
