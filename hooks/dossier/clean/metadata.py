"""What a pasted article says about itself: dates, bylines, outlets and datelines.

Each reader is a pure function of one line (or the start of a paragraph) and recognises the
shapes outlets use: ``Posted : 2023-05-02 10:11``, ``08:40, 03/02/2024``, ``Published 5 May
2024``; ``By X``, ``- SARAH KIM``, ``Ngoc Mai - Van Ha``; ``— VNS``, ``(Yonhap)``, ``Source:
Nhân Dân``; ``HANOI, June 22 (Yonhap) --``, ``SEOUL, South Korea, May 3, 2024 /PRNewswire/ --``.
Numeric dates with slashes are read day first (the Vietnamese and British order) unless the
first number cannot be a day's month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from dossier.clean.bylines import other_byline
from dossier.text import fold

_MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<{}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_DATES = (
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d\d)[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)"
    ),
    re.compile(
        r"(?<!\d)(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)\d\d)(?!\d)"
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}}){_ORD}\s+{_MONTH.format('m')},?\s+(?P<y>(?:19|20)\d\d)\b"
    ),
    re.compile(
        rf"(?<![^\W\d_]){_MONTH.format('m')}\s*(?P<d>\d{{1,2}}){_ORD},?\s*"
        r"(?P<y>(?:19|20)\d\d)\b"
    ),
    re.compile(rf"\b{_MONTH.format('m')},?\s+(?P<d>\d{{1,2}})/(?P<y>(?:19|20)\d\d)\b"),
    re.compile(
        r"(?P<y>(?:19|20)\d\d)\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"
    ),
    re.compile(
        r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})", re.I
    ),
)
_DATE_LABEL = re.compile(
    r"(posted|published|updated|last updated|update|date|ngày đăng|cập nhật|đăng|issued|"
    r"all news|released?|created|modified|thời gian|approved|write|written|승인|입력|수정|"
    r"등록|발행)\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?", re.I)
_AGO = re.compile(
    r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b", re.I
)
_WEEKDAY = re.compile(
    r"\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b|thứ\s+\w+|chủ nhật",
    re.I,
)
_LEFTOVER = re.compile(
    r"[\W\d_]*|(gmt|utc|kst|ict|est|edt|pst|pdt|cst|cet|cest|bst|jst|sgt|hkt|wib|pht|aest|"
    r"am|pm)[+\-]?[\d:]*|\(?gmt[+\-]\d+\)?|eastern|"
    r"standard|daylight|time|입력|수정|기사|publication|date|news|all|hits|views|on|at",
    re.I,
)

_ORGANIZATION = re.compile(
    r"\b(service|ministry|institute|cent(er|re)|university|agency|committee|department|"
    r"office|association|foundation|embassy|consulate|council|corporation|company|group|bureau|"
    r"news|press|media|times|daily|post|herald|journal|network|portal)\b",
    re.I,
)
ORGANIZATION = _ORGANIZATION
_COMMENT_COUNT = re.compile(r"\b\d+\s+(?:comments?|bình luận|댓글)\b", re.I)
_NAME_WORD = r"[A-ZÀ-ỸĐ][\w'’.\-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
NAME = _NAME  # a person's name: capitalised words
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
_BY = re.compile(
    r"(?:(?i:by|written by|story by|reported by|words by|reporter|posted by)\s*:?"
    r"|(?i:story|text|words|author|authors|writer|reporting)\s*:)\s+"
    r"(?:(?:(?i:staff|honorary|guest|contributing|special|senior|student)\s+|"
    r"(?:[A-Z][\w-]*\s+){1,3})?"  # "By Honorary Reporter X", "By Asia correspondent X"
    r"(?i:reporter|writer|correspondent|contributor|columnist|editor)\s+)?"
    rf"(?P<names>{_NAMES})"
    r"(?:\s+(?:from|in|for)\s+[A-ZÀ-ỸĐ][\w’'.\-]*(?:\s+[A-ZÀ-ỸĐ][\w’'.\-]*){0,3})?"
    rf"(?:\s*[,–—-]\s*(?i:translated|edited|photos?) by\s+(?P<translator>{_NAMES}))?"
    r"(?:\s*[\[(<][^\])>]*[\])>])?\s*(?:[|/,]\s*\S.{0,40})?",
)
_BY_NOISE = re.compile(
    r"^posted by\s+(?=written by)|\s+(?:reading time\s*:?\s*)?\d+\s*min(?:ute)?s?"
    r"(?:\s+read)?$",
    re.I,
)
_ROLE = re.compile(
    rf"(?P<names>{_NAMES}|[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){{1,3}}),\s+"
    r"(?:[\w.&'’ ]{0,30}\s)?(?i:staff writer|staff reporter|correspondent|reporter|writer|"
    r"contributor|columnist|editor)s?(?:\s*[|/]\s*\S.{0,40})?"  # "…, staff writers | Vietnam"
)
_PERSON = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"  # two to four words
# "Martha Quinlan in Hanoi and Seo Ji-won in Yeongju": reporters and where they filed from
_PLACED = re.compile(
    rf"{_PERSON}\s+in\s+{_NAME}(?:\s*(?:,|and)\s+{_PERSON}\s+in\s+{_NAME})+"
)
_DASH_NAME = re.compile(
    r"[-–—]\s*(?P<names>[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ'’.\-]+(?:\s+[A-ZÀ-ỸĐ'’.\-]+){1,3})"
)
_NAME_PAIR = re.compile(rf"(?P<a>{_NAME})\s+[-–]\s+(?P<b>{_NAME})")
_MARK = r"[*†‡¹²³]*"
_FULL_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}{_MARK}"
_NAME_LIST = re.compile(rf"{_FULL_NAME}(?:\s*(?:,|,?\s+and|&)\s+{_FULL_NAME})+")
_BARE_NAME = re.compile(rf"(?P<names>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})")

_PLACE_CAPS = r"[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ'’.\-]*(?:(?:\s+|/)[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ'’.\-]*){0,3}"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_CAPS})"
    r"(?:,\s*(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
    rf"(?:,\s*(?P<date>{_MONTH.format('dm')}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
    r"\s*(?:\((?P<paren>[^()]{2,40})\)|/(?P<slash>[\w\- ]{2,30})/|--\((?P<wire>[^()]{2,40})\))?"
    r"\s*(?:--|—|–|-)\s*(?=\S)"
)
_DATELINE_TITLE = re.compile(
    r"(?P<place>[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*){0,3})"
    rf"(?:,\s*(?P<date>{_MONTH.format('dm')}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
    r"\s*(?:\((?P<paren>[^()]{2,40})\)|/(?P<slash>[\w\- ]{2,30})/)"
    r"\s*(?:--|—|–|-|:)\s+(?=\S)"
)


# "Hanoi, Vietnam CNN —": a place, then a known outlet's tag without brackets
_DATELINE_TAG = re.compile(
    r"(?P<place>[A-ZÀ-ỸĐ][\wÀ-ỹ.\-]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ.\-]*){0,2})"
    r"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s+(?P<tag>[A-Z]{2,6})\s*(?:--|—|–)\s+(?=\S)"
)


@dataclass(frozen=True)
class Dateline:
    place: str
    outlet: str | None
    month_day: tuple[int, int] | None  # "June 22" without a year
    date: str | None  # ISO, when the dateline states the year
    length: int  # characters of the paragraph it takes


@dataclass(frozen=True)
class Outlets:
    names: dict[str, str]  # folded spelling → the outlet's name
    mention: re.Pattern[str] | None = None  # any spelling, inside folded text

    def find(self, text: str) -> str | None:
        return self.names.get(fold(text.strip(" .,:;|-–—()[]/")))

    def named_in(self, text: str) -> str | None:
        """The first outlet a sentence names (``Sharing this from KBS World …``)."""
        found = self.mention.search(fold(text)) if self.mention else None
        return self.names[found.group(0)] if found else None


@cache
def outlets(path: Path = Path(__file__).parent / "outlets.yml") -> Outlets:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    names = {}
    for name, others in data.items():
        for spelling in (name, *(others or ())):
            names[fold(spelling)] = name
    # short abbreviations ("ANN", "VNA") are words too often to be looked for inside text
    longest_first = sorted(
        (n for n in names if len(n) >= 5 or " " in n), key=len, reverse=True
    )
    mention = re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, longest_first)) + r")(?!\w)"
    )
    return Outlets(names, mention)


_COPYRIGHT = re.compile(
    r"[\s<‹〈(\[]*(?:저작권자\s*)?(?:copyright\s*)?(?:©|ⓒ|\(c\))\s*(?:copyright\s*)?"
    r"(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d\s*)?)?(?:by\s+)?(?P<holder>.+)",
    re.I,
)
_HOLDER_END = re.compile(
    r"\.\s|\.$|\s*\ball rights\b|\s*무단|\s+[|·]\s|[>›〉)\]]\s*$", re.I
)


def copyright_holder(text: str) -> str | None:
    """Who a copyright line names: ``Copyright © Example Ministry. All Rights Reserved.``
    → ``Example Ministry``; ``<저작권자 © Businesskorea 무단전재 …>`` → ``Businesskorea``."""
    match = _COPYRIGHT.match(text)
    if not match:
        return None
    holder = _HOLDER_END.split(match.group("holder"), 1)[0].strip(" ,.")
    words = holder.split()
    if not 1 <= len(words) <= 10 or holder[:1].islower():
        return None
    return holder


def _iso(year: str, month: str | int, day: str | int) -> str | None:
    m = month if isinstance(month, int) else _month_number(month)
    d = int(day)
    if not (m and 1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{int(year):04d}-{m:02d}-{d:02d}"


def _month_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return _MONTH_NAMES.get(text.lower()[:3])


def find_date(text: str) -> str | None:
    """The first calendar date in the text, as ISO ``YYYY-MM-DD``; where ``03/12/2026``
    could be either and the text spells the date out too, the spelled-out one."""
    ambiguous = None
    for pattern in _DATES:
        match = pattern.search(text)
        if not match:
            continue
        year, month, day = match.group("y"), match.group("m"), match.group("d")
        if pattern is _DATES[1] and int(month) > 12 >= int(day):
            month, day = day, month  # 03/22/2024: the first number is the month
        found = _iso(year, month, day)
        if found and pattern is _DATES[1] and int(day) <= 12 and day != month:
            ambiguous = ambiguous or found
        elif found:
            return found
    return ambiguous


def is_date_line(text: str) -> bool:
    """A line that only states when the article was posted or updated (and maybe a view count)."""
    if len(text) > 120 or not find_date(text):
        return False
    rest = text
    for pattern in _DATES:
        rest = pattern.sub(" ", rest)
    rest = _AGO.sub(" ", rest)
    rest = _TIME.sub(" ", _WEEKDAY.sub(" ", _DATE_LABEL.sub(" ", rest)))
    rest = re.sub(r"\b(hits|views|lượt xem|by)\b\s*:?\s*[\d,.]*", " ", rest, flags=re.I)
    rest = _COMMENT_COUNT.sub(" ", rest)  # "Published 15 Aug 2025 06:00    0 Comments"
    return all(_LEFTOVER.fullmatch(word.strip(",.;|()")) for word in rest.split())


def publication_label(text: str) -> str:
    """``updated`` when a date line gives the time of an update, else ``published``."""
    label = _DATE_LABEL.search(text)
    word = label.group(1).lower() if label else ""
    return (
        "updated"
        if word in ("updated", "last updated", "cập nhật", "modified", "수정")
        else "published"
    )


def _names(text: str) -> tuple[str, ...]:
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", text)
    return tuple(" ".join(p.split()) for p in parts if p.strip())


def byline(text: str, outlet_names: Outlets, alone: bool) -> tuple[str, ...] | None:
    """The authors a byline line names (``By X and Y``, ``- SARAH KIM``, ``Ngoc Mai - Van
    Ha``); a bare name counts only when ``alone`` (the line stands by itself at the start or
    end of the story)."""
    text = _BY_NOISE.sub(
        "", text
    ).strip()  # "Posted by Written by X Reading Time: 5 min"
    if len(text) > 120 or any(ch.isdigit() for ch in text.split("[")[0].split("(")[0]):
        return None
    if found := other_byline(text, outlet_names):
        return found
    if match := _BY.fullmatch(text):
        names = _names(match.group("names"))
        return tuple(n for n in names if not outlet_names.find(n))
    if match := _DASH_NAME.fullmatch(text):
        return (match.group("names"),)
    if match := _PLACED.fullmatch(text):
        return tuple(re.findall(rf"({_PERSON})\s+in\s+{_NAME}", text))
    if match := _ROLE.fullmatch(text):
        names = _names(match.group("names"))
        return tuple(n for n in names if not outlet_names.find(n)) or None
    if not alone or _ORGANIZATION.search(text):
        return None  # a bare name of an office, agency or school is not an author
    if match := _NAME_PAIR.fullmatch(text):
        names = (match.group("a"), match.group("b"))
        return None if any(outlet_names.find(n) for n in names) else names
    if (match := _BARE_NAME.fullmatch(text)) and not outlet_names.find(text):
        return (match.group("names"),)
    if _NAME_LIST.fullmatch(text):
        names = _names(re.sub(_MARK, "", text).replace(", and ", ", "))
        return None if any(outlet_names.find(n) for n in names) else names
    return None


def is_name_list(text: str) -> bool:
    """``Lê Minh Châu and Kim So-yeon*``: authors' names as a paper prints them."""
    return bool(_NAME_LIST.fullmatch(text))


