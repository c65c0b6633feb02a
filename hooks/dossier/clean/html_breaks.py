"""A page pasted from its HTML source: the breaks written as tags, not as line ends.

``Headline<br /><br />First paragraph.<br />Second line …`` is one physical line; the
outlet meant a break at each ``<br>`` and a new paragraph at two of them in a row or at
``</p><p>``. The tags are the page's layout, not its words: each becomes a line end (two
in a row, or a paragraph's close, a blank line). A line without such a tag is untouched.
"""

from __future__ import annotations

import re

# two or more <br> in a row, or a paragraph's end and the next one's start: a blank line
_PARAGRAPH_BREAK = re.compile(
    r"(?:\s*<br\s*/?>){2,}\s*|\s*</p>\s*(?:<p(?:\s[^<>]{0,200})?>)?\s*"
    r"|\s*<p(?:\s[^<>]{0,200})?>\s*",
    re.IGNORECASE,
)
_LINE_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
_TAG = re.compile(r"<(?:br|/?p)[\s/>]", re.IGNORECASE)


def html_break_parts(line: str) -> list[str]:
    """The line cut at its HTML breaks, "" standing for a blank line between paragraphs;
    the line alone when it has none."""
    if "<" not in line or not _TAG.search(line):
        return [line]
    parts: list[str] = []
    for block in _PARAGRAPH_BREAK.split(line):
        if parts and parts[-1] != "":
            parts.append("")
        parts.extend(part for part in _LINE_BREAK.split(block) if part.strip())
    while parts and parts[-1] == "":
        parts.pop()
    return parts or [""]
