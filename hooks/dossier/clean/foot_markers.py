"""Lines that open a page's foot though they are no furniture a list knows: a gallery's
label ("Some photos:", "Một số hình ảnh tại chương trình:"), the pictures under it captions,
and a heading over links to other stories ("관련기사로 알아보기"). Below either stand only
short lines (captions, other stories' headlines): the story has ended."""

from __future__ import annotations

import re

from dossier.clean.units import Unit

# "Some photos:", "A few pictures from the day:", "Photos:", "Một số hình ảnh tại chương
# trình giao lưu:", "Hình ảnh buổi lễ:", "사진 모음"
_GALLERY = re.compile(
    # (its tail a place or an occasion, no clause: not "Some photos shared online …:")
    r"(?i:(?:some|more|a few|other) (?:photos|pictures|images)"
    r"(?:\s(?:from|of|at|taken at|on)(?:\s[\w'’-]+){1,4})?\s?:|"
    r"(?:photos|pictures|photo gallery|gallery)\s?:)|"
    r"(?:Một số|Một vài|Thêm)\s(?:hình ảnh|ảnh)(?:\s(?:tại|của|về|trong)(?:\s\S+){1,8})?\s?:|"
    r"(?:Hình ảnh|Chùm ảnh)(?:\s(?:tại|của|về|trong|buổi|lễ)(?:\s\S+){0,5})?\s?:|"
    r"사진\s?(?:모음|갤러리)\s?:?"
)
# "관련기사로 알아보기", "관련 뉴스 더보기", "함께 보면 좋은 기사": a heading over other
# stories' headlines
_RELATED = re.compile(
    r"(?:관련\s?(?:기사|뉴스)|함께\s?(?:보면|읽으면)\s?좋은\s?(?:기사|글))"
    r"(?:로\s?알아보기|\s?더\s?보기|\s?목록)?"
)
MAX_BELOW_WORDS = 40  # words of a line under the label: a caption's, a headline's


def opens_the_foot(units: list[Unit], index: int) -> bool:
    """A gallery's label or a related stories' heading on a line of its own, only short
    lines under it."""
    unit = units[index]
    text = unit.text.strip()
    return (
        len(unit.lines) == 1
        and (
            _GALLERY.fullmatch(text) is not None or _RELATED.fullmatch(text) is not None
        )
        and all(len(u.text.split()) < MAX_BELOW_WORDS for u in units[index + 1 :])
    )
