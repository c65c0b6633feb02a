"""Bad entity files, met by the read stage (``read_registry``): each ends in an error naming
the file and the line of the field, never a traceback. Only the files a case needs are
written; ``tests/test_bad_input.py`` builds one of these cases with MkDocs."""

from __future__ import annotations

from pathlib import Path

from builders import write_project
from dossier.read.registry import read_registry
from hostile import TO_LAM_FRONT_MATTER


def errors(root: Path) -> list[str]:
    return [str(p) for p in read_registry(root)[1] if p.severity == "error"]


def assert_error(root: Path, where: str, message: str) -> list[str]:
    found = errors(root)
    assert any(p.startswith(where) and message in p for p in found), found
    return found


def test_broken_yaml_front_matter_names_file_and_line(tmp_path):
    broken = "name: Broken Yaml\naliases: [one, two\nrole: x"
    write_project(tmp_path, entities={"leaders/broken-yaml.md": broken})
    assert_error(
        tmp_path, "docs/leaders/broken-yaml.md:", "front matter is not valid YAML"
    )


def test_unknown_field_names_the_line_and_the_known_fields(tmp_path):
    front = "name: Field Person\nrole: Envoy\nbirthday: 1961"
    write_project(tmp_path, entities={"leaders/field-person.md": front})
    (problem,) = assert_error(
        tmp_path,
        "docs/leaders/field-person.md:4",
        "unknown field 'birthday' for leaders",
    )
    assert "known fields: name, aliases" in problem


def test_front_matter_field_of_the_wrong_type_names_the_line(tmp_path):
    front = "name: Wrong Type\nrole:\n  - a list\n  - where text belongs"
    write_project(tmp_path, entities={"leaders/wrong-type.md": front})
    assert_error(tmp_path, "docs/leaders/wrong-type.md:3", "field 'role' must be text")


def test_unknown_reference_names_file_and_line(tmp_path):
    front = "name: No Such Ref\nrole: Envoy\norganization: ministry-of-nowhere"
    write_project(tmp_path, entities={"leaders/no-such-ref.md": front})
    assert_error(
        tmp_path,
        "docs/leaders/no-such-ref.md:4",
        "unknown entity 'ministry-of-nowhere'",
    )


def test_reference_cannot_point_outside_the_registry(tmp_path):
    front = "name: Path Ref\nrelated:\n  - ../../etc/passwd"
    write_project(tmp_path, entities={"leaders/path-ref.md": front})
    assert_error(
        tmp_path, "docs/leaders/path-ref.md:3", "unknown entity '../../etc/passwd'"
    )


def test_duplicate_slug_across_types_is_an_error(tmp_path):
    write_project(
        tmp_path,
        entities={
            "leaders/to-lam.md": TO_LAM_FRONT_MATTER,
            "cities/to-lam.md": "name: To Lam\nkind: city",
        },
    )
    found = errors(tmp_path)
    (duplicate,) = [p for p in found if "duplicate slug 'to-lam'" in p]
    assert (
        "docs/leaders/to-lam.md" in duplicate and "docs/cities/to-lam.md" in duplicate
    )


def test_alias_collision_names_both_files(tmp_path):
    write_project(
        tmp_path,
        entities={
            "leaders/to-lam.md": TO_LAM_FRONT_MATTER,
            "leaders/zoe-person.md": "name: Zoe Person\naliases:\n  - TO LAM",
        },
    )  # zoe-person.md is read after to-lam.md
    assert_error(
        tmp_path,
        "docs/leaders/zoe-person.md:3",
        "alias 'TO LAM' is also claimed by docs/leaders/to-lam.md",
    )


def test_entity_file_name_that_is_not_a_slug_is_an_error(tmp_path):
    write_project(tmp_path, entities={"leaders/Evil Name...md": "name: Evil Name"})
    assert_error(
        tmp_path, "docs/leaders/Evil Name...md:2", "rename the file to 'evil-name.md'"
    )


def test_coordinates_out_of_range_name_the_line(tmp_path):
    front = "name: Nowhere City\nkind: city\ncoordinates: [123.0, 500.0]"
    write_project(tmp_path, entities={"cities/nowhere-city.md": front})
    assert_error(
        tmp_path, "docs/cities/nowhere-city.md:4", "coordinates' is out of range"
    )


def test_entity_file_that_is_not_utf8_is_an_error(tmp_path):
    latin = "---\nname: Lê Văn Latin\n---\n".encode("cp1258", errors="replace")
    write_project(
        tmp_path, entities={"leaders/latin.md": latin.replace(b"L", b"\xff", 1)}
    )
    assert_error(tmp_path, "docs/leaders/latin.md", "not UTF-8")
