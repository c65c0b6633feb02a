"""A broadcaster's lead handing over to its reporter in English, with no anchor's label
before it: the lead's last sentence names the reporter alone ("… Jane Roe has the story.";
not "… Jane Roe reports." closing a paragraph, which a body's name fits as well, but
"Son Ha-neul reports." as a paragraph of its own, a Korean name's shape), or a host's
sentence opens on
the network's reporter ("As NPR's Jane Roe reports from Hanoi, these are …"), read only in
a transcript's lead. The sentence stays story text; the name it hands over to is the
report's author, weaker than a byline or a sign-off. (An anchor's turn, "[ANCHOR] … Our X
has more.", and "Now NPR's X reports from Y." are read in notes.py.)"""

from __future__ import annotations

import re

from dossier.clean.bylines import NAME_WORD, PERSON
from dossier.clean.lead_labels import KOREAN_NAME
from dossier.clean.metadata import ORGANIZATION
from dossier.clean.people import is_person_name
from dossier.places import is_place_name
from dossier.text import words_of

# "NPR's Jane Roe reports from Hanoi": a network's reporter (notes.py's hand-over reads
# it as a sentence of its own, "Now NPR's X reports from Y.")
NETWORK_REPORTER = (
    rf"(?:the\s+)?[A-Z][\w&]*['’]s\s+(?P<network>{PERSON})\s+reports"
    rf"(?:\s+from\s+{NAME_WORD}(?:\s{NAME_WORD}){{0,2}})?"
)
# the whole last sentence: "Jane Roe has the story.", "Reporter Jane Roe has the details."
_NAMED_LAST = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:(?:Reporter|Correspondent)\s+)?(?P<name>{PERSON})\s+"
    r"has\s+(?:the|this)\s+(?:story|report|details)\s*\.$"
)
# "Son Ha-neul reports.": the anchor's hand-over as a paragraph of its own (read only where
# hand-overs are: the lead, the closing line, over a turn). Only a Korean name's shape, the
# given name hyphenated: two capitalised words are as often a paper's ("Thanh Nien
# reports.", "Chosun Ilbo reports.") or a firm's ("Samsung Electronics reports."), and no
# list tells them from a person's. ("… reports from Busan." is read as a caption before.)
_REPORTS_ALONE = re.compile(rf"(?P<name>{KOREAN_NAME.pattern})\s+reports\s*\.")
# "As NPR's Jane Roe reports from Hanoi, …": the network's reporter, then the host goes on
_AS_REPORTS = re.compile(rf"(?:^|(?<=[.!?]\s))As\s+{NETWORK_REPORTER},")
# the words of a body's or a company's name, never a reporter's ("Vietnam Airlines has the
# details.", "The Central Inspection Committee has the report."): metadata.ORGANIZATION's,
# and these it does not hold
_BODY_WORDS = frozenset(
    words_of(
        "airline airlines airways authority commission assembly district province city ward bank "
        "construction engineering union party court police army radio tv television"
    )
)
_QUOTES = re.compile(r"[\"“”]")


def reporter_named(text: str, transcript: bool) -> str | None:
    """The reporter a broadcaster's lead hands over to, or None (never a place, a body, nor
    a name in a quotation left open, as a speaker's words run on into the next
    paragraph)."""
    text = text.rstrip()
    found = _NAMED_LAST.search(text) or _REPORTS_ALONE.fullmatch(text)
    if found is None and transcript:
        found = _AS_REPORTS.search(text)
        name = found["network"] if found else None
    else:
        name = found["name"] if found else None
    if not found or not name or not is_person_name(name) or is_place_name(name):
        return None
    if ORGANIZATION.search(name) or any(
        w.casefold() in _BODY_WORDS for w in name.split()
    ):
        return None
    # '"… Nguyen Van Nam has the details.': a speaker's words, the quotation left open
    before = text[: found.start()]
    if len(_QUOTES.findall(before)) % 2 or before.count("“") > before.count("”"):
        return None
    return name
