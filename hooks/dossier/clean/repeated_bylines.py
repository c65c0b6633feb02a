"""A page that opens on its writer's bare name and signs the story with the same name at
its end ("Thanh Hà" / the story / "Thanh Hà" / tags): the first line is the byline, not a
headline (the page printed none)."""

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
    foot = [line.text for unit in units[-LAST_UNITS:] for line in unit.lines]
    return tuple(named) if any(fold(text.strip()) == key for text in foot) else ()
