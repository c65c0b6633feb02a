"""A foreign people's association or a country's farmers' union Korean names by the
country and its head word a word of its own: "필리핀 교민회" (the Filipinos' association
here), "베트남 중앙 농민회" (Viet Nam's central farmers' union). The places it serves open
it, a word of their own or two joined by a sign ("대전–세종 필리핀 교민회", "울산 태국
교민회"). The head alone ("교민회 회원들") or after a word that is no country ("지역
농민회": any area's) names none."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_localities import REGIONS, names_a_place
from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, Named
from dossier.recognize.candidates.morphemes import reads_as_proper
from dossier.recognize.candidates.span_index import in_place_of
from dossier.recognize.tokens import HANGUL_PARTICLES

_COUNTRIES = "|".join(sorted(HANGUL_COUNTRIES, key=len, reverse=True))
_ASSOCIATION = re.compile(
    r"(?<![가-힣])(?:(?P<places>[가-힣]{2,4}(?:[–\-·ㆍ][가-힣]{2,4})?) )?"
    rf"(?P<country>{_COUNTRIES}) (?:중앙 )?(?:교민회|농민회)(?P<after>[가-힣]*)"
)
_PARTICLES = frozenset(HANGUL_PARTICLES)
_SIGNS = re.compile(r"[–\-·ㆍ]")


def associations(text: str) -> Iterator[Named]:
    """(name, "organizations", start, end) of each association of ``text``."""
    for match in _ASSOCIATION.finditer(text):
        if match["after"] and match["after"] not in _PARTICLES:
            continue  # "교민회관": its hall, another word
        places = match["places"]
        start = match.start("country")
        if places and _places(_SIGNS.split(places)):
            start = match.start("places")
        end = match.end("after") - len(match["after"])
        yield text[start:end], "organizations", start, end


def _places(words: list[str]) -> bool:
    """The words name places: Korea's regions ("전남–광주"), two joined by a sign each,
    one alone as a proper noun ("울산"; not "최근", "그는")."""
    if len(words) == 1:
        return words[0] in REGIONS or (
            names_a_place(words[0]) and reads_as_proper(words[0])
        )
    return all(w in REGIONS or names_a_place(w) for w in words)


def with_associations(text: str, found: list[Named]) -> list[Named]:
    """``found`` with the associations of ``text``, in place of the bodies read inside
    them ("필리핀 교민회" of "울산 필리핀 교민회")."""
    named = list(associations(text))
    if not named:
        return found
    read = {n[2:] for n in found if n[1] != "organizations"}  # the same words, typed
    return in_place_of(found, [n for n in named if n[2:] not in read], "organizations")
