"""A Korean site's tool rows under the headline, its deck under them: "코이카, … '매년
20% 증액'" / "댓글 첫 댓글을 작성해보세요" / "주소복사가 완료되었습니다" / "베트남서 …
발표" (the deck) / the story. The header rules take the deck, the last headline-like line
over the story; the headline is the line over the tools."""

from __future__ import annotations

import re

from dossier.clean.units import Unit

# a comment box's prompt or count, a link copied, a share or print button, the font size
_TOOL = re.compile(
    r"댓글|주소\s?복사|링크\s?복사|공유하기|스크랩|글자\s?크기|프린트|인쇄하기|기사\s?듣기|북마크"
)
MAX_TOOL_WORDS = 6


def tool_row(unit: Unit) -> bool:
    """A short line of a page's tools, no part of the story: "댓글 0", "주소복사"."""
    return (
        len(unit.lines) == 1
        and len(unit.text.split()) <= MAX_TOOL_WORDS
        and _TOOL.search(unit.text) is not None
    )


def over_tools(units: list[Unit], chosen: int, strong: list[int]) -> int | None:
    """The headline-like unit (in ``strong``) right above a run of tool rows that ends
    right above ``chosen``, its deck; None when no tool row stands between."""
    top = chosen - 1
    while top >= 0 and tool_row(units[top]):
        top -= 1
    return top if top in strong and top < chosen - 1 else None
