"""A massacre Vietnamese names by the place it happened in: "vụ thảm sát Phong Nhị",
"vụ thảm sát Hà My năm 1968". The words for it are in lower case, the place capitalised;
the name is the whole, as editors file it (an event). Not "vụ thảm sát dân thường" (of
civilians), which names no place.
"""

from __future__ import annotations

import re

# the words for it, then up to five words: the place's capitalised syllables, or two
# places joined by a dash ("vụ thảm sát Phong Nhất - Phong Nhị")
_NAMED = re.compile(
    r"(?<![\w’'-])(?P<kind>[Vv]ụ[ \t]+thảm[ \t]+sát)"
    r"(?P<place>(?:[ \t]+(?:[^\W\d_][\w’'-]*|[-–])){1,5})"
)


def incident_names(text: str) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each massacre named by its place."""
    if "thảm sát" not in text:
        return []  # most sentences name none: one quick look decides
    found = []
    for match in _NAMED.finditer(text):
        words = list(re.finditer(r"\S+", match["place"]))
        capitals = 0
        while capitals < len(words) and (
            words[capitals].group()[0].isupper()
            or (words[capitals].group() in "-–" and capitals + 1 < len(words))
        ):
            capitals += 1
        while capitals and words[capitals - 1].group() in "-–":
            capitals -= 1
        if not capitals:
            continue  # "vụ thảm sát dân thường": no place
        end = match.start("place") + words[capitals - 1].end()
        name = " ".join(text[match.start() : end].split())
        found.append((name, "events", match.start(), end))
    return found
