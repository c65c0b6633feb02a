"""A person's academic title before the name a byline gives: "Dr. Chu Minh Thao", "Prof. Kim
Min-ji", "PGS.TS. Nguyễn Văn An", or an office in the paper: "Publisher Lee Kyung-sik", "Vice
Chairperson Cho Kyung-hee". Editors write the author without it."""

from __future__ import annotations

import re

# "Dr", "Dr.", "Prof.", "Professor", "Assoc. Prof."; the
# Vietnamese "TS." (doctor), "PGS.TS." (associate professor, doctor), "ThS." (master),
# which keep their dots (without one, "TS" may be a name's initials)
_TITLE = re.compile(
    r"(?:(?:Assoc\.?\s+)?Prof(?:essor|\.)|Dr\.?|"
    r"(?:P?GS\.\s?)?TS\.|ThS\.|"
    # an office at the paper: "Publisher", "Vice Chairperson", "Managing Editor"
    r"(?:(?:Vice|Deputy|Senior|Executive|Managing)\s+)?"
    r"(?:Publisher|Chair(?:person|man|woman)|Editor(?:-in-[Cc]hief)?|President))\s+"
    r"(?=[A-ZÀ-ỸĐ])"
)
# "Dr. Kim": a title and a surname, the name too short to stand alone
MIN_NAME_WORDS = 2


def without_title(name: str) -> str:
    """``name`` without a title before it, where two words of the name are left."""
    titled = _TITLE.match(name)
    rest = name[titled.end() :] if titled else name
    return rest if len(rest.split()) >= MIN_NAME_WORDS else name
