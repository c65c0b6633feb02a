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
from dossier.recognize.candidates.vietnamese_persons import foreign, korean_person_at
from dossier.text import joined_key, name_key

Name = tuple[str, str, int, int]

# the kind, in lower case ("trường" may open the sentence: "Trường đại học …")
_KIND = re.compile(
    r"(?<![\w’'-])(?:[Tt]rường[ \t]+)?(?:đại[ \t]+học|bệnh[ \t]+viện|học[ \t]+viện"
    r"|lữ[ \t]+đoàn|sư[ \t]+đoàn)(?![\w’'-])"
)
_WORD = re.compile(r"[ \t]+([^\W\d_][\w’'-]*)")
# what goes on a sentence, not a name: "đại học Yeungnam đã …", "bệnh viện Grand và …"
_STOPS = frozenset(
    [
        "và",
        "của",
        "tại",
        "với",
        "ở",
        "đã",
        "sẽ",
        "được",
        "cho",
        "là",
        "có",
        "từ",
        "cùng",
    ]
)
_MOST_WORDS = 5
# "các trường đại học Hàn Quốc": many schools of a place, no one's name
_MANY = re.compile(r"(?:các|những|nhiều|mọi)[ \t]+$", re.IGNORECASE)


def schools_and_units(text: str) -> list[Name]:
    """(name, "organizations", start, end) of each school, hospital or unit so named."""
    found: list[Name] = []
    for match in _KIND.finditer(text):
        if _MANY.search(text, max(0, match.start() - 10), match.start()):
            continue
        first = _capital(text, match.end())
        if first is None or korean_person_at(text, first.start(1)):
            continue  # "rời bệnh viện Park Ji-sung nói …": a Korean after the kind
        end, words = first.end(), [first.group(1)]
        while len(words) < _MOST_WORDS:
            if capital := _capital(text, end):
                words.append(capital.group(1))
                end = capital.end()
                continue
            # one lower-case syllable that completes a capitalised one before another
            # capital: "đại học Quốc gia Chonbuk"
            lower = _WORD.match(text, end)
            after = _capital(text, lower.end()) if lower else None
            if not (lower and after) or lower.group(1) in _STOPS:
                break
            words += [lower.group(1), after.group(1)]
            end = after.end()
        if joined_key(name_key(" ".join(words))) in country_keys():
            continue  # "đại học Hàn Quốc": the country's, no school
        if len(words) == 1 and _syllable_goes_on(text, end, words[0]):
            continue  # "Trường đại học Công nghệ": a sentence-case name, read by its head
        name = " ".join(text[match.start() : end].split())
        found.append((name, "organizations", match.start(), end))
    return found


def _capital(text: str, at: int) -> re.Match[str] | None:
    """The capitalised word right after ``at``, if one is."""
    word = _WORD.match(text, at)
    return word if word and word.group(1)[0].isupper() else None


def _syllable_goes_on(text: str, at: int, word: str) -> bool:
    """A Vietnamese syllable whose word a lower-case syllable completes after ``at``."""
    after = _WORD.match(text, at)
    return (
        not foreign(word)
        and after is not None
        and after.group(1)[0].islower()
        and after.group(1) not in _STOPS
    )
