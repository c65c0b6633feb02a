"""A page that opens on its writer's bare name and signs the story with the same name at
its end ("Thanh Hà" / the story / "Thanh Hà" / tags): the first line is the byline, not a
headline (the page printed none). A name the story speaks of is its subject, not its
writer ("Nguyễn Thị Kim Ngân" / "Bà Nguyễn Thị Kim Ngân sinh năm …" / tags)."""

from __future__ import annotations

from dossier.clean import metadata as meta
from dossier.clean.units import Unit
from dossier.text import fold

LAST_UNITS = 4  # the story's foot, where its writer signs: the name, then tags or links


def byline_over_story(units: list[Unit], names: meta.Outlets) -> tuple[str, ...]:
    """The names the page's first unit gives, when it is a byline shown again as one of
    the page's last units; else ()."""
    if len(units) < LAST_UNITS + 2 or len(units[0].lines) != 1:
        return ()
    first = units[0].text.strip()
    named = meta.byline(first, names, True)
    if not named:
        return ()
    key = fold(first)
    lines = [fold(line.text.strip()) for unit in units[1:] for line in unit.lines]
    if any(key in text and _sentence(text, key) for text in lines):
        return ()  # "Bà Nguyễn Thị Kim Ngân sinh năm …": the story's subject, no writer
    foot = [line.text for unit in units[-LAST_UNITS:] for line in unit.lines]
    return tuple(named) if any(fold(text.strip()) == key for text in foot) else ()


SENTENCE_WORDS = 4  # words a sentence of the story has beyond the name


def _sentence(text: str, key: str) -> bool:
    """A line of the story's running text (not a credit like "Thanh Hà - Ảnh: X")."""
    return len(text.split()) >= len(key.split()) + SENTENCE_WORDS
