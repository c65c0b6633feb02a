"""A byline the page printed twice over."""

from __future__ import annotations


def shown_once(text: str) -> str:
    """A byline's words once, where the page printed them twice: "Thùy Linh Thùy Linh"
    (a name of two syllables alike, "Phương Phương", is one name)."""
    words = text.split()
    half = len(words) // 2
    if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text
