"""The header of an archive copy: ``date 2023-06-22``, ``url https://…``, ``title …``
lines before the page, and the page's first line run on after the date."""

from __future__ import annotations

import re

from dossier.clean.dates import find_date

_ARCHIVE_FIELD = re.compile(
    r"\s*(date|url|title|author|source|site|outlet|published|language|lang)\s*[:=]?\s+(\S.*)"
)
_DATE_FIELD_RUN_ON = re.compile(
    r"(?P<field>date\s*[:=]?\s+(?:19|20)\d\d-\d\d(?:-\d\d)?(?:[ T]\d\d:\d\d(?::\d\d)?)?)"
    r"\s+(?P<rest>(?!\d)\S.*)",
    re.IGNORECASE,
)
MIN_RUN_ON_WORDS = 2
MIN_SUMMARY_WORDS = 25  # longer than any title: a summary, though it ends in "..."


def date_field_run_on(line: str) -> tuple[str, str] | None:
    """(the date field, the text run on after it), when the page's first line runs on
    after an archive's date (`` date 2022-10-18 Headline``)."""
    run_on = _DATE_FIELD_RUN_ON.fullmatch(line)
    if run_on and _runs_on(run_on.group("rest")):
        return run_on.group("field"), run_on.group("rest")
    return None


def _runs_on(rest: str) -> bool:
    """Text after an archive's date that is the page's first line, not the archive's own
    cut title (``Samsung to pour $2.5 billion into Vie...``) or section (``NATIONAL``); a
    Vietnamese summary may end in "..." too ("Với việc ký kết …, tỉnh … trong thời gian
    tới ...")."""
    words = len(rest.split())
    return words >= MIN_RUN_ON_WORDS and (
        not rest.endswith(("...", "…")) or words >= MIN_SUMMARY_WORDS
    )


def archive_field(text: str, indented: bool) -> tuple[str, str] | None:
    """``date 2023-06-22`` / ``url https://…`` / ``title …``: the header of an archive copy."""
    match = _ARCHIVE_FIELD.fullmatch(text) if indented or ":" not in text else None
    match = match or re.fullmatch(r"(date|url|title|author|source)\s*:\s*(\S.*)", text)
    if not match:
        return None
    key, value = match.group(1).lower(), match.group(2).strip()
    month = re.fullmatch(r"(?:19|20)\d\d-\d\d", value)  # " date 2025-07": month only
    if key in ("date", "published") and not (find_date(value) or month):
        return None
    if key == "url" and not re.match(r"https?://|www\.", value):
        return None
    return key, value
