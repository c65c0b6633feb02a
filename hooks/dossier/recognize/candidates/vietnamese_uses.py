"""A body named for what it is used for: "Trung tâm Hội nghị Quốc phòng" (a conference
centre) holds no conference called "Hội nghị Quốc phòng"; "Trung tâm Triển lãm …" is
the hall, not the exhibition. An event's head right after a body's head is the body's
word, and the event read from it is dropped (an event of a body, "Đại hội Hội người Việt
…", keeps both: the body's head comes second). Such a centre is a hall, a venue filed with
the cities as a theatre or a stadium is ("Trung tâm Nghệ thuật Seongnam", an arts centre);
a centre named for a field ("Trung tâm Văn hóa Hàn Quốc") is a body."""

from __future__ import annotations

import re
from collections import defaultdict

from dossier.recognize.candidates.vietnamese_heads import KIND

Name = tuple[str, str, int, int]


_LONGEST_HEAD = 40  # characters: the longest head (23) and the spaces after it


def without_uses(text: str, names: list[Name]) -> list[Name]:
    """``names`` less each event whose head follows a body's head within a body's name.
    The bodies are looked up by where they start, a head's length before the event: a
    scan of every body for every event is quadratic in a long text."""
    bodies: dict[int, list[int]] = defaultdict(list)
    for _, kind, start, end in names:
        if kind == "organizations":
            bodies[start].append(end)
    if not bodies:
        return names
    return [name for name in names if not _a_bodys_use(text, name, bodies)]


def _a_bodys_use(text: str, name: Name, bodies: dict[int, list[int]]) -> bool:
    _, kind, start, end = name
    return kind == "events" and any(
        end <= other_end
        and KIND.get(" ".join(text[other_start:start].split())) == "organizations"
        for other_start in range(max(0, start - _LONGEST_HEAD), start)
        for other_end in bodies.get(other_start, ())
    )


# "Trung tâm Hội nghị …", "Trung tâm Triển lãm …", "Trung tâm Hội chợ …", "Trung tâm Nghệ
# thuật …": a conference, exhibition, fair or arts centre, a hall (the word after the head
# in either case: "Trung tâm hội nghị Quốc gia")
_HALL = re.compile(
    r"Trung[ \t]+tâm[ \t]+(?i:hội[ \t]+nghị|triển[ \t]+lãm|hội[ \t]+chợ|nghệ[ \t]+thuật)"
    r"(?![\w’'-])"
)


def as_venues(names: list[Name]) -> list[Name]:
    """``names`` with each conference, exhibition, fair or arts centre typed a place."""
    return [
        (name, "cities", start, end)
        if kind == "organizations" and _HALL.match(name)
        else (name, kind, start, end)
        for name, kind, start, end in names
    ]
