"""A line between or under paragraphs that links to another story: "Related: How …?",
"RELATED: …", "제목 (바로가기)" ("go to it"). A list knows the labels alone ("Related
articles"); these carry the other story's headline on the same line."""

from __future__ import annotations

import re

_LINK = re.compile(
    # "Related: How vaccination is going?", "RELATED: Pfizer partners with …"
    r"(?:Related|RELATED|Related story|Related article)\s?:\s?\S.{5,160}|"
    # "베트남은 어떻게 게임 강국이 됐나 (바로가기)", "… [바로가기]", "… ▶바로가기"
    r"\S.{4,160}?\s?(?:[(\[]\s?바로\s?가기\s?[)\]]|▶\s?바로\s?가기)"
)


def links_elsewhere(text: str) -> bool:
    """The line is another story's headline with its link's label."""
    return _LINK.fullmatch(text) is not None
