"""Dates as pages state them: ``Posted : 2023-05-02 10:11``, ``08:40, 03/02/2024``,
``Published 5 May 2024``, ``2025년 3월 4일``, ``ngày 4 tháng 3 năm 2025``. Numeric dates with
slashes are read day first (the Vietnamese and British order) unless the first number cannot
be a day's month."""

from __future__ import annotations

import datetime
import re

from dossier.clean.field_rows import labelled_fields
from dossier.clean.languages import VIETNAMESE_LETTER
from dossier.text import MONTHS

_MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH = (
    r"(?P<{}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
MONTH_WORD = MONTH.replace("(?P<{}>", "(?:")  # a month's name, where no group is wanted
_ORD = r"(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
# a date in figures, the year first: "2024-07-01", "2024.7.1", "2024/07/01"; spaced, as
# Korean pages print it: "2024. 8. 2"; then perhaps the clock: " 10:52", " 18:48:05"
YEAR_FIRST = r"(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}"
YEAR_FIRST_SPACED = r"(?:19|20)\d\d[-./]\s?\d{1,2}[-./]\s?\d{1,2}"
CLOCK_AFTER = r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
# "[20210708]": a day's eight digits in brackets, as a board labels a headline with it
COMPACT_DATE = re.compile(r"\[(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\]")
# "작성일 24-07-04 23:35", "글쓴날 : [13-09-11 14:43]": a Korean board's post date, the
# year in two digits (the board software's own format), after its label
BOARD_DATE = re.compile(
    r"(?:작성일|글쓴날|등록일|작성일자)\s*:?\s*\[?(?P<yy>\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"(?![\d-])"
)
_DATES = (
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d\d)[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)"
    ),
    re.compile(  # "04/04/2022", and "04 - 04 - 2022" with spaces about the dashes
        r"(?<!\d)(?P<d>\d{1,2})(?:[-/.]| - )(?P<m>\d{1,2})(?:[-/.]| - )(?P<y>(?:19|20)\d\d)"
        r"(?:(?!\d)|(?=(?:[01]\d|2[0-3]):[0-5]\d))"  # "14/05/201809:30:00": a time run on
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}}){_ORD}\s+{MONTH.format('m')},?\s+(?P<y>(?:19|20)\d\d)\b"
    ),
    # "03, Feb. 2020", "Monday, 03, Feb. 2020": a comma after the day, where the day opens
    # the text or follows its weekday (not "Week 3, March 2024", a number's own word)
    re.compile(
        rf"^\s*(?:{_WEEKDAY},?\s+)?(?P<d>\d{{1,2}}){_ORD},\s+{MONTH.format('m')},?\s+"
        r"(?P<y>(?:19|20)\d\d)\b"
    ),
    re.compile(
        rf"(?<![^\W\d_]){MONTH.format('m')}\s*(?P<d>\d{{1,2}}){_ORD},?\s*"
        r"(?P<y>(?:19|20)\d\d)\b"
    ),
    re.compile(rf"\b{MONTH.format('m')},?\s+(?P<d>\d{{1,2}})/(?P<y>(?:19|20)\d\d)\b"),
    # "January, 29 2019": a comma after the month, none after the day; the year closes the
    # date, the line or a field ending after it ("By June, 12 2024 graduates …" no date)
    re.compile(
        rf"(?<![^\W\d_]){MONTH.format('m')},\s*(?P<d>\d{{1,2}}){_ORD}\s+"
        r"(?P<y>(?:19|20)\d\d)(?=[ \t]*(?:$|\n|[,|]|[–—-](?:\s|$)|\d{1,2}[:h]\d\d))"
    ),
    # "29/September/2017", "29-Sep-2017": the month's name between slashes or dashes
    re.compile(  # (and "29-SEP-2017", as registers write it)
        rf"\b(?P<d>\d{{1,2}})[/-]{MONTH.format('m')}[/-](?P<y>(?:19|20)\d\d)\b", re.I
    ),
    re.compile(
        r"(?P<y>(?:19|20)\d\d)\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"
    ),
    # "승인 : 2019. 10. 25. 17:31", "입력 : 2024. 04.29(월)": Korean pages space the dots
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d\d)\.\s(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.?(?!\d)"
    ),
    re.compile(
        r"(?:ngày\s+|(?<!\d))(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
        re.I,
    ),
    # ("31, Tháng 08, 2021 | 16:50": a comma after the day)
    re.compile(r"\b(?P<d>\d{1,2}),?\s+tháng\s+(?P<m>\d{1,2}),?\s+(?P<y>\d{4})\b", re.I),
    COMPACT_DATE,
    # "26 Nov '13": the year's last two digits after an apostrophe
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+{MONTH.format('m')}\s+['’](?P<yy>\d\d)\b"),
    BOARD_DATE,
    # "25(Mon), Apr, 2022": the day, its weekday in brackets, the month, the year
    re.compile(
        rf"\b(?P<d>\d{{1,2}})\s?\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\),?\s+"
        rf"{MONTH.format('m')},?\s+(?P<y>(?:19|20)\d\d)\b"
    ),
)
# "19 10 2009", "27 | 07 | 2007": a line of the date alone, its numbers set apart by
# spaces or bars, day first; read only where a page's date line stands, in its head above
# the story (``head_date_line``): below it the same line is a table's row ("3 | 1 | 2019")
# or a score, and in a sentence ("Top 10 5 2020") it is none
_SPACED_DATE = re.compile(
    r"\s*(?P<d>[0-3]?\d)(?P<gap>\s\|\s|\s)(?P<m>[01]?\d)(?P=gap)(?P<y>(?:19|20)\d\d)\s*"
)
CENTURY_TURN = 70  # "'69" is 2069, "'70" 1970
_DATE_LABEL = re.compile(
    r"(posted|published|updated|last updated|last modified|update|date of issue|date|"
    r"ngày đăng|cập nhật|"
    r"đăng|issued|"
    r"all news|released?|created|modified|thời gian|approved|write|written|승인|입력|수정|"
    r"업데이트|등록|기사입력|최종수정|최종편집|"
    # "2025/09/23 15:12 송고": a wire story's filing time; "… 13:00:01 게재": posted
    r"등록|발행|게재|송고(?:시간)?|작성일|글쓴날|등록일|작성일자)\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?", re.I)
