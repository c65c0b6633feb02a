"""A Korean body named by the place before it: a university whose own words are common
nouns ("과학기술대학교"), a city's party committee ("빈시 당위원회"), a province's council
("… 성 의회"), a district numbered as Vietnam's cities number theirs ("4군 인민위원회").
Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def bodies(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "organizations"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("두 대학은 다낭 과학기술대학교와 교류 협정을 맺었다.", "다낭 과학기술대학교"),
        ("이번에 하이퐁 의과대학교 교수들이 방한했다.", "하이퐁 의과대학교"),
        ("빈시 당위원회 부서기장이 환영사를 했다.", "빈시 당위원회"),
        ("이날 타인호아성 의회와 충주시 의회가 교류 협약을 맺었다.", "타인호아성 의회"),
        ("이날 타인호아성 의회와 충주시 의회가 교류 협약을 맺었다.", "충주시 의회"),
        ("호찌민시 7군 인민위원회 부위원장이 참석했다.", "7군 인민위원회"),
    ],
)
def test_a_place_opens_the_body_it_names(text, name):
    assert name in bodies(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("호찌민시 7군 인민위원회 부위원장이 참석했다.", "군 인민위원회"),
        ("법안은 베트남 의회에서 통과됐다.", "베트남 의회"),
        (
            "행사는 하노이 롯데호텔에서 열렸고 서울 삼성전자 임원이 왔다.",
            "서울 삼성전자",
        ),
        ("레 반 뚜 비엣스타항공 부회장이 축사를 했다.", "뚜 비엣스타항공"),
    ],
)
def test_no_place_opens_a_name_not_its_own(text, wrong):
    assert wrong not in bodies(text)
