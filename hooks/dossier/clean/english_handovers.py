"""A broadcaster's lead handing over to its reporter in English, with no anchor's label
before it: the lead's last sentence names the reporter alone ("… Jane Roe has the story.";
not "… Jane Roe reports.", which a body's name fits as well), or a host's sentence opens on
the network's reporter ("As NPR's Jane Roe reports from Hanoi, these are …"). The sentence
stays story text; the name it hands over to is the report's author. (An anchor's turn,
"[ANCHOR] … Our X has more.", is read in notes.py.)"""

from __future__ import annotations

import re

from dossier.clean.bylines import PERSON
from dossier.clean.people import is_person_name

# the whole last sentence: "Jane Roe has the story.", "Reporter Jane Roe has the details."
_NAMED_LAST = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:(?:Reporter|Correspondent)\s+)?(?P<name>{PERSON})\s+"
    r"has\s+(?:the|this)\s+(?:story|report|details)\s*\.$"
)
# "As NPR's Jane Roe reports from Hanoi, …": the network's reporter, then the host goes on
_AS_REPORTS = re.compile(
    rf"(?:^|(?<=[.!?]\s))As\s+(?:the\s+)?[A-Z][\w&]*['’]s\s+(?P<name>{PERSON})\s+reports"
    r"(?:\s+from\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?,"
)


def reporter_named(text: str) -> str | None:
    """The reporter a broadcaster's paragraph hands over to, or None."""
    found = _NAMED_LAST.search(text.rstrip()) or _AS_REPORTS.search(text)
    if found and is_person_name(found["name"]):
        return found["name"]
    return None
