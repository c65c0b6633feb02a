"""Byline shapes beyond ``By X and Y`` (``metadata.byline``): an ``Authors:`` line giving
each author's affiliation, ``by X with Y``, ``By X in Nanning and Y in Beijing``, a name
followed by its outlet in brackets, and a job title or handle after a dash."""

from __future__ import annotations

import re
from typing import Protocol

_WORD = r"[A-ZÀ-ỸĐ][\w'’.\-]*"
_PERSON = rf"{_WORD}(?:\s+{_WORD}){{1,3}}"
_AUTHORS = re.compile(r"(?i:authors?)\s*:\s*(?P<rest>\S.{2,200})")
_AUTHOR_GAP = re.compile(r"\s*;\s*|\s+and\s+(?=[A-ZÀ-ỸĐ])")
_WITH = re.compile(
    rf"(?i:by)\s*:?\s+(?P<a>{_PERSON})\s+with\s+"
    rf"(?P<b>{_PERSON}(?:(?:\s*,\s*|\s+and\s+){_PERSON})*)"
)
_BY_PLACED = re.compile(
    rf"(?i:by)\s*:?\s+(?P<a>{_PERSON})\s+in\s+{_WORD}(?:\s+{_WORD})?"
    rf"(?:\s*,\s*|\s+and\s+)(?P<b>{_PERSON})\s+in\s+{_WORD}(?:\s+{_WORD})?"
)
_WITH_OUTLET = re.compile(rf"(?P<name>{_PERSON})\s*\((?P<outlet>[^()]{{2,40}})\)")
_TITLED = re.compile(
    rf"(?i:by)\s*:?\s+(?P<name>{_PERSON})\s*[-–—]\s*"
    r"(?i:(?:staff\s+)?(?:reporter|correspondent|contributor|writer|editor))"
    r"(?:\s*[/|]\s*@?[\w.]{2,30})?"
)
_PERSON_ONLY = re.compile(_PERSON)
# "문홍철 기자 | 기사입력 2024/11/18": a Korean reporter's name before 기자 (reporter)
_KOREAN = re.compile(
    r"(?:[가-힣]{1,6}\s*=\s*)?(?P<name>[가-힣]{2,4})\s*(?:기자|특파원|선임기자)"
    r"(?:\s*[|=/]?\s*[\w.+-]+@[\w.-]+|\s*[|=/].{0,60})?"
)  # "문홍철 기자 | 기사입력 …", "부산=민지호 기자 jiho@example.com"


class Outlets(Protocol):
    def find(self, text: str) -> str | None: ...


def other_byline(text: str, outlets: Outlets) -> tuple[str, ...] | None:
    """The authors a byline of one of these shapes names, else None."""
    if match := _AUTHORS.fullmatch(text):
        parts = _AUTHOR_GAP.split(match.group("rest"))
        names = [part.split(",")[0].strip() for part in parts]
        if names and all(_PERSON_ONLY.fullmatch(name) for name in names):
            return tuple(names)
        return None
    if match := _WITH.fullmatch(text):
        others = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group("b"))
        return (match.group("a"), *others)
    if match := _BY_PLACED.fullmatch(text):
        return (match.group("a"), match.group("b"))
    if (match := _WITH_OUTLET.fullmatch(text)) and outlets.find(match.group("outlet")):
        return (match.group("name"),)
    if match := _TITLED.fullmatch(text):
        return (match.group("name"),)
    if match := _KOREAN.fullmatch(text):
        return (match.group("name"),)
    return None


# "[KNS뉴스통신=김관일 기자] …", "[사건의내막 / 문홍철 기자] = …": outlet and reporter
# opening a Korean story
KOREAN_LEAD = re.compile(
    r"\[(?P<outlet>[^\]=/]{1,30}?)\s*[=/]\s*(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\]\s*=?\s*|"
    # in English: "(Seoul=News1) Reporter Yoon Ji-ho = …"
    rf"\((?P<place>[A-Z][a-z]+)=(?P<tag>[^)]{{2,20}})\)\s*(?:(?i:reporter)\s+(?P<en>{_PERSON}))?"
    r"\s*=\s*"
)
