"""The shape of a token no name is written as: an image's data or a tracking code."""

from __future__ import annotations


def code_like(text: str) -> bool:
    """A token no name is written as: very long, or letters of both cases and digits."""
    if len(text) >= 20:
        return True
    mixed = any(c.isdigit() for c in text) and not text.isupper()
    return mixed and len(text) >= 8 and any(c.isupper() for c in text[1:])
