"""A person glued to the title or body before them is proposed alone, as a leader."""

import pytest
from builders import matcher_with, proposed_names


@pytest.mark.parametrize(
    ("sentence", "person", "glued"),
    [
        (  # an acronym spelt like a surname ("NA") before a whole Korean name
            "She was invited by Speaker of the Korean NA Seo Min-gyu last week.",
            "Seo Min-gyu",
            "NA Seo Min-gyu",
        ),
        (  # a title the lexicon does not know, the given name first and hyphened
            "Guests included Deputy Editor Dae-hwan Yoon of Seoul Business News.",
            "Dae-hwan Yoon",
            "Editor Dae-hwan Yoon",
        ),
        (  # a school's acronym before the given name
            "The deal was signed by Rector PNU Hye-rin Cho and the consul.",
            "Hye-rin Cho",
            "PNU Hye-rin Cho",
        ),
        (  # a word no Korean given name is spelt with, one word before
            "He thanked the Minister of Ocean and Fisheries Minseok Bang for it.",
            "Minseok Bang",
            "Fisheries Minseok Bang",
        ),
        (  # Vietnamese: a group, then its chairman written given name first
            "Chủ tịch Tập đoàn KT Sung-ho Baek đã thăm nhà máy.",
            "Sung-ho Baek",
            "Tập đoàn KT Sung-ho Baek",
        ),
    ],
)
def test_person_glued_to_a_title_or_body_is_proposed_alone(
    tmp_path, sentence, person, glued
):
    names = proposed_names(matcher_with(tmp_path), sentence)
    assert names.get(person) == "leaders"
    assert glued not in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The new office stands in the Danang Hi-Tech Park near the port.", None),
        ("We met Seung Hoon Lee and Dong Ho Kim at the fair.", "Seung Hoon Lee"),
        ("Lee Kyung-sik of the Korea Post came with Huh Hyang Jin.", "Huh Hyang Jin"),
    ],
)
def test_whole_names_stay_whole(tmp_path, sentence, name):
    names = proposed_names(matcher_with(tmp_path), sentence)
    assert "Hi-Tech Park" not in names and "Hyang Jin" not in names
    assert "Hoon Lee" not in names and "Ho Kim" not in names
    if name:
        assert names.get(name) == "leaders"


def test_words_before_stay_a_name_only_with_a_kind(tmp_path):
    names = proposed_names(
        matcher_with(tmp_path),
        "Dean of Hanoi Law University Park Ji-min spoke to Editor Hye-jin Seo.",
        "The delegation of the Korean NA Lim Dong-ho arrived on Friday.",
    )
    assert names.get("Hanoi Law University") == "organizations"
    assert names.get("Park Ji-min") == names.get("Lim Dong-ho") == "leaders"
    assert "Editor" not in names and "NA" not in names and "Korean NA" not in names