def dateline(paragraph: str, outlet_names: Outlets) -> Dateline | None:
    """The dateline opening a paragraph: a place in capitals, or any place followed by the
    outlet in brackets, before a dash."""
    match = _DATELINE.match(paragraph) or _DATELINE_TITLE.match(paragraph)
    if not match:
        tagged = _DATELINE_TAG.match(paragraph)
        outlet = tagged and outlet_names.find(tagged.group("tag"))
        if not tagged or not outlet:
            return None
        return Dateline(tagged.group("place"), outlet, None, None, tagged.end())
    place = match.group("place").strip()
    if match.re is _DATELINE and (place != place.upper() or len(place) < 3):
        return None
    words = paragraph[match.end() :].split()
    if not words:
        return None
    source = (
        match.group("paren") or match.group("slash") or match.groupdict().get("wire")
    )
    if len(place) <= 4 and " " not in place and not source:  # "HNP -": an outlet's tag
        return None
    outlet = outlet_names.find(source) if source else None
    if source and not outlet and not source.replace(" ", "").isalpha():
        return None
    date_text = match.group("date")
    month_day, date = None, None
    if date_text:
        date = find_date(date_text)
        md = re.match(rf"{_MONTH.format('x')}\s+(\d{{1,2}})", date_text)
        if md:
            month = _month_number(md.group("x"))
            month_day = (month, int(md.group(2))) if month else None
    return Dateline(place, outlet or source, month_day, date, match.end())


