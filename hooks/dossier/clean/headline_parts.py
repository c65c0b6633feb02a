"""The headline inside a line that holds more than the headline: a breadcrumb strip
whose last crumb is the headline, a page title in parts joined by underscores, a headline
wrapped whole in brackets, an agency's name or a country's closing or opening it."""

from __future__ import annotations

import re

from dossier.clean.bylines import KOREAN_SECTIONS
from dossier.clean.languages import HANGUL
from dossier.clean.metadata import outlets

# "Home › Forums › Headline", "Section » Vietnam » Headline": a strip of crumbs
_CRUMB = re.compile(r"\s+[»›]\s+")
MIN_CRUMBS = 3  # two separators at least: "Vietnam » Headline" may be a headline's own
MAX_CRUMB_WORDS = 4  # "Back 문화 & 예술": a section's name, not a headline
MIN_HEADLINE_WORDS = 4  # "Da Nang, Vietnam" is a place, not a story's headline
MIN_KOREAN_HEADLINE_WORDS = 3  # Korean says in three words what English says in four

# "세계일화 | 54호_Headline", "Headline_Section_site": a page title's parts
_TITLE_PART = re.compile(r"_| \| ")
MIN_TITLE_PARTS = 3  # "Vietnam_Missionary Jun-geon Cho 2020" is one headline
MAX_LABEL_PART_WORDS = 3

# "<Headline>", "[Headline]": a headline bracketed whole, as a copy of a wire sets it;
# "**Headline**": set in bold by a page copied as Markdown
_WRAPPED = re.compile(r"<([^<>]+)>|\[([^\[\]]+)\]|\*\*([^*]+)\*\*")
# "\"Lotte Unveils … in Vietnam\"": a title-case headline in straight quotes, not speech
_QUOTED = re.compile(r'"([^"]+)"')
_ENDS = (".", "!", "?")  # a sentence's end: speech
# "2023/33 “Forgiving Without Forgetting: …” by Phan Xuan Dung": a paper's title in
# quotes after its series number, its author after it
_QUOTED_BY = re.compile(
    r"(?:\d{4}/\d{1,3}\s+)?[“\"]([^”\"]+)[”\"]\s+by\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}"
)
# "… 패션쇼도(연합뉴스)": a Korean outlet's name closing the headline in brackets
_AGENCY_AFTER = re.compile(r"\s*\([가-힣]{1,8}(?:뉴스|일보|신문|통신|방송)\)$")
# "VIETNAM: HEADLINE", "Vietnam: 18 sentenced …": the country a site files the story
# under, in capitals or before a number (not "Korea: Vietnam is our partner", a speaker)
_COUNTRY_LABEL = re.compile(
    r"(?:VIET ?NAM|SOUTH KOREA|KOREA|CAMBODIA|LAOS|THAILAND|JAPAN|CHINA):\s+(?=[A-Z0-9])|"
    r"(?:Viet ?[Nn]am|South Korea|Korea|Cambodia|Laos|Thailand|Japan|China):\s+(?=[0-9])"
)
# "TITLE 2020/21 Knowledge Sharing Program": a board's field name in capitals
_FIELD_NAME = re.compile(r"TITLE\s+(?=\S)")
# "정치/경제 하노이시 …": a Korean site's section path before the headline, of the
# sections' own words (not "한국/베트남 교역 …", two countries paired)
_SECTION_BEFORE = re.compile(rf"{KOREAN_SECTIONS}/[가-힣]{{2,4}}\s+(?=\S)")
# "베트남이슈 …", "핫이슈 …": a board's category of issues before the headline, in one word;
# "현장스케치 02 - …": a series' name and its number, a dash before the headline (not a
# score: "하이퐁 2 - 0 …", "한국 2 - 베트남 1, …", the other side's name and number)
_SERIES_BEFORE = re.compile(
    r"[가-힣]{1,6}이슈\s+(?=\S)|[가-힣]{2,8}\s\d{1,3}\s[-–]\s+(?=[^\d\s])"
    r"(?![가-힣]{1,8}\s?\d)|"
    # "② 어떻게 살고 있나", "⑤끝 …": a series' part, its number in a circle, perhaps the
    # last ("끝": end); not a number counting the word after it ("①호 선박", "②단계")
    r"[①-⑳](?:\s?끝(?=\s))?\s*(?:(?<=\s)|(?=[가-힣])(?!번|호|단계|구역))(?=\S)"
)
# "31 Aug Level 1 vendors invest …", "NEW [17.2.27] Ajou's team …": the day a news
# theme's badge or a board's list prints glued before the headline (a day and a month in
# short, no year: not "May", a month's full name too, as "1 May Day Rally …" opens on;
# a date in brackets, a "NEW" badge before it)
_DATE_BEFORE = re.compile(
    r"(?:[0-3]?\d\s(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
    r"(?:NEW\s+)?\[\d{2}\.\d{1,2}\.\d{1,2}\])\s+(?=[A-Z0-9‘'\"“])"
)


