"""Entity files: schema validation, references, duplicate slugs and alias collisions, with file:line."""

from pathlib import Path

from building import write_entity
from dossier.read.registry import read_registry


def messages(root: Path) -> list[str]:
    return [str(p) for p in read_registry(root)[1]]


def test_valid_entities_with_references(tmp_path):
    write_entity(
        tmp_path,
        "cities",
        "hanoi",
        "name: Hanoi\ncountry: Viet Nam\ncoordinates: [21.0285, 105.8542]",
    )
    write_entity(
        tmp_path,
        "organizations",
        "hanoi-university",
        "name: Hanoi University\ncity: hanoi",
    )
    write_entity(
        tmp_path, "leaders", "oh-se-hoon", "name: Oh Se-hoon\nrole: Mayor of Seoul"
    )
    write_entity(
        tmp_path,
        "events",
        "forum",
        "name: Forum\nstart: '2025'\ncity: hanoi\nparticipants: [oh-se-hoon, hanoi-university]",
    )
    registry, problems = read_registry(tmp_path)
    assert problems == []
    assert registry.entities["hanoi"].get("coordinates") == (21.0285, 105.8542)
    assert registry.entities["forum"].get("participants") == (
        "oh-se-hoon",
        "hanoi-university",
    )


def test_unknown_reference_names_file_line_and_field(tmp_path):
    write_entity(tmp_path, "cities", "hanoi", "name: Hanoi")
    write_entity(tmp_path, "events", "forum", "name: Forum\nkind: forum\ncity: hanio")
    assert messages(tmp_path) == [
        "docs/events/forum.md:4: field 'city' refers to unknown entity 'hanio' (did you mean 'hanoi'?)"
    ]


def test_reference_to_the_wrong_type(tmp_path):
    write_entity(tmp_path, "leaders", "oh-se-hoon", "name: Oh Se-hoon")
    write_entity(tmp_path, "events", "forum", "name: Forum\ncity: oh-se-hoon")
    assert messages(tmp_path) == [
        "docs/events/forum.md:3: field 'city' must refer to cities, but 'oh-se-hoon' is in leaders"
    ]


def test_alias_collision_names_both_files(tmp_path):
    write_entity(tmp_path, "organizations", "bhd", "name: BHD\naliases: [BHD Company]")
    write_entity(tmp_path, "organizations", "bhd-company", "name: BHD Company")
    (problem,) = messages(tmp_path)
    assert "alias 'BHD Company' is also claimed by" in problem
    assert (
        "docs/organizations/bhd.md" in problem
        and "docs/organizations/bhd-company.md" in problem
    )


def test_alias_collision_ignores_case_and_diacritics(tmp_path):
    write_entity(tmp_path, "leaders", "to-lam", "name: Tô Lâm")
    write_entity(
        tmp_path, "events", "to-lam-visit", "name: To Lam visit\naliases: [TO LAM]"
    )
    assert any(
        "alias 'TO LAM' is also claimed by docs/leaders/to-lam.md" in m
        for m in messages(tmp_path)
    )


def test_duplicate_slug_across_types(tmp_path):
    write_entity(tmp_path, "cities", "busan", "name: Busan")
    write_entity(
        tmp_path,
        "organizations",
        "busan",
        "name: Busan\naliases: [Busan Metropolitan City]",
    )
    found = messages(tmp_path)
    assert any(
        m.startswith(
            "docs/organizations/busan.md:2: duplicate slug 'busan': docs/cities/busan.md has it too"
        )
        for m in found
    )


def test_wrong_types_and_unknown_fields(tmp_path):
    write_entity(
        tmp_path,
        "leaders",
        "oh-se-hoon",
        "name: Oh Se-hoon\nrole: [Mayor, Chair]\nbirthday: 1961\naliases: {a: b}",
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
    write_entity(
        tmp_path,
        "cities",
        "seoul",
        "name: Seoul\naliases: [Seoul, \ncountry: South Korea",
    )
    (problem,) = messages(tmp_path)
    assert (
        problem.startswith("docs/cities/seoul.md:")
        and "front matter is not valid YAML" in problem
    )


def test_missing_front_matter_and_mismatched_file_name(tmp_path):
    folder = tmp_path / "docs" / "cities"
    folder.mkdir(parents=True)
    (folder / "plain.md").write_text("Just prose.\n", encoding="utf-8")
    write_entity(tmp_path, "cities", "sai-gon", "name: Ho Chi Minh City")
    found = messages(tmp_path)
    assert any(m.startswith("docs/cities/plain.md:1: no front matter") for m in found)
    assert "rename the file to 'ho-chi-minh-city.md'" in " ".join(found)


def test_coordinates_out_of_range_and_bad_dates(tmp_path):
    write_entity(
        tmp_path, "cities", "seoul", "name: Seoul\ncoordinates: [137.5, 127.0]"
    )
    write_entity(tmp_path, "agreements", "pact", "name: Pact\ndate: 21 November")
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
    write_entity(
        tmp_path, "events", "trip", "name: Trip\nsources: [some-article, 'x#p-2']"
    )
    assert (
        "docs/events/trip.md:3: field 'sources' must be a list of article paragraphs written <article-slug>#p-3"
        in messages(tmp_path)
    )
