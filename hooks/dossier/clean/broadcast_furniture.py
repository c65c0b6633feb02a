"""A broadcast's web page around its transcript: the audio player's controls ("Download",
"Transcript", "Embed", each on a line of its own, perhaps as a list's items) and the
player's embed code ("<iframe src=…>"); and the host's programme opening the transcript
("From VOA Learning English, this is As It Is. I'm Anna Matteo in Washington."), which
names the show and its host, no story."""

from __future__ import annotations

import re

from dossier.clean.units import Unit, drop_unit
from dossier.model import DroppedLine

_CONTROL = re.compile(
    r"(?:[•·*-]\s*)?(?:Download|Embed|Transcript|Listen|Play|Pause|Playlist|"
    r"Toggle more options|Download audio|Listen to this article)",
    re.IGNORECASE,
)
# the player's embed code, alone on its line
_EMBED = re.compile(r"(?:[•·*-]\s*)?<iframe\s[^<>]{0,400}>(?:\s*</iframe>)?", re.I)
_PART = r"[^.!?\n]{2,60}?"
# "From NPR News, this is All Things Considered." / "This is VOA News." / "Welcome to
# X." then "I'm Name (in Place)."
_PROGRAMME = re.compile(
    rf"(?:From\s{_PART},\s+this\s+is\s{_PART}|This\s+is\s{_PART}|Welcome\s+to\s{_PART})"
    rf"[.!]\s+I['’]m\s{_PART}\."
)
PLAYER = "media player's controls"
PROGRAMME = "programme's opening"


def _player(unit: Unit) -> bool:
    text = unit.text
    return len(unit.lines) == 1 and (
        _CONTROL.fullmatch(text) is not None or _EMBED.fullmatch(text) is not None
    )


def without_broadcast_furniture(
    dropped: list[DroppedLine], units: list[Unit]
) -> list[Unit]:
    """The units without the player's controls and, opening the story, the host's
    programme line (each logged)."""
    kept = []
    for unit in units:
        if not unit.kept and _player(unit):
            drop_unit(dropped, unit, PLAYER)
        else:
            kept.append(unit)
    story = [u for u in kept if not u.caption]
    if len(story) > 1 and not story[0].kept and _PROGRAMME.fullmatch(story[0].text):
        drop_unit(dropped, story[0], PROGRAMME)
        kept = [u for u in kept if u is not story[0]]
    return kept
