"""The subtitle a Korean news CMS prints at the top of the article's body.

Pages on the CMS many Korean papers share close their header (headline, reporter, date,
comment count) with the prompt "이 기사를 공유합니다" ("share this article"); what follows
it is the article's body, whose first lines may be a subtitle of a line or two set as
headings ("양 도시 교류 확대 기대"). The outlet prints that subtitle as the body's opening,
so it is paragraph 1 (the standfirst convention), where a deck standing in the header,
above the reporter's name or the date, is not story text. A line run on under the
subtitle in the same block is the picture's caption, and lines that spell the headline
again are the headline's copy."""

from __future__ import annotations

import re

from dossier.clean.korean_headlines import korean_credit
from dossier.clean.lines import Furniture
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit
from dossier.text import fold

SHARE_PROMPT = "share prompt closing the header"
MAX_BODY_DECKS = 3  # units of a subtitle: a line or two, a third at most
MAX_DECK_WORDS = 24
# a Korean picture's line, named by what it shows: "시청 전경" (a view), "… 교류 행사
# 모습" (a scene), "… 기념촬영", "… 기념촬영을 하고 있다" (a group photo), "사진은 …"
# ("the picture is …"); no subtitle reads so
_PICTURE = re.compile(
    r"^(?:사진\s?[은=:]|▲|△)|"
    r"(?:전경|모습|풍경|기념\s?촬영|단체\s?사진|촬영(?:을|를)?\s?하고\s?있다)\.?$"
)
_BRACKETS = "<>‹›〈〉《》[]()【】"


def picture_line(text: str) -> bool:
    """A Korean picture's caption or credit, though it stands where a subtitle would:
    "가람시 제공", "<가람시 제공>", "시청 전경", "… 기념촬영을 하고 있다"."""
    text = " ".join(text.split()).strip(_BRACKETS + " ")
    return korean_credit(text) or _PICTURE.search(text) is not None


def mark_body_decks(units: list[Unit], facts: list[Furniture], headline: str) -> None:
    """Mark as ``deck`` the subtitle lines under the share prompt, above the story's first
    paragraph (``units``: the units under the headline)."""
    prompt = min((f.line for f in facts if f.reason == SHARE_PROMPT), default=None)
    if prompt is None:
        return
    title = fold(headline)
    above: Unit | None = None  # the unit just above, in the body
    marked = 0
    for unit in units:
        if unit.caption:
            above = unit if unit.number > prompt else above
            continue
        if (
            unit.number < prompt
            or paragraph_like(unit)
            or len(unit.text.split()) > MAX_DECK_WORDS
            or marked == MAX_BODY_DECKS
        ):
            return  # story text above the prompt, or the story's first paragraph
        if picture_line(unit.text):
            above = unit  # a picture's line: no subtitle, dropped with the header
            continue
        under = (
            above is not None
            and not unit.alone
            and above.lines[-1].number + 1 == unit.number
        )
        if not under and fold(unit.text) not in title:
            unit.deck = True
            marked += 1
        above = unit
