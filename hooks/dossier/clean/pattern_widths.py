"""How long a string a regular expression can match whole: a line outside those bounds is
let go without running the expression (most clutter rules match short lines only, and a
story's lines are long)."""

from __future__ import annotations

import re

try:  # the parser re compiles with (private, but there since Python 3.11)
    from re import _parser
except ImportError:  # pragma: no cover - another Python's re
    _parser = None

UNBOUNDED = 1 << 62


def match_widths(pattern: re.Pattern[str]) -> tuple[int, int]:
    """The fewest and the most characters ``pattern`` can match: ``(0, UNBOUNDED)`` when
    the parser cannot say."""
    if _parser is None:
        return 0, UNBOUNDED
    try:
        low, high = _parser.parse(pattern.pattern, pattern.flags).getwidth()
    except Exception:  # noqa: BLE001 - any parser change: no bounds, every line tried
        return 0, UNBOUNDED
    return low, UNBOUNDED if high >= _parser.MAXREPEAT else high
