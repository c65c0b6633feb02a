"""A Korean paper's interview printed question by answer ("일문일답"): each question opens
with a dash, each answer with a triangle, the page's mark for a caption elsewhere:

    -- 두 나라의 교류는 어떤가.
    ▲ 교역액이 크게 늘었다. …
    -교민 규모는?
    △호찌민에 10만 명이 산다.

Each question and each answer is story text, a paragraph of its own (a turn, as a
transcript's speaker's), not a caption: where a question and its answer share a block
(no blank line between), they part. Read only on a page that puts two questions or more
that read as questions ("…?", "…어떤가.", "…말해달라.") each over its answer: a page's
dashed points ("- 도는 … 한다.") over pictures' captions are no interview. A picture's
caption ("… (사진=X)", "… /경남도", "…하고 있다") is never an answer: a question's
answer is the first triangle under it past such captions, which stay captions. Once the
page is an interview, a dashed line right over an answer in its block is a question
however it ends ("-- 마지막으로 한마디")."""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.clean.lines import Line
from dossier.clean.units import Unit

# "-- 교류현황에 대해 말해달라.", "-교민은 규모는?": the interviewer's question or request
_QUESTION = re.compile(r"-{1,2}\s?[\uac00-\ud7a3\"“‘'(]")
MAX_QUESTION_CHARS = 200
# a line that reads as a question: "…?", "…어떤가.", "…무엇인가.", "…왔나.", "…말해달라."
_ASKS = re.compile(r"(?:\?[”\")’']?\)?|(?:[가까나냐니]|는지|달라|주시죠)\.)$")
# "▲ 양국간 교역액은 …", "△호찌민 교민 …": the answer
_ANSWER = re.compile(r"[▲△]\s?[\uac00-\ud7a3\"“‘'(0-9A-Z]")
# a picture's caption, never an answer: "(사진=X)", "사진 X 제공", "ⓒX", "… /경남도",
# an unended scene, "… 기념촬영을 하고 있다" (an answer ending "…하고 있다." is one)
_CREDITED = re.compile(
    r"사진\s?=|\(사진|제공\)?$|[ⓒ©]|\s/\s?[\uac00-\ud7a3A-Za-z]{2,12}$|하고 있다$"
)
MIN_PAIRS = 2
MAX_SKIPPED = 2  # captions a question's answer may stand under


def _dashed(text: str) -> bool:
    return len(text) <= MAX_QUESTION_CHARS and _QUESTION.match(text) is not None


def _asks(text: str) -> bool:
    return _dashed(text) and _ASKS.search(text) is not None


def _answers(text: str) -> bool:
    return _ANSWER.match(text) is not None and _CREDITED.search(text) is None


def _answer_under(lines: list[Line], index: int) -> Line | None:
    """The answer to the question ``lines[index]``: the next line, past a picture's
    caption or two, that opens with a triangle and is no caption."""
    for line in lines[index + 1 : index + 2 + MAX_SKIPPED]:
        if _answers(line.text):
            return line
        if _ANSWER.match(line.text) is None:
            return None  # the story's text or the next question
    return None


def interview_turns(units: list[Unit]) -> list[Unit]:
    """``units`` with an interview's questions and answers each a turn of its own, story
    text (``Unit.turn``); ``units`` as they are on a page that is no such interview."""
    lines = [line for unit in units for line in unit.lines]
    answered = {
        index: answer
        for index, line in enumerate(lines)
        if _asks(line.text) and (answer := _answer_under(lines, index)) is not None
    }
    if len(answered) < MIN_PAIRS:
        return units
    # each question (the last may have lost its answer where the copy ends), the answer
    # under one, and any dashed line right over an answer in its block
    turns = {line.number for line in lines if _asks(line.text)}
    turns |= {answer.number for answer in answered.values()}
    for unit in units:
        for above, line in zip(unit.lines, unit.lines[1:], strict=False):
            if _dashed(above.text) and _answers(line.text):
                turns |= {above.number, line.number}
    found: list[Unit] = []
    for unit in units:
        if not any(line.number in turns for line in unit.lines):
            found.append(unit)
            continue
        parts: list[list[Line]] = []
        for line in unit.lines:
            if line.number in turns or not parts or parts[-1][0].number in turns:
                parts.append([line])
            else:
                parts[-1].append(line)
        for part in parts:
            turn = part[0].number in turns
            found.append(
                replace(
                    unit,
                    lines=part,
                    caption=unit.caption and not turn,
                    alone=len(part) == 1,
                    turn=turn,
                )
            )
    return found