# "3 hours ago", "(4일 전)" (4 days ago), and a story's reading time ("Read time: 1 min")
_AGO = re.compile(
    r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|"
    r"\(\d+\s?(?:초|분|시간|일|주|달|개월|년)\s?전\)|"
    r"\bread(?:ing)?\s+time\s*:?\s*\d+\s*(?:min(?:ute)?s?)\b|\b\d+\s*min(?:ute)?s?\s+read\b",
    re.I,
)
_WEEKDAY = re.compile(
    r"\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b|thứ\s+\w+|chủ nhật|"
    r"\([월화수목금토일]\)",  # "2024-02-21(일)": the day of the week in Korean
    re.I,
)
_LEFTOVER = re.compile(
    r"[\W\d_]*|(gmt|utc|kst|ict|ist|est|edt|pst|pdt|cst|cet|cest|bst|jst|sgt|hkt|wib|pht|aest|"
    r"am|pm|오전|오후)[+\-]?[\d:]*|\(?gmt[+\-]\d+\)?|eastern|"  # "오후 5:28": p.m.
    r"standard|daylight|time|입력|수정|기사|publication|date|news|all|hits|views|on|at|"
    # "Thứ tư, ngày 26/03/2025", "lúc 06:45", "All …"; "2013-09-06 18면": the print page
    r"ngày|lúc|headlines|clock|calendar|print|online|\d{1,2}면",
    re.I,
)

