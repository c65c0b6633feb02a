"""Dates in a server's or a site's own shape: a slashed date with an American twelve-hour
clock to the second (month first), a day with a comma after it."""

from __future__ import annotations

import pytest
from dossier.clean.dates import find_date


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # an American server's clock: the month first, though the day could be a month
        ("3/9/2019 10:05:44 AM", "2019-03-09"),
        ("Posted 11/2/2020 4:30:12 PM", "2020-11-02"),
        # padded numbers, or no seconds: the day first, as Vietnamese pages write it
        ("03/09/2019 10:05 AM", "2019-09-03"),
        ("3/9/2019", "2019-09-03"),
        ("3/9/2019 10:05 AM", "2019-09-03"),
        # a comma after the day
        ("07, Mar. 2021", "2021-03-07"),
        ("15, October 2019", "2019-10-15"),
    ],
)
def test_dates_in_a_servers_or_a_sites_own_shape(line, published):
    assert find_date(line) == published
