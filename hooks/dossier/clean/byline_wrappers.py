"""What Korean papers print around a byline line: the wire's dateline before it, square
brackets around it. Taken off, the byline is one the byline shapes know."""

from __future__ import annotations

import re

from dossier.clean.korean_paper_words import KOREAN_OUTLET_WORD
from dossier.clean.lead_credits import HANDS

# "[ 강영호 기자 x@example.com ]": the whole byline in square brackets
_SQUARED = re.compile(r"\[\s*(?P<inner>[^\[\]]{4,80}?)\s*\]")
# "(서울=연합뉴스) 조재영 기자 =x@example.com": a wire's dateline opening the byline
# ("(서울연합뉴스) …": a copy that lost the equals sign, the place glued to a wire's name)
WIRE_LEAD = re.compile(
    r"\([가-힣]{1,8}(?:\s?=\s?[가-힣A-Za-z0-9]{2,12}|(?<=[가-힣])(?:연합뉴스|뉴시스|뉴스1))\)\s*"
)

# "[뉴스팀/한빛일보=김민서 기자]", "(한빛뉴스=김민서 기자)": in brackets, the desk or the
# paper the reporter files for (after the last slash), an equals sign, then the reporter
_FILED_FOR = re.compile(
    r"[\[(]\s*(?:[^\[\]()=]{0,38}/\s?)?(?P<desk>[^\[\]()=/]{2,40}?)\s?="
    r"\s?(?P<inner>[가-힣]{2,4}\s?기자)\s*[\])]"
)
# what a credit names a role by, a hand in the story or the interview's ("(사진·영상
# 편집=…)", "(… / 대담=…)", "[그래픽=…]"): no desk and no paper
_ROLE = re.compile(rf"{HANDS}|대담|정리")


def _files_for(desk: str) -> bool:
    """A desk ("뉴스팀", "사회부") or a paper ("한빛일보") the reporter files for."""
    desk_or_paper = KOREAN_OUTLET_WORD.search(desk) or desk.endswith(("부", "팀", "국"))
    return bool(desk_or_paper) and not _ROLE.search(desk)


def unwrapped(text: str) -> str:
    """The byline ``text`` without a wire's dateline before it, square brackets around
    it, or the desk it files for in brackets; ``text`` itself when it has none."""
    if (filed := _FILED_FOR.fullmatch(text)) and _files_for(filed["desk"]):
        return filed["inner"]
    inner = text
    if squared := _SQUARED.fullmatch(inner):
        inner = squared["inner"]
    if lead := WIRE_LEAD.match(inner):
        inner = inner[lead.end() :]
    return inner or text