# "댓글 0개", "조회수 120", "좋아요3": a Korean page's counters beside its byline and date
PAGE_COUNTER = re.compile(r"(?:좋아요|댓글|조회수?|공감|의견)\s*\d[\d,]*\s*(?:개|회)?")
# "0 Comments", "0 bình luận" and the Korean counters
# ("Posted on: October 26, 2021 Posted by: admin Comments: 0": the count after its word;
# "2025.08.22 Thích 0 Lượt xem 521 Bình luận 0": likes and comments, each count after it)
_COMMENT_COUNT = re.compile(
    rf"\b\d+\s+(?:comments?|bình luận|댓글)\b|\bcomments?\s*:\s*\d+|{PAGE_COUNTER.pattern}|"
    r"\b(?:comments?|likes?|shares?|bình luận|(?:lượt )?thích|chia sẻ)\s+\d[\d,.]*(?!\S)",
    re.I,
)


def _iso(year: str, month: str | int, day: str | int) -> str | None:
    """The day as ISO ``YYYY-MM-DD``, if it is one the calendar has ("2021-02-31" is not)."""
    m = month if isinstance(month, int) else month_number(month)
    try:
        return datetime.date(int(year), m or 0, int(day)).isoformat()
    except ValueError:
        return None


def month_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return _MONTH_NAMES.get(text.lower()[:3])


# "DateDecember 14, 2021", "ClockThứ Bảy, 30/12/2017 09:51": an icon's label run on
_GLUED_LABEL = re.compile(r"^(Date|Clock|Calendar)(?=[A-ZÀ-ỸĐ0-9])")


# "Tuesday , March 19 2024": a news theme's clock in its top bar (a space before the comma,
# none before the year) shows the day the page was seen, not the story's
_SITE_CLOCK = re.compile(
    r"\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day , [A-Z][a-z]+ \d{1,2} \d{4}\s*"
)


# "Thursday, March 23 2023 | Vietnamese": the clock in a site's top bar, beside its link
# to the site in another language (the weekday leads the clock: not "March 20, 2023 |
# English", a story's date line with its language)
_LANGUAGE_SWITCH = re.compile(
    r"\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[^|]{4,40}\|\s*"
    r"(?i:English|EN|Vietnamese|VN|VI|Tiếng Việt|Tiếng Anh|Korean|KR|KO|한국어|"
    r"Japanese|JP|日本語|中文|Chinese)\s*"
)


def line_date(text: str) -> str | None:
    """The date a date line states, unless it is the site's clock."""
    if _SITE_CLOCK.fullmatch(text) or _LANGUAGE_SWITCH.fullmatch(text):
        return None
    return find_date(text) or _spaced(text)


def _spaced(text: str) -> str | None:
    """The day a line of spaced numbers states: "19 10 2009" (no such day: none)."""
    found = _SPACED_DATE.fullmatch(text)
    return _iso(found["y"], found["m"], found["d"]) if found else None


# "12/4/2017 9:14:00 PM": a date with no leading zeros, then a twelve-hour clock to the
# second, as a server set to American English writes it (.NET's default): month first
_US_CLOCK = re.compile(r"(?<=\d/(?:19|20)\d\d) \d{1,2}:\d\d:\d\d [AP]M\b")


def _american(pattern: re.Pattern[str], match: re.Match[str], text: str) -> bool:
    """A slashed date in American English's order: "5/14/2018 9:25:33 PM" (a Vietnamese
    server writes "14/05/2018 21:25:33", its numbers padded); the clock's shape alone is not
    enough where the first number cannot be a month or the line is Vietnamese."""
    return (
        pattern is _DATES[1]
        and "0" not in (match["d"][0], match["m"][0])
        and int(match["d"]) <= 12  # "25/3/2024 9:14:00 AM": a day first after all
        and not VIETNAMESE_LETTER.search(text)  # "Thứ Hai, 4/3/2024 9:14:00 AM"
        and "/" in match.group(0)
        and _US_CLOCK.match(text, match.end()) is not None
    )


