"""An academic title before the name a byline gives is no part of the author's name:
"Dr. X", "Prof. X", the Vietnamese "PGS.TS. X"; a surname alone keeps its title."""

from __future__ import annotations

import pytest
from dossier.clean.honorifics import without_title
from dossier.clean.metadata import byline, outlets


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Dr. Tran Thi Lan", ("Tran Thi Lan",)),
        ("By Dr Park Ji-won", ("Park Ji-won",)),
        (
            "By Prof. Lee Sang-ho and Dr. Hoang Van Nam",
            ("Lee Sang-ho", "Hoang Van Nam"),
        ),
        ("PGS.TS. Nguyễn Văn Bình", ("Nguyễn Văn Bình",)),
        ("By Tran Thi Lan", ("Tran Thi Lan",)),
    ],
)
def test_a_title_before_the_authors_name_is_left_out(line, authors):
    assert byline(line, outlets(), alone=True) == authors


def test_a_title_before_a_surname_alone_stays():
    assert without_title("Dr. Kim") == "Dr. Kim"
