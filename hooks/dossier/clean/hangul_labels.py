"""A line in Hangul alone on a page whose story is in Latin script: a label of the page
(a Korean site's menu, its buttons), never story text. The one that signs and dates the
post ("김은정 / 2021-10-12 15:23:01": the writer's name in Hangul, a slash or a bar, then
the day and perhaps its time) still dates the page; its name is not read as the writer,
whom the story's own byline names in letters ("By Kim Eun-jung")."""

from __future__ import annotations

import re

from dossier.clean.dates import CLOCK_AFTER, YEAR_FIRST, find_date
from dossier.text import KOREAN_SURNAMES, words_of

REASON = "page label in Hangul (the story is in Latin script)"
# the name (perhaps "기자", reporter, after it), the mark between, the numeric date and
# perhaps its time: the line is only that
_SIGNED_DATE = re.compile(
    r"(?P<name>[가-힣]{2,4})(?:\s?(?:기자|특파원))?\s*[/|·]\s*"
    rf"(?P<date>{YEAR_FIRST}){CLOCK_AFTER}"
)


# a person signs the label, not a photo's or a source's credit ("자료사진 / 2015-03-01",
# "연합뉴스 / …", "출처 | …"): a Korean surname opens the name (one syllable, or two)
_COMPOUND_SURNAMES = frozenset(words_of("황보 남궁 제갈 선우 독고"))
# words that open such a credit and are no name, though a surname's syllable opens them
_CREDIT_WORDS = words_of("사진 자료 출처 제공 연합 뉴시스 뉴스 기사 행사")


def label_date(text: str) -> str | None:
    """The day a signed and dated label states ("김은정 / 2021-10-12 15:23:01"), else
    None: the name a Korean surname and a given name, no credit's word."""
    signed = _SIGNED_DATE.fullmatch(text.strip())
    if not signed or not _is_name(signed["name"]):
        return None
    return find_date(signed["date"])


def _is_name(name: str) -> bool:
    return (
        2 <= len(name) <= 4
        and (name[0] in KOREAN_SURNAMES or name[:2] in _COMPOUND_SURNAMES)
        and not any(word in name for word in _CREDIT_WORDS)
    )
