"""A body named for what it is used for: "Trung tâm Hội nghị Quốc phòng" (a conference
centre) holds no conference called "Hội nghị Quốc phòng"; "Trung tâm Triển lãm …" is
the hall, not the exhibition. An event's head right after a body's head is the body's
word, and the event read from it is dropped (an event of a body, "Đại hội Hội người Việt
…", keeps both: the body's head comes second)."""

from __future__ import annotations

from dossier.recognize.candidates.vietnamese_heads import KIND

Name = tuple[str, str, int, int]


def without_uses(text: str, names: list[Name]) -> list[Name]:
    """``names`` less each event whose head follows a body's head within a body's name."""
    return [name for name in names if not _a_bodys_use(text, name, names)]


def _a_bodys_use(text: str, name: Name, names: list[Name]) -> bool:
    _, kind, start, end = name
    return kind == "events" and any(
        other_kind == "organizations"
        and other_start < start
        and end <= other_end
        and KIND.get(" ".join(text[other_start:start].split())) == "organizations"
        for _, other_kind, other_start, other_end in names
    )
