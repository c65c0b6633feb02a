"""Bylines that name an outlet: the outlet signing alone ("By Yonhap", "By Da Nang Today /
Da Nang Today", "TB (according to VNS)"), or after its reporter ("By Jane Roe, CNN")."""

from __future__ import annotations

import re

from dossier.clean.bylines import KOREAN_PAPER, KOREAN_SECTIONS, REPORTER_DESK
from dossier.clean.metadata import PAPER_WORD, Outlets

_BY_OUTLET = re.compile(r"(?i:by|source|nguồn|theo)\s*:?\s+(.{2,50}?)\.?")
# "Da Nang Today / Da Nang Today": a paper's name, as its word says (twice, on some pages)
_PAPER_BYLINE = re.compile(
    rf"(?P<paper>(?:[A-ZÀ-ỸĐ][\w'’.-]*\s+){{1,4}}{PAPER_WORD})(?:\s*/\s*(?P=paper))?"
)
# "By 시티타임스 Citytimes": a Korean paper's name, then the same in letters
_KOREAN_PAPER_BYLINE = re.compile(
    rf"(?P<paper>{KOREAN_PAPER.pattern.removesuffix('$')})(?:\s+[A-Za-z][\w.&-]*)?"
)
_INITIALS_SOURCE = re.compile(
    r"[A-ZĐ]{1,4}\s*\((?i:according to|theo|source:?|nguồn:?)\s+([^()]{2,40})\)"
)
# "유로저널 김세호 기자", "[한빛일보 홍길동 인턴기자]": the paper, then its reporter (not a
# desk's name with a paper's word: "국제경제 …", "온라인뉴스 …")
_KOREAN_SIGNED = re.compile(
    rf"[\[(]?(?!{KOREAN_SECTIONS}|온라인|디지털)"
    rf"(?P<paper>{KOREAN_PAPER.pattern.removesuffix('$')})\s+"
    rf"[가-힣]{{2,4}}\s?{REPORTER_DESK}\s?(?:기자|특파원)\b"
)
MAX_OUTLET_CHARS = 40  # the last part of a byline: "CNN", "The Korea Herald"
# why a line is furniture: the outlet signs the story ("By Yonhap"), or a compiler's tag
# names where the copy came from ("TB (theo AFP)", "Theo AFP"), no outlet that signs it
AGENCY_BYLINE = "byline naming the outlet"
SOURCE_BYLINE = "byline naming its source"
_SIGNED = re.compile(r"(?i:by)\s*:?\s")


def byline_reason(text: str) -> str:
    """The reason for a line ``agency_byline`` reads: signed by the outlet, or sourced."""
    return AGENCY_BYLINE if _SIGNED.match(text) else SOURCE_BYLINE


def agency_byline(text: str, outlets: Outlets) -> str | None:
    """The outlet a byline names as its only signer: known, or a paper by its word."""
    agency = _BY_OUTLET.fullmatch(text) or _INITIALS_SOURCE.fullmatch(text)
    paper = agency and (
        _PAPER_BYLINE.fullmatch(agency[1]) or _KOREAN_PAPER_BYLINE.fullmatch(agency[1])
    )
    return agency and (outlets.find(agency[1]) or (paper and paper["paper"])) or None


def signed_outlet(text: str, outlets: Outlets) -> str | None:
    """The outlet a reporter's byline names: anywhere in it ("A and B, Nikkei staff
    writers"), or, however short its name, as the byline's last part after a comma ("By
    Jane Roe, CNN", where "CNN" is too short a word to be looked for inside text); a
    Korean paper the list does not know, before its reporter ("유로저널 김세호 기자")."""
    named = outlets.named_in(text)
    if not named and (paper := _KOREAN_SIGNED.match(text)):
        return paper["paper"]
    _, comma, last = text.rpartition(",")
    if named or not comma or len(last) > MAX_OUTLET_CHARS:
        return named
    return outlets.find(last)
