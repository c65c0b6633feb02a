"""A tournament's pool named by a letter ("Group C") is no name to propose."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    "text",
    [
        "Thailand sit second in Group C, two points behind Japan.",
        "The draw put Laos in Group G with Qatar and Oman.",
    ],
)
def test_a_pool_is_no_name(matcher, text):
    assert not any(name.startswith("Group") for name in proposed_names(matcher, text))


def test_a_company_group_stays(matcher):
    text = "The Daewon Group opened a factory in Hanoi."
    assert proposed_names(matcher, text).get("Daewon Group") == "organizations"
