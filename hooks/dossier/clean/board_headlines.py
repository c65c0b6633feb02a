"""A Korean public body's board post: its title over the post's details, each label on a
line of its own and its value on the next ("작성자" / "공보관" / "등록일" / "2021-05-03",
"출처" / "외교부" / "작성일" / "2022.10.25" / "원본URL" / "https://…"), then the post's
body. The title is the headline, however long a line the body opens with; the body's
first lines may be a subtitle ("< 시, 베트남 공무원 연수 지원 >", "- 시장 “…”"), which
the post prints as the body's opening (paragraph 1, as ``body_decks`` reads a news CMS's),
and a picture's caption among them ("… 임용장을 수여한 후 기념촬영") stays a caption."""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.clean.board_posts import BOARD_DETAILS
from dossier.clean.body_decks import picture_line
from dossier.clean.shapes import is_headline, paragraph_like
from dossier.clean.units import Unit, drop_unit
from dossier.model import DroppedLine

# the post's category ("구분" / "동포행사"), and the link to its original: words a subtitle
# may open with too ("구분 없는 지원 …"), so details only alone, with a short value after a
# colon ("구분: 동포소식"), or with one in letters ("분류 Hàn Quốc")
_WORD_LABELS = ("구분", "분류", "원본")
_WORD_LABEL_ROW = re.compile(
    rf"(?:{'|'.join(_WORD_LABELS)})(?:\s*:\s*\S+(?:\s\S+)?|(?:\s[^\s가-힣]+){{1,2}})?"
)
# the labels of a board post's details, set bare on their lines
BOARD_LABELS = frozenset(
    ["작성자", "글쓴이", "등록일", "작성일", "게시일", "수정일", "출처", "원본URL"]
    + ["원문URL", "조회", "조회수", "담당부서", "담당자", "부서", "연락처", "첨부파일"]
    + list(_WORD_LABELS)
)
MAX_VALUE_WORDS = 4  # "공보관", "외교부", "국제협력과 홍길동"
MAX_HEADER_UNITS = 16
# lines from the title to its first label: right under it, or a blank line between
MAX_GAP = 2
# more of the post's details under them: a desk's telephone ("국제협력과 031-123-4567"),
# an attached file's name ("보도자료 (1).hwp"), a label with its value on its line
# ("첨부파일 없음", "담당부서: 국제협력과")
_PHONE = re.compile(r"\b0\d{1,2}[-)]\s?\d{3,4}-\d{4}\b")
_FILE = re.compile(
    r"\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|gif)$", re.IGNORECASE
)
_POINT = re.compile(r"[-–]\s\S")  # "- 시장 “…”": a subtitle's point, led by a dash
MAX_BODY_DECKS, MAX_DECK_WORDS = 3, 24
_WRAPPED = re.compile(r"<\s*(?P<text>[^<>]{4,200}?)\s*>")  # "< subtitle >"


def _label(unit: Unit) -> bool:
    return unit.lines[0].text.strip().rstrip(":").strip() in BOARD_LABELS


def _more_details(text: str) -> bool:
    head = text.split()[0].rstrip(":") if text.split() else ""
    if head in _WORD_LABELS:
        return _WORD_LABEL_ROW.fullmatch(text.strip()) is not None
    return (
        head in BOARD_LABELS
        or _PHONE.search(text) is not None
        or bool(_FILE.search(text))
    )


def _value(unit: Unit) -> bool:
    return (
        len(unit.lines) == 1
        and len(unit.text.split()) <= MAX_VALUE_WORDS
        and not paragraph_like(unit)
        and not _label(unit)
    )


def board_details(units: list[Unit], dated: frozenset[int]) -> tuple[int, int] | None:
    """(the headline's index, the last line of the post's details) when a headline-like
    unit of the header stands right over a run of bare labels (``BOARD_LABELS``) with the
    post's date among them (``dated``: the date lines' numbers)."""
    for index, unit in enumerate(units[:MAX_HEADER_UNITS]):
        if paragraph_like(unit) and not is_headline(unit):
            return None  # the story: no post's details above it
        if index + 1 >= len(units) or not is_headline(unit) or _label(unit):
            continue
        top = unit.lines[-1].number
        if not (_label(units[index + 1]) and units[index + 1].number - top <= MAX_GAP):
            continue
        end, at = top, index + 1
        while at < len(units) and _label(units[at]):
            end = units[at].lines[-1].number
            below = units[at + 1] if at + 1 < len(units) else None
            alone = len(units[at].lines) == 1  # its value on the line under it
            if alone and below and below.number == end + 1 and _value(below):
                end, at = below.number, at + 1
            at += 1
        dates = [line for line in dated if top < line <= end + MAX_GAP]
        if dates:
            return index, max(end, *dates)
    return None


def open_board_body(
    dropped: list[DroppedLine], units: list[Unit], details_end: int
) -> list[Unit]:
    """The units under the post's details (``details_end``, their last line), which are
    logged as dropped: the subtitle above the story marked as the body's opening (``deck``;
    its angle brackets taken off and logged), a Korean picture's caption among its lines as
    a caption (a credit too), more details (a desk's telephone, an attached file) dropped."""
    for unit in units:
        if unit.number <= details_end:
            drop_unit(dropped, unit, BOARD_DETAILS)
    body = [u for u in units if u.number > details_end]
    marked, gone = 0, []
    for unit in body:
        point = _POINT.match(unit.text) is not None
        if (paragraph_like(unit) and not point) or marked == MAX_BODY_DECKS:
            break
        if len(unit.lines) != 1 or len(unit.text.split()) > MAX_DECK_WORDS:
            break
        if _more_details(unit.text):
            drop_unit(dropped, unit, BOARD_DETAILS)
            gone.append(unit)
            continue
        if picture_line(unit.text):  # "… 기념촬영", "시청 전경", "가람시 제공"
            unit.caption = True
            continue
        unit.deck, marked = True, marked + 1
        if wrapped := _WRAPPED.fullmatch(unit.text):
            line = unit.lines[0]
            dropped.append(DroppedLine(line.number, "< >", "subtitle's brackets"))
            unit.lines = [replace(line, text=wrapped["text"])]
    return [u for u in body if all(u is not g for g in gone)]
