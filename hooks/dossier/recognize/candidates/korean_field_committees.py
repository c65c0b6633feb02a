"""A committee Korean names by the fields it covers, listed with middle dots, before its
word: "원자력·에너지·산업 분야 협력 장관급 공동위원회", "베트남-한국 경제·과학기술협력
정부간위원회" (the two countries open it). "분야" (field), "협력" (cooperation) and its
ministers' rank may stand between. A field with a particle on it ("조선·해운에 관한
위원회") makes a clause, no name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, Named

_SHORT = frozenset(("한", "베", "북", "미", "중", "일"))
_COMMITTEE = re.compile(
    r"(?<![가-힣·ㆍ])(?:(?P<one>[가-힣]+)[-–](?P<other>[가-힣]+) )?"
    r"(?P<fields>[가-힣]{1,6}(?:[·ㆍ][가-힣]{1,8})+)"
    r"(?: 분야)?(?: 협력)?(?: (?:장관급|차관급|고위급|국장급))?"
    r" (?P<head>(?:공동|정부간|합동)?위원회)(?![가-힣]*회관)"
)


def field_committees(text: str) -> Iterator[Named]:
    """(name, "organizations", start, end) of each committee ``text`` names by its
    fields."""
    for match in _COMMITTEE.finditer(text):
        start = match.start("fields")
        if match["one"] and all(
            w in HANGUL_COUNTRIES or w in _SHORT for w in (match["one"], match["other"])
        ):
            start = match.start()
        end = match.end("head")
        yield text[start:end], "organizations", start, end


def with_field_committees(text: str, found: list[Named]) -> list[Named]:
    """``found`` with the committees of ``text``, in place of the names read inside
    them ("공동위원회" of "…분야 협력 장관급 공동위원회")."""
    named = list(field_committees(text))
    if not named:
        return found
    spans = [(a, b) for _, _, a, b in named]
    kept = [
        n
        for n in found
        if n[1] != "organizations" or not any(a <= n[2] and n[3] <= b for a, b in spans)
    ]
    return kept + [n for n in named if n[2:] not in {k[2:] for k in kept}]
