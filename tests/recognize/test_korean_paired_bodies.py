"""A Korean body named for the two countries it joins, then its own words
(recognize/candidates/korean_paired_bodies.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "body", "scrap"),
    [
        (
            "수료식은 한-베 직업훈련 협력센터에서 열렸다.",
            "한-베 직업훈련 협력센터",
            "협력센터",
        ),
        (
            "한국-베트남 해양수산 기술 협력센터가 문을 열었다.",
            "한국-베트남 해양수산 기술 협력센터",
            "협력센터",
        ),
        ("후원금은 한-아세안재단이 전달했다.", "한-아세안재단", "아세안재단"),
        ("행사는 한-베 문화교류협회가 열었다.", "한-베 문화교류협회", "문화교류협회"),
    ],
)
def test_the_countries_open_the_body(text, body, scrap):
    found = names(text)
    assert found.get(body) == "organizations"
    assert scrap not in found  # the longer name ending there is whole


def test_a_pair_with_its_particle_names_no_body():
    """ "한-베트남과 …": the countries, then what they do together, no body's name."""
    found = names("정부는 한-베트남과 협력센터를 세운다.")
    assert not any(name.startswith("한-") for name in found)
