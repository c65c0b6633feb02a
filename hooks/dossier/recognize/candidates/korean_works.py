"""A work's title in quotes: a film, a drama, a show, a webtoon, an album. The registry
files works as cultural initiatives. Korean papers quote a title; what tells a work's
title from any quoted phrase is the medium or the channel before it ("기획영화 ‘…’",
"MBC `…`", "Mnet '…'"), its original title in Latin letters after it ("‘…’(De Hoi
Tinh)"), or what a work has done to it ("`…`에 출연해": appeared on; "‘…’의 속편": the
sequel of)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_bodies import is_body
from dossier.recognize.candidates.korean_kinds import own_kind
from dossier.recognize.tokens import HANGUL

_INITIATIVES = "initiatives"
# a medium, or a channel by its initials, the word before the opening quote
_MEDIA = (
    "영화",
    "드라마",
    "예능",
    "다큐멘터리",
    "다큐",
    "웹툰",
    "시트콤",
    "애니메이션",
    "뮤지컬",
    "앨범",
    "신곡",
    "소설",
    "MBC",
    "KBS",
    "SBS",
    "tvN",
    "Mnet",
    "JTBC",
    "EBS",
    "OCN",
    "2TV",
    "KBS2",
    "넷플릭스",
)
# a title in quotes (backquotes too), then its spelling in Latin letters in brackets
_QUOTED_TITLE = re.compile(
    r"['‘\"“`「《]"
    r"(?P<name>[^'‘’\"“”`「」《》\n]{2,30}?)['’\"”`」》]"
    r"(?:\((?P<latin>[A-Za-z][A-Za-z'’]*(?:\s[A-Za-z'’]+)+)\))?"
    r"(?P<after>(?:에|에서|의|을|를)\s?(?:출연|속편|연출|방영|개봉|주연))?"
)
MAX_TITLE_WORDS = 6
# what ends a quote of speech or of a phrase, not a title: "'…'라고", "“…”이라며"
_QUOTATIVE = re.compile(r"\s?(?:이?라(?:고|며|는|면서)|였|이었|이다)")


def quoted_works(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, "initiatives", start, end) of the titles of works in quotes."""
    if not ("'" in text or "‘" in text or "`" in text or "“" in text or "《" in text):
        return
    for match in _QUOTED_TITLE.finditer(text):
        name = match["name"].strip()
        cued = match["latin"] or match["after"] or _medium_before(text, match.start())
        if not cued or not HANGUL.search(name):
            continue
        # speech after the closing quote or after the brackets ("’(…)라고"), not
        # after what a work has done ("…’의 속편이다")
        spoken = _QUOTATIVE.match(text, match.end("name") + 1) or (
            not match["after"] and _QUOTATIVE.match(text, match.end())
        )
        if len(name.split()) > MAX_TITLE_WORDS or spoken:
            continue
        if own_kind(name) or is_body(name):
            continue  # "영화 '…영화제'", "'…진흥원'(Korea …)": a festival's or a body's
        start = match.start("name") + match["name"].index(name)
        yield name, _INITIATIVES, start, start + len(name)


_LOOK_BACK = 8  # characters before the opening quote the medium is read in


def _medium_before(text: str, opens: int) -> bool:
    """The word before a quote, a space between or none, names a medium or a channel:
    "기획영화 ‘…’", "Mnet '…'"."""
    before = text[max(0, opens - _LOOK_BACK) : opens].rstrip()
    return before.endswith(_MEDIA)
