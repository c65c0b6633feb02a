"""The words where a pasted copy breaks off (``#cut-off``) propose no name that runs
to the cut: "Viet Na" is Viet Nam cut short, no city."""

from __future__ import annotations

import pytest
from builders import ROOT, article_from_text
from dossier.read.registry import read_registry
from dossier.recognize.candidates import find_candidates
from dossier.recognize.matcher import build_matcher

STORY = (
    "The Deputy Prime Minister received a delegation from Example Telecom in Hanoi on "
    "Monday, and the two sides discussed data centres."
)
MORE = (
    "The Deputy Prime Minister asked Example Telecom to work with Vietnamese partners "
    "on satellites and on training engineers in Viet Nam."
)


@pytest.fixture(scope="module")
def matcher():
    registry, _ = read_registry(ROOT)
    return build_matcher(registry)


@pytest.mark.parametrize(
    ("cut", "gone"), [("Viet Na", "Viet Na"), ("He met Ha Lo", "Ha Lo")]
)
def test_a_name_cut_where_the_copy_breaks_off_is_not_proposed(matcher, cut, gone):
    text = f"Deputy PM meets Example Telecom\n\n{STORY}\n\n{MORE}\n\n{cut}"
    article = article_from_text(text)
    assert article.passages[-1].anchor == "cut-off"
    names = {c.name for c in find_candidates(article, matcher)}
    assert gone not in names
    assert "Example Telecom" in names
