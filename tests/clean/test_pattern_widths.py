"""The lengths a clutter rule can match: the bounds that let a long line skip a short rule."""

import re

from dossier.clean.pattern_widths import UNBOUNDED, match_widths


def test_a_bounded_rule_gives_its_shortest_and_longest_match():
    assert match_widths(re.compile(r"\(END\)")) == (5, 5)
    assert match_widths(re.compile(r"share( this)? article", re.IGNORECASE)) == (13, 18)
    assert match_widths(re.compile(r"[^.]{0,40}\.")) == (1, 41)


def test_a_rule_with_an_open_repeat_has_no_upper_bound():
    assert match_widths(re.compile(r"copyright .*")) == (10, UNBOUNDED)
    assert match_widths(re.compile(r"(?=.{0,300}donate).+")) == (1, UNBOUNDED)
