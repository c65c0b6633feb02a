"""A storm named in quotes after the word for its kind
(recognize/candidates/korean_storms.py)."""

from __future__ import annotations

from builders import proposed_names


def test_a_storm_in_quotes_after_typhoon(matcher):
    found = proposed_names(matcher, "태풍 '부엉이'로 큰 피해를 입은 마을을 도왔다.")
    assert found.get("부엉이") == "events"


def test_a_warning_in_quotes_is_no_storm(matcher):
    found = proposed_names(matcher, "태풍 '경보'가 내려지자 주민들이 대피했다.")
    assert "경보" not in found


def test_a_word_in_quotes_after_no_storm_is_none(matcher):
    found = proposed_names(matcher, "마을 '부엉이'들은 밤에 운다.")
    assert "부엉이" not in found
