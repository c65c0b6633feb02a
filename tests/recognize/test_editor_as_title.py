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


def test_an_editors_body_keeps_its_name(matcher):
    found = proposed_names(
        matcher, "The Hanbit Editors Guild met in Seoul to discuss press freedom."
    )
    assert "Hanbit Editors Guild" in found
