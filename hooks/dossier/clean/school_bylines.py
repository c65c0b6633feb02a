"""A student's or a scholar's byline in Korean: the writer's name, then the school and the
department ("윤정인 아주대학교 교통시스템공학과"), as a board of visitors' stories signs
each one under its title."""

from __future__ import annotations

import re

from dossier.text import KOREAN_SURNAMES

# the school's name ends in its kind, the department's in its own (학과, 학부, 전공)
_SCHOOL_WRITER = re.compile(
    r"(?P<name>[가-힣]{2,4})\s+[가-힣]{1,12}(?:대학교|대학|고등학교)"
    r"\s+[가-힣·]{1,15}(?:학과|학부|전공)"
)


def school_writer(text: str) -> str | None:
    """The writer's name a line of that shape gives, else None."""
    found = _SCHOOL_WRITER.fullmatch(text.strip())
    if not found or found["name"][0] not in KOREAN_SURNAMES:
        return None
    return found["name"]
