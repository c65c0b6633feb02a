"""A storm Korean names in quotes after the word for its kind: "태풍 '야기'" (Typhoon
Yagi), "열대폭풍 ‘짜미’"; an event. Only one word of Hangul in the quotes: "태풍
'매우 강함'" is a grade, "태풍 '경보'" a warning."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import Named

_STORM = re.compile(
    r"(?<![가-힣])(?:태풍|열대폭풍|열대성 폭풍|허리케인|사이클론)\s?"
    r"[‘'\"“](?P<name>[가-힣]{2,6})[’'\"”]"
)
# what a storm's bulletin says in quotes, no name: "태풍 '경보'", "'북상'"
_BULLETIN = frozenset(("경보", "주의보", "북상", "상륙", "소멸", "비상"))


def storms(text: str) -> Iterator[Named]:
    """(name, "events", start, end) of each storm ``text`` names in quotes."""
    for match in _STORM.finditer(text):
        if match["name"] not in _BULLETIN:
            yield match["name"], "events", match.start("name"), match.end("name")
