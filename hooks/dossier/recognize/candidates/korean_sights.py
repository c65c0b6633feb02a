"""A sight named in one word that ends in the syllable of its kind: a mountain ("설악산"),
an island ("남이섬"), a temple or a shrine ("낙산사", "현충사"), a palace ("경복궁"), a port
("대포항"). The syllables are as often the end of a common word ("방산": defence industry,
"회사": a company, "번호": a number), so the word is one only when the model of Korean
reads it as one proper noun, in its sentence and alone ("설악산, 낙산사, 남이섬 등을
방문했다"). A temple whose monks hold a service or speak ("약사사 주지 …스님", "… 법당에서
법회가 열렸다") is the body that acts, as a truth files it; any other sight is a place."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, Named, is_title
from dossier.recognize.candidates.morphemes import (
    PROPER,
    morphemes,
    reads_as_proper,
)

# the last syllable of a sight's name: a mountain, an island, a temple or a shrine, a
# palace, a port, a river ("메콩강": a name of three syllables at least, not "철강";
# not 동, a neighbourhood, which truths file as often as not)
_KINDS = ("산", "섬", "사", "궁", "항", "강")
_TEMPLE = "사"
_AIRPORT = "공항"  # an airport is read by the rules of airports
MIN_SYLLABLES = 3  # "설악산"; two ("부산", "용산", "회사") are a city's or a word's
# a sight's own name is short, its kind's syllable after one or two more ("금오산",
# "흥륜사"); a longer word ending so is a book's or a building's ("한국문학통사": a
# history of Korean literature, "정부세종청사": the government's offices)
MAX_SYLLABLES = 4
# what a temple's monks do there: its abbot, a monk ("화응스님"), a Buddhist service,
# its hall, each a word of its own (a particle after it) in a few characters after the
# temple: "약사사 주지 화응스님은", "성주사(주지 원종스님)"; not "주지사" (a governor), "사찰
# 의혹" (surveillance) or "주지의 사실" (a known fact) elsewhere in the sentence
_MONASTIC = re.compile(
    r"(?<![가-힣])(?:(?:주지|법당|법회)(?:스님)?|[가-힣]{0,4}스님)"
    r"(?:[은는이가을를의에과와도]|에서|께서)?(?![가-힣])"
)
_MONASTIC_WINDOW = 16  # characters after the temple
# its faithful or its monks just before it, a word of their own: "베트남 불자들, 창원
# 성주사서"
_FAITHFUL = re.compile(
    r"(?<![가-힣])(?:불자|신도|[가-힣]{0,4}스님)들?(?:[은는이가을를의에과와도]|에서)?"
    r"(?![가-힣])"
)
_FAITHFUL_WINDOW = 12  # characters before the temple
# a Buddhist service or its hall, a word of its own anywhere in the sentence: "인천
# 흥륜사 만불전에서 … 법회가 열린다" (the words mean nothing else)
_SERVICE = re.compile(
    r"(?<![가-힣])(?:법회|법당)(?:[은는이가을를의에도]|에서)?(?![가-힣])"
)
# a firm's 社 after its name, not a temple's 寺: after its country ("미국 보잉사"), or
# listed with another firm so named ("소니사와 파나소닉사")
_FIRM_LISTED = re.compile(
    r"^(?:와|과|,|\s및)\s?([가-힣]{2,6})사(?![가-힣]{2})(?=[은는이가을를의와과도]|\s|,|$)"
)
# what a word of four syllables opening with a country is: its history, its book
# ("한국통사": a general history of Korea), no sight
_COUNTRY_SYLLABLES = 2
_BEFORE = 12  # characters before a temple its country is looked for in
# what may follow the sight's name written onto it: a particle, the copula's ending
_AFTER = ("J", "VCP", "S")


def sights(text: str) -> Iterator[Named]:
    """(name, type, start, end) of each sight named in ``text`` (a sentence)."""
    if not any(kind in text for kind in _KINDS):
        return
    read = morphemes(text)
    for i, morpheme in enumerate(read):
        name = morpheme.form
        if not _shaped(name) or morpheme.tag != PROPER:
            continue
        start, end = morpheme.start, morpheme.end
        if text[start:end] != name or (start and text[start - 1].isalnum()):
            continue  # the end of a longer word
        after = read[i + 1] if i + 1 < len(read) else None
        if after and after.start == end and not after.tag.startswith(_AFTER):
            continue  # a noun written onto it: "…사 주지" is fine, "…사업" no sight
        if end < len(text) and text[end].isalnum() and not after:
            continue
        if is_title(name) or not reads_as_proper(name):
            continue
        if name.endswith(_TEMPLE) and _a_firms(text, name, start, end):
            continue
        if len(name) == MAX_SYLLABLES and name[:_COUNTRY_SYLLABLES] in HANGUL_COUNTRIES:
            continue  # "한국통사": a book of Korea's history
        monastic = name.endswith(_TEMPLE) and bool(
            _MONASTIC.search(text, end, end + _MONASTIC_WINDOW)
            or _FAITHFUL.search(text, max(0, start - _FAITHFUL_WINDOW), start)
            or _SERVICE.search(text)
        )
        yield name, "organizations" if monastic else "cities", start, end


def _a_firms(text: str, name: str, start: int, end: int) -> bool:
    """``name`` (ending in 사) is a firm's: its country before it ("미국 보잉사"), or
    listed with a firm named so, a proper noun before 社 ("소니사와 파나소닉사")."""
    before = text[max(0, start - _BEFORE) : start]
    country = before.split()[-1] if before.strip() else ""
    if before.endswith(" ") and country in HANGUL_COUNTRIES:
        return True
    listed = _FIRM_LISTED.match(text[end : end + 12])
    return bool(listed) and reads_as_proper(listed[1])


def _shaped(name: str) -> bool:
    return (
        MIN_SYLLABLES <= len(name) <= MAX_SYLLABLES
        and name.isalpha()
        and all("\uac00" <= c <= "\ud7a3" for c in name)
        and name.endswith(_KINDS)
        and not name.endswith(_AIRPORT)
    )
