"""International meetings Korean names by the body that holds them: "APEC 정상회의",
"G20 정상회의", "FEALAC 외교장관회의", "국제의회연맹(IPU) 총회", "아시아태평양경제협력체
(APEC) 정상회의", "유엔총회". The body's initials (or its Korean name, its initials in brackets after it)
then the meeting's noun: a summit, a ministers' meeting; a general assembly only of a
listed international body (an association's, a party's or a firm's 총회 is its own).
The initials alone are no body there: the meeting is the name ("APEC" of "APEC 정상회의").
A listed city before it is the meeting's only where the text says it is held there
("열리는 경주 APEC 정상회의"); else it is left apart ("인천 APEC 정상회의 유치": a bidder)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import Named
from dossier.recognize.candidates.span_index import covering
from dossier.recognize.tokens import HANGUL_PARTICLES
from dossier.text import name_key

# a summit, a (foreign, trade, …) ministers' meeting, a general assembly
_HEAD = (
    r"(?:특별)?정상회의|[가-힣]{0,4}장관회의|각료회의|(?P<assembly>(?:연차\s?)?총회)"
)
# the international bodies whose general assembly is a meeting of states: the UN family,
# the Inter-Parliamentary Union (by their Korean names or their initials)
_INTERNATIONAL = frozenset(
    (
        "유엔",
        "유네스코",
        "세계보건기구",
        "국제노동기구",
        "국제원자력기구",
        "세계무역기구",
        "국제의회연맹",
        "UN",
        "UNESCO",
        "WHO",
        "ILO",
        "IAEA",
        "WTO",
        "IPU",
    )
)
_BODY_PARTS = re.compile(r"[가-힣]+|[A-Z][A-Z0-9]+")
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
# what follows a meeting's name glued on: a particle ("…정상회의에서"), 차 "for"
# ("…정상회의차 출국"), the copula ("…정상회의인 만큼", "…정상회의였다"); not a noun of
# its own ("총회장", "정상회의장": its president, its venue)
_ENDINGS = (
    *(p for p in HANGUL_PARTICLES if len(p) > 1),
    *("차", "인", "이다", "였", "이었", "이자", "에선"),
)
_HANGUL_RUN = re.compile(r"[가-힣]*")
# the host city, after the verb that says the meeting is held there ("열리는 경주 …")
_HELD_IN = re.compile(
    r"(?:열리는|열린|열릴|개최되는|개최된|개최될) (?P<place>[가-힣]{2,6}) $"
)
# the kinds of names read inside a meeting's, which it replaces: its body
# ("국제의회연맹"), a scrap of it ("외교장관회의"); not its place ("경주")
_REPLACED = frozenset(("organizations", "events"))


def summits(text: str) -> Iterator[Named]:
    """(name, "events", start, end) of each meeting named by its body in ``text``."""
    for match in _SUMMIT.finditer(text):
        end = match.end()
        tail = _HANGUL_RUN.match(text, end).group()
        if tail and tail not in _PARTICLES and not tail.startswith(_ENDINGS):
            continue  # "총회장", "정상회의장": its president, its venue
        if match["assembly"] and not any(
            part in _INTERNATIONAL for part in _BODY_PARTS.findall(match["body"])
        ):
            continue  # "…상공인연합회(KOCHAM) 총회", "비나밀크(VNM) 연차 총회": its own
        start = match.start()
        held = _HELD_IN.search(text, max(0, start - 12), start)
        if held and is_listed_place(name_key(held["place"])):
            start = held.start("place")  # "열리는 경주 APEC 정상회의": its host city
        yield text[start:end], "events", start, end


def with_summits(
    text: str, found: list[Named]
) -> tuple[list[Named], list[tuple[int, int]]]:
    """``found`` with the meetings of ``text`` in place of the bodies and scraps read
    inside them, and the meetings' spans (where no name in letters stands alone)."""
    meetings = list(summits(text))
    if not meetings:
        return found, []
    spans = [(a, b) for _, _, a, b in meetings]  # in order: found left to right
    inside = covering(tuple(spans))
    # a body read inside, or over the city and the body ("경주 아시아태평양경제협력체")
    kept = [n for n in found if not (n[1] in _REPLACED and inside(n[3] - 1, n[3]))]
    return kept + meetings, spans
