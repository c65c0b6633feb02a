"""A blog's name where its post details print it: the name, then the day and time the
post went up, on a line of their own under the title ("Chan_찬찬 2023. 8. 2. 10:46",
"보다비엣 : 베트남을 보다 2025. 6. 23. 00:17"), as a Korean blog platform sets them. Read
only when nothing else names the outlet: a platform's address names no outlet."""

from __future__ import annotations

import re

MAX_DETAILS_LINE = 30  # the details stand in the page's header
# the name (its motto after " : " aside), then "YYYY. M. D. HH:MM"
_POSTED = re.compile(
    r"(?P<name>[^\s:][^:]{0,38}?)(?:\s:\s[^:]{1,40}?)?\s+"
    r"(?:19|20)\d\d\.\s?\d{1,2}\.\s?\d{1,2}\.\s+\d{1,2}:\d{2}"
)
# a date's own label, not a blog's name: "승인 : …", "기사승인 …", "입력 …", "등록일 …",
# "Posted on …"; a reporter's or a board's writer: "김철수 기자 …", "관리자 …"
_DATE_LABEL = re.compile(
    r"(?:승인|입력|수정|등록|작성|게시|발행|송고|업데이트)일?(?:시)?$|"
    r"(?:기자|특파원|관리자|운영자|작성자|글쓴이)$|"
    r"(?i:(?:posted|published|updated|date)(?:\s+on)?)$"
)


def blog_name(text: str) -> str | None:
    """The name a blog's post details give in the page's first lines, else None."""
    for line in text.splitlines()[:MAX_DETAILS_LINE]:
        found = _POSTED.fullmatch(line.strip())
        if found and not _DATE_LABEL.search(name := found["name"].strip()):
            return name
    return None
