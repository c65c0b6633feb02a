"""A foreign leader named by the country and the state's title after the name ("…
러시아 대통령", "… 일본총리"). Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def people(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "leaders"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("회의 기간 푸틴 러시아 대통령과 회담했다.", "푸틴"),  # a proper noun alone
        ("그는 후진타오 중국 국가주석을 만났다.", "후진타오"),
        ("의장은 마트비엔코 러시아 상원의장을 접견했다.", "마트비엔코"),  # by sound
        ("지난달 조 바이든 미국 대통령이 방문했다.", "조 바이든"),  # the given name too
        (
            "그는 아베 신조 일본총리와 만났다.",
            "아베 신조",
        ),  # country and title together
    ],
)
def test_a_foreign_leader_before_the_country_and_the_title(text, name):
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "당시 미국 대통령은 방문하지 않았다.",  # a common word: the then president
        "한국과 미국 대통령은 만났다.",  # a word with its particle
        "뚜레쥬르 베트남 법인장은 말했다.",  # a firm's branch in the country, its head
    ],
)
def test_a_word_before_a_country_and_a_title_that_names_no_leader(text):
    assert people(text) == []
