"""A name seen only after a photo credit's label is the page's furniture: "Photo by
X", "Photo courtesy of X", "ⓒX", and each name listed after "Credit:"
(recognize/candidates/filters)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        (
            "Harbour cranes at dawn in Haiphong. Photo by Mira Castellane",
            "Mira Castellane",
        ),
        (
            "Dancers rehearse on stage. Photo courtesy of Orbita Pictures",
            "Orbita Pictures",
        ),
        (
            "Dancers rehearse. Photo courtesy of the Lumen Arts Trust",
            "Lumen Arts Trust",
        ),
        ("Credit: Orbita Pictures, Halden Studio, Qorvex", "Halden Studio"),
        ("Credit: Orbita Pictures, Halden Studio, Qorvex", "Qorvex"),
    ],
)
def test_a_name_only_in_a_credit_is_no_new_name(matcher, credit, name):
    text = "Lanterns lit the old quarter of Hoi An on Saturday."
    assert name not in proposed_names(matcher, text, credit)


def test_a_name_only_after_a_circled_c_is_no_new_name(matcher):
    story = "하노이 구시가지에 등불이 켜졌다고 주최측이 밝혔다."
    found = proposed_names(matcher, story, "▲ 양국 장관이 악수하고 있다. ⓒ한빛취재단")
    assert "한빛취재단" not in found


def test_a_credited_name_the_story_names_too_is_kept(matcher):
    found = proposed_names(
        matcher,
        "Orbita Pictures will release the film in Hanoi next month.",
        "A scene from the film. Photo courtesy of Orbita Pictures",
    )
    assert "Orbita Pictures" in found


def test_every_name_after_a_plural_credits_label_is_no_new_name(matcher):
    text = "Lanterns lit the old quarter of Hoi An on Saturday."
    found = proposed_names(
        matcher, text, "Credits: Velmora Films, Tarsk Media, Quillon"
    )
    assert not {"Velmora Films", "Tarsk Media", "Quillon"} & set(found)


@pytest.mark.parametrize(
    ("story", "name"),
    [
        # "courtesy of" inside a story's sentence: a lender, a sponsor, a scorer
        (
            "The 40 lacquer panels, courtesy of the Hue Fine Arts Museum, tell the"
            " story of the old court.",
            "Hue Fine Arts Museum",
        ),
        (
            "The equaliser came courtesy of Pham Van Duc in the 88th minute.",
            "Pham Van Duc",
        ),
        # "photo by" as prose: the photographer the story is about
        (
            "The 1968 photo by Eddie Marlowe of a burning street won every prize.",
            "Eddie Marlowe",
        ),
        (
            "Photo by Tran Bao Khanh, shot from a rooftop on the first night of the"
            " festival, was shared a million times.",
            "Tran Bao Khanh",
        ),
        # "credit:" in an economic story, before a list of banks
        (
            "Loans rose most at three lenders by outstanding credit: Halvorbank,"
            " Sunmira Bank and Orvanta, the report said.",
            "Halvorbank",
        ),
    ],
)
def test_a_credit_label_inside_a_story_sentence_credits_no_one(matcher, story, name):
    assert name in proposed_names(matcher, story)
