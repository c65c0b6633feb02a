"""A person's academic title before the name a byline gives: "Dr. Chu Minh Thao", "Prof. Kim
Min-ji", "PGS.TS. Nguyễn Văn An", or an office in the paper: "Publisher Lee Kyung-sik", "Vice
Chairperson Cho Kyung-hee". Editors write the author without it."""

from __future__ import annotations

import re

from dossier.text import words_of

# "Dr", "Dr.", "Prof.", "Professor", "Assoc. Prof."; the
# Vietnamese "TS." (doctor), "PGS.TS." (associate professor, doctor), "ThS." (master),
# which keep their dots (without one, "TS" may be a name's initials)
_TITLE = re.compile(
    r"(?:(?:Assoc\.?\s+)?Prof(?:essor|\.)|Dr\.?|"
    r"(?:P?GS\.\s?)?TS\.|ThS\.|"
    # an office at the paper: "Publisher", "Vice Chairperson", "Managing Editor"
    r"(?P<office>(?:(?:Vice|Deputy|Senior|Executive|Managing)\s+)?"
    r"(?:Publisher|Chair(?:person|man|woman)|Editor(?:-in-[Cc]hief)?|President)))\s+"
    r"(?=[A-ZÀ-ỸĐ])"
)
# "Dr. Kim": a title and a surname, the name too short to stand alone
MIN_NAME_WORDS = 2
# the kinds of a body, which no person's name holds: after an office word they make the
# whole a body's name ("President Hotel Group", "Chairman Lotte Bank")
_BODY_KINDS = frozenset(
    words_of(
        "Group Hotel Hotels Resort Company Co Corp Corporation Holdings Inc Ltd Bank Fund "
        "University College Institute School Association Federation Chamber Club Society Union "
        "Ministry Department Agency Council Committee Foundation Centre Center Media News "
        "Press Times"
    )
)


def without_title(name: str) -> str:
    """``name`` without a title before it, where two words of a person's name are left
    (an office word stays before a body's name)."""
    titled = _TITLE.match(name)
    rest = name[titled.end() :] if titled else name
    if (
        titled
        and titled["office"]
        and not _BODY_KINDS.isdisjoint(word.strip(".,") for word in rest.split())
    ):
        return name
    return rest if len(rest.split()) >= MIN_NAME_WORDS else name
