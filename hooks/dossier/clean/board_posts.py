"""A Korean message board's post details: "작성자 운영자 작성일 25-06-10 17:28 조회 58" on
one line, or on a line each ("작성자 triss", "작성일 2025.09.10 13:05", "분류 Hàn Quốc",
"469 조회"): the writer and the date they state, and labels that state nothing."""

from __future__ import annotations

import re

from dossier.clean.bylines import REPORTER_DESK
from dossier.clean.dates import BOARD_DATE, find_date

# "작성자 운영자 작성일 25-06-10 17:28": a Korean message board's post date, its year in two
# digits (dates.BOARD_DATE), or in four ("등록일 : 2025.09.10 13:05")
_POSTED = re.compile(r"(?:작성일|등록일|게시일)\s*(?::\s*)?(?P<date>\d[\d.\-/ ]{5,15})")


def board_date(text: str) -> str | None:
    """The date a Korean message board's post details give, as ISO ``YYYY-MM-DD``
    (none for "작성일 25-02-30": no such day)."""
    if board := BOARD_DATE.search(text):
        return find_date(board[0])
    posted = _POSTED.search(text)
    return find_date(posted["date"]) if posted else None


# (the label, a colon or none, the value: "작성자 : triss"; never the one-line details,
# "작성자 홍길동 작성일 25-06-10", which the clutter rules read, nor a sentence's end)
_WRITER = re.compile(
    r"(?:작성자|글쓴이)\s*(?::\s*)?(?P<name>(?:(?!작성일|등록일|날짜|조회)[^\s:.])"
    r"(?:(?!작성일|등록일|날짜|조회)[^.]){0,30})"
)
# "분류 Hàn Quốc" (category), "469 조회" (views): a short label, no sentence ("분류 작업은 …
# 진행된다.")
_DETAIL = re.compile(
    r"(?:분류|카테고리)\s*(?::\s*)?(?:[가-힣]{1,10}|[^\s.가-힣]{1,20}(?:\s[^\s.가-힣]{1,20}){0,2})|"
    r"\d[\d,]*\s*조회|조회수?\s*(?::\s*)?\d[\d,]*(?:\s?(?i:hits?)|회)?|페이지\s?정보"
)  # a category of one Hangul word ("분류 공지사항") or a few Latin ones ("분류 Hàn Quốc")
# the board's own account, which writes no story: "운영자" (operator), "관리자" (manager),
# or a desk ("홍보협력팀": the public relations team), no person
_ADMINS = frozenset(["운영자", "관리자", "최고관리자", "admin", "administrator"])
_DESK = re.compile(r"[가-힣]{2,}(?:팀|부|실|과|처|국|센터|재단)")
_REPORTER_AFTER = re.compile(rf"(?<=[가-힣]{{2}})\s?{REPORTER_DESK}(?:기자|특파원)$")
# (the board's account has five syllables: "최고관리자 작성일19-10-08 13:49 Hit126", its
# counts after the time)
_NAMED_POST = re.compile(
    r"(?P<name>[가-힣]{2,5})\s+(?:작성일|등록일)\s*(?::\s*)?\d[\d.\-/]{5,10}(?:\s+\d{1,2}:\d{2})?"
    r"(?:\s*(?:조회|추천|댓글|(?i:hits?))\s*:?\s*\d[\d,]*[건회]?)*"
)
# "작성자 : 채종환 작성일 : 2019-03-25 조회 : 132", "작성자여여심 작성일15-10-18 20:55": the
# one-line details, the writer first (its counts may stand before the date)
_WRITER_FIRST = re.compile(
    r"(?:작성자|글쓴이)\s*(?::\s*)?(?P<name>[^\s:]{2,20})"
    r"(?:\s+(?:조회|추천|댓글)\s*:?\s*\d[\d,]*[건회]?)*\s*(?:작성일|등록일|날짜)"
)
# the writer the one-line details name, as a person: a Korean name of two to four syllables
# ("채종환") or a user's handle ("triss"); not a body ("호치민한인회", "주베트남대한민국대사관")
_PERSON_WRITER = re.compile(r"[가-힣]{2,4}|[A-Za-z][A-Za-z0-9_.]{2,19}")
_BODY_END = re.compile(r"(?:한인회|협회|대사관|영사관)$")
_LISTED = re.compile(r"^[-•·]\s")  # a detail set as a list's item
BOARD_DETAILS = "board post details"  # the reason their lines are dropped
MAX_WRITER_WORDS = 3


def _nobody(name: str) -> bool:
    """The board's own account or a desk, no person ("관리자", "홍보팀")."""
    return name.casefold() in _ADMINS or _DESK.fullmatch(name) is not None


def board_field(text: str) -> tuple[tuple[str, ...], str | None] | None:
    """(the writer, the date) one line of a board's post details states, or None when
    the line is none of them ("- 게시일2025.07.10.", "- 조회수58 Hit": listed)."""
    text = _LISTED.sub("", text)
    if (named := _NAMED_POST.fullmatch(text)) and (found := board_date(text)):
        # "김장현 작성일19-10-24 16:49": the writer's name, no label before it
        return (() if _nobody(named["name"]) else (named["name"],)), found
    if writer := _WRITER.fullmatch(text):
        name = writer["name"].strip()
        if len(name.split()) > MAX_WRITER_WORDS or name == "정보":
            return None  # "작성자 정보": the label of the writer's details, navigation
        # "작성자 황미현 기자": a paper's reporter, by the word for one after the name
        name = _REPORTER_AFTER.sub("", name)
        return (() if _nobody(name) else (name,)), None
    if (first := _WRITER_FIRST.match(text)) and (found := board_date(text)):
        name = first["name"]
        person = _PERSON_WRITER.fullmatch(name) and not _BODY_END.search(name)
        return (() if _nobody(name) or not person else (name,)), found
    if _POSTED.match(text) and (found := board_date(text)):
        return (), found
    return ((), None) if _DETAIL.fullmatch(text) else None
