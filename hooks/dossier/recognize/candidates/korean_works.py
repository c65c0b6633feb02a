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
# what glues onto a medium's word and keeps it one ("기획영화", "한국영화", "주말드라마",
# "정규앨범"); any other syllable makes another word of it ("민영화": privatisation)
_GLUED_TO_MEDIUM = (
    "기획",
    "합작",
    "독립",
    "단편",
    "장편",
    "예술",
    "상업",
    "공포",
    "가족",
    "신작",
    "인기",
    "주말",
    "일일",
    "미니",
    "대하",
    "웹",
    "정규",
    "음악",
    "한국",
    "베트남",
    "한베",
    "개봉",
    "흥행",
    "TV",
    "KBS",
)
# a work's word in the sentence after a title glossed in Latin letters
_WORK_WORD = re.compile(
    r"개봉|방영|상영|출연|주연|연출|촬영|제작|흥행|관객|시청자|방송|감독|원작|작품|"
    r"(?<![민국공])영화|드라마|앨범|공연|연재"
)
_WORK_REACH = (
    40  # characters round the quote and brackets the work's word is looked for in
)
# a programme quoted as the source: "‘…’에 따르면", "‘…’ 보도에 따르면", "‘…’의 보도"
_SOURCE_AFTER = re.compile(r"\s?(?:[이가은는의에]\s?)?(?:따르면|보도)")
# what ends a quote of speech or of a phrase, not a title: "'…'라고", "“…”이라며"
_QUOTATIVE = re.compile(r"\s?(?:이?라(?:고|며|는|면서)|였|이었|이다)")


def quoted_works(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, "initiatives", start, end) of the titles of works in quotes."""
    if not ("'" in text or "‘" in text or "`" in text or "“" in text or "《" in text):
        return
    for match in _QUOTED_TITLE.finditer(text):
        name = match["name"].strip()
        cued = (
            match["after"]
            or _medium_before(text, match.start())
            or (match["latin"] and _work_word_near(text, match.start(), match.end()))
        )
        if not cued or not HANGUL.search(name):
            continue
        if _SOURCE_AFTER.match(text, match.end("name") + 1):
            continue  # "KBS ‘뉴스9’에 따르면": the news's source
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
    word = before.split()[-1].lstrip("([<") if before.split() else ""
    medium = next((m for m in _MEDIA if word.endswith(m)), "")
    glued = word[: len(word) - len(medium)]
    return bool(medium) and (not glued or glued.endswith(_GLUED_TO_MEDIUM))


def _work_word_near(text: str, opens: int, end: int) -> bool:
    """A work's word near a title's Latin spelling, in its sentence: "…(Bien Goi)가
    개봉했다", "기획영화 ‘…’(…), ‘…’(…) 등 두 편"."""
    after = text[end : end + _WORK_REACH]
    stop = after.find(". ")
    before = text[max(0, opens - _WORK_REACH) : opens]
    before = before[before.rfind(". ") + 1 :]
    return (
        _WORK_WORD.search(before + " " + (after if stop < 0 else after[:stop]))
        is not None
    )
