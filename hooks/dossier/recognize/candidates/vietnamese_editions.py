"""An event's or a festival's edition after its name: its year ("Lễ hội Ẩm thực Hàn Quốc
2018"), and the place it is held in when the year closes the name ("Lễ hội Văn hóa Hàn
Quốc tại Huế 2024": "tại Huế" is the name's, as the year after it shows). The edition's
number ("… lần thứ 5") is no part of the name. A festival stays an initiative with its
year, as the registry files festivals."""

from __future__ import annotations

import re

from dossier.places import is_listed_place
from dossier.text import name_key

_YEAR = r"(?:19|20)\d\d(?![\d/.,:-]?\d)"
_YEAR_AFTER = re.compile(r"[ \t]+" + _YEAR)
_NUMBER_AFTER = re.compile(
    r"[ \t]+lần[ \t]+thứ[ \t]+(?:\d{1,3}|[IVXL]{1,6})(?![\w’'-])"
)
# "tại Hội An 2025": one to three capitalised syllables, then the year
_HELD_AT_YEAR = re.compile(
    r"[ \t]+tại[ \t]+(?P<place>[A-ZÀ-ỸĐ][\w’'-]*(?:[ \t]+[A-ZÀ-ỸĐ][\w’'-]*){0,2})"
    r"[ \t]+" + _YEAR
)
_DATED = ("events", "initiatives")


def with_edition(text: str, end: int, kind: str) -> int:
    """The end of a name of ``kind`` read up to ``end``, with the edition after it."""
    if kind not in _DATED:
        return end
    held = _HELD_AT_YEAR.match(text, end)
    if held and is_listed_place(name_key(held["place"])):
        return held.end()  # "… tại Hội An 2025": the year closes the name
    year = _YEAR_AFTER.match(text, end)
    return year.end() if year else end  # "Lễ hội Con đường văn hóa Hàn Quốc 2023"
