"""A sight named in one word that ends in the syllable of its kind: a mountain ("설악산"),
an island ("남이섬"), a temple or a shrine ("낙산사", "현충사"), a palace ("경복궁"), a port
("대포항"). The syllables are as often the end of a common word ("방산": defence industry,
"회사": a company, "번호": a number), so the word is one only when the model of Korean
reads it as one proper noun, in its sentence and alone ("설악산, 낙산사, 남이섬 등을
방문했다"). A temple whose monks hold a service or speak ("약사사 주지 …스님", "… 법당에서
법회가 열렸다") is the body that acts, as a truth files it; any other sight is a place."""

from __future__ import annotations

from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import Named, is_title
from dossier.recognize.candidates.morphemes import (
    PROPER,
    morphemes,
    reads_as_proper,
)

# the last syllable of a sight's name: a mountain, an island, a temple or a shrine, a
# palace, a port (not 강, a river, nor 동, a neighbourhood, which truths file as often
# as not)
_KINDS = ("산", "섬", "사", "궁", "항")
_TEMPLE = "사"
_AIRPORT = "공항"  # an airport is read by the rules of airports
MIN_SYLLABLES = 3  # "설악산"; two ("부산", "용산", "회사") are a city's or a word's
# a sight's own name is short, its kind's syllable after one or two more ("금오산",
# "흥륜사"); a longer word ending so is a book's or a building's ("한국문학통사": a
# history of Korean literature, "정부세종청사": the government's offices)
MAX_SYLLABLES = 4
# what a temple's monks do there: its abbot, a monk, a Buddhist service, its hall
_MONASTIC = ("주지", "스님", "법회", "법당", "불자", "사찰")
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
        monastic = name.endswith(_TEMPLE) and any(w in text for w in _MONASTIC)
        yield name, "organizations" if monastic else "cities", start, end


def _shaped(name: str) -> bool:
    return (
        MIN_SYLLABLES <= len(name) <= MAX_SYLLABLES
        and name.isalpha()
        and all("\uac00" <= c <= "\ud7a3" for c in name)
        and name.endswith(_KINDS)
        and not name.endswith(_AIRPORT)
    )
