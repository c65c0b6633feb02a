"""A person's role before "of" and a body: the body is the name, not the role."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("roles"),
        ("cities", "seoul", "name: Seoul"),
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Guests included Representatives of the Korea Water Resources Corporation.",
            "Korea Water Resources Corporation",
        ),
        (
            "She met the Vice Principal of Hanseo University on Monday.",
            "Hanseo University",
        ),
        (
            "The Dean of the Faculty of Oriental Medicine spoke.",
            "Faculty of Oriental Medicine",
        ),
        (
            "The Senior Advisor of Daewon Energy Institute spoke.",
            "Daewon Energy Institute",
        ),
        ("The Director General of KOFIH spoke.", "KOFIH"),
    ],
)
def test_the_body_after_a_role_is_the_name(matcher, text, name):
    found = proposed_names(matcher, text)
    assert name in found
    assert not any(
        n.endswith(f"of {name}") or n.endswith(f"of the {name}") for n in found
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Board of Directors met.", "Board of Directors"),
        (
            "The Office of the President of Hanseo University spoke.",
            "Office of the President of Hanseo University",
        ),
    ],
)
def test_a_body_that_opens_with_such_a_word_keeps_it(matcher, text, name):
    assert name in proposed_names(matcher, text)
