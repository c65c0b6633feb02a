"""A broadcast's web page around its transcript: the audio player's controls ("Download",
"Transcript", "Embed", each on a line of its own, perhaps as a list's items) and the
player's embed code ("<iframe src=…>"); and the host's programme opening the transcript
("From VOA Learning English, this is As It Is. I'm Anna Matteo in Washington."), which
names the show and its host, no story. A control's word is furniture only on a
broadcast's page (a transcript, or the player's embed code on it) and beside another
control or the embed code: "Pause" and "Play" in an album's tracklist are songs; a
column's "This is my fifth winter here. I'm …" is its lead, no programme."""

from __future__ import annotations

import re

from dossier.clean.forms import is_transcript
from dossier.clean.units import Unit, drop_unit
from dossier.model import DroppedLine
from dossier.text import CAPITALS

_CONTROL = re.compile(
    r"(?:[•·*-]\s*)?(?:Download|Embed|Transcript|Listen|Play|Pause|Playlist|"
    r"Toggle more options|Download audio|Listen to this article)",
    re.IGNORECASE,
)
# the player's embed code, alone on its line
_EMBED = re.compile(r"(?:[•·*-]\s*)?<iframe\s[^<>]{0,400}>(?:\s*</iframe>)?", re.I)
_PART = rf"[{CAPITALS}][^.!?\n]{{1,59}}?"  # a name: the show's, the host's
# "From NPR News, this is All Things Considered. I'm Name (in Place).": the programme's
# own words, naming the outlet, the show and the host
_PROGRAMME = re.compile(rf"From\s{_PART},\s+this\s+is\s{_PART}[.!]\s+I['’]m\s{_PART}\.")
PLAYER = "media player's controls"
PROGRAMME = "programme's opening"


def _embed(unit: Unit) -> bool:
    return len(unit.lines) == 1 and _EMBED.fullmatch(unit.text) is not None


def _player(unit: Unit) -> bool:
    return _embed(unit) or (
        len(unit.lines) == 1 and _CONTROL.fullmatch(unit.text) is not None
    )


def _broadcast(units: list[Unit]) -> bool:
    """The page is a broadcast's: a transcript, or the player's embed code on it."""
    return any(_embed(u) for u in units if not u.kept) or is_transcript(
        [u.lines[0].text for u in units if not u.caption]
    )


def _in_player(units: list[Unit], index: int) -> bool:
    """The unit is the embed code, or a control beside another control or the embed."""
    if _embed(units[index]):
        return True
    around = units[max(index - 1, 0) : index] + units[index + 1 : index + 2]
    return _player(units[index]) and any(not u.kept and _player(u) for u in around)


def without_broadcast_furniture(
    dropped: list[DroppedLine], units: list[Unit]
) -> list[Unit]:
    """The units without the player's controls and, opening the story, the host's
    programme line (each logged)."""
    broadcast = _broadcast(units)
    kept = []
    for index, unit in enumerate(units):
        if not unit.kept and broadcast and _in_player(units, index):
            drop_unit(dropped, unit, PLAYER)
        else:
            kept.append(unit)
    story = [u for u in kept if not u.caption]
    if len(story) > 1 and not story[0].kept and _PROGRAMME.fullmatch(story[0].text):
        drop_unit(dropped, story[0], PROGRAMME)
        kept = [u for u in kept if u is not story[0]]
    return kept
