"""A firm Korean names right after the word for what it is: "김치업체인 킴앤킴" (a kimchi
maker, Kim & Kim), "냉동식품업체 까우제", "베이커리 브랜드 뚜레쥬르", "물류기업 제마뎁을",
"전문기업 CJ프레시웨이도". The word before says a firm follows, and the name is a word the
model of Korean does not know or knows as a proper noun ("뚜레쥬르"), or a firm's letters
with Hangul run on ("CJ프레시웨이"); the common nouns that follow such a word as often
("업체 관계자", "기업 대표", "브랜드 가치") name none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    Named,
    is_person_title,
    stem,
)
from dossier.recognize.candidates.lexicon import name_key
from dossier.recognize.candidates.morphemes import reads_as_proper, sounds_foreign

# a maker, a firm, a brand, a company; with 인 ("업체인": that is a maker) after all but
# 기업, whose "기업인" is a businessman
_APPOSED = re.compile(
    r"(?:(?:업체|브랜드|회사)인?|기업) "
    r"(?P<name>(?P<letters>[A-Za-z][A-Za-z0-9&]{0,5})?[가-힣]{2,8})(?![A-Za-z0-9])"
)
MIN_OWN = 2  # syllables of the Hangul a firm's name has after its letters
# "식품기업 베트남서 사업확장": where the firms are ("베트남서": in Vietnam), no firm
_COUNTRIES = tuple(HANGUL_COUNTRIES)


def apposed_firms(text: str) -> Iterator[Named]:
    """(name, "organizations", start, end) of each firm named right after the word for
    its kind."""
    for match in _APPOSED.finditer(text):
        start = match.start("name")
        name = stem(match["name"])
        own = name[len(match["letters"] or "") :]
        if len(own) < MIN_OWN or is_person_title(own):
            continue
        if own.startswith(_COUNTRIES) or is_listed_place(name_key(name)):
            continue
        if match["letters"] or sounds_foreign(name) or reads_as_proper(name):
            yield name, "organizations", start, start + len(name)
