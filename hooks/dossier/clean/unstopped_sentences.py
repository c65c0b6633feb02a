"""A Korean sentence whose full stop the page lost ("… 하노이를 찾겠다며 웃었다"): story,
though it ends no sentence by its punctuation.

Under the story's last paragraph, a line of Korean ending as a sentence ends, in the plain
form a story is told in ("… 웃었다", "… 예정이다"), or closing a quote ("… 고향입니다”"),
long enough to be a sentence, is the story's last paragraph, not the page's foot: foot
furniture speaks to the reader politely ("… 볼 수 있습니다", "… 남겨주세요") or ends in
a noun ("이전 기사", "무단전재 및 재배포 금지").
"""

from __future__ import annotations

import re

from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit

# "… 웃었다", "… 전망이다", "… 해요", "… 그렇죠": a plain or familiar ending, not the
# polite notice's "…니다" or the request's "…세요"; any of them closing a quote
_PLAIN_END = re.compile(r"[\uac00-\ud7a3](?<![니세])[다요죠]$")
_QUOTED_END = re.compile(r"[\uac00-\ud7a3][다요죠][\"”’]$")
# "삼성, 베트남에 공장 짓는다": a headline is often shorter
MIN_SENTENCE_WORDS = 5
MAX_GAP = 4  # lines from the paragraph above: blank lines between, at most three
_FURNITURE_OPENERS = ("[", "<", "(", "▶", "☞", "- ", "• ", "· ", "※")


def ends_korean_sentence(text: str) -> bool:
    """A line of Korean long enough to be a sentence, ending as one ends (see the module)."""
    text = " ".join(text.split())
    return (
        len(text.split()) >= MIN_SENTENCE_WORDS
        and not text.startswith(_FURNITURE_OPENERS)
        and not text.split()[0].endswith(",")  # "삼성, 베트남에 …": a headline's topic
        and "|" not in text
        and bool(_PLAIN_END.search(text) or _QUOTED_END.search(text))
    )


def unstopped_under_story(units: list[Unit], index: int) -> bool:
    """The unit stands right under the story's paragraph and is a Korean sentence whose
    full stop was lost: the story's last paragraph (not the first of a list below it)."""
    if index < 1:
        return False
    unit, above = units[index], units[index - 1]
    return (
        not unit.caption
        and len(unit.lines) == 1
        and paragraph_like(above)
        and unit.number <= above.lines[-1].number + MAX_GAP
        and ends_korean_sentence(unit.text)
    )
