"""A broadcast script's soundbite: who speaks and what they say, set in square brackets
on a line of its own ("[김민수 / 서울 시민 : 쌀국수가 정말 맛있어요.]"). It ends no
sentence outside its bracket, as a heading does not either, but it is a speaker's turn:
a paragraph. So is a script's soundbite whose speaker stands alone in brackets over his
quoted words, the two joined into one turn ("[김하늘 장관] ″… 느낍니다.″")."""

from __future__ import annotations

import re

from dossier.clean.cue_turns import ARROWED_SOUNDBITE

# "[X / role : words.]", "[X/role : … 줍니다. (…)]": a speaker before a colon, then words
# that end a sentence, the bracket closing after them
_SOUNDBITE = re.compile(r"\[[^\[\]:]{2,60}\s:\s[^\[\]]*[.!?。][\"”’)]?\s?\]")
# "[김하늘 장관] ″… 느낍니다.″": a name and a role in brackets (not a label, "[단독]"), then
# the quoted words, ended
_NAMED_QUOTE = re.compile(
    r"\[[가-힣]{2,4}(?:\s?/\s?|\s)[^\[\]:]{1,30}\]\s[\"“″][^\"“”″]*[.!?。…][\"”″]"
)

# "◀ SYNC ▶ 주베트남 대사 ″… 겁니다.″": an arrowed soundbite cue, its speaker and words
_ARROWED = re.compile(
    rf"{ARROWED_SOUNDBITE}\s?[^″\"“”]{{0,60}}[\"“″][^\"“”″]*[.!?。…][\"”″]"
)


def is_soundbite(text: str) -> bool:
    """A line that is one soundbite in square brackets, its words ended."""
    return bool(
        _SOUNDBITE.fullmatch(text)
        or _NAMED_QUOTE.fullmatch(text)
        or _ARROWED.fullmatch(text)
    )
