"""Vietnamese districts and villages written in Hangul: "탕빈현" (Thăng Bình district),
"하미마을" (Hà My village). Their syllables are often Sino-Korean ones too, so a name is
read as a place only when it is spelt by sound ("깟깟마을") or stands right after the
province, city or district it lies in ("꽝남성 탕빈현 하미마을과 퐁니마을")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, adjacent, stem
from dossier.recognize.candidates.morphemes import is_common_nouns
from dossier.recognize.candidates.transliterated import is_transliterated
from dossier.text import name_key

# a district (현) or a village (마을) and the two to four syllables of its name
_LOCALITY = re.compile(r"^(?P<own>[\uac00-\ud7a3]{2,4})(?:현|마을)$")
# what a locality lies in: a province, a city, a district by the word for its kind
_WITHIN = re.compile(r"^[\uac00-\ud7a3]{2,}(?:성|시|현)$")


def localities(
    words: list[tuple[str, int, int]], text: str
) -> Iterator[tuple[str, str, int, int]]:
    """(name, "cities", start, end) of each district or village named so; not one of
    common words ("어촌마을", a fishing village) or of a country ("한국마을")."""
    placed: set[int] = set()  # words read as places, which the next may lie in
    for i, (word, start, _) in enumerate(words):
        name = stem(word)
        if _WITHIN.match(name) and (
            is_place_with_kind(name) or is_listed_place(name_key(name[:-1]))
        ):
            placed.add(i)
        found = _LOCALITY.match(name)
        if not found:
            continue
        own = found["own"]
        after_place = i - 1 in placed and adjacent(words, i - 1, i)
        common = own in HANGUL_COUNTRIES or is_common_nouns(
            text, start, start + len(own)
        )
        if is_transliterated(own) or (after_place and not common):
            placed.add(i)
            yield name, "cities", start, start + len(name)
