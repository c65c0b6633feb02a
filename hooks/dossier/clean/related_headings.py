"""A Vietnamese page's headings of other stories named in full ("Tin bài liên quan", "Các
tin bài khác", "Bài viết liên quan"): one list in clutter.yml (regions: related_headings),
read twice. On a line of its own, a heading opens a list of headlines under the story's
start (regions.py, with story_list_headings); with its headline after a colon on the same
line ("Tin bài liên quan: Quảng Nam và Gyeongju …") it is a link to another story, as
"Tin liên quan: …" is (the clutter pattern "related link")."""

from __future__ import annotations

import re


def inline_related(headings: list[str]) -> re.Pattern[str]:
    """``<heading>: <headline>`` on one line, for any of ``headings``."""
    names = "|".join(re.escape(h) for h in sorted(headings, key=len, reverse=True))
    return re.compile(rf"(?:{names})\s*:.{{0,200}}", re.IGNORECASE)
