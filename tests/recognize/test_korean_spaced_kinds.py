"""A Vietnamese province's body with the word for its kind apart from its name ("… 성
인민위원회"): the province's name opens the body's; the kind's word alone opens none.
Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def bodies(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "organizations"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("행사는 외교부와 꽝아이 성 인민위원회가 함께 열었다.", "꽝아이 성 인민위원회"),
        (
            "축제는 카인호아 성 인민위원회, 관광협회가 후원한다.",
            "카인호아 성 인민위원회",
        ),
    ],
)
def test_a_province_its_kind_and_its_body(text, name):
    assert name in bodies(text)


def test_the_kind_word_alone_opens_no_body():
    text = "각 부서 관계자, 성 인민위원회 사무국 직원이 참석했다."
    assert not any("인민위원회" in name for name in bodies(text))
