"""Schools, hospitals and army units Vietnamese names by their kind in lower case before
the name: "đại học Kyungwoon", "trường đại học Yeungnam", "bệnh viện Grand", "lữ đoàn
Rồng Xanh". The capitals alone give "Kyungwoon", which an editor would not file, or a
province's name ("đại học Daegu"); the kind is part of the name, as with a capitalised
head ("Đại học Yeungnam", which ``vietnamese`` reads). A school named for a person
("Trường đại học Nguyễn Tất Thành") is the school, not the person.
"""

from __future__ import annotations

import re

from dossier.places import country_keys
from dossier.recognize.candidates.vietnamese_persons import (
    foreign,
    korean_person_at,
    person_at,
    title_or_person_at,
)
from dossier.recognize.candidates.vietnamese_venues import LETTERS, MANY, capital
from dossier.text import joined_key, name_key

Name = tuple[str, str, int, int]

# the kind, in lower case ("trường" may open the sentence: "Trường đại học …")
_KIND = re.compile(
    r"(?<![\w’'-])(?:[Tt]rường[ \t]+)?(?:đại[ \t]+học|bệnh[ \t]+viện|học[ \t]+viện"
    r"|lữ[ \t]+đoàn|sư[ \t]+đoàn)(?![\w’'-])"
)
# a longer run of capitals is no one name: dropped, not cut ("học viện Chính trị Quốc gia
# Hồ Chí Minh" is seven words)
_MOST_WORDS = 8
# a Vietnamese's name right after a school's, its head's: "bệnh viện Chợ Rẫy Nguyễn Tri
# Thức" (a run of capitals would read the place and the person as one)
_PERSON_AFTER = re.compile(
    r"[ \t]+((?:[A-ZÀ-ỸĐ]\w*)(?:[ \t]+[A-ZÀ-ỸĐ]\w*){2,3})(?![\w’'-])"
)


def schools_and_units(text: str, stops: frozenset[str]) -> list[Name]:
    """(name, "organizations", start, end) of each school, hospital or unit so named;
    ``stops`` are the words a sentence goes on with ("đã", "sang"), no name's."""
    found: list[Name] = []
    for match in _KIND.finditer(text):
        if MANY.search(text, max(0, match.start() - 10), match.start()):
            continue
        first = capital(text, match.end())
        if first is None or korean_person_at(text, first.start(1)):
            continue  # "rời bệnh viện Park Ji-sung nói …": a Korean after the kind
        end, words = first.end(), [first.group(1)]
        while len(words) <= _MOST_WORDS:
            if (word := capital(text, end)) and _name_ends(text, word.start(1), words):
                break  # "đại học Yeungnam Kim Min-su", "đại học Kyungwoon Hàn Quốc"
            if word:
                words.append(word.group(1))
                end = word.end()
                continue
            # one lower-case syllable that completes a capitalised one before another
            # capital: "đại học Quốc gia Chonbuk" (not a verb: "đại học Lan sang Busan")
            lower = LETTERS.match(text, end)
            after = capital(text, lower.end()) if lower else None
            if not (lower and after) or lower.group(1) in stops:
                break
            words += [lower.group(1), after.group(1)]
            end = after.end()
        if len(words) > _MOST_WORDS:
            continue  # a run cut mid-way would be half a name
        if joined_key(name_key(" ".join(words))) in country_keys():
            continue  # "đại học Hàn Quốc": the country's, no school
        if len(words) == 1 and _syllable_goes_on(text, end, words[0], stops):
            continue  # "Trường đại học Công nghệ": a sentence-case name, read by its head
        name = " ".join(text[match.start() : end].split())
        found.append((name, "organizations", match.start(), end))
        if person := _PERSON_AFTER.match(text, end):
            words = person.group(1).split()
            if person_at(text, person.start(1)) and all(w[0].isupper() for w in words):
                found.append((person.group(1), "leaders", *person.span(1)))
    return found


def _name_ends(text: str, at: int, words: list[str]) -> bool:
    """A school's name read as ``words`` ends before the capital at ``at``: a title or a
    person's name ("bệnh viện Chợ Rẫy Nguyễn Tri Thức", its director), or a country
    after a capital ("đại học Kyungwoon Hàn Quốc", "lữ đoàn Rồng Xanh Hàn Quốc"; not
    after a syllable in lower case: "đại học Quốc gia Việt Nam")."""
    if title_or_person_at(text, at):
        return True
    return words[-1][0].isupper() and _country_at(text, at)


# one or two words from where a name may start: "Hàn Quốc", "Lào"
_ONE_OR_TWO = re.compile(r"[^\W\d_][\w’'-]*(?:[ \t]+[^\W\d_][\w’'-]*)?")


def _country_at(text: str, at: int) -> bool:
    """A country's name of one or two capitalised words, and no capital after it, starts
    at ``at``: "Hàn Quốc" (not "Thái" of "bệnh viện A Thái Nguyên", a province)."""
    words = _ONE_OR_TWO.match(text, at)
    if words is None:
        return False
    split = words.group().split()
    for size in (2, 1):
        if len(split) < size or not split[size - 1][0].isupper():
            continue
        if joined_key(name_key(" ".join(split[:size]))) not in country_keys():
            continue
        end = words.end() if size == 2 else at + len(split[0])
        return capital(text, end) is None  # "Hàn Quốc", not "Thái Nguyên"
    return False


def _syllable_goes_on(text: str, at: int, word: str, stops: frozenset[str]) -> bool:
    """A Vietnamese syllable whose word a lower-case syllable completes after ``at``."""
    after = LETTERS.match(text, at)
    return (
        not foreign(word)
        and after is not None
        and after.group(1)[0].islower()
        and after.group(1) not in stops
    )
