"""A Korean story's closing credit: the paper or wire it was copied from, in brackets
after its last sentence or on a line of its own under it ("… 밝혔다. <한빛일보>",
"<연합>", "… 했다. [출처: 연합뉴스]", "(출처=뉴시스)"). Korean papers close a copy so;
the outlet it names is the story's source, as a "Source:" line would name it. Never a
picture's credit ("(사진=연합뉴스)": a label other than the source's)."""

from __future__ import annotations

import re

from dossier.clean.bylines import KOREAN_PAPER, SECTION_NAME
from dossier.clean.evidence import SOURCE_LINE, Evidence
from dossier.clean.metadata import Outlets
from dossier.model import DroppedLine

# the credit, at the paragraph's end: after a sentence's end, or the whole paragraph
_CREDIT = re.compile(
    r"(?:^|(?<=[.!?”\"’]))\s*(?P<open>[<〈\[(])\s*"
    r"(?:(?:출처|기사\s?출처|자료\s?출처)\s*[:=：]\s*)?"
    r"(?P<name>[^\s<>〈〉\[\]()=:：][^<>〈〉\[\]()=:：]{1,19}?)\s*[>〉\])]\s*$"
)
_CLOSES = {"<": ">", "〈": "〉", "[": "]", "(": ")"}
MAX_CREDIT = 40  # characters: the credit and the space before it, at most


def closing_credit(text: str, outlet_names: Outlets) -> tuple[str, int] | None:
    """The outlet a Korean closing credit names at the end of ``text`` (a listed one, or
    a name ending in a paper's word: "<한빛일보>") and where the credit starts."""
    tail_at = max(0, len(text) - MAX_CREDIT)
    found = _CREDIT.search(text, tail_at)
    if found is None or text.rstrip()[-1] != _CLOSES[found["open"]]:
        return None
    if found["open"] == "(" and not re.match(r"\(\s*출처", found[0].lstrip()):
        return None  # "… (Yonhap)": a wire's own tag, read as its sign-off
    name = found["name"].strip()
    outlet = outlet_names.find(name)
    if (
        outlet is None
        and KOREAN_PAPER.fullmatch(name)
        and not SECTION_NAME.fullmatch(name)
    ):
        outlet = name  # "<한빛일보>": a paper the list does not know
    return (outlet, found.start()) if outlet else None


def without_closing_credit(
    dropped: list[DroppedLine],
    line: int,
    text: str,
    outlet_names: Outlets,
    evidence: Evidence,
) -> str:
    """The last paragraph's ``text`` without its closing credit, logged as dropped on
    ``line``; the outlet it names is noted as a source line's."""
    credit = closing_credit(text, outlet_names)
    if credit is None:
        return text
    outlet, start = credit
    dropped.append(DroppedLine(line, text[start:].strip(), "source line"))
    evidence.outlets.append((SOURCE_LINE, outlet))
    return text[:start].rstrip()