_DIGIT = re.compile(r"\d")


def find_date(text: str) -> str | None:
    """The first calendar date in the text, as ISO ``YYYY-MM-DD``; where ``03/12/2026``
    could be either and the text spells the date out too, the spelled-out one."""
    if not _DIGIT.search(text):  # each of _DATES needs a digit; most lines hold none
        return None
    ambiguous = None
    text = _GLUED_LABEL.sub(r"\1 ", text)
    for pattern in _DATES:
        match = pattern.search(text)
        if not match:
            continue
        year, month, day = (
            match.groupdict().get("y"),
            match.group("m"),
            match.group("d"),
        )
        if year is None:  # two digits: "'13"
            short = int(match.group("yy"))
            year = str((1900 if short >= CENTURY_TURN else 2000) + short)
        if pattern is _DATES[1] and int(month) > 12 >= int(day):
            month, day = day, month  # 03/22/2024: the first number is the month
        elif _american(pattern, match, text):
            month, day = day, month  # "12/4/2017 9:14:00 PM": the month first
        found = _iso(year, month, day)
        if found and pattern is _DATES[1] and int(day) <= 12 and day != month:
            ambiguous = ambiguous or found
        elif found:
            return found
    return ambiguous


# "Today (January 3, 2020), …", "Hôm nay, ngày 17/05/2016, tại Hà Nội …", "This morning
# (5 March 2024) …": a story that opens with the day it happened, which is the day it ran
_TODAY = re.compile(
    r"(?:(?:on\s+)?today|this\s+(?:morning|afternoon|evening)|(?:hôm|sáng|chiều|tối|trưa)"
    r"\s+nay)\s*[,(]\s*(?:ngày\s+)?(?=\d|[A-Z])",
    re.IGNORECASE,
)
MAX_LEAD_DATE = 20  # characters: "September 30th, 2024"


def lead_date(text: str) -> str | None:
    """The full date a story's opening gives for today, right after the word."""
    if not (today := _TODAY.match(text)):
        return None
    return find_date(text[today.end() : today.end() + MAX_LEAD_DATE])


# "11-03-2025 - 15:20 | Du lịch": the section the page files the story under, after its date
_SECTION_AFTER = re.compile(
    r"\s\|\s*(?!(?i:.*\b(?:by|viết|bởi)\b))[^\W\d]\w*(?:\s[^\W\d]\w*){0,2}$"
)


# the site that holds the page's rights, by its mark, after its dates
_HOLDER = re.compile(r"[ⓒ©]\s*[\w.-]{2,30}$")


# "Last Updated : 07:56 AM": the time the page was updated, without its date
_TIME_STAMP = re.compile(
    r"(?i:last\s+)?(?:updated?|updata|posted|published|cập nhật)\s*:?\s*"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?\(?(?:GMT|UTC|KST)[+-]?\d*\)?)?",
    re.IGNORECASE,
)


def is_time_stamp(text: str) -> bool:
    """A line giving only the time of a post or an update: "Last Updated : 07:56 AM"."""
    return _TIME_STAMP.fullmatch(text.strip()) is not None


def head_date_line(text: str) -> bool:
    """A line of the page's head (above the story) that only dates the post, in a shape
    read there alone: the time of a post or an update ("Last Updated : 07:56 AM"), or the
    date's numbers set apart by spaces or bars ("19 10 2009", "27 | 07 | 2007")."""
    return is_time_stamp(text) or _spaced(text) is not None


