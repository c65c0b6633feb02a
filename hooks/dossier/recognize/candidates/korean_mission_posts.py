"""A diplomat's post after the mission they serve: "박노완 주 베트남 한국대사관 공사" (the
embassy's minister). 공사 alone is a public corporation or building work, so the title
is read only right after an embassy's or a consulate's name; the person is the name
before the mission, and "한국대사관 공사" no corporation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_vetting import not_a_name
from dossier.recognize.candidates.korean_words import (
    MAX_NAME_SYLLABLES,
    SURNAMES,
    Named,
    stem,
)
from dossier.text import name_key

# the name, then up to three words ending in the mission's ("주 베트남 한국대사관",
# "주호치민 총영사관"), then the title; each word bounded, so no run can backtrack far
_POSTED = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2,4})\s"
    r"(?:[가-힣]{1,8}\s){0,2}[가-힣]{0,8}(?:대사관|영사관)\s(?P<title>공사[가-힣]{0,2})"
    r"(?![가-힣])"
)
MINISTER = "공사"


def mission_ministers(text: str) -> Iterator[Named]:
    """(name, "leaders", start, end) of each person named before a mission and its
    minister's title."""
    if MINISTER not in text:
        return
    low, high = MAX_NAME_SYLLABLES
    for match in _POSTED.finditer(text):
        name = match["name"]
        if stem(match["title"]) != MINISTER:
            continue
        if not (low <= len(name) <= high and name[0] in SURNAMES):
            continue
        if is_listed_place(name_key(name)):
            continue  # "하노이 한국대사관 공사": the city's
        person = (name, "leaders", match.start("name"), match.end("name"))
        if not not_a_name(text, person, False):
            yield person


def is_ministers_post(name: Named) -> bool:
    """``name`` is a mission and its minister's title read as a corporation: "한국대사관
    공사"."""
    word, kind, _, _ = name
    mission, _, title = word.rpartition(" ")
    return (
        kind == "organizations"
        and title == MINISTER
        and mission.endswith(("대사관", "영사관"))
    )
