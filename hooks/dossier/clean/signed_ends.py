"""The line that signs a story off at its end, where the page's foot begins: the wire's
reporter's address with its end mark ("kim@wire.co.kr (끝)"), or a correspondent's name
and where they filed from ("Minh Anh (Từ Seoul)", "Quốc Huy (từ Busan)")."""

from __future__ import annotations

import re

from dossier.clean.units import Unit

# "kim@wire.co.kr (끝)", "kim@wire.co.kr (END)": the reporter's address and the wire's end
# mark on a line of their own, the story's last line
_ADDRESS_END = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\((?:END|end|끝)\)")
# "Minh Anh (Từ Seoul)": a Vietnamese correspondent's name, two to four words each
# capitalised, and the place they filed from
_FILED_FROM = re.compile(
    r"(?P<name>[A-ZÀ-ỸĐ][\wÀ-ỹđ]*(?:\s[A-ZÀ-ỸĐ][\wÀ-ỹđ]*){1,3})\s\([Tt]ừ\s[^()]{2,40}\)"
)


def is_signed_end(text: str) -> bool:
    """A line that only signs the story off."""
    return bool(_ADDRESS_END.fullmatch(text) or _FILED_FROM.fullmatch(text))


def filed_by(text: str) -> str | None:
    """The correspondent a "Name (Từ Place)" line names."""
    filed = _FILED_FROM.fullmatch(text.strip())
    return filed["name"] if filed else None


def last_signed_end(units: list[Unit], index: int) -> bool:
    """The unit at ``index`` signs the story off and no later one does: a roundup's
    correspondents each sign their part ("Minh Anh (Từ Seoul)" … "Quốc Huy (Từ Busan)"),
    and only the last signature ends the story."""
    return is_signed_end(units[index].text) and not any(
        is_signed_end(unit.text) for unit in units[index + 1 :]
    )