def is_date_line(text: str) -> bool:
    """A line that only states when the article was posted or updated (and maybe a view count)."""
    if len(text) > 120 or not find_date(text):
        return False
    rest = _SECTION_AFTER.sub("", _GLUED_LABEL.sub(r"\1 ", text))
    for pattern in _DATES:
        rest = pattern.sub(" ", rest)
    undated = rest
    rest = _AGO.sub(" ", rest)
    rest = _TIME.sub(" ", _WEEKDAY.sub(" ", _DATE_LABEL.sub(" ", rest)))
    # "Posted by: admin": a site's desk, no author; "Posted on:"
    rest = re.sub(
        r"\b(hits|views|lượt xem|by)\b\s*:?\s*(?:admin(?:istrator)?\b|[\d,.]*)|\bon:",
        " ",
        rest,
        flags=re.I,
    )
    rest = re.sub(r"\bxem\s*:?\s*\d[\d,.]*", " ", rest, flags=re.I)  # "(Xem: 8891)"
    rest = _COMMENT_COUNT.sub(" ", rest)  # "Published 15 Aug 2025 06:00    0 Comments"
    rest = _HOLDER.sub(
        " ", rest
    )  # "기사입력: 2018/05/10 [11:30] 최종편집: ⓒ lovesamsung"
    if all(_LEFTOVER.fullmatch(word.strip(",.;|()")) for word in rest.split()):
        return True
    return text[:1].isdigit() and labelled_fields(undated)  # "2022.06.23 뉴스구분 : …"


def publication_label(text: str) -> str:
    """``updated`` when a date line gives the time of an update, ``posted`` when its label
    says it is the publication's ("Posted on", "Ngày đăng", "입력"), else ``published``."""
    label = _DATE_LABEL.search(text)
    word = label.group(1).lower() if label else ""
    if word in _UPDATE_WORDS:
        return "updated"
    return "posted" if word in _POSTED_WORDS else "published"


_UPDATE_WORDS = frozenset(
    ("updated", "last updated", "last modified", "cập nhật", "modified")
    + ("수정", "업데이트", "최종수정")
)
_POSTED_WORDS = frozenset(
    ("posted", "published", "ngày đăng", "đăng", "입력", "등록", "기사입력", "게재")
    + ("작성일", "등록일", "발행")
)


def settled_order(published: str, text: str, opening: str) -> str:
    """``published`` (ISO), read from a numeric date either order could read ("04/08/2025"),
    in the other order where the story's opening spells that one out as its dateline
    ("APRIL 8 - UEF held …", "On 8th April, …"), in the same year or none, and the page
    writes the date in no order-free form ("2025-04-08")."""
    year, month, day = (int(part) for part in published.split("-"))
    if day > 12 or day == month:
        return published  # only one reading
    numeric = rf"(?<!\d)0?(?:{day}[-/.]0?{month}|{month}[-/.]0?{day})[-/.]{year}(?!\d)"
    settled = rf"{year}\s*[-./년]\s*0?{month}\s*[-./월]\s*0?{day}(?!\d)"
    if not re.search(numeric, text) or re.search(settled, text):
        return published
    if _opens_with(opening, day, month, year) and not _opens_with(
        opening, month, day, year
    ):
        return f"{year:04d}-{day:02d}-{month:02d}"
    return published


MAX_OPENING = 40  # characters of a story's opening its dateline stands in


def _opens_with(opening: str, month: int, day: int, year: int) -> bool:
    """The story's opening spells out the day ``day`` of the month ``month`` ("April 8",
    "8th April"), in the year ``year`` or none, and not as the start of a range
    ("April 8-10")."""
    full = MONTHS[month - 1]
    month_word = rf"(?:{full}|{full[:3]}{'t' if month == 9 else ''}\.?|{full[:3]}\.?)"
    head = opening[:MAX_OPENING]
    own_year = rf"(?!\d|\s*[-–]\s*\d)(?:,?\s*(?:{year})\b|(?!,?\s*(?:19|20)\d\d))"
    return bool(
        re.search(rf"\b{month_word}\s+0?{day}{own_year}", head, re.I)
        or re.search(
            rf"(?<!\d)0?{day}(?:st|nd|rd|th)?\s+{month_word}\b{own_year}", head, re.I
        )
    )
