"""The pictographs pages decorate text with (emoji, symbols, the joiners between them): one
class, read alike wherever a headline, a dateline or a sentence's end may carry them."""

from __future__ import annotations

import re

# emoji, flags (regional indicators) and skin tones; symbols and dingbats; the block of
# stars and squares (⭐, ⬛); the variation selector and the zero-width joiner
PICTOGRAPH_CHARS = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
_PICTOGRAPH = re.compile(f"[{PICTOGRAPH_CHARS}]")


def is_pictograph(character: str) -> bool:
    return _PICTOGRAPH.fullmatch(character) is not None
