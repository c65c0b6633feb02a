"""The page's last unit read as a credited caption when only the outlet's sign-off credits
it: under a paragraph it is the story's last paragraph (``… on Monday. (Yonhap)``), unless
with the tag cut the line still says where a named person stands in the picture (``… (R)
talks with …``) or who provided the photo (``…, in this photo provided by the ministry.
(Yonhap)``), or was printed above already."""

from __future__ import annotations

import re

from dossier.clean import metadata as meta
from dossier.clean import notes
from dossier.clean.network_trailers import network_trailer
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit

MIN_SIGNED_WORDS = 12  # a caption signed like a story is rarely longer
# "Han Duck-soo (R)", "Ana Park (second from left)": a side in brackets right after a name;
# "…, in this photo provided by the ministry": the picture's giver, in a caption's words
_PLACED = re.compile(
    r"[A-Z][\w'’.-]+\s\((?:L|R|C|(?i:left|right|cent(?:re|er)|"
    r"(?:(?:first|second|third|fourth|fifth)\s)?from\s(?:left|right)))\)|"
    r"(?i:\bin this (?:(?:undated|handout|file)\s)?(?:photo|picture|image)\s"
    r"(?:provided|released|taken)\sby\b)"
)


def credited_under_tag(text: str, names: meta.Outlets) -> bool:
    """The line without its outlet's sign-off still places a named person in the picture
    or says who gave the photo: a caption the wire signed, not its story's last
    paragraph."""
    trailer = meta.outlet_trailer(text, names)
    return bool(trailer) and _PLACED.search(text[: trailer[1]]) is not None


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
