"""Words that say a name's kind only as its last word.

A command is a body ("Border Guard Command"), but "Command Center" and "Framework
Capital Partners" are named by common words; a framework with a word of nations'
dealings in it is an agreement ("Indo-Pacific Economic Framework"), but "Spring
Framework" is software.
"""

from __future__ import annotations

_DEALINGS = frozenset(
    ("economic", "economy", "trade", "cooperation", "partnership", "investment")
)


def last_word_evidence(keys: list[str]) -> dict[str, int]:
    """The evidence a name's folded word ``keys`` take from their last word: a head
    noun's, to a type's score."""
    if len(keys) > 1 and keys[-1] == "command":
        return {"organizations": 5}
    if len(keys) > 1 and keys[-1] == "framework" and _DEALINGS.intersection(keys):
        return {"agreements": 5}
    return {}
