"""A network's trailer closing a story it carries: the paper it took the story from and
the network, after the last sentence ("… on Sept 4. - The Korea Herald/ANN", "… in May.
— The Jakarta Post/Asia News Network"). It reads like a picture's credit ("Name/Agency"),
but under the story's last sentence it signs the story off."""

from __future__ import annotations

import re

from dossier.clean import edges
from dossier.clean import metadata as meta
from dossier.clean.evidence import SIGN_OFF, Evidence
from dossier.clean.units import Unit
from dossier.model import DroppedLine

_CARRIED = re.compile(
    r"(?<=[.!?”\"’])\s+[-–—]\s?(?P<paper>[A-Z][\w .&'’-]{1,40}?)\s?/\s?"
    r"(?:ANN|Asia News Network)$"
)


def network_trailer(text: str) -> str | None:
    """The paper a network's trailer at the end of ``text`` names, or None."""
    found = _CARRIED.search(" ".join(text.split()))
    return found["paper"] if found else None


def closing(
    dropped: list[DroppedLine],
    unit: Unit,
    text: str,
    names: meta.Outlets,
    evidence: Evidence,
) -> str:
    """The last paragraph without a network's trailer (logged; the paper it names is the
    outlet that signed the story), then without the outlet's own sign-off
    (``edges.closing``)."""
    found = _CARRIED.search(text)
    if found and (outlet := names.find(found["paper"])):
        dropped.append(
            DroppedLine(unit.lines[-1].number, found.group().strip(), "outlet sign-off")
        )
        evidence.outlets.append((SIGN_OFF, outlet))
        text = text[: found.start()].rstrip()
    return edges.closing(dropped, unit, text, names, evidence)