_SOURCE_LABEL = re.compile(r"^(source|nguồn|theo)\s*:\s*", re.I)
# "Source: CNA/pa(jo)": the desk's initials after a slash
_OUTLET_SUFFIX = re.compile(
    r"\s*/[a-z]{1,4}(?:\([a-z]{1,4}\))?$|\s*\([^()]*\)$|\s*\|.*$"
)
_COPYRIGHT_OUTLET = re.compile(
    r"(?:©|ⓒ|\(c\)|copyright)\s*(?:\(c\)|©)?\s*(?:\d{4}\s*)?(.+)", re.I
)
_AND_AGENCIES = re.compile(r"\s+and\s+(?:other\s+)?(?:news\s+)?agencies$", re.I)
MAX_OUTLET_LINE = 200  # longer lines are story text (or a footer that names no outlet)
MAX_OUTLET_NAME = 60


def outlet_line(text: str, outlet_names: Outlets) -> str | None:
    """A line that only names the outlet: ``VnExpress International``, ``— VNS``,
    ``(Yonhap)``, ``Source: Nhân Dân``, ``VNA -``, a copyright line naming a known outlet."""
    if len(text) > MAX_OUTLET_LINE:
        return None
    stripped = _OUTLET_SUFFIX.sub("", _SOURCE_LABEL.sub("", text.strip()))
    stripped = _AND_AGENCIES.sub("", stripped)
    if len(stripped) <= MAX_OUTLET_NAME and (found := outlet_names.find(stripped)):
        return found
    copyright = _COPYRIGHT_OUTLET.match(text)
    if copyright:
        name = re.split(r"[.,]\s|\ball rights\b", copyright.group(1), flags=re.I)[0]
        return outlet_names.find(name)
    return None


