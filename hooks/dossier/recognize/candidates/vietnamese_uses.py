"""A body named for what it is used for: "Trung tâm Hội nghị Quốc phòng" (a conference
centre) holds no conference called "Hội nghị Quốc phòng"; "Trung tâm Triển lãm …" is
the hall, not the exhibition. An event's head right after a body's head is the body's
word, and the event read from it is dropped (an event of a body, "Đại hội Hội người Việt
…", keeps both: the body's head comes second)."""

from __future__ import annotations

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
