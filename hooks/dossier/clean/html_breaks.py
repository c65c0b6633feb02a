"""A page pasted from its HTML source: its layout written as tags, not as line ends.

``<h1>Headline</h1><p><strong>HANOI</strong> &ndash; First paragraph …</p><p>…`` is one
physical line, or a few; the outlet meant a paragraph at each ``<p>``, a heading at each
``<h1>``, a line end at each ``<br>`` (two in a row: a new paragraph). A page is read so when
it carries such block tags (two or more); its tags are then the page's layout, not its
words: a block tag becomes a blank line, ``<br>`` a line end, an inline tag (``<strong>``,
``<a href=…>``, ``<em>`` …) is taken off its words, a script's or a style's code and a
comment go, and entities (``&ndash;``, ``&nbsp;``) become their characters. A page without
block tags is read as written: a story that quotes ``<b>`` keeps it (escaped on output).
"""

from __future__ import annotations

import html
import re
from itertools import islice

# a tag, its name and whether it closes; bounded, so a stray "<" costs one short look
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,9})(?:\s[^<>]{0,500})?/?>")
# the tags that set a block apart (a paragraph, a heading, a list's item, a table's cell)
_BLOCK_NAMES = (
    r"p|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tr|td|th|section|article|"
    r"header|footer|aside|nav|main|hr|pre|dl|dt|dd"
)
_BLOCK = re.compile(_BLOCK_NAMES, re.IGNORECASE)
_BLOCK_TAG = re.compile(rf"<(?:br|/?(?:{_BLOCK_NAMES}))[\s/>]", re.IGNORECASE)
MIN_BLOCK_TAGS = 2  # one "<p>" alone may be quoted in a story about web pages
# code and comments, not words: their whole span goes
_HIDDEN = (("<script", "</script>"), ("<style", "</style>"), ("<!--", "-->"))


def is_html_source(text: str) -> bool:
    """The page carries its layout as block tags: two or more of them."""
    tags = _BLOCK_TAG.finditer(text) if "<" in text else iter(())
    return next(islice(tags, MIN_BLOCK_TAGS - 1, None), None) is not None


def html_break_parts(line: str) -> list[str]:
    """A line of an HTML page cut at its block tags and line breaks, "" standing for a
    blank line between paragraphs, without its inline tags and with its entities read;
    [""] when nothing but markup is on it."""
    source = _without_hidden(line) if "<" in line else line
    lines: list[str | None] = []  # None: a blank line
    current: list[
        str
    ] = []  # the raw text of the line being read, inline tags taken off
    breaks = 0  # "<br>" in a row, no words between: two make a blank line

    def end_line(blank: bool) -> None:
        if words := _words("".join(current)):
            lines.append(words)
        current.clear()
        if blank and lines and lines[-1] is not None:
            lines.append(None)

    position = 0
    for tag in _TAG.finditer(source) if "<" in source else ():
        between = source[position : tag.start()]
        current.append(between)
        breaks = 0 if between.strip() else breaks
        position = tag.end()
        name = tag[2].casefold()
        if name == "br":
            breaks += 1
            end_line(blank=breaks >= 2)
        elif _BLOCK.fullmatch(name):
            breaks = 0
            end_line(blank=True)
    current.append(source[position:])
    end_line(blank=False)
    while lines and lines[-1] is None:
        lines.pop()
    return [text or "" for text in lines] or [""]


def _words(text: str) -> str:
    """The text's words, its entities read ("&ndash;" a dash, "&nbsp;" a space)."""
    return " ".join((html.unescape(text) if "&" in text else text).split())


def _without_hidden(line: str) -> str:
    low = line.casefold()
    if not any(opening in low for opening, _ in _HIDDEN):
        return line
    kept: list[str] = []
    position = 0
    while True:
        starts = [
            (low.find(opening, position), closing)
            for opening, closing in _HIDDEN
            if low.find(opening, position) >= 0
        ]
        if not starts:
            break
        start, closing = min(starts)
        end = low.find(closing, start)
        kept.append(line[position:start])
        position = len(line) if end < 0 else end + len(closing)
    kept.append(line[position:])
    return " ".join(kept)
