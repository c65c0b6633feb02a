"""A story a page retells from another outlet's report, credited where a paragraph opens
("According to Example Wire's report — …", "According to The Example Times: …") or in a
paragraph of its own over the story's first ("According to Example Wire,"): that outlet
is the story's, as a "Source:" line would name it. So is the publisher a copy's header
names under its label, over the address of the story it copied ("출처" / "한빛시" / … /
"https://www.example.go.kr/…")."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from dossier.clean.metadata import Outlets
from dossier.clean.paragraphs import SENTENCE_END

# the credit, the word for its report, a dash or a colon after it (not "According to
# Yonhap, the ministry …" nor "According to Yonhap — which cited … —": one fact sourced
# in a sentence, a name set off between dashes)
_REPORTED = re.compile(
    r"According to (?P<name>[^\s,:—–-][^,:—–\n]{1,50}?)(?:['’]s?)?"
    r"\s+(?:report|story|article)\s*(?P<dash>[—–:]|\s-)\s"
)
# the credit in a paragraph of its own, over the story it heads ("According to Example
# Wire,"); not "According to Example Wire:" over a quotation an opinion answers
_CREDIT_LINE = re.compile(r"According to (?P<name>[^\s,:][^,:\n]{1,50}?)\s*,")
MIN_SENTENCE_WORDS = 4  # a line of the story told before the credit: it is inside it
MAX_OPENING_LINES = 10  # lines of text: the credit opens the story, at its top


def _set_off(dash: str, rest: str) -> bool:
    """The dash after the name opens an aside that a second dash closes."""
    if dash == "-":
        return " - " in rest  # not "two-day": a hyphen in a word
    return dash != ":" and dash in rest


def reported_by(text: str, outlet_names: Outlets) -> str | None:
    """The known outlet a paragraph near the story's top credits with its report, or a
    paragraph of its own over the story ("According to Example Wire,")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:MAX_OPENING_LINES]:
        if (
            (found := _REPORTED.match(line))
            and not _set_off(found["dash"].strip(), line[found.end() :])
            and (outlet := outlet_names.find(found["name"]))
        ):
            return outlet
    return _credit_alone(text, outlet_names)


def _credit_alone(text: str, outlet_names: Outlets) -> str | None:
    """The known outlet a credit names in a paragraph of its own, set off by blank lines
    over the story's first paragraph, which opens with a capital; not a credit a
    hard-wrapped paragraph carries, nor one after a sentence of the story."""
    lines = [line.strip() for line in text.splitlines()]
    told = 0  # lines of text read
    for at, line in enumerate(lines):
        if not line:
            continue
        told += 1
        if told > MAX_OPENING_LINES or (
            line.endswith(SENTENCE_END) and len(line.split()) >= MIN_SENTENCE_WORDS
        ):
            return None
        alone = _CREDIT_LINE.fullmatch(line)
        after = next((later for later in lines[at + 1 :] if later), "")
        if (
            alone
            and (at == 0 or not lines[at - 1])
            and at + 1 < len(lines)
            and not lines[at + 1]
            and after[:1].isupper()
        ):
            return outlet_names.find(alone["name"])
    return None


_SOURCE_LABEL = re.compile(r"(?i:source|nguồn|출처)\s*:?")
_ADDRESS = re.compile(r"https?://\S+")
MAX_HEADER_LINES = 20  # lines of text: a copy's header
MAX_SOURCE_WORDS = 6


def _host(address: str) -> str:
    try:
        return (urlsplit(address).hostname or "").removeprefix("www.")
    except ValueError:  # "http://[::1": no address
        return ""


def copied_from(text: str, url: str) -> str | None:
    """The publisher named on the line under a source label alone in a copy's header,
    where the header gives the address of the story copied, on another site than ``url``."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    header = lines[:MAX_HEADER_LINES]
    own = _host(url)
    elsewhere = any(
        (host := _host(m.group())) and host != own
        for line in header
        for m in [_ADDRESS.fullmatch(line)]
        if m
    )
    if not elsewhere:
        return None
    for label, value in zip(header, header[1:], strict=False):
        if (
            _SOURCE_LABEL.fullmatch(label)
            and len(value.split()) <= MAX_SOURCE_WORDS
            and not any(c.isdigit() for c in value)
            and not _ADDRESS.search(value)
        ):
            return value
    return None
