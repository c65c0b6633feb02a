"""The candidate finder on articles from outlets it has never seen (tests/fixtures/unseen/)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from dossier.clean.cleaning import clean
from dossier.editorial.stubs import stub_text
from dossier.model import Metadata
from dossier.read.registry import read_registry
from dossier.recognize.candidates import Candidate, find_candidates
from dossier.recognize.matcher import build_matcher

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"


def registry_with(tmp_path: Path, entities: dict[str, str]):
    """A registry of the given entity files ({"leaders/han-ji-soo.md": front matter})."""
    for uri, front in entities.items():
        path = tmp_path / "docs" / uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\n{front}\n---\n", encoding="utf-8")
    registry, problems = read_registry(tmp_path)
    assert not problems
    return registry


def candidates(
    name: str, registry, ignore: tuple[str, ...] = ()
) -> dict[str, Candidate]:
    text = (UNSEEN / name).read_text(encoding="utf-8")
    article = clean(text, f"seeds/{name}", Metadata())
    return {
        c.name: c
        for c in find_candidates(article, build_matcher(registry), ignore, text)
    }


@pytest.fixture
def empty(tmp_path):
    return registry_with(tmp_path, {})


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "port_memorandum.txt",
            {
                "Tran Minh Quang": "leaders",
                "Han Ji-soo": "leaders",
                "Da Nang": "cities",
                "Incheon": "cities",
                "Quang Nam": "cities",
                "Da Nang–Incheon Green Port Agreement": "agreements",
                "Incheon Port Authority": "organizations",
                "Da Nang People’s Committee": "organizations",
            },
        ),
        (
            "lantern_festival.txt",
            {
                "Kim Seo-yeon": "leaders",
                "Nguyen Thi Lan": "leaders",
                "Andong": "cities",
                "Perfume River": "cities",
                "Hue Lantern Friendship Festival": "initiatives",
                "Heritage Cities Exchange Programme": "initiatives",
                "Rivers of Memory": "initiatives",
                "Andong Cultural Foundation": "organizations",
                "Hue City Tourism Association": "organizations",
            },
        ),
        (
            "supply_chain_forum.txt",
            {
                "Do Van Khanh": "leaders",
                "Seo Jae-min": "leaders",
                "Hai Phong": "cities",
                "Bac Ninh": "cities",
                "Semiconductor Supply Chain Partnership": "agreements",
                "Korea–Vietnam Supply Chain Forum 2026": "events",
                "KOTRA": "organizations",
                "Vietnam Chamber of Commerce and Industry": "organizations",
            },
        ),
    ],
)
def test_finds_new_names_with_their_types(article, expected, empty):
    found = candidates(article, empty)
    guessed = {name: found[name].type for name in expected if name in found}
    assert guessed == expected, (
        f"missing: {sorted(set(expected) - set(found))}; all found: {sorted(found)}"
    )


def test_countries_titles_and_dates_are_not_proposed(empty):
    found = {
        fold
        for article in UNSEEN.glob("*.txt")
        for fold in candidates(article.name, empty)
    }
    for frame in (
        "Vietnam",
        "Korea",
        "Korean",
        "South Korea",
        "Vietnamese",
        "Tuesday",
        "October",
        "Minister",
        "Mayor",
        "Han",
        "Seo",
    ):
        assert frame not in found


def test_occurrences_carry_the_seed_line_and_sentence(empty):
    found = candidates("port_memorandum.txt", empty)
    lines = (UNSEEN / "port_memorandum.txt").read_text(encoding="utf-8").split("\n")
    occurrence = next(o for o in found["Incheon"].occurrences if o.anchor == "p-1")
    assert "Incheon" in lines[occurrence.line - 1]
    assert (
        occurrence.line == 4
    )  # the second line of a paragraph wrapped over three lines
    assert "Incheon" in occurrence.sentence
    assert found["Incheon"].occurrences[0].anchor == "title"


def test_registered_names_and_their_parts_are_never_proposed(tmp_path):
    registry = registry_with(
        tmp_path,
        {
            "leaders/han-ji-soo.md": "name: Han Ji-soo\nshort_names: [Han]",
            "organizations/incheon-port-authority.md": "name: Incheon Port Authority",
            "cities/da-nang.md": "name: Đà Nẵng\naliases: [Da Nang]",
        },
    )
    found = candidates("port_memorandum.txt", registry)
    for registered in (
        "Han Ji-soo",
        "Han",
        "Incheon Port Authority",
        "Port Authority",
        "Da Nang",
        "Đà Nẵng",
    ):
        assert registered not in found
    assert "Incheon" in found  # still named on its own elsewhere
    assert "Da Nang People’s Committee" in found  # a new name around a registered city


def test_names_the_editors_ruled_out_are_skipped(empty):
    found = candidates("supply_chain_forum.txt", empty, ignore=("kotra", "Bac Ninh"))
    assert "KOTRA" not in found and "Bac Ninh" not in found and "Hai Phong" in found


def test_stub_is_valid_front_matter_with_placeholders_only(empty):
    found = candidates("port_memorandum.txt", empty)
    stub = stub_text(found["Da Nang People’s Committee"])
    data = yaml.safe_load(stub.split("---\n")[1])
    assert data == {
        "name": "Da Nang People’s Committee",
        "aliases": ["Da Nang People's Committee"],
        "description": None,
    }
    for field in ("kind", "country", "city", "parent"):
        assert f"# {field}:" in stub  # commented out: never an invented value
    assert "seeds/port_memorandum.txt:7" in stub
