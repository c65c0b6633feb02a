"""A Korean page's line naming the body or paper its story is from (``출처 : 문화체육관광부,
2023.6`` closing a site's retelling of a ministry's release; ``@출처 대통령실 홈페이지
바로가기`` over a ministry's copy of the presidential office's): its source, whether or not
outlets.yml lists it. Read only above the story or at the page's foot: between paragraphs a
``출처 : 통계청`` is a chart's or a table's source. A photo library's credit (``출처 :
게티이미지뱅크``) names no body or paper and is left to the captions."""

from __future__ import annotations

import re

# the label: "출처 :", "@출처", "[출처]"; then the name, then a date or its home page
_SOURCE = re.compile(
    r"@?출처\s?[:：]?\s?(?P<name>[가-힣]{2,20})"
    r"(?:\s?,\s?\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?\.?|\s홈페이지(?:\s바로가기)?)?"
)
# what a public body's or a paper's name ends on: a ministry (부), an office (처, 청, 실),
# an institute (원), a committee or a company (회, 공사, 공단), a foundation, a centre, a
# university, or a paper's word
_BODY_OR_PAPER = re.compile(
    r"(?:부|처|청|실|원|위원회|공사|공단|재단|센터|대학교|신문|일보|뉴스|방송|통신|타임즈|타임스)$"
)


def korean_source(text: str) -> str | None:
    """The body or paper a line of its own names as the story's source, or None."""
    found = _SOURCE.fullmatch(text.strip())
    if found and _BODY_OR_PAPER.search(found["name"]):
        return found["name"]
    return None
