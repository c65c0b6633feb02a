"""Houses Vietnamese names by what they house: "Nhà Quốc hội" (the National Assembly
House, where a legislature receives its guests), with the country whose it is after it
("Nhà Quốc hội Hàn Quốc"), and a cultural house by its name ("Nhà Văn hóa ASEAN").

The capitalised run alone cuts such a name at the lower-case syllable of a compound
("Nhà Quốc" of "Nhà Quốc hội", "Nhà Văn" of "Nhà Văn hóa"), and the body's head inside
it reads the legislature ("Quốc hội Hàn Quốc"), not its building. A legislature's house is
a place, filed with the cities; a cultural house is an institution with its programme,
filed with the organizations. "Nhà văn" alone is a writer ("Hội Nhà văn Việt Nam")."""

from __future__ import annotations

import re

from dossier.places import is_country

Name = tuple[str, str, int, int]

_ASSEMBLY = re.compile(r"(?<![\w’'-])Nhà[ \t]+Quốc[ \t]+hội(?![\w’'-])")
_CULTURE = re.compile(r"(?<![\w’'-])[Nn]hà[ \t]+[Vv]ăn[ \t]+(?:hóa|hoá)(?![\w’'-])")
# one word after the house's kind
_WORD = re.compile(r"[ \t]+([^\W\d_][\w’'-]*)")
_MOST_WORDS = 4  # of a name after the kind; a country has at most three ("Hàn Quốc")


def houses(text: str, stops: frozenset[str]) -> list[Name]:
    """(name, type, start, end) of each house so named in ``text``; ``stops`` are the
    words a sentence goes on with after a name ("khai", "của"), which a cultural house's
    name of one capitalised word needs after it (not "Nhà văn hóa Thanh niên …", a name
    in sentence case, whose end its case does not show)."""
    found: list[Name] = []
    if "Nhà" not in text and "nhà" not in text:
        return found  # the common case, decided at once
    for match in _ASSEMBLY.finditer(text):
        words = _capitalised(text, match.end())
        end = match.end()
        for size in range(len(words), 0, -1):  # "Hàn Quốc": the country's, longest
            if is_country(" ".join(w.group(1) for w in words[:size])):
                end = words[size - 1].end()
                break
        found.append(
            (" ".join(text[match.start() : end].split()), "cities", match.start(), end)
        )
    for match in _CULTURE.finditer(text):
        words = _capitalised(text, match.end())
        if not words:
            continue  # "nhà văn hóa của xã": a commune's, no name
        after = _WORD.match(text, words[-1].end())
        next_word = after.group(1) if after else ""
        if len(words) == 1 and next_word[:1].islower() and next_word not in stops:
            continue  # "Thanh niên": a word in sentence case, cut
        end = words[-1].end()
        found.append(
            (
                " ".join(text[match.start() : end].split()),
                "organizations",
                match.start(),
                end,
            )
        )
    return found


def _capitalised(text: str, at: int) -> list[re.Match[str]]:
    """The capitalised words right after ``at``, up to a few."""
    words: list[re.Match[str]] = []
    while len(words) < _MOST_WORDS and (word := _WORD.match(text, at)):
        if not word.group(1)[0].isupper():
            break
        words.append(word)
        at = word.end()
    return words
