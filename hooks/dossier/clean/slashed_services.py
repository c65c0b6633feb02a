"""Two words joined by a slash before a Korean reporter's name: a news service and its
channel ("한빛통신/한빛 TV 나민수 기자") or the writer's two jobs ("글/사진 나민수 기자")
sign the story; any other two words ("이주민/다문화 청년 기자": a subheading) and a
picture's or a clip's credit ("사진/연합뉴스 이영희 기자", under a caption) do not."""

from __future__ import annotations

import re
from collections.abc import Callable

_CHANNEL = re.compile(r"(?:TV|방송|뉴스)$")  # "한빛 TV", "한빛방송", "한빛뉴스"
_CREDITS = frozenset({"사진", "영상"})  # the picture's, the clip's: never the story's


def service_signs(lead: str, find: Callable[[str], str | None]) -> bool:
    """``lead`` ("한빛통신/한빛 TV") is a service and its channel, one of them known to
    ``find`` or named by a channel's word, or the writer's jobs ("글/사진")."""
    first, second = lead.split("/", 1)
    if first in _CREDITS:
        return False
    return first == "글" or any(
        find(side) or _CHANNEL.search(side) for side in (first, second)
    )
