"""A section's label in brackets opening the story's first paragraph, a dash after it
("(13th Congress) - National Assembly …", "(Economy) – The bank …"): the page's filing of
the story, no part of its lead. An outlet's tag ("(VNA) -", "(Reuters) -") is read before
this, as the edges' outlet tags."""

from __future__ import annotations

import re

# a few words in brackets, then a spaced dash and the lead's capital or quote
_BRACKETED = re.compile(
    r"\((?P<label>[^()\s][^()]{1,38}[^()\s])\)\s*[-–—]{1,2}\s+(?=[A-ZÀ-ỸĐ\"“‘'])"
)
MAX_LABEL_WORDS = 4
MIN_LEAD_CHARS = 40  # what is left must read as the lead


def bracketed_label(text: str) -> str | None:
    """The label and its dash opening ``text``, as written, or None."""
    found = _BRACKETED.match(text)
    if (
        found is None
        or len(found["label"].split()) > MAX_LABEL_WORDS
        or len(text) - found.end() < MIN_LEAD_CHARS
    ):
        return None
    return text[: found.end()]
