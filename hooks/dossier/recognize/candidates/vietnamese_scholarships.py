"""Scholarships Vietnamese names by their giver or their own name after the word for a
scholarship, in lower case or capitalised: "học bổng KF-Samsung", "học bổng toàn cầu
Wooduk" (global), "Học bổng Baemin Kim Bong-jin", "học bổng Chính phủ (GKS)" (the
government's, with its short form). A country or a school after the word gives who pays,
no name ("học bổng Hàn Quốc", "học bổng Đại học Seoul": the university is the name); a
short form alone ("học bổng KAIST", "học bổng THPT") is the body's or a school level's,
left to the finder."""

from __future__ import annotations

import re
from collections.abc import Set

from dossier.places import is_country, is_listed_place
from dossier.recognize.candidates.vietnamese_heads import HEAD
from dossier.text import CAPITALS, name_key

_CAPITALISED = rf"[{CAPITALS}][\w’'-]*"
# the word, what kind of scholarship, then the name: capitalised words, "Chính phủ" (the
# government, one word of two syllables; "KF - Samsung", a dash spaced), and a short form
# in brackets after them
_SCHOLARSHIP = re.compile(
    r"(?<![\w’'-])[Hh]ọc[ \t]+bổng(?:[ \t]+(?:toàn[ \t]+cầu|toàn[ \t]+phần|quốc[ \t]+tế))?"
    rf"(?P<named>(?:[ \t]+(?:Chính[ \t]+phủ|{_CAPITALISED}(?:[ \t]?-[ \t]?{_CAPITALISED})?)){{1,6}})"
    r"(?P<short>[ \t]*\([A-Z][A-Za-z]{1,5}\))?"
)
# a fund or a ceremony before it, in any case, up to three words of its name away
# (capitalised, or "trao", to give; "hỗ trợ", to support): the scholarship is part of
# its name ("Quỹ Hỗ trợ Học bổng Lotte", "Lễ Trao Học bổng …")
_INSIDE_BEFORE = re.compile(
    rf"(?<!\w)(?i:quỹ|lễ)(?:[ \t]+(?:[{CAPITALS}][\w-]*|trao|tặng|hỗ|trợ)){{0,3}}[ \t]+$"
)
_SPACED_DASH = re.compile(r"[ \t]?-[ \t]?")
_GOVERNMENT = re.compile(r"Chính[ \t]+phủ")
# what follows the name: a lower-case word, or a dot that shortens a word ("TP. Hồ …")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_ABBREVIATED = re.compile(r"\.[ \t]*[^\W\d_]")
# words a scholarship's sentence goes on with, beside the clause's stops: "trị giá"
# (worth), "dành cho" (for)
_GOES_ON = frozenset(["trị", "dành"])


def _generic(named: str, short: str | None) -> bool:
    """A name that names no one: a short form alone ("KAIST", "THPT"), the government
    of no country without its short form, a place or a country (who pays), or places
    joined by a dash ("Đà Nẵng - Busan")."""
    words = named.split()
    if len(words) == 1 and words[0].isupper():
        return True
    rest = _GOVERNMENT.sub("", named).strip()
    if rest != named.strip() and not short and not (rest and is_country(rest)):
        return True
    return any(
        is_country(part) or is_listed_place(name_key(part))
        for part in _SPACED_DASH.split(named.strip())
    )


def _continued(
    match: re.Match[str], after: re.Match[str] | None, stops: Set[str]
) -> bool:
    """A lower-case word right after a name of one word, or of a last word with a
    Vietnamese letter, that is no stop: it continues that syllable ("Thạc sĩ", a
    master's; "Toàn phần", full) or the name began the next clause ("… Minh quyết
    định")."""
    if not after or not after[1].islower() or after[1] in stops or after[1] in _GOES_ON:
        return False
    words = match["named"].split()
    return len(words) == 1 or not words[-1].isascii()


def scholarships(text: str, stops: Set[str]) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each scholarship named after its word; ``stops`` are
    the words a clause goes on with after a name (particles, verbs, times)."""
    found = []
    for match in _SCHOLARSHIP.finditer(text):
        if _INSIDE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        opening = (
            match.start("named") + len(match["named"]) - len(match["named"].lstrip())
        )
        if HEAD.match(text, opening):
            continue  # a school or a body after it: "học bổng Đại học …"
        if _ABBREVIATED.match(text, match.end("named")):
            continue  # "học bổng TP. Hồ Chí Minh": a city's short form
        if _continued(match, _NEXT_WORD.match(text, match.end()), stops):
            continue
        if _generic(match["named"], match["short"]):
            continue
        name = _SPACED_DASH.sub("-", match.group())  # "KF - Samsung": "KF-Samsung"
        found.append((name, "initiatives", match.start(), match.end()))
    return found
