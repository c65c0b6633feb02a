"""A student's or a scholar's byline in Korean: the writer's name, then the school and the
department ("윤정인 아주대학교 교통시스템공학과"), a scholar's title after them, as a board of visitors' stories signs
each one under its title."""

from __future__ import annotations

import re

from dossier.places import is_place_name
from dossier.text import KOREAN_SURNAMES

# the school's name ends in its kind, the department's in its own (학과, 학부, 전공); a
# scholar's title may close the line ("이정민 서울대학교 경제학부 교수")
_SCHOOL_WRITER = re.compile(
    r"(?P<name>[가-힣]{2,4})\s+[가-힣]{1,12}(?:대학교|대학|고등학교)"
    r"\s+[가-힣·]{1,15}(?:학과|학부|전공)(?:\s+(?:교수|부교수|조교수|연구원|강사|박사))?"
)


def school_writer(text: str) -> str | None:
    """The writer's name a line of that shape gives, else None."""
    found = _SCHOOL_WRITER.fullmatch(text.strip())
    if not found or found["name"][0] not in KOREAN_SURNAMES:
        return None
    if is_place_name(found["name"]):  # "하노이 국가대학교 한국학과": the school's city
        return None
    return found["name"]
