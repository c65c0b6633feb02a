"""What Korean papers print around a byline line: the wire's dateline before it, square
brackets around it. Taken off, the byline is one the byline shapes know."""

from __future__ import annotations

import re

# "[ 강영호 기자 x@example.com ]": the whole byline in square brackets
_SQUARED = re.compile(r"\[\s*(?P<inner>[^\[\]]{4,80}?)\s*\]")
# "(서울=연합뉴스) 조재영 기자 =x@example.com": a wire's dateline opening the byline
# ("(서울연합뉴스) …": a copy that lost the equals sign, the place glued to a wire's name)
WIRE_LEAD = re.compile(
    r"\([가-힣]{1,8}(?:\s?=\s?[가-힣A-Za-z0-9]{2,12}|(?<=[가-힣])(?:연합뉴스|뉴시스|뉴스1))\)\s*"
)

# "[뉴스팀/한빛일보=김민서 기자]", "(한빛뉴스=김민서 기자)": in brackets, the desk or the
# paper the reporter files for, an equals sign, then the reporter alone
_FILED_FOR = re.compile(
    r"[\[(]\s*[^\[\]()=]{2,40}=\s?(?P<inner>[가-힣]{2,4}\s?기자)\s*[\])]"
)


def unwrapped(text: str) -> str:
    """The byline ``text`` without a wire's dateline before it, square brackets around
    it, or the desk it files for in brackets; ``text`` itself when it has none."""
    if filed := _FILED_FOR.fullmatch(text):
        return filed["inner"]
    inner = text
    if squared := _SQUARED.fullmatch(inner):
        inner = squared["inner"]
    if lead := WIRE_LEAD.match(inner):
        inner = inner[lead.end() :]
    return inner or text
