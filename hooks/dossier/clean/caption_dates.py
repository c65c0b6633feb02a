"""The date a Korean paper sets in a photo's caption beside the picture's credit, the
day the picture was filed: "… 기념 촬영을 하고 있다. ⓒ한빛일보 2023.06.04." (the paper's
mark, then the date), "… 찍고 있다.2018.04.20/한빛포스트" (the date, then the paper after
a slash), "… [사진=한빛시] 2023.02.16 kim@example.com" (the picture's source in
brackets, then the date and the reporter's address). It dates the article only where the
page states no other date (a story's own date line always comes first), and only where
the lead names the same day ("… 협약을 체결했다고 4일 밝혔다"): a picture from the files
("[사진=…] 2025.08.01" over a lead on "11일") is older than the story."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dossier.clean.dates import find_date
from dossier.model import Passage

_DATE = r"\d{4}\.\d{1,2}\.\d{1,2}\.?"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_CREDITED_DATE = (
    # "ⓒ한빛일보 2023.06.04.": the paper's mark, then the date, closing the caption
    re.compile(rf"[ⓒ©]\s?[가-힣A-Za-z]{{2,20}}\s+(?P<date>{_DATE})$"),
    # "…있다.2018.04.20/한빛포스트": the date, then the paper after a slash
    re.compile(rf"(?P<date>{_DATE})\s?/\s?[가-힣A-Za-z]{{2,20}}$"),
    # "[사진=한빛시] 2023.02.16 kim@example.com": the picture's source, then the date
    re.compile(
        rf"[\[(](?:사진|자료|제공|사진제공)\s?[=:]\s?[^\])]{{1,30}}[\])]\s*"
        rf"(?P<date>{_DATE})(?:\s+{_EMAIL})?\s*\|?$"
    ),
)


def caption_date(passages: Sequence[Passage]) -> str | None:
    """The date the first caption with a credited date gives (``2023-06-04``) when the
    lead names its day (``4일``), or None."""
    lead = next((p.text for p in passages if p.kind == "paragraph"), "")
    for passage in passages:
        if passage.kind != "caption":
            continue
        text = passage.text.strip()
        for shape in _CREDITED_DATE:
            if (found := shape.search(text)) and (date := find_date(found["date"])):
                day = int(date[-2:])
                return date if re.search(rf"(?<!\d){day}일", lead) else None
    return None
