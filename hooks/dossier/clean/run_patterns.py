"""Patterns that open on a run of one class of characters (an address's ``[\\w.+-]+`` before
its ``@``), sought in time linear in the text.

``re`` tries such a pattern from every position of a long run (50,000 letters pasted as one
word) and reads the run to its end from each: quadratic. Where the pattern matches at a
position inside a run, it matches from the character before too (the run takes one more), so
the leftmost match opens where a run opens, or where the search started. A run pattern tries
the search's start, then only the openings of runs (a lookbehind), and finds the same matches
as the plain pattern, at the same places."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator


class RunPattern:
    """``pattern`` opens on ``run+`` (a character class, as many as there are) and never
    matches nothing: its searches, as ``re`` gives them for the plain pattern."""

    def __init__(self, pattern: str, run: str, flags: int = 0) -> None:
        self.plain = re.compile(pattern, flags)
        self.opening = re.compile(rf"(?<!{run})(?:{pattern})", flags)

    @property
    def pattern(self) -> str:
        return self.plain.pattern

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.plain.match(text, pos) or self.opening.search(text, pos + 1)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while pos <= len(text) and (match := self.search(text, pos)):
            yield match
            pos = match.end()

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        parts, last = [], 0
        for match in self.finditer(text):
            parts += [
                text[last : match.start()],
                repl(match) if callable(repl) else match.expand(repl),
            ]
            last = match.end()
        return "".join(parts) + text[last:]
