"""A forwarded mail's headers and note above the article, and a mail's signature below
it: regions of a page that are not the article (``regions.py``)."""

from __future__ import annotations

import re

from dossier.clean.lines import Line

_MAIL_FROM = re.compile(r"(from|von|de|보낸 사람)\s*:\s*\S.*", re.I)
_MAIL_FIELD = re.compile(
    r"(from|sent|date|to|cc|bcc|subject|reply-to|importance)\s*:\s*\S.*", re.I
)
_FORWARD_SEPARATOR = re.compile(
    r"[-_=*~]{5,}|-*\s*(forwarded message|original message|begin forwarded message)"
    r"\s*:?\s*-*",
    re.I,
)
_SIGNATURE = "--"
FORWARD_NOTE = "forwarder's note"
MAX_SIGNATURE_LINES = 12


def forward_note(lines: list[Line], found: dict[int, str]) -> None:
    """A forwarded mail: its headers, then the forwarder's note down to the separator line
    (``________``, ``---------- Forwarded message ---------``) above the article."""
    if not lines or not _MAIL_FROM.fullmatch(lines[0].text):
        return
    end = 0
    while end < len(lines) and _MAIL_FIELD.fullmatch(lines[end].text):
        end += 1
    for index in range(end, min(len(lines), end + 40)):
        if _FORWARD_SEPARATOR.fullmatch(lines[index].text):
            for line in lines[end:index]:
                found[line.number] = FORWARD_NOTE
            return


def signature(lines: list[Line], found: dict[int, str]) -> None:
    """A mail signature: everything from a line ``--`` near the end."""
    for index in range(len(lines) - 1, max(-1, len(lines) - MAX_SIGNATURE_LINES), -1):
        if lines[index].text == _SIGNATURE and story_above(lines[:index]):
            for line in lines[index:]:
                found[line.number] = "email signature"
            return


def is_story(line: Line) -> bool:
    """A line that is a paragraph of story text (the regions below start after one)."""
    return len(line.text) > 120 and line.text.endswith(".")


def story_above(lines: list[Line]) -> bool:
    """Story text stands above: a paragraph line, or hard-wrapped lines of one."""
    return any(map(is_story, lines)) or sum(len(x.text) >= 50 for x in lines) >= 4
