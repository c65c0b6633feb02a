"""A line in Hangul alone on a page whose story is in Latin script: a label of the page
(a Korean site's menu, its buttons), never story text. The one that signs and dates the
post ("김은정 / 2021-10-12 15:23:01": the writer's name in Hangul, a slash or a bar, then
the day and perhaps its time) still dates the page; its name is not read as the writer,
whom the story's own byline names in letters ("By Kim Eun-jung")."""

from __future__ import annotations

import re

from dossier.clean.dates import find_date

REASON = "page label in Hangul (the story is in Latin script)"
# the name (perhaps "기자", reporter, after it), the mark between, the numeric date and
# perhaps its time: the line is only that
_SIGNED_DATE = re.compile(
    r"[가-힣]{2,4}(?:\s?(?:기자|특파원))?\s*[/|·]\s*"
    r"(?P<date>(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2})(?:\s+\d{1,2}:\d\d(?::\d\d)?)?"
)


def label_date(text: str) -> str | None:
    """The day a signed and dated label states ("김은정 / 2021-10-12 15:23:01"), else
    None."""
    signed = _SIGNED_DATE.fullmatch(text.strip())
    return find_date(signed["date"]) if signed else None
