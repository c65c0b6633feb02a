"""The words only an outlet's name carries: an English paper's last word ("… Times",
"… Daily"), a Vietnamese kind of outlet before its name ("Báo …", "Tạp chí …"), a
Korean paper's last word ("…일보", "…신문"), or a domain ("example.vn")."""

from __future__ import annotations

import re

from dossier.clean.korean_paper_words import KOREAN_OUTLET_WORD
from dossier.clean.metadata import PAPER_WORD

OUTLET_WORD = re.compile(
    rf"\b{PAPER_WORD}\b|^(?:Báo|Tạp chí|Đài|Cổng|Kênh)\s|"
    rf"{KOREAN_OUTLET_WORD.pattern.removesuffix('$')}(?:\s|$)|\w\.[a-z]{{2,4}}\b"
)