def outlet_trailer(paragraph: str, outlet_names: Outlets) -> tuple[str, int] | None:
    """An outlet's sign-off closing the last paragraph (``… said. — VNS``, ``… (Yonhap)``,
    ``…/VNA``): the outlet and where the sign-off starts."""
    match = re.search(
        r"(?:\s+[-–—]+\s*|\s*/|\s+)\(?([\w.\- ]{2,30}?)\)?\s*$", paragraph
    )
    if not match or match.start() == 0:
        return None
    outlet = outlet_names.find(match.group(1))
    before = paragraph[: match.start()].rstrip()
    if not outlet or not before.endswith((".", "!", "?", "”", '"', "’")):
        return None
    return outlet, match.start()


def signoff(paragraph: str, outlet_names: Outlets) -> tuple[str, str, int] | None:
    """A reporter's sign-off ending a transcript (``… Lee Ha-eun, Arirang News.``): the
    reporter, the outlet and where the sign-off starts."""
    match = re.search(
        rf"(?:^|(?<=[.!?”\"]\s))(?:I'm |This is )?(?P<name>{_NAME}),\s*(?P<outlet>[^,.]{{2,40}})"
        r"(?:,\s*[^,.]{2,30})?\.?$",
        paragraph,
    )
    if not match:
        return None
    said = match.group("outlet")
    outlet = outlet_names.find(said) or outlet_names.find(
        re.sub(r"\s+news$", "", said, flags=re.I)
    )
    return (match.group("name"), outlet, match.start()) if outlet else None