def _headline_sized(text: str) -> bool:
    words = len(text.split())
    least = MIN_KOREAN_HEADLINE_WORDS if HANGUL.search(text) else MIN_HEADLINE_WORDS
    return words >= least


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def last_crumb(text: str) -> tuple[str, str] | None:
    """(the headline, the crumbs before it) when ``text`` is a strip of crumbs whose
    last is the headline: "BackStories » Vietnam » Da Nang Monitors …"."""
    crumbs = _CRUMB.split(text)
    if len(crumbs) < MIN_CRUMBS:
        return None
    *trail, last = crumbs
    if not _headline_sized(last):
        return None
    if any(len(c.split()) > min(MAX_CRUMB_WORDS, len(last.split()) - 1) for c in trail):
        return None
    return last, text[: len(text) - len(last)].strip()


def titled_part(text: str) -> tuple[str, str] | None:
    """(the headline, the rest) when ``text`` is a page title in three parts or more
    joined by underscores or bars, the headline one of them and the others a few
    words each: "Outlet | 54호_Headline", "Headline_Section_site"."""
    parts = [p.strip() for p in _TITLE_PART.split(text)]
    if len(parts) < MIN_TITLE_PARTS or "_" not in text:
        return None
    longest = max(parts, key=lambda p: len(p.split()))
    others = [p for p in parts if p is not longest]
    if not _headline_sized(longest) or any(
        not p or len(p.split()) > MAX_LABEL_PART_WORDS for p in others
    ):
        return None
    return longest, " ".join(others)


def unwrapped(text: str) -> tuple[str, str] | None:
    """(the headline, what wrapped it) for a headline bracketed whole ("<베트남 주부들
    '추석 이웃돕기' 나선다>"), one in straight quotes in title case (a quoted sentence is
    speech, and its quotes are the headline's), or one an agency's name closes
    ("… 패션쇼도(연합뉴스)"), a country's name opens ("Vietnam: Japan's …") or a board's
    field name opens ("TITLE 2020/21 …")."""
    if (whole := _WRAPPED.fullmatch(text)) and _headline_sized(
        inner := whole.group(1) or whole.group(2) or whole.group(3)
    ):
        return inner.strip(), text[: whole.start(whole.lastindex)] + text[
            whole.end(whole.lastindex) :
        ]
    if (paper := _QUOTED_BY.fullmatch(text)) and _headline_sized(paper.group(1)):
        return paper.group(1).strip(), text.replace(paper.group(1), "").strip()
    quoted = _QUOTED.fullmatch(text)
    if quoted and _title_case(head := quoted.group(1)) and not head.endswith(_ENDS):
        return head.strip(), '""'
    if (agency := _AGENCY_AFTER.search(text)) and _headline_sized(
        head := text[: agency.start()]
    ):
        return head, agency.group(0).strip()
    labels = (
        _COUNTRY_LABEL,
        _FIELD_NAME,
        _SECTION_BEFORE,
        _SERIES_BEFORE,
        _DATE_BEFORE,
    )
    for label in labels:
        if (opened := label.match(text)) and _headline_sized(
            rest := text[opened.end() :]
        ):
            if label is _FIELD_NAME and rest.isupper():
                continue  # "TITLE IX RULES …": a headline in capitals
            return rest, opened.group(0).strip()
    return None


def headline_part(text: str) -> tuple[str, str] | None:
    """(the headline, what stood beside it) for a line holding more than its headline."""
    return (
        last_crumb(text)
        or titled_part(text)
        or unwrapped(text)
        or site_after(text)
        or day_after(text)
    )


# "한-베트남 외교장관회담 (10.18.)", "… 방한 (5.3.~5.5.)": the day or days of the event a
# Korean ministry's release closes its title with, month and day
_DAY_AFTER = re.compile(
    r"(?<=[\uac00-\ud7a3])\s*\(\d{1,2}\.\d{1,2}\.?(?:\s?[~-]\s?(?:\d{1,2}\.)?\d{1,2}\.?)?\)$"
)


def day_after(text: str) -> tuple[str, str] | None:
    """(the headline, the day in brackets after it) for a Korean release's title."""
    if not (day := _DAY_AFTER.search(text)):
        return None
    return text[: day.start()], day.group(0).strip()


# "Vietnam requests Samsung to … – VnExpress International": a browser's page title, the
# site's name after a dash or a bar
_SITE_AFTER = re.compile(r"\s+[–—|-]\s+(?P<site>[^–—|]{2,40}?)\s*$")


def site_after(text: str) -> tuple[str, str] | None:
    """(the headline, the site's name) when a listed outlet closes the headline after a
    dash or a bar."""
    if not (site := _SITE_AFTER.search(text)) or not outlets().find(site["site"]):
        return None
    head = text[: site.start()]
    return (head, site.group(0).strip()) if _headline_sized(head) else None
