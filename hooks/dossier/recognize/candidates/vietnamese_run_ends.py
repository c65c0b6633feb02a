"""Where the run of syllables after a Vietnamese head ends, beyond its function words: a
verb of two syllables the sentence goes on with ("Trung tâm … thông báo", announces), and
the words in lower case that end a long name and are its own ("… Gia đình đa văn hóa",
multicultural; "… Quốc hội thế giới", of the world)."""

from __future__ import annotations

import re

from dossier.places import is_country

# verbs of two syllables a sentence goes on with after a name, each syllable of which is
# also a noun's in some name ("Trung tâm Thông tin", "Cục Công nghệ"): only the pair ends
_VERB_PAIRS = frozenset(
    [
        ("thông", "báo"),  # to announce
        ("công", "bố"),  # to publish
        ("phát", "biểu"),  # to speak
        ("khai", "mạc"),  # to open
    ]
)
# lower-case words that end a name cut back to its last capital: "đa văn hóa"
# (multicultural), "thế giới" (world), "toàn cầu" (global)
_TAILS = (
    ("đa", "văn", "hóa"),
    ("đa", "văn", "hoá"),
    ("thế", "giới"),
    ("toàn", "cầu"),
)
_SYLLABLE = re.compile(r"[ \t]+([^\W\d_][\w’'-]*)")


def verb_pair(text: str, at: int, word: str) -> bool:
    """``word`` and the syllable after it (from ``at``) make a verb of two syllables."""
    after = _SYLLABLE.match(text, at)
    return after is not None and (word, after.group(1)) in _VERB_PAIRS


def with_tail(words: list[str], last: int) -> int:
    """The index of the last syllable of a name cut back to ``last``, with the lower-case
    words that end it after it (``words`` the syllables read)."""
    for tail in _TAILS:
        if tuple(words[last + 1 : last + 1 + len(tail)]) == tail:
            return last + len(tail)
    return last


_PLURAL = "các"


def plural_opens(text: str, at: int, word: str, words: list[str]) -> bool:
    """``word`` is "các" right after an event's head and a capital follows from ``at``:
    those who meet ("Hội nghị các Chủ tịch Quốc hội …"), inside the name."""
    after = _SYLLABLE.match(text, at)
    return (
        word == _PLURAL
        and not words
        and after is not None
        and after.group(1)[0].isupper()
    )


def ends_in_country(words: list[str]) -> bool:
    """The syllables read end in a country's name ("… Hàn Quốc")."""
    return any(
        is_country(" ".join(words[-size:])) for size in (2, 1) if len(words) >= size
    )
