"""A body named for its field after the country it belongs to: "US Department of
Commerce", "Vietnam Department of Fisheries"; its head, ``of`` and field name one body
though each word is common, and the country before them says whose."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Figures from the US Department of Agriculture show a rise in rice imports.",
            "US Department of Agriculture",
        ),
        (
            "The Vietnam Department of Fisheries issued new quotas for tuna boats.",
            "Vietnam Department of Fisheries",
        ),
    ],
)
def test_a_country_before_a_field_body(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "organizations"


def test_a_country_alone_before_common_words_is_no_body(matcher):
    text = "Korea Trade rose in May, figures showed."
    assert "Korea Trade" not in proposed_names(matcher, text)
