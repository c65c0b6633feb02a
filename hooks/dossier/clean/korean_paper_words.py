"""The words a Korean paper's name ends in."""

from __future__ import annotations

import re

# the word a Korean paper's name ends in: "…뉴스", "…일보", "이코노믹데일리", "베한타임즈", "비즈월드",
# "경주포커스" (a column's label is no paper: "경제포커스", "이슈포커스")
_COLUMN = (
    "이슈|경제|정치|사회|정책|인물|포토|뉴스|산업|금융|문화|국제|현장|기획|주간|오늘"
)
KOREAN_OUTLET_WORD = re.compile(
    r"(뉴스|일보|신문|방송|통신|TV|닷컴|경제|데일리|타임즈|타임스|투데이|저널|미디어|포스트|월드|"
    rf"(?<!{_COLUMN})포커스)$"
)
KOREAN_PAPER = re.compile(r"[가-힣]{1,10}" + KOREAN_OUTLET_WORD.pattern)
