"""A Korean wire's picture notice on a line of its own, under the caption it closes:
"[부산시 제공. 재판매 및 DB 금지]" (given by, not to be resold), "[Provided by X. Resale and
DB prohibited]". Over it stands the caption, a line that may end on a noun, no stop
("베트남어로 된 신문 특별판")."""

from __future__ import annotations

import re

# who gave or took the picture, then the wire's resale notice, all in one bracket
RESALE_NOTICE = re.compile(
    r"\[[^\[\]]{1,40}(?:제공|캡처|촬영)\.?\s?재판매\s?및\s?DB\s?금지\]|"
    r"\[[^\[\]]{1,60}(?i:resale and db prohibited)\]"
)
# "- …", "1. …", "▶ …": a list's item, which a notice does not close
LIST_MARK = re.compile(r"[-•*·▶►]|\d{1,2}[.)]\s")


def is_resale_notice(text: str) -> bool:
    """The whole line is the wire's notice under a picture's caption."""
    return RESALE_NOTICE.fullmatch(text.strip()) is not None


def bracket_reason(text: str) -> str:
    """Why a line in brackets goes: the wire's notice is a picture's credit, any other a
    section's label ("[Tags]")."""
    return "picture credit" if is_resale_notice(text) else "section label"


def caption_over_notice(text: str, credit: str) -> bool:
    """``text``, standing alone right over ``credit``, is the caption the wire's notice
    closes, a stop at its end or none; a list's item is not."""
    return is_resale_notice(credit) and LIST_MARK.match(text) is None


# "Seong Ghi-hong (L), president of …, Vu Viet Trang (C) …", "… Park Geun-hye (2nd R)":
# where a named one stands in a wire's picture, in the wire's short marks (not "(C) Yonhap
# News Agency", a copyright opening its line)
_PLACED = re.compile(
    r"[\w.]\s\((?:L|R|C|[1-5](?:st|nd|rd|th)\s[LR]|L-R|R-L|from [LR])\)"
)


def placed_by_wire(text: str) -> bool:
    """The line places a named one in the picture as a wire's caption does: a caption,
    though the wire signs it as it signs a story ("… on Nov. 8. (Yonhap)")."""
    return _PLACED.search(text) is not None
