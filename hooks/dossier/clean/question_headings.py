"""A section's heading asked as a question: "Why Vietnam?", "Vietnam: the perfect
host?", "How did the trend begin?" on a line of its own between paragraphs, the answer
told in the paragraphs under it. Not a speaker's turn ("ANCHOR: …?", a transcript's
paragraph), not one asking the reader ("Do you think …?"), not a quoted question ("“Are
they …?”", someone's words), and not in Korean, whose stories ask their readers one as a
paragraph ("그렇다면 … 있을까?")."""

from __future__ import annotations

import re

from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit

MAX_QUESTION_WORDS = 14
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# (an apostrophe inside a word is no quote: "What’s next?"); a dialogue's dash opening it
_QUOTE_OR_MARK = re.compile(r"[\"“”«»*]|^[‘'—–-]|\s[‘']")
# "Do you think the office will change anything?", "Bạn có biết …?": the story asking its
# reader
_TO_THE_READER = re.compile(
    r"\b(?:you|your|yours|bạn|các bạn|quý vị|quý độc giả)\b", re.IGNORECASE
)
# "DANA WHITFIELD: And is this …?", "Q: Why …?", "Minister Lee: Why not …?": a speaker's
# turn, an interview's question (not "Vietnam: the perfect host?", a heading's two parts)
_SPEAKER = re.compile(  # (a speaker's words open with a capital)
    r"^(?:[A-Z][A-Z.'’ -]{0,30}:\s|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)+:\s(?=[A-Z]))"
)


# "Q: Why did you choose Korea?", "▲Tell us why you applied …": a question put to the
# one interviewed by its label, or a request marked as an interview's question
_LABELLED = re.compile(
    r"^Q\d{0,2}\s?[:.)]\s?\S.*\?$|^[▲■◆]\s?\S.*\b(?:you|your)\b", re.I
)
# "… Is there something you want people to know?": one speaking to the guest
_YOU = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
# "At that meeting, we vote …": the answer in the guest's own voice (outside quotes: not
# "“We are ready,” he said.")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us)\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
MAX_PUT_WORDS = 40
# "Xin Tổng thống cho biết …?", "Thưa ông, …?": a Vietnamese interviewer's polite request
# or address to the guest, a question put to them (an answer follows), never a heading;
# "Xin" is also "apply for": "Xin visa lao động cần những giấy tờ gì?" heads a guide's
# section, so "Xin" asks only with the guest named or "cho biết"/"chia sẻ" (tell, share)
_PUT_TO_GUEST = re.compile(
    r"^Thưa\s|^Xin\s(?:(?:ông|bà|anh|chị|Ngài|Tổng|Thủ|Bộ|Đại|Chủ|Phó|Giáo|giáo|Tiến)\b"
    r"|[^?]{0,80}\b(?:cho\sbiết|chia\ssẻ)\b)"
)


def _asks(unit: Unit) -> bool:
    text = unit.text.strip()
    return (
        len(unit.lines) == 1
        and len(text.split()) <= MAX_PUT_WORDS
        and text.endswith("?")
    )


def _answered(units: list[Unit], index: int) -> bool:
    """A question with a paragraph under it that answers in the first person."""
    below = units[index + 1] if index + 1 < len(units) else None
    return (
        below is not None
        and not _asks(below)
        and paragraph_like(below)
        and _FIRST_PERSON.search(_QUOTED.sub("", below.text)) is not None
    )


def in_an_interview(units: list[Unit], index: int) -> bool:
    """The page is an interview, its questions its paragraphs: a question labelled as one
    put to the guest ("Q: …", "▲Tell us …"), or one speaking to them ("What does it do?
    Is there something you want …?") that they answer in their own voice ("… we vote
    …"), among two or more questions each answered ("How many members does the
    association have?"). Not an explainer's questions with one to the reader among them
    ("Can you apply from Vietnam?" over "No. Applicants must …"), nor a call to readers
    closing the page ("Have you worked on …?")."""
    others = [i for i in range(len(units)) if i != index]
    if any(
        len(units[i].lines) == 1
        and len(units[i].text.split()) <= MAX_PUT_WORDS
        and _LABELLED.match(units[i].text.strip())
        for i in others
    ):
        return True
    turns = [
        i
        for i in range(len(units))
        if _asks(units[i]) and i + 1 < len(units) and paragraph_like(units[i + 1])
    ]
    return len(turns) >= 2 and any(
        _YOU.search(units[i].text) and _answered(units, i) for i in turns if i != index
    )


def is_question_heading(units: list[Unit], index: int) -> bool:
    """One line of a few words ending in a question mark, no quote, a paragraph under it
    (the answer), not the page's first line."""
    unit = units[index]
    text = unit.text.strip()
    below = units[index + 1] if index + 1 < len(units) else None
    return (
        index > 0
        and len(unit.lines) == 1
        and not unit.caption
        and text.endswith("?")
        and len(text.split()) <= MAX_QUESTION_WORDS
        and text.count("?") == 1
        and _QUOTE_OR_MARK.search(text) is None
        and _HANGUL.search(text) is None
        and _SPEAKER.match(text) is None
        and _TO_THE_READER.search(text) is None
        and _PUT_TO_GUEST.match(text) is None
        and below is not None
        and paragraph_like(below)
        and not in_an_interview(units, index)
    )
