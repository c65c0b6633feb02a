"""The matcher most name tests read against: one registered city (Ho Chi Minh City, with
its Vietnamese spellings), so that every other name is a new one. A test file that needs
other entities defines its own ``matcher``."""

from __future__ import annotations

import pytest
from builders import matcher_with

HCMC = "name: Ho Chi Minh City\naliases: [TP. Hồ Chí Minh]"


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("names"), ("cities", "ho-chi-minh-city", HCMC)
    )
