"""A broadcast script's soundbite: who speaks and what they say, set in square brackets
on a line of its own ("[김민수 / 서울 시민 : 쌀국수가 정말 맛있어요.]"). It ends no
sentence outside its bracket, as a heading does not either, but it is a speaker's turn:
a paragraph."""

from __future__ import annotations

import re

# "[X / role : words.]", "[X/role : … 줍니다. (…)]": a speaker before a colon, then words
# that end a sentence, the bracket closing after them
_SOUNDBITE = re.compile(r"\[[^\[\]:]{2,60}\s:\s[^\[\]]*[.!?。][\"”’)]?\s?\]")


def is_soundbite(text: str) -> bool:
    """A line that is one soundbite in square brackets, its words ended."""
    return _SOUNDBITE.fullmatch(text) is not None
