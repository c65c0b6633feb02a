"""A person a title-case headline or subheading names and the story never does ("…
Committee Tran Van Binh pays working visit …", "Lim Ha-neul / Korean actress",
"Director: Vo Thanh Tam"): proposed, a person's name by its words alone; the rest of such
a line is not read ("Go Missing", "To Attract Korean Tourists" only open with a surname),
nor a photographer's credit ("… / Reuters") or a caption set as a subheading ("… in a
press conference")."""

from __future__ import annotations

import pytest
from dossier.model import HEADLINE, PARAGRAPH, SUBHEADING, Article, Metadata, Passage
from dossier.recognize.candidates import find_candidates

STORY = "The two sides agreed to open more flights next year, officials said."


def _proposed(matcher, heading: str, kind: str = HEADLINE, story: str = STORY):
    passages = (Passage(kind, "h-1", heading, 1), Passage(PARAGRAPH, "p-1", story, 2))
    article = Article("a", "seeds/a.txt", "A", passages, None, (), Metadata(), 1)
    return {c.name: c.type for c in find_candidates(article, matcher)}


@pytest.mark.parametrize(
    ("heading", "kind", "name"),
    [
        (
            "Vice Chairman of the Provincial People’s Committee Tran Van Binh pays "
            "working visit to Anseong",
            HEADLINE,
            "Tran Van Binh",
        ),
        ("Lim Ha-neul / Korean actress", SUBHEADING, "Lim Ha-neul"),
        ("Director: Vo Thanh Tam", SUBHEADING, "Vo Thanh Tam"),
    ],
)
def test_a_person_only_a_title_case_line_names_is_proposed(
    matcher, heading, kind, name
):
    assert _proposed(matcher, heading, kind).get(name) == "leaders"


@pytest.mark.parametrize(
    "heading",
    [
        "Forty Tourists Go Missing From Island Resort",
        "Provinces Step Up Campaign To Attract Korean Tourists",
        "Seoul Hosts Joint Film Week With Hanoi Studios",
        "Kim Ha-jun / Reuters",
        "Prime Minister and President Lee Sang-hoon in a press conference",
    ],
)
def test_nothing_else_of_a_title_case_line_is_proposed(matcher, heading):
    assert _proposed(matcher, heading) == {}


def test_a_person_the_story_names_too_keeps_the_storys_sightings(matcher):
    found = _proposed(
        matcher,
        "Vice Minister Lim Ha Neul Visits Hanoi",
        story="Vice Minister Lim Ha-neul said the two sides agreed on new flights.",
    )
    assert "Lim Ha-neul" in found
    assert "Lim Ha Neul" not in found
