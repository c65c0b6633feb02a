"""The outlet signing off a page in brackets on a line of its own ("(SBS Star)")."""

from __future__ import annotations

import re

# "(SBS Star)", "(Example News)": the outlet signing off in brackets, on a line of its own
_SIGNED_IN_BRACKETS = re.compile(r"\(([A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})\)")
_NO_OUTLET = frozenset(("END", "LEAD", "UPDATE", "UPDATED", "PHOTO", "VIDEO", "AD"))


def bracketed_sign_off(text: str) -> str | None:
    """The outlet a last line "(SBS Star)" names; not "(END)", the wire's end mark."""
    found = _SIGNED_IN_BRACKETS.fullmatch(text)
    return found[1] if found and found[1].upper() not in _NO_OUTLET else None
