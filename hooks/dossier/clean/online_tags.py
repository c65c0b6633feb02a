"""A Vietnamese paper's web edition tags its lead with its initials and the "O" of
"Online", the dash glued on both sides ("LSO-Tối 12/11, …", "HGO-Sáng 3/3, …"). A dash
with no space joins a name's parts as well ("EXO-SC", "WHO-Việt Nam"): the tag is one
only before a Vietnamese word in sentence case that names no place."""

from __future__ import annotations

import re

from dossier.places import is_place_name

_GLUED_ONLINE_TAG = re.compile(
    r"(?P<tag>[A-ZĐ]{1,4}O)[-–—](?=(?P<word>[A-ZÀ-ỸĐ][a-zà-ỹđ]+)(?:\s(?P<next>\S+))?)"
)
_VIETNAMESE = re.compile(r"[ăâđêôơưà-ỹ]")  # a letter only Vietnamese spells
MIN_LEAD_AFTER = 40  # characters of story after the tag


def online_tag(text: str) -> re.Match[str] | None:
    """The web edition's tag glued to the lead ``text`` opens with, if it does."""
    tag = _GLUED_ONLINE_TAG.match(text)
    if tag is None or len(text) < tag.end() + MIN_LEAD_AFTER:
        return None
    if not _VIETNAMESE.search(text[tag.end() : tag.end() + MIN_LEAD_AFTER]):
        return None
    two = f"{tag['word']} {tag['next'] or ''}".strip(" ,.")
    if is_place_name(tag["word"]) or is_place_name(two):
        return None  # "WHO-Việt Nam", "ASEAN-Hàn Quốc": two parties joined
    return tag
