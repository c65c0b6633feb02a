"""Other stories' headlines a page runs as a ticker, one a line, each parted from the
next by a dash at its end ("-" / "TP.HCM: Đề xuất thông xe cao tốc … -" / "Hưng Yên:
Đẩy nhanh giải phóng mặt bằng …" / "Trước đó, …"): no sentence is ended in them, and the
last has no dash after it. A story's line ending on a dash runs on into the next; three
in a row, none a sentence, are a list of links when a lone dash stands over them, or when
each opens on a capital under no lead-in ("… schedule:" / "Morning - …" is story text)."""

from __future__ import annotations

import re

from dossier.clean.lines import Line

RELATED = "related list"
# "… Bắc – Nam -": a headline, a space, the dash parting it from the next
_DASH_END = re.compile(r"\S.*\s[-–]$")
_LONE_DASH = re.compile(r"[-–]")
MAX_HEADLINE_WORDS = 30
MIN_DASHED = 3
_ENDED = (".", "!", "?", "…", ":", ";", ",")
_CLOSING = '”"’»)'  # a quoted sentence ends inside its quote: "… năm nay.”"


def _headline(text: str) -> bool:
    """Of a headline's length, no sentence ended, no list's dash opening it (a press
    release's deck is framed in dashes: "- 베트남 … 논의 -")."""
    return (
        len(text.split()) <= MAX_HEADLINE_WORDS
        and not text.startswith(("-", "–"))
        and not text.rstrip(_CLOSING).endswith(_ENDED)
    )


def _dashed(line: Line | None) -> bool:
    if line is None or not _DASH_END.fullmatch(line.text):
        return False
    return _headline(line.text[:-1].rstrip())


def dashed_headlines(
    lines: list[Line | None], index: int, found: dict[int, str]
) -> None:
    """From ``lines[index]``: the ticker's lines (three or more dashed ones in a row,
    with the lone dash over them and the last headline under them), marked as a related
    list."""
    end = index
    while end < len(lines) and _dashed(lines[end]):
        end += 1
    if end - index < MIN_DASHED:
        return
    run = [line for line in lines[index:end] if line is not None]
    above = _dashed_above(lines, index)
    if not above:
        # no lone dash over it: only a run of capitalised lines at its own top, no
        # lead-in ending on ":" over it, and not the line under it (the page's headline)
        over = lines[index - 1] if index else None
        if _dashed(over) or (over is not None and over.text.endswith(":")):
            return
        if not all(line.text[:1].isupper() or line.text[:1].isdigit() for line in run):
            return
    else:
        below = lines[end] if end < len(lines) else None
        if below is not None and _headline(below.text):
            run.append(below)
    run[:0] = above
    for line in run:
        found.setdefault(line.number, RELATED)


def _lone_dash(line: Line | None) -> bool:
    return line is not None and _LONE_DASH.fullmatch(line.text) is not None


def _dashed_above(lines: list[Line | None], index: int) -> list[Line]:
    """Over the run, the ticker's first items parted by dashes on lines of their own
    ("-" / "Đà Nẵng đã xử lý … kéo dài" / "-"): each headline with a lone dash over it."""
    above: list[Line] = []
    at = index - 1
    while at >= 0 and (line := lines[at]) is not None:
        if not _lone_dash(line) and not (
            at and _lone_dash(lines[at - 1]) and _headline(line.text)
        ):
            break
        above.insert(0, line)
        at -= 1
    return above


def ends_on_dash(line: Line) -> bool:
    return line.text.endswith(("-", "–"))
