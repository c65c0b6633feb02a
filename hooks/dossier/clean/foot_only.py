"""Lines that are furniture only at a page's foot, with nothing but furniture under them
(``page_feet.py``): a Korean copy's credit of its reporter and translator ("라이프 플라자
인턴 기자 – 외국어 대학교 Le Thu (하나) 번역") and a comment box's login prompt alone
("로그인해주세요", "로그인이 필요합니다."). Higher up the same words are the story's: a
headline or crosshead ending on the noun "번역", a message the story quotes."""

from __future__ import annotations

import re

# the reporter's credit, a dash, who translated it with their name in brackets, "번역"
_TRANSLATION_CREDIT = re.compile(r"[^.!?]{1,60}기자\s*[–—-]\s*[^.!?]{1,80}\)\s?번역\.?")
_LOGIN_PROMPT = re.compile(r"로그인\s?(?:을\s?)?해\s?주세요\.?|로그인이 필요합니다\.?")
_FOOT_ONLY = (
    ("korean translation credit", _TRANSLATION_CREDIT),
    ("login links", _LOGIN_PROMPT),
)


def foot_only(text: str) -> str | None:
    """Why ``text`` is furniture when it stands at the page's foot, or None."""
    bare = text.strip()
    return next((why for why, rule in _FOOT_ONLY if rule.fullmatch(bare)), None)
