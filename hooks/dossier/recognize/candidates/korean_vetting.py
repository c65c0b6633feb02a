"""Whether what the rules took for a Korean name reads as one: the model of Korean words
(morphemes.py) says "이에" (this, to), "서비스를" or "특히 협약" is none."""

from __future__ import annotations

import re

from dossier.recognize.candidates.korean_purposes import ABOUT
from dossier.recognize.candidates.korean_titled import compound_titled
from dossier.recognize.candidates.korean_words import GLUED_NAME, Named, stationed_in
from dossier.recognize.candidates.morphemes import (
    is_noun_phrase,
    is_noun_word,
    is_person_name,
)
from dossier.recognize.tokens import HANGUL

# "…의 날", "…방문의 해": a day's or a year's topic, whose 의 is read as the last word's
_DAY_S = re.compile(r"의\s?[날해]$")
# "제9회 …", "제2차 …": an event's numbered edition, which opens its name; the model
# reads a game's name as a verb's ("연날리기": 날리 + 기)
_NUMBERED = re.compile(r"제\s?\d{1,3}\s?[회차]\s")
_RESIDENT_APART = re.compile(r"주\s(?=[가-힣])")
# "… 관한 양해각서", "… 위한 전략적 양해각서": what an agreement is about, before its words
_ABOUT_IN = re.compile(rf"^.{{2,30}}?[가-힣] (?:{'|'.join(ABOUT)}) ")


def not_a_name(text: str, name: Named, cued: bool) -> bool:
    """A word the rules took for a name that the words of the language say is none:
    "이에" (this, to), "서비스를", "특히 협약"; "주부산" is a post in Busan, no person.
    A name of three syllables that a title beside its brackets vouches for (``cued``:
    "(교장:오경자)", "(강종식원장)", "이성헌(사진 왼쪽) 구청장") need only be read as
    nouns, for the model reads many a name it does not know as a common noun."""
    word, kind, start, end = name
    # "군사정보보호에 관한 양해각서": the agreement's own words; "주 호치민 총영사관": the
    # mission's, after 주 (resident in)
    if about := _ABOUT_IN.search(word) or _RESIDENT_APART.match(word):
        start += about.end()
    if kind != "leaders":
        if _NUMBERED.match(word):
            return False  # "제9회 … 연날리기 행사": its edition vouches for it
        if day := _DAY_S.search(word):  # "베트남 여성의 날": its 의 the name's own
            end -= len(day.group()) - 1
        return HANGUL.search(word) is not None and not is_noun_phrase(text, start, end)
    if " " in word:
        return False  # "또 티 빗 응옥": the model has no Vietnamese
    posted = stationed_in(word)
    if cued and len(word) == GLUED_NAME and is_noun_word(text, start, end):
        return posted
    if compound_titled(text, start, end):  # "이재수 춘천시장": the title vouches for it
        return posted
    return posted or not is_person_name(text, start, end)
