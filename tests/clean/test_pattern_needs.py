"""The words a clutter rule cannot match a line without: a line holding none of them skips
the rule, and the rules' first match is the same as when every rule is tried in turn."""

import re

from dossier.clean.lines import clutter_reason, clutter_rules
from dossier.clean.pattern_needs import Screen, folded, needed_words

CASE_BLIND = re.IGNORECASE


def test_a_rule_needs_its_longest_literal_run():
    assert needed_words(re.compile(r"\(?photos? provided by .{2,60}", CASE_BLIND)) == {
        " provided by "
    }
    assert needed_words(re.compile(r"[가-힣]{2,4}\s?기자가 전합니다")) == {
        "기자가 전합니다"
    }


def test_alternatives_need_one_of_their_words():
    pattern = re.compile(r"(?:join|follow) us on \w+|donate", CASE_BLIND)
    assert needed_words(pattern) == {" us on ", "donate"}
    assert needed_words(re.compile(r".{0,30}[©ⓒ].{0,100}")) == {"©", "ⓒ"}


def test_a_rule_that_may_hold_no_literal_needs_nothing():
    assert needed_words(re.compile(r"[가-힣]|(?:ok)?\d+", CASE_BLIND)) is None
    assert needed_words(re.compile(r"(?:read more)*\W*", CASE_BLIND)) is None
    assert (
        needed_words(re.compile(r"(?=.*donate).+", CASE_BLIND)) is None
    )  # a look-ahead only


def test_words_are_folded_as_a_case_blind_rule_compares_letters():
    # the long s and the Kelvin sign are the same letters as "s" and "k" to re.IGNORECASE
    assert folded("ſhare on Kakao") == folded("SHARE ON KAKAO") == "share on kakao"
    assert len(folded("İstanbul")) == len("İstanbul")  # one character for one


def test_the_screened_rules_find_the_first_rule_every_rule_would():
    rules = tuple(
        (name, re.compile(pattern, CASE_BLIND), 0, 1 << 62)
        for name, pattern in (
            ("share", r"share (?:on|via) \w+"),
            ("byline", r"by [a-z]+ [a-z]+"),
            ("digits", r"[\d ]+"),
            ("catch-all share", r".{0,10}share.{0,40}"),
        )
    )
    screen = Screen.of(rules)
    for line, first in (
        ("SHARE ON ZALO", "share"),
        ("ſhare via Line", "share"),  # the long s is an "s" to the case-blind rule
        ("please share this page now", "catch-all share"),
        ("By Tran Minh", "byline"),
        ("2024 05 06", "digits"),
        ("Hai thành phố mở văn phòng", None),
    ):
        tried = next((n for n, p, _, _ in rules if p.fullmatch(line)), None)
        assert tried == first
        assert screen.first_match(rules, line) == first


def test_clutter_reasons_are_those_of_every_rule_tried_in_turn():
    rules = clutter_rules()
    lines = (
        "이 기사를 공유합니다",
        "ALL RIGHTS RESERVED.",
        "Copyright © 2024 The Harbour Daily",
        "Follow us on Zalo",
        "Photo provided by the city",
        "The two cities agreed to open a joint office near the river port.",
        "두 도시는 강 항구 근처에 공동 사무소를 열기로 했다.",
        "Hai thành phố đã đồng ý mở văn phòng chung gần cảng sông.",
        "가",
        "",
    )
    for line in lines:
        size = len(line)
        every = next(
            (
                n
                for n, p, lo, hi in rules.patterns
                if lo <= size <= hi and p.fullmatch(line)
            ),
            None,
        )
        assert rules.reason(line) == every
    assert clutter_reason("ALL RIGHTS RESERVED.", rules) is not None
