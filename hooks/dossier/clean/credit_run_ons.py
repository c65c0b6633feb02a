"""A page's credits run on into what stands beside them on one line, cut apart so that
each part is read as what it is (called from ``run_ons.run_on_parts``):

- the page's labelled stamp, a dash, then the story's lead: "23 November 2017 Last
  updated at 21:55 PM - The exchange opened in the city today …" (not a timeline's or a
  live blog's entry, "December 21, 1992 10:00 AM - Foreign ministers signed …", which
  keeps its time: no label);
- a writer's address in brackets, the date run on after it with no space: "Hoàng Lan
  (lan@example.com)09:38 06-02-2025";
- a title, then its writer after "By :" with the writer's affiliation in brackets, then
  perhaps the series' number: "Two Decades of Ties By : Jane Roe (Example Institute)
  Example Series: 2017-62".
"""

from __future__ import annotations

import re

from dossier.clean.bylines import EMAIL, PERSON
from dossier.clean.dates import is_date_line

# (the date part: from the line's start up to its clock, an a.m. or p.m. and a time zone)
_DATE_THEN_LEAD = re.compile(
    r"(.{6,80}?\d{1,2}:\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?"
    r"(?:\s?\(?(?:GMT|UTC|ICT|KST)\s?[+-]?\d{0,2}\)?)?)\s+[-–—]{1,2}\s+(?=[A-ZÀ-ỸĐ“\"])"
)
MIN_LEAD_WORDS = 8  # words after the dash: a story's lead, not a title
# the page's own stamp says what it is ("Last updated at", "Posted"): a timeline's or a
# live blog's entry ("December 21, 1992 10:00 AM - Foreign ministers …") keeps its time
_STAMP_LABEL = re.compile(
    r"(?i:\b(?:last updated|updated|posted|published|cập nhật|đăng lúc|ngày đăng)\b)"
)
_ADDRESS_THEN_DATE = re.compile(
    rf"(\(\s*{EMAIL}\s*\))(?=\d{{1,2}}:\d\d|\d{{1,4}}[-./]\d{{1,2}}[-./]\d)"
)
_TITLE_THEN_BYLINE = re.compile(
    rf"(?<=\S)\s+(By\s?:\s*{PERSON}\s*\([^()]{{2,60}}\))(?:\s+(?=\S)|$)"
)


def credit_parts(text: str) -> str:
    """``text`` with a line break where a credit runs on into the text beside it (each
    of its lines read alone: "by VOV" was cut from the date before)."""
    return "\n".join(map(_cut, text.split("\n")))


def _cut(text: str) -> str:
    if ":" in text[:100] and (dated := _DATE_THEN_LEAD.match(text)):
        lead = text[dated.end() :]
        if (
            len(lead.split()) >= MIN_LEAD_WORDS
            and _STAMP_LABEL.search(dated.group(1))
            and is_date_line(dated.group(1))
        ):
            text = f"{dated.group(1)}\n{lead}"
    if "@" in text:
        text = _ADDRESS_THEN_DATE.sub(lambda m: f"{m.group(1)}\n", text, count=1)
    if "By" in text:
        text = _TITLE_THEN_BYLINE.sub(lambda m: f"\n{m.group(1)}\n", text, count=1)
    return text.rstrip("\n")
