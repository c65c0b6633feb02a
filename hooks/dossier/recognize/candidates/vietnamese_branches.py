"""A firm's office by the city it stands in: "Tổng công ty … Hàn Quốc tại Hà Nội",
"Ngân hàng … tại TPHCM". "tại" (at) after a firm's name places the firm; the city is no
part of its name, as it is of an association's ("Hội Người Việt Nam tại Chungnam") or
an event's ("Ngày Đà Nẵng tại Incheon")."""

from __future__ import annotations

import re

from dossier.places import is_country, is_listed_place
from dossier.text import name_key

# Ho Chi Minh City by its initials: "TPHCM", "TP.HCM", "TP HCM"
_CITY_INITIALS = re.compile(r"TP\.?[ \t]?[A-ZĐ]{2,5}(?![\w’'-])")
_WORDS = re.compile(r"[A-ZÀ-ỸĐ][\w’'-]*(?:[ \t]+[A-ZÀ-ỸĐ][\w’'-]*){0,2}")
_FOLLOWS = re.compile(r"[ \t]*(?:[,.;:)(]|$)|[ \t]+[a-zà-ỹđ]")


def city_at(text: str, at: int) -> bool:
    """A city, a province or a country, and nothing more of a name, starts at ``at``."""
    if _CITY_INITIALS.match(text, at):
        return True
    words = _WORDS.match(text, at)
    if words is None or not _FOLLOWS.match(text, words.end()):
        return False
    name = words.group()
    return is_listed_place(name_key(name)) or is_country(name)
