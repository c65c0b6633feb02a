"""Scholarships Vietnamese names by their giver or their own name after the word for a
scholarship, in lower case or capitalised: "học bổng KF-Samsung", "học bổng toàn cầu
Wooduk" (global), "Học bổng Baemin Kim Bong-jin", "học bổng Chính phủ (GKS)" (the
government's, with its short form). A country or a school after the word gives who pays,
no name ("học bổng Hàn Quốc", "học bổng Đại học Seoul": the university is the name)."""

from __future__ import annotations

import re

from dossier.places import is_country, is_listed_place
from dossier.recognize.candidates.vietnamese_heads import HEAD
from dossier.text import name_key

# a word opening with a capital letter, of ASCII or of the Vietnamese alphabet
_UPPER = "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
_CAPITALISED = rf"[A-Z{_UPPER}][\w’'-]*"
# the word, what kind of scholarship, then the name: capitalised words, "Chính phủ" (the
# government, one word of two syllables; "KF - Samsung", a dash spaced), and a short form
# in brackets after them
_SCHOLARSHIP = re.compile(
    r"(?<![\w’'-])[Hh]ọc[ \t]+bổng(?:[ \t]+(?:toàn[ \t]+cầu|toàn[ \t]+phần|quốc[ \t]+tế))?"
    rf"(?P<named>(?:[ \t]+(?:Chính[ \t]+phủ|{_CAPITALISED}(?:[ \t]?-[ \t]?{_CAPITALISED})?)){{1,6}})"
    r"(?:[ \t]*\([A-Z][A-Za-z]{1,5}\))?"
)
# a word before that makes the scholarship part of a longer name: its fund, its
# ceremony ("Quỹ Học bổng Lotte", "Lễ trao Học bổng …")
_SPACED_DASH = re.compile(r"[ \t]?-[ \t]?")
_INSIDE_BEFORE = re.compile(r"(?:Quỹ|Lễ[ \t]+trao)[ \t]+$")


def scholarships(text: str) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each scholarship named after its word."""
    found = []
    for match in _SCHOLARSHIP.finditer(text):
        if _INSIDE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue
        opening = (
            match.start("named") + len(match["named"]) - len(match["named"].lstrip())
        )
        if HEAD.match(text, opening):
            continue  # a school or a body after it: "học bổng Đại học …"
        if is_country(match["named"]) or is_listed_place(name_key(match["named"])):
            continue  # who pays: "học bổng Hàn Quốc"
        name = _SPACED_DASH.sub("-", match.group())  # "KF - Samsung": "KF-Samsung"
        found.append((name, "initiatives", match.start(), match.end()))
    return found
