"""An editor's post before a name is a title, as a reporter's is: the person after it
is proposed without it (candidates.yml, titles)."""

from __future__ import annotations

from builders import proposed_names


def test_a_person_after_an_editors_post(matcher):
    found = proposed_names(
        matcher,
        "Guests included Managing Editor Dae-Ho Mun of Hanbit Business Radio and others.",
    )
    assert found.get("Dae-Ho Mun") == "leaders"
    assert "Editor Dae-Ho Mun" not in found
    assert "Managing" not in found
    assert "Hanbit Business Radio" in found


def test_an_editor_in_chief_is_a_title(matcher):
    found = proposed_names(
        matcher,
        "Editor-in-Chief Nguyen Van Binh of Nhan Dan newspaper led the delegation to "
        "Seoul.",
    )
    assert found.get("Nguyen Van Binh") == "leaders"
    assert not [name for name in found if "Editor" in name]


def test_an_editors_body_keeps_its_name(matcher):
    found = proposed_names(
        matcher, "The Hanbit Editors Guild met in Seoul to discuss press freedom."
    )
    assert "Hanbit Editors Guild" in found


def test_an_editors_post_inside_a_prize_or_a_course_stays_in_its_name(matcher):
    cases = {
        "The Korea Film Editor Awards were handed out in Busan on Friday.": (
            "Korea Film Editor Awards"
        ),
        "She won the Hanbit Editor Award at the Hanbit Press Awards in Seoul.": (
            "Hanbit Editor Award"
        ),
        "Nguyen Thu Ha received the Young Editor Prize from the Vietnam Journalists "
        "Association in Hanoi.": "Young Editor Prize",
        "The Editor Training Programme run by the Korea Press Foundation opened in "
        "Hanoi.": "Editor Training Programme",
    }
    for sentence, name in cases.items():
        found = proposed_names(matcher, sentence)
        assert name in found, sentence
        assert found.get(name) != "leaders", sentence
        junk = {"Prize", "Training Programme", "Awards", "Award"}
        assert not junk & set(found), sentence
