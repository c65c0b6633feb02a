"""Entity files: schema validation, references, duplicate slugs and alias collisions, with file:line."""

from pathlib import Path

from builders import write_project
from dossier.read.registry import read_registry


def messages(root: Path) -> list[str]:
    return [str(p) for p in read_registry(root)[1]]


def test_valid_entities_with_references(tmp_path):
    write_project(
        tmp_path,
        entities={
            "cities/hanoi.md": "name: Hanoi\ncountry: Viet Nam\ncoordinates: [21.0285, 105.8542]",
            "organizations/hanoi-university.md": "name: Hanoi University\ncity: hanoi",
            "leaders/oh-se-hoon.md": "name: Oh Se-hoon\nrole: Mayor of Seoul",
            "events/forum.md": "name: Forum\nstart: '2025'\ncity: hanoi\nparticipants: [oh-se-hoon, hanoi-university]",
        },
    )
    registry, problems = read_registry(tmp_path)
    assert problems == []
    assert registry.entities["hanoi"].get("coordinates") == (21.0285, 105.8542)
    assert registry.entities["forum"].get("participants") == (
        "oh-se-hoon",
        "hanoi-university",
    )


def test_unknown_reference_names_file_line_and_field(tmp_path):
    write_project(
        tmp_path,
        entities={
            "cities/hanoi.md": "name: Hanoi",
            "events/forum.md": "name: Forum\nkind: forum\ncity: hanio",
        },
    )
    assert messages(tmp_path) == [
        "docs/events/forum.md:4: field 'city' refers to unknown entity 'hanio' (did you mean 'hanoi'?)"
    ]


def test_reference_to_the_wrong_type(tmp_path):
    write_project(
        tmp_path,
        entities={
            "leaders/oh-se-hoon.md": "name: Oh Se-hoon",
            "events/forum.md": "name: Forum\ncity: oh-se-hoon",
        },
    )
    assert messages(tmp_path) == [
        "docs/events/forum.md:3: field 'city' must refer to cities, but 'oh-se-hoon' is in leaders"
    ]


def test_alias_collision_names_both_files(tmp_path):
    write_project(
        tmp_path,
        entities={
            "organizations/bhd.md": "name: BHD\naliases: [BHD Company]",
            "organizations/bhd-company.md": "name: BHD Company",
        },
    )
    (problem,) = messages(tmp_path)
    assert "alias 'BHD Company' is also claimed by" in problem
    assert (
        "docs/organizations/bhd.md" in problem
        and "docs/organizations/bhd-company.md" in problem
    )


def test_alias_collision_ignores_case_and_diacritics(tmp_path):
    write_project(
        tmp_path,
        entities={
            "leaders/to-lam.md": "name: Tô Lâm",
            "events/to-lam-visit.md": "name: To Lam visit\naliases: [TO LAM]",
        },
    )
    assert any(
        "alias 'TO LAM' is also claimed by docs/leaders/to-lam.md" in m
        for m in messages(tmp_path)
    )


def test_duplicate_slug_across_types(tmp_path):
    write_project(
        tmp_path,
        entities={
            "cities/busan.md": "name: Busan",
            "organizations/busan.md": "name: Busan\naliases: [Busan Metropolitan City]",
        },
    )
    found = messages(tmp_path)
    assert any(
        m.startswith(
            "docs/organizations/busan.md:2: duplicate slug 'busan': docs/cities/busan.md has it too"
        )
        for m in found
    )


def test_wrong_types_and_unknown_fields(tmp_path):
    write_project(
        tmp_path,
        entities={
            "leaders/oh-se-hoon.md": "name: Oh Se-hoon\nrole: [Mayor, Chair]\nbirthday: 1961\naliases: {a: b}"
        },
    )
    found = messages(tmp_path)
    assert (
        "docs/leaders/oh-se-hoon.md:3: field 'role' must be text, not a list" in found
    )
    assert any(
        m.startswith(
            "docs/leaders/oh-se-hoon.md:4: unknown field 'birthday' for leaders"
        )
        for m in found
    )
    assert (
        "docs/leaders/oh-se-hoon.md:5: field 'aliases' must be a list of texts" in found
    )


def test_broken_yaml_points_at_the_line(tmp_path):
    write_project(
        tmp_path,
        entities={
            "cities/seoul.md": "name: Seoul\naliases: [Seoul, \ncountry: South Korea"
        },
    )
    (problem,) = messages(tmp_path)
    assert (
        problem.startswith("docs/cities/seoul.md:")
        and "front matter is not valid YAML" in problem
    )


def test_missing_front_matter_and_mismatched_file_name(tmp_path):
    write_project(
        tmp_path,
        entities={
            "cities/plain.md": b"Just prose.\n",
            "cities/sai-gon.md": "name: Ho Chi Minh City",
        },
    )
    found = messages(tmp_path)
    assert any(m.startswith("docs/cities/plain.md:1: no front matter") for m in found)
    assert "rename the file to 'ho-chi-minh-city.md'" in " ".join(found)


def test_coordinates_out_of_range_and_bad_dates(tmp_path):
    write_project(
        tmp_path,
        entities={
            "cities/seoul.md": "name: Seoul\ncoordinates: [137.5, 127.0]",
            "agreements/pact.md": "name: Pact\ndate: 21 November",
        },
    )
    found = messages(tmp_path)
    assert any(
        "docs/cities/seoul.md:3: field 'coordinates' is out of range" in m
        for m in found
    )
    assert (
        "docs/agreements/pact.md:3: field 'date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD"
        in found
    )


def test_sources_must_be_article_paragraph_references(tmp_path):
    write_project(
        tmp_path,
        entities={"events/trip.md": "name: Trip\nsources: [some-article, 'x#p-2']"},
    )
    assert (
        "docs/events/trip.md:3: field 'sources' must be a list of article paragraphs written <article-slug>#p-3"
        in messages(tmp_path)
    )
