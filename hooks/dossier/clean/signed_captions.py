"""The page's last unit read as a credited caption when only the outlet's sign-off credits
it: under a paragraph it is the story's last paragraph (``… on Monday. (Yonhap)``), unless
with the tag cut the line still says who stands where in the picture (``… (R) talks with
…, in this photo provided by the ministry. (Yonhap)``) or was printed above already."""

from __future__ import annotations

from dossier.clean import metadata as meta
from dossier.clean import notes
from dossier.clean.network_trailers import network_trailer
from dossier.clean.photo_credits import is_credited
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit

MIN_SIGNED_WORDS = 12  # a caption signed like a story is rarely longer


def credited_under_tag(text: str, names: meta.Outlets) -> bool:
    """The line without its outlet's sign-off still ends in a credit or places people in
    the picture: a caption the wire signed, not its story's last paragraph."""
    trailer = meta.outlet_trailer(text, names)
    return bool(trailer) and is_credited(text[: trailer[1]].rstrip())


def signed_last(units: list[Unit], names: meta.Outlets) -> None:
    """The story's last paragraph signed by the outlet (``… on Monday. (Yonhap)``, ``…
    per week. - VNA/VNS``) or by a network carrying it (``… - The Korea Herald/ANN``)
    reads like a credited caption; under a paragraph it is not one."""
    last = len(units) - 1
    while last > 0 and not units[last].caption and not paragraph_like(units[last]):
        last -= 1  # past the footer's short lines
    unit = units[last] if units else None
    if not unit or not unit.caption or last == 0 or not paragraph_like(units[last - 1]):
        return
    text = unit.text.replace("\n", " ")
    signed = meta.outlet_trailer(text, names) or network_trailer(text)  # "… - X/ANN"
    if len(text.split()) >= MIN_SIGNED_WORDS and signed:  # a caption twice, or placing
        unit.caption = notes.shown_before(units, last) or credited_under_tag(
            text, names
        )
