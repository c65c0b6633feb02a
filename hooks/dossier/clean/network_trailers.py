"""A network's trailer closing a story it carries: the paper it took the story from and
the network, after the last sentence ("… on Sept 4. - The Korea Herald/ANN", "… in May.
— The Jakarta Post/Asia News Network"). It reads like a picture's credit ("Name/Agency"),
but under the story's last sentence it signs the story off."""

from __future__ import annotations

import re

from dossier.clean import metadata as meta

_CARRIED = re.compile(
    r"(?<=[.!?”\"’])\s+[-–—]\s?(?P<paper>[A-Z][\w .&'’-]{1,40}?)\s?/\s?"
    r"(?:ANN|Asia News Network)$"
)


def network_trailer(text: str) -> str | None:
    """The paper a network's trailer at the end of ``text`` names, or None."""
    found = _CARRIED.search(" ".join(text.split()))
    return found["paper"] if found else None


def network_sign_off(text: str, names: meta.Outlets) -> tuple[str, int] | None:
    """The outlet a network's trailer closing ``text`` names, when the project knows it,
    and where the trailer starts (as ``metadata.outlet_trailer`` gives an outlet's own)."""
    found = _CARRIED.search(text)
    if found and (outlet := names.find(found["paper"])):
        return outlet, found.start()
    return None
