"""Which unit opens the story under the header: the one a dateline, a Korean lead
("[서울=연합뉴스] …") or a paper's name in brackets ("[바이오타임즈] …") opens, among the
first few; and whether the units above it are a portal's summary of it."""

from __future__ import annotations

import re

from dossier.clean import forms
from dossier.clean import metadata as meta
from dossier.clean.bylines import KOREAN_OUTLET_WORD
from dossier.clean.cue_turns import BRACKET_CUE_WORDS
from dossier.clean.korean_leads import korean_lead
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit

# "[이코노믹데일리] …", "[월드경제신문/시사매일] …": the paper (and the one it shares with)
# (not a broadcast script's cue, "[앵커] …", "[기자] …": the speaker's turn keeps it)
PAPER_LEAD = re.compile(
    r"\[(?!\s?(?:"
    + BRACKET_CUE_WORDS
    + r")\s?\])(?P<outlet>[가-힣A-Za-z ]{2,20})(?:/[가-힣A-Za-z ]{2,20})?\]\s*(?=[가-힣(“‘'\"])"
)


MAX_OPENING_INDEX = 5  # units looked at for the dateline, past a header of no sentence
MAX_UNTOLD_INDEX = 12  # … and past a menu's items with no sentence above (no story yet)


def datelined(units: list[Unit], names: meta.Outlets, transcript: bool) -> int | None:
    """Index of the unit that opens with the dateline, among the first few of the body
    (under two paragraphs or more, a tag opens another story), or further down under
    lines that tell nothing ("• 인스타그램" / "• 모바일" / … / "[리얼푸드=… 기자]…")."""
    for index, unit in enumerate(units[:MAX_UNTOLD_INDEX]):
        text = unit.text
        length = _lead_length(text, names, transcript)
        told = sum(paragraph_like(u) for u in units[:index])
        if index >= MAX_OPENING_INDEX and told:
            return None
        if not unit.caption and length is None and not _ended_above(units[:index]):
            # "[바이오타임즈] …" under a quoted deck and a picture's credit, no sentence
            # of story above it (below one, "[생활경제] …" is a section's label)
            length = _paper_lead_length(text, names)
        if not unit.caption and length is None:
            # "[인사이트] 이지혜 기자 = …": a paper and its reporter, whatever stands above
            length = _reported_paper_lead_length(text)
        if not unit.caption and length is not None:
            return index if told < 2 or _summarised(units, text[length:]) else None
    return None


def _ended_above(units: list[Unit]) -> bool:
    """A sentence of story ends above: a line ending in a full stop, not a deck's
    quote ("“… 최선 다할 것”") or a credit."""
    return any(
        not unit.caption and unit.text.rstrip("”\"’' ").endswith((".", "!", "?"))
        for unit in units
    )


def _lead_length(text: str, names: meta.Outlets, transcript: bool) -> int | None:
    """The length of the dateline or the Korean lead that opens ``text``, if one does."""
    found = forms.dateline(text, names, transcript) or korean_lead(text)
    return found.length if found else None


def _paper_lead_length(text: str, names: meta.Outlets) -> int | None:
    """The length of the paper's name in brackets opening ``text`` ("[바이오타임즈] …")."""
    paper = PAPER_LEAD.match(text)
    if paper and (
        names.find(paper["outlet"]) or KOREAN_OUTLET_WORD.search(paper["outlet"])
    ):
        return paper.end()
    return None


def _reported_paper_lead_length(text: str) -> int | None:
    """The length of a paper's name in brackets and its reporter's byline after it
    ("[인사이트] 이지혜 기자 = …"), no section's label."""
    paper = PAPER_LEAD.match(text)
    if paper is None:
        return None
    reporter = korean_lead(text[paper.end() :])
    if reporter is None or not reporter.author or reporter.outlet:
        return None
    return paper.end() + reporter.length


def summarised(
    units: list[Unit], opening: int, names: meta.Outlets, transcript: bool
) -> bool:
    """The units above the dateline at ``opening`` are a portal's summary of the story:
    they go, though the page's date stands above them."""
    text = units[opening].text
    length = _lead_length(text, names, transcript)
    return length is not None and _summarised(units, text[length:])


# characters a portal's summary shares with the story it sums up
PORTAL_SUMMARY_KEY = 30


def _summarised(units: list[Unit], story: str) -> bool:
    """A portal's summary of the story above it: its first sentence is the story's."""
    key = story.strip()[:PORTAL_SUMMARY_KEY]
    return len(key) == PORTAL_SUMMARY_KEY and units[0].text.startswith(key)
