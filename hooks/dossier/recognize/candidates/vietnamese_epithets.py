"""A land called by what it is known for: "xứ sở Kim Chi" (the land of kimchi, Korea),
"xứ Hoa Anh Đào" (the land of cherry blossom). After "xứ" or "xứ sở" (the land of) a
capitalised run is such an epithet; read as a person's name ("Kim Chi": a surname and a
given name) it names no one. A place after the word stays a place ("xứ Nghệ", "xứ
Wales"), as its type says."""

from __future__ import annotations

import re

from dossier.model import Candidate

# "xứ" or "xứ sở", any case, right before the name
_LAND_OF = re.compile(r"(?<![\w’'-])(?i:xứ)(?:[ \t]+(?i:sở))?[ \t]+$")


def land_epithet(candidate: Candidate) -> bool:
    """A person's name that stands only after "xứ"/"xứ sở" in its sentences."""
    if candidate.type != "leaders":
        return False
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(candidate.name)}(?![\w’'-])")
    seen = 0
    for occurrence in candidate.occurrences:
        for found in pattern.finditer(occurrence.sentence):
            if not _LAND_OF.search(occurrence.sentence, 0, found.start()):
                return False
            seen += 1
    return seen > 0
