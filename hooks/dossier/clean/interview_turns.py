"""A Korean paper's interview printed question by answer ("일문일답"): each question opens
with a dash, each answer with a triangle, the page's mark for a caption elsewhere:

    -- 두 나라의 교류는 어떤가.
    ▲ 교역액이 크게 늘었다. …
    -교민 규모는?
    △호찌민에 10만 명이 산다.

Each question and each answer is story text, a paragraph of its own (a turn, as a
transcript's speaker's), not a caption: where a question and its answer share a block
(no blank line between), they part. Read only on a page that puts two questions or more
each right over its answer: a triangle over a picture's caption elsewhere on the page
stays a caption, and a page with no such pair is left as it is."""

from __future__ import annotations

import re

from dossier.clean.lines import Line
from dossier.clean.units import Unit

# "-- 교류현황에 대해 말해달라.", "-교민은 규모는?": the interviewer's question or request
_QUESTION = re.compile(r"-{1,2}\s?[\uac00-\ud7a3\"“‘'(]")
_ASKED = ("?", ".", "?”", '?"', "?)")
MAX_QUESTION_CHARS = 200
# "▲ 양국간 교역액은 …", "△호찌민 교민 …": the answer
_ANSWER = re.compile(r"[▲△]\s?[\uac00-\ud7a3\"“‘'(0-9A-Z]")
MIN_PAIRS = 2


def _asks(text: str) -> bool:
    return (
        len(text) <= MAX_QUESTION_CHARS
        and _QUESTION.match(text) is not None
        and text.endswith(_ASKED)
    )


def _answers(text: str) -> bool:
    return _ANSWER.match(text) is not None


def interview_turns(units: list[Unit]) -> list[Unit]:
    """``units`` with an interview's questions and answers each a turn of its own, story
    text (``Unit.turn``); ``units`` as they are on a page that is no such interview."""
    lines = [line for unit in units for line in unit.lines]
    asked = {
        line.number
        for line, below in zip(lines, lines[1:], strict=False)
        if _asks(line.text) and _answers(below.text)
    }
    if len(asked) < MIN_PAIRS:
        return units
    # each question (the last may have lost its answer where the copy ends), and the
    # answer right under one
    turns = {line.number for line in lines if _asks(line.text)} | {
        line.number
        for above, line in zip(lines, lines[1:], strict=False)
        if above.number in asked
    }
    found: list[Unit] = []
    for unit in units:
        if not any(line.number in turns for line in unit.lines):
            found.append(unit)
            continue
        parts: list[list[Line]] = []
        for line in unit.lines:
            if line.number in turns or not parts:
                parts.append([line])
            else:
                parts[-1].append(line)
        for part in parts:
            if part[0].number in turns:
                found.append(
                    Unit(part, alone=len(part) == 1, kept=unit.kept, turn=True)
                )
            else:
                found.append(Unit(part, unit.caption, len(part) == 1, unit.kept))
    return found
