"""A Korean reporter's byline set as a list's item, with no date beside it: "• 하노이=
X 기자 x@example.com" names the reporter as it does without the bullet."""

from __future__ import annotations

import pytest
from dossier.clean.metadata import byline, outlets


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("• 하노이=윤태민 기자 taemin@example.com", ("윤태민",)),
        ("· 다낭=한소율 특파원 soyul@example.com", ("한소율",)),
        ("■ 부산=강도윤 기자 doyun@example.com", ("강도윤",)),
    ],
)
def test_a_listed_korean_reporter_is_the_author(line, authors):
    assert byline(line, outlets(), alone=False) == authors


def test_a_listed_line_without_a_reporter_names_nobody():
    assert byline("• 관련기사 더보기", outlets(), alone=False) is None
