"""Names that open with a country's name in Korean: the country's parliament ("베트남
국회", "라오스 국회에서"), and a firm whose letters are written onto the country's name
("한국GM과": the carmaker's Korean arm). Not a title glued onto the parliament ("국회의장",
"국회의원"), not "양국 국회" (no country named), not a measure's or a field's initials
written on ("한국GDP", "한국IT": the country's output, its industry)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, Named
from dossier.recognize.tokens import HANGUL_PARTICLES

_PARLIAMENT = re.compile(
    r"(?<![가-힣])(?P<country>[가-힣]{2,6}) 국회(?P<after>[가-힣]*)"
)
_LETTERED = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<country>[가-힣]{2,6})(?P<letters>[A-Z][A-Z&]{1,4})"
    r"(?![A-Za-z0-9&\-])(?P<after>[가-힣]*)"
)
# initials of a measure, a field, a kind of thing or a scheme, no firm's
_NO_FIRM = frozenset(
    (
        *("GDP", "GNI", "GNP", "CPI", "PMI", "FDI", "ODA", "FTA", "CEPA", "EPA", "MOU"),
        *("AI", "IT", "ICT", "IOT", "ESG", "EV", "LNG", "SW", "HW", "TV", "PC", "SNS"),
        *("VR", "AR", "DX", "GX", "CEO", "MBA", "EPS", "VISA", "MICE", "WTO", "UN"),
    )
)
_PARTICLES = frozenset(HANGUL_PARTICLES)


def country_names(text: str) -> Iterator[Named]:
    """(name, "organizations", start, end) of each parliament or lettered firm ``text``
    names after a country's name."""
    for match in _PARLIAMENT.finditer(text):
        after = match["after"]
        if match["country"] in HANGUL_COUNTRIES and (not after or after in _PARTICLES):
            end = match.start("after")
            yield text[match.start() : end], "organizations", match.start(), end
    for match in _LETTERED.finditer(text):
        after = match["after"]
        if (
            match["country"] in HANGUL_COUNTRIES
            and match["letters"] not in _NO_FIRM
            and (not after or after in _PARTICLES)
        ):
            end = match.end("letters")
            yield text[match.start() : end], "organizations", match.start(), end


def with_country_names(text: str, found: list[Named]) -> list[Named]:
    """``found`` with the names of ``text`` that open with a country's, in place of the
    names read inside them."""
    named = list(country_names(text))
    if not named:
        return found
    spans = [(a, b) for _, _, a, b in named]
    kept = [n for n in found if not any(a <= n[2] and n[3] <= b for a, b in spans)]
    return kept + named
