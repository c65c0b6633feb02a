"""An agreement's second field after "and" is a field, not the next clause ("… in
forestry and village leaders welcomed training"); a bridge or a dynasty in a figure of
speech is no place or house ("a Hanoi bridge for European buyers", "the Hyundai dynasty")
(recognize/candidates/lowercase.py, lowercase_heads.py)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names
from dossier.recognize.candidates.lowercase import lower_case_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("figures"),
        ("cities", "seoul", "name: Seoul"),
    )


def _names(sentence: str) -> list[str]:
    return [n for n, _, _, _ in lower_case_names(sentence)]


@pytest.mark.parametrize(
    "tail",
    [
        "in forestry and village leaders welcomed training in Lao Cai.",
        "in aviation and carriers plan new exchanges next year.",
        "in healthcare, and nurses began training at once.",
        "in mining and provincial authorities expect investment soon.",
    ],
)
def test_a_clause_after_and_is_no_second_field(tail):
    first = tail.split()[1].rstrip(",")
    assert _names(f"The provinces signed an MOU on cooperation {tail}") == [
        f"MOU on cooperation in {first}"
    ]


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("in fisheries and aquaculture.", "in fisheries and aquaculture"),
        (
            "in logistics and vocational training with the city.",
            "in logistics and vocational training",
        ),
        (
            "in port management and digital transformation this year.",
            "in port management and digital transformation",
        ),
        (
            "in trade and foreign direct investment.",
            "in trade and foreign direct investment",
        ),
    ],
)
def test_a_second_field_after_and_is_kept(tail, name):
    assert _names(f"The provinces signed an MOU on cooperation {tail}") == [
        f"MOU on cooperation {name}"
    ]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Danang wants to be an APEC bridge for young founders.", "APEC bridge"),
        ("It is a Hue bridge to the old capital’s crafts.", "Hue bridge"),
        ("Busan sees itself as a Seoul bridge to the wider region.", "Seoul bridge"),
        ("Critics spoke of the Hyundai dynasty at the firm.", "Hyundai dynasty"),
    ],
)
def test_a_bridge_or_dynasty_in_a_figure_is_no_name(matcher, text, gone):
    assert gone not in proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Traffic slowed on the Vinh Tuy bridge in the morning.",
            "Vinh Tuy bridge",
            "cities",
        ),
        (
            "Crews repaired Cua Dai bridge, which links two towns.",
            "Cua Dai bridge",
            "cities",
        ),
        ("The Goryeo dynasty ruled the peninsula.", "Goryeo dynasty", "organizations"),
    ],
)
def test_a_real_bridge_or_dynasty_stays(matcher, text, name, kind):
    assert proposed_names(matcher, text).get(name) == kind
