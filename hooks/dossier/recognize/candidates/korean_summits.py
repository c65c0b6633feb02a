"""International meetings Korean names by the body that holds them: "APEC 정상회의",
"G20 정상회의", "FEALAC 외교장관회의", "국제의회연맹(IPU) 총회", "경주 아시아태평양경제협력체
(APEC) 정상회의", "유엔총회". The body's initials (or its Korean name, its initials in
brackets after it) then the meeting's noun: a summit, a ministers' meeting, a general
assembly; a listed place before it is the edition's ("경주 …"). The initials alone are
no body there: the meeting is the name ("APEC" of "APEC 정상회의")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import Named
from dossier.recognize.tokens import HANGUL_PARTICLES
from dossier.text import name_key

# a summit, a (foreign, trade, …) ministers' meeting, a general assembly
_HEAD = r"(?:특별)?정상회의|[가-힣]{0,4}장관회의|각료회의|(?:연차\s?)?총회"
# the body: its initials ("APEC", "G20", "P4G"), with a gloss in brackets or none; or its
# Korean name with its initials in brackets ("아시아태평양경제협력체(APEC)",
# "동아시아국가연합(아세안·ASEAN)"); or an international body Korean names alone
_SUMMIT = re.compile(
    r"(?<![\w&\-–·ㆍ‧./])"
    r"(?P<body>[A-Z][A-Z0-9]{1,7}(?:\([^()]{1,15}\))?"
    r"|[가-힣]{3,20}\((?:[가-힣]{1,8}[·,]\s?)?[A-Z][A-Z0-9]{1,7}\)"
    r"|(?:유엔|유네스코|세계보건기구|국제노동기구|국제원자력기구|세계무역기구))"
    rf"\s?(?P<head>{_HEAD})"
)
_PARTICLES = frozenset(HANGUL_PARTICLES)
_HANGUL_RUN = re.compile(r"[가-힣]*")
_PLACE_BEFORE = re.compile(r"(?<![가-힣])(?P<place>[가-힣]{2,6}) $")
# the kinds of names read inside a meeting's, which it replaces: its body
# ("국제의회연맹"), a scrap of it ("외교장관회의"); not its place ("경주")
_REPLACED = frozenset(("organizations", "events"))


def summits(text: str) -> Iterator[Named]:
    """(name, "events", start, end) of each meeting named by its body in ``text``."""
    for match in _SUMMIT.finditer(text):
        end = match.end()
        tail = _HANGUL_RUN.match(text, end).group()
        if tail and tail not in _PARTICLES:
            continue  # "총회장", "정상회의장": its president, its venue
        start = match.start()
        before = _PLACE_BEFORE.search(text, max(0, start - 7), start)
        if before and is_listed_place(name_key(before["place"])):
            start = before.start()  # "경주 APEC 정상회의": the edition's city
        yield text[start:end], "events", start, end


def with_summits(
    text: str, found: list[Named]
) -> tuple[list[Named], list[tuple[int, int]]]:
    """``found`` with the meetings of ``text`` in place of the bodies and scraps read
    inside them, and the meetings' spans (where no name in letters stands alone)."""
    meetings = list(summits(text))
    if not meetings:
        return found, []
    spans = [(a, b) for _, _, a, b in meetings]
    kept = [
        n
        for n in found
        if not (n[1] in _REPLACED and any(a <= n[2] and n[3] <= b for a, b in spans))
    ]
    return kept + meetings, spans
