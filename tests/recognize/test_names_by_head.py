"""English names read by their head noun and their shape: a long name of common words, a
name whose kind comes last, a quotation that is no title (recognize/candidates)."""

from __future__ import annotations

from pathlib import Path

import pytest
from building import write_entity
from dossier.model import PARAGRAPH, Article, Metadata, Passage
from dossier.read.registry import read_registry
from dossier.recognize.candidates import find_candidates
from dossier.recognize.matcher import build_matcher


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    root: Path = tmp_path_factory.mktemp("heads")
    write_entity(root, "cities", "seoul", "name: Seoul")
    registry, problems = read_registry(root)
    assert not problems
    return build_matcher(registry)


def names(matcher, text: str) -> dict[str, str]:
    passage = Passage(PARAGRAPH, "p-1", text, 1)
    article = Article("a", "seeds/a.txt", "A", (passage,), None, (), Metadata(), 1)
    return {c.name: c.type for c in find_candidates(article, matcher)}


def test_four_common_words_name_one_body(matcher):
    """Each word is common or a kind ("National", "Agriculture", "Federation"), but four
    of them say which body; its short form in brackets is the same body."""
    found = names(
        matcher,
        "The National Agriculture Cooperative Federation (NACF) said the NACF would "
        "talk to its partner.",
    )
    assert found == {"National Agriculture Cooperative Federation": "organizations"}


def test_two_common_words_still_name_nothing(matcher):
    assert "Joint Committee" not in names(matcher, "The Joint Committee met in Seoul.")


def test_the_kind_a_name_ends_in_when_none_stands_before_of(matcher):
    found = names(
        matcher,
        "The Korean Victims of Agent Orange Veterans Association said it would sue.",
    )
    assert found["Korean Victims of Agent Orange Veterans Association"] == (
        "organizations"
    )


def test_a_quoted_remark_is_no_quoted_title(matcher):
    """Capitalised words fill the quotation, but a clause after its comma makes it
    speech: the name inside it is proposed, not the quotation."""
    found = names(
        matcher,
        '"We cheer the Vietnamese Under-23 side, especially the Korean coach (Park '
        'Hang-seo)," said a fan in Seoul.',
    )
    assert found.get("Park Hang-seo") == "leaders"
    assert not any(name.startswith("We love") for name in found)
