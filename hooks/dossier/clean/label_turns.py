"""An interview or a transcript that sets its speaker's label alone on a line, the words
said under it (right under it, or a blank line apart):

    Answer:

    The two countries have worked together since …

    • B (chồng Hàn Quốc):
    Lúc đầu chúng tôi …

The label opens the turn: one paragraph that keeps its speaker ("Answer: The two
countries …"), as a transcript's "NAME: words" turn does; not a paragraph of its own,
nor a line dropped where the page repeats it ("Answer:" under each question). Read only
for a label's shape: an interview's word ("Answer", "Question 2", "Q", "A", "PV",
"Phóng viên", "Hỏi", "Trả lời"), a person named by a letter; each with a role in brackets
or not. (Not an honorific and a name: "Bà Rịa-Vũng Tàu:" is a dateline's place, "Bà Nà
Hills:" and "Mr. Sunshine:" a list's headings.) A page's field ("Source:",
"Từ khóa:", "ID:", "RELATED ARTICLES:") is none of these; and the line under must read
as words said, not a label, a heading or a list's item: a sentence's words, ended (or a
long run of them, the copy cut off). (A transcript's "NAME, Host:" alone is left as it
is: the words after a colon there are read for names as no sentence's opening.)"""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.clean.lines import SPEAKER, Line
from dossier.clean.paragraphs import SENTENCE_END

_WORDS = (
    r"(?i:answer|question(?:\s\d{1,2})?|interviewer|reporter|"
    r"trả\slời|hỏi|đáp|phóng\sviên|pv)|Q|A"
)
_LETTER = r"[A-Z]\s(?=\()"  # "B (chồng Hàn Quốc)": a person the page names by a letter
_ROLE = r"\s?\([^()\n:]{2,40}\)"
_SPEAKER_LABEL = rf"(?:(?:{_WORDS})|{_LETTER})(?:{_ROLE})?\s?:"
LABEL = re.compile(rf"(?:[•-]\s)?{_SPEAKER_LABEL}")
# the same label opening a turn's words ("Answer: The …", "A (vợ): Lúc …"): a speaker,
# never a dateline's place
_OPENING = re.compile(rf"{_SPEAKER_LABEL}\s")
MAX_LABEL_CHARS = 80
MIN_WORDS_SAID = 5
MIN_WORDS_CUT = 15


def opens_with_label(text: str) -> bool:
    """``text`` opens with a speaker's label (its words after it on the line)."""
    return _OPENING.match(text[:MAX_LABEL_CHARS]) is not None


def _label(line: Line | None) -> bool:
    return (
        line is not None
        and len(line.text) <= MAX_LABEL_CHARS
        and LABEL.fullmatch(line.text) is not None
    )


def _said(line: Line | None) -> bool:
    """``line`` reads as a speaker's words: a few words, no label, no turn of its own."""
    return (
        line is not None
        and len(line.text.split()) >= MIN_WORDS_SAID
        and (
            line.text.endswith(SENTENCE_END)
            or len(line.text.split()) >= MIN_WORDS_CUT  # a copy cut off mid-sentence
        )
        and not _label(line)
        and SPEAKER.match(line.text) is None
        and LABEL.match(line.text) is None
    )


def labelled_turns(lines: list[Line | None]) -> list[Line | None]:
    """``lines`` with each speaker's label alone on its line joined to the words under it
    (right under it or past one blank line), the turn numbered by its label's line."""
    found: list[Line | None] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line is not None and index > 0 and _label(line):
            gap = 2 if index + 1 < len(lines) and lines[index + 1] is None else 1
            below = lines[index + gap] if index + gap < len(lines) else None
            if below is not None and _said(below):
                found.append(replace(line, text=f"{line.text} {below.text}"))
                index += gap + 1
                continue
        found.append(line)
        index += 1
    return found
