"""A Korean agreement's or event's topic read over "협력", "교류" and "분야", which it
holds inside but never opens with, and over nouns ending in a particle's syllable
("도시철도"); a headline's ellipsis ends the topic (recognize/candidates/korean_topics.py,
korean_kinds.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "두 부처는 공항운영 협력 업무협약(MOU)을 체결했다.",
            "공항운영 협력 업무협약",
            "agreements",
        ),
        (
            "장관은 한-베트남 어선 안전 분야 양해각서를 맺었다.",
            "한-베트남 어선 안전 분야 양해각서",
            "agreements",
        ),
        (
            "다음 달에는 ‘한국-베트남 도시철도 협력 포럼’이 열린다.",
            "한국-베트남 도시철도 협력 포럼",
            "events",
        ),
    ],
)
def test_a_topic_read_over_inner_words(matcher, text, name, kind):
    assert proposed_names(matcher, text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("두 도시는 농업 협력 업무협약을 맺었다.", "농업 협력 업무협약"),
        ("이번 협력 포럼에는 백 명이 왔다.", "협력 포럼"),
        (
            "한·베트남 정상회담…해양경비 협력 양해각서 체결",
            "한·베트남 정상회담…해양경비 협력 양해각서",
        ),
    ],
)
def test_no_topic_of_a_field_alone_nor_across_an_ellipsis(matcher, text, name):
    assert name not in proposed_names(matcher, text)
