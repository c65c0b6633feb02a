"""Villages in Korean: a proper noun, then 마을 (village), glued on or a word of its own:
"하미마을", "땀응억 마을", "퐁니·퐁넛 마을" (two hamlets named together), or one proper noun
the model of Korean knows whole ("하회마을"). What kind of village it is names none:
"어촌마을" (a fishing village), "평화마을", "프랑스풍 마을" (in the French style),
"새마을" (the new-village movement), "베트남 마을" (any village of the country).
"""

from __future__ import annotations

from collections.abc import Iterator

from dossier.places import is_country
from dossier.recognize.candidates.korean_words import Named
from dossier.recognize.candidates.morphemes import COMMON, PROPER, Morpheme, morphemes

_VILLAGE = "마을"
_JOINING = frozenset("·ㆍ‧")  # "퐁니·퐁넛": two hamlets' names joined by a dot
MIN_OWN = 2  # syllables of the village's own name: "개마을" is none


def villages(text: str) -> Iterator[Named]:
    """(name, "cities", start, end) of the villages of ``text``."""
    if _VILLAGE not in text:
        return  # the model is read only where a village may be
    found = morphemes(text)
    for i, village in enumerate(found):
        if village.tag == PROPER and village.form.endswith(_VILLAGE):
            own = village.form[: -len(_VILLAGE)]
            if len(own) >= MIN_OWN and not _country(own):
                yield village.form, "cities", village.start, village.end
            continue
        if village.form != _VILLAGE or village.tag != COMMON or i == 0:
            continue
        first = _named_by(text, found, i)
        if first is not None:
            start = found[first].start
            yield text[start : village.end], "cities", start, village.end


def _named_by(text: str, found: tuple[Morpheme, ...], i: int) -> int | None:
    """The first morpheme of the proper nouns that name the village at ``i``, glued on or
    one space before it, and joined by a dot ("퐁니·퐁넛"); None where none does."""
    name = found[i - 1]
    if name.tag != PROPER or text[name.end : found[i].start] not in ("", " "):
        return None
    if len(name.form) < MIN_OWN or _country(name.form):
        return None
    first = i - 1
    while (
        first >= 2
        and found[first - 1].form in _JOINING
        and found[first - 2].tag == PROPER
        and found[first - 2].end == found[first - 1].start
        and found[first - 1].end == found[first].start
    ):
        first -= 2
    return first


def _country(word: str) -> bool:
    return is_country(word)
