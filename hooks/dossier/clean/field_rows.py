"""A board's row of post details that opens on the post's date, then its labelled fields,
some left empty, one of them the count of views: "2022.06.23 뉴스구분 : FTA 관련국가 :
조회수 : 629" (news type, related country, views). The row only dates the post."""

from __future__ import annotations

import re

# the label of a post's view count, its number after it
_VIEWS = re.compile(r"조회수?|(?i:views?|hits|lượt xem|lượt đọc)")
MIN_FIELDS = 3  # labels: a row of two is a sentence's "A: B" as often
MAX_PART_WORDS = 3  # a value and the next label between two colons
MAX_ROW = 120  # characters


def labelled_fields(rest: str) -> bool:
    """``rest`` (a row after its date) is only labelled fields, "label : value", a label
    and a value of a word or two each, one of them a view count with its number."""
    if len(rest) > MAX_ROW or any(mark in rest for mark in '.!?“”"'):
        return False
    parts = [part.split() for part in rest.split(":")]
    if len(parts) < MIN_FIELDS + 1:  # a part more than its labels
        return False
    if len(parts[0]) != 1 or len(parts[-1]) > 1:
        return False  # one label opens the row, one value (or none) ends it
    if any(len(part) > MAX_PART_WORDS or not part for part in parts[1:-1]):
        return False
    counted = any(
        _VIEWS.fullmatch(part[-1]) and after[:1] and after[0][:1].isdigit()
        for part, after in zip(parts, parts[1:], strict=False)
    )
    return bool(counted)
