"""A Korean agreement's name read over a word that is none of it is cut after that word
("담긴 …", "2020년에 …"), where what is left has a topic of three syllables or more
(recognize/candidates/korean_trimmed.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "양국은 이런 내용이 담긴 어업허가제 양해각서를 체결했다.",
            "어업허가제 양해각서",
        ),
        ("두 시는 2020년에 국제친선교류 양해각서를 맺었다.", "국제친선교류 양해각서"),
    ],
)
def test_an_agreement_cut_after_a_word_of_none(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "agreements"


def test_no_agreement_of_a_short_topic_left(matcher):
    names = proposed_names(matcher, "두 기관은 2020년에 단순 협약을 맺었다.")
    assert not [n for n in names if n.endswith("협약")]
