"""Places Vietnamese names after "tại" or "ở" (at, in): "tại Lý Sơn, Minh Long và …", "các
vụ thảm sát ở Hà My và Hà Quảng trong chiến tranh". The syllables alone often read as a
person's (Lý a surname, My a given name); after the word for where, and in the list it
opens, they are a place's. Only a name of two or three Vietnamese syllables that a mark, a
list's "và" or a function word ends ("Phủ Chủ tịch", "Trường Tiểu học": a word in lower
case goes on, so the name is another's), and no body's head ("tại Trường …")."""

from __future__ import annotations

import re

from dossier.places import is_country, is_listed_place
from dossier.recognize.candidates.vietnamese_heads import HEAD
from dossier.recognize.candidates.vietnamese_persons import SYLLABLE_SHAPE
from dossier.text import name_key, strip_marks

Name = tuple[str, str, int, int]

_AT = re.compile(r"(?<![\w’'-])(?:tại|ở|Tại|Ở)[ \t]+")
# one syllable of the name, the first after "tại" or the next after a space
_WORD = re.compile(r"[ \t]*([^\W\d_]+)(?![\w’'-])")
_MOST = 3
# what may follow the name: a mark, or a word (is it a function word?)
_AFTER = re.compile(r"[ \t]*(?:[,.;:)]|$)|[ \t]+(?P<word>[^\W\d_]+)(?![\w’'-])")
# the list goes on: ", Minh Long", " và Hà Quảng"
_NEXT = re.compile(r"[ \t]*(?:,|[ \t]và)[ \t]+")
# the points of the compass and the continents: "Đông Nam Á", "Tây Âu", "Bắc Mỹ"
_REGION = frozenset(["Đông", "Tây", "Nam", "Bắc", "Trung", "Á", "Âu", "Phi", "Mỹ"])


def places_at(text: str, stops: frozenset[str], read: list[Name]) -> list[Name]:
    """(name, "cities", start, end) of each place so named in ``text`` that overlaps none
    of the names ``read`` by other rules; ``stops`` are the function words that may end
    the name ("trong", "của")."""
    found: list[Name] = []
    for at in _AT.finditer(text):
        start = at.end()
        while (name := _place(text, start, stops)) is not None:
            if not any(a < name[3] and name[2] < b for _, _, a, b in read):
                found.append(name)
            more = _NEXT.match(text, name[3])
            if more is None:
                break
            start = more.end()
    return found


def _place(text: str, at: int, stops: frozenset[str]) -> Name | None:
    """The place's name of two or three capitalised syllables at ``at``, if one is."""
    if HEAD.match(text, at):
        return None  # "tại Trường …": a body
    words: list[str] = []
    end = at
    while len(words) < _MOST and (word := _WORD.match(text, end)):
        if not word.group(1)[0].isupper() or (words and word.start(1) == end):
            break
        words.append(word.group(1))
        end = word.end()
    after = _AFTER.match(text, end)
    if len(words) < 2 or after is None:
        return None
    if after["word"] and after["word"] not in stops | {"và"}:
        return None  # "tại Phủ Chủ tịch": a word in lower case goes on
    if _REGION.issuperset(words) or is_country(" ".join(words)):
        return None  # "tại Đông Nam Á", "ở Hàn Quốc"
    if is_listed_place(name_key(" ".join(words))):
        return None  # "tại Hà Nội": a place the gazetteer types already
    if not all(map(_vietnamese, words)):
        return None  # "tại Samsung Display"
    return (" ".join(words), "cities", at, end)


def _vietnamese(word: str) -> bool:
    """One syllable as Vietnamese spells it: "Lý", "Quảng" (not "Samsung", "Jeju")."""
    folded = strip_marks(word).casefold().replace("đ", "d")
    return SYLLABLE_SHAPE.fullmatch(folded) is not None
