"""Lines that give a page's credits and its date together: a byline with the date
(``By Vo Thanh Tam   May 14, 2024 | 09:12 am GMT+7``, ``성상영 기자 2024-07-01``) or the
outlet with it (``• | VNA | October 28, 2016 07:38 PM``, ``연합뉴스 : 2015-03-28``)."""

from __future__ import annotations

import re

from dossier.clean.bylines import (
    EMAIL,
    KOREAN_OUTLET_WORD,
    KOREAN_PAPER,
    SITE,
    is_korean_name,
    listed_korean_name,
)
from dossier.clean.dates import (
    CLOCK_AFTER,
    MONTH_WORD,
    PAGE_COUNTER,
    YEAR_FIRST,
    YEAR_FIRST_SPACED,
    find_date,
    is_date_line,
)
from dossier.clean.metadata import PAGE_BUTTONS, Outlets, byline
from dossier.clean.sourced_bylines import sourced_paper
from dossier.places import is_place_name
from dossier.text import words_of

_CLOCK = re.compile(r"\d{1,2}[:h]\d{2}(?:\s?[AaPp][Mm])?(?:\s?\(?GMT[+-]\d{1,2}\)?)?")
_LABEL = "(?:Đăng lúc|Cập nhật|Posted|Published|Updated)"
# ("By Park Sae-jin Posted : January 21, 2016, 14:32": the date's label between)
_BYLINE_THEN_DATE = re.compile(
    # ("By Sanjay KumarPublished : June 30, 2024": the label run into the name)
    rf"(?P<by>(?i:by)\s+.+?)(?:\s*[|,–—-]?\s+|(?<=[a-zà-ỹđ])(?={_LABEL}\s*:))"
    rf"(?:{_LABEL}\s*:?\s*)?(?P<date>(?:[A-Z][a-z]{{2,8}}\.?\s+\d|\d).*)"
)
# "Kim Ngân   Thứ tư, ngày 26/03/2025 06:45 AM (GMT+7)", "John Kim, Jan. 15, 2016, 8:50
# a.m.", "Kelly Tran Đăng lúc: Chủ nhật, 03/10/2021 23:15": a name, then the date
_NAME_THEN_DATE = re.compile(
    # (no month opens a word of the name: "Ko Dong-hwan June 7, 2018")
    # (nor the label before the date: "Lee Han-soo  Published 2019.04.15 17:42")
    rf"(?P<by>[A-ZÀ-ỸĐ][\w'’-]+(?:\s+(?!{MONTH_WORD}\s\d|{_LABEL}\b)[A-ZÀ-ỸĐ][\w'’-]+){{1,3}}),?"
    rf"\s+(?:{_LABEL}\s*:?\s*)?"
    r"(?P<date>(?:\d|Thứ\s|Chủ nhật|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    rf"{MONTH_WORD}\s\d).{{6,50}})"
)
# "Tran Mai - Le Hoa 13:39, 2017/10/18", "Tran Mai - Le Hoa Wednesday | 05/17/2023 15:20",
# "Hà Hoa (t/h) 08/03/2023 14:54 | Kết nghĩa": writers joined by a dash, perhaps the note
# that the story is compiled ("(t/h)", "tổng hợp"), then the date and perhaps the section;
# "AN HÀ - LÊ MAI (TỪ BUSAN, HÀN QUỐC), Theo Báo X 17:35 02/12/2018": writers in capitals,
# where they wrote from ("từ": from) and the paper the copy is from ("Theo": after), before
# the date (``_written_from``)
_NAME = r"[A-ZÀ-ỸĐ][\w'’-]+(?:\s+[A-ZÀ-ỸĐ][\w'’-]+){1,3}"
_WRITERS_THEN_DATE = re.compile(
    rf"(?P<by>{_NAME}(?:\s+[-–]\s+{_NAME})*(?:\s+\((?i:t/h|tổng hợp)\))?)"
    r"(?:\s+\(TỪ\s(?P<whence>[^()]{2,40})\),?(?:\s+Theo\s[^|]{2,40}?)?)?"
    r"\s+(?P<date>(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[^|]{0,8}"
    r"(?:\|\s*)?\d[^|]{5,30}?)(?:\s*\|\s*[^|\d]{2,40})?"
)
# "성상영 기자 2024-07-01 07:00:00", "머니투데이 박미주 기자 2019.09.22 11:00", "조덕수 기자
# 입력 2024.11.25 10:40 수정 2024.11.25 10:43": the
# outlet, the reporter and the date on one line ("기자I 2021.10.09": an I for the bar),
# perhaps the reporter's address between ("장상유 기자 jsy@example.co.kr 2025-11-25")
# ("머니투데이 오진영 기자, 한지연 기자 | 2024.09.23 19:29": two reporters)
_KOREAN_BY_THEN_DATE = re.compile(
    r"(?P<by>(?:[가-힣A-Za-z]{1,10}\s+)?[가-힣]{2,4}\s*(?:전문|선임)?(?:기자|특파원)"
    r"(?:,\s?[가-힣]{2,4}\s*(?:기자|특파원))?)"
    rf"(?:\s+{EMAIL})?\s*[|·Iㅣ]?\s+(?:(?:입력|승인|등록|기사입력)\s*:?\s*)?"
    rf"(?P<date>{YEAR_FIRST_SPACED}.{{0,40}})"
)
# "[서울=한빛뉴스통신] 김철수(베트남)기자 송고시간 2019-11-18 18:48": a wire's lead (the
# place it filed from, the paper), the reporter with the country covered, the time it was
# sent; "다낭(베트남)=김철수 특파원 입력 : 2020-12-04 16:00:00": the place (its country in
# brackets) and the reporter after an equals sign, no paper
_LEAD_BY_THEN_DATE = re.compile(
    r"(?:[\[(【][가-힣]{1,8}\s?=\s?[가-힣A-Za-z0-9]{2,20}[\])】]\s*|"
    r"[가-힣]{1,8}(?:\([가-힣]{1,8}\))?\s?=\s?)"
    r"(?P<by>[가-힣]{2,4})(?:\([가-힣]{2,8}\))?\s*(?:전문|선임)?(?:기자|특파원)\s+"
    r"(?:송고시간|입력|승인|등록|기사입력)\s*:?\s*"
    rf"(?P<date>{YEAR_FIRST_SPACED}{CLOCK_AFTER})"
)
# "정명준 승인 2024.10.30 10:52 의견 0": the reporter, then the date the desk passed it
_KOREAN_NAME_THEN_DATE = re.compile(
    r"(?P<by>[가-힣]{2,4})\s+(?:승인|입력|등록|기사입력)\s*:?\s*"
    rf"(?P<date>{YEAR_FIRST_SPACED}.{{0,30}})"
)
# "입력 2019년06월04일 17시11분 이경문": the date the story entered, then its reporter
_ENTERED_THEN_KOREAN_NAME = re.compile(
    r"(?:입력|등록|기사입력)\s*:?\s*(?P<date>\d{4}[-./년]\s?\d{1,2}[-./월]\s?\d{1,2}일?"
    r"(?:\s+\d{1,2}(?::\d{2}|시\s?\d{1,2}분))?)\s+(?P<by>[가-힣]{2,4})"
)
# "by dasom200 2025. 7. 22.": a blog's byline, its writer's handle, then the date (the line
# is furniture and gives the date; a handle in lower case is no person's name, so the
# article's author stays unset)
_HANDLE = re.compile(r"(?i:by)\s+(?P<handle>[a-z][a-z0-9_.]{2,19})")
# "2020-08-25 응웬 늇(Nguyen nhut) 기자": the date, then the reporter
_DATE_THEN_KOREAN_BY = re.compile(
    rf"(?P<date>{YEAR_FIRST}{CLOCK_AFTER})\s+"
    r"(?P<by>[가-힣][^|]{1,40}(?:기자|특파원))"
)
# "COMPANY / Reporter Kim SangJin / 2024-11-18 08:33:25": a Korean paper's English edition,
# the section, the reporter and the date between slashes
_SECTION_BY_DATE = re.compile(
    r"[A-Z][A-Za-z&]{1,20}\s/\s(?P<by>(?i:reporter|correspondent)\s+[A-Z].{2,40}?)\s/\s"
    rf"(?P<date>{YEAR_FIRST}{CLOCK_AFTER})"
)
_DATE_THEN_BY = re.compile(r"(?P<date>.{6,60}?)\s+(?P<by>(?i:by)\s+\S.*)")
# "Mỹ Dung - 18:17, …", "Hân Hân|02/03/2017", "연합뉴스 : 2015-03-28", "X - : Sep 10, 2022"
_PARTS = re.compile(r"\s+[·•–:-](?:\s+:)?\s+|\s*\|\s*")
_BY = re.compile(r"^(?i:by)\s+")
_KOREAN_WORD = re.compile(r"[가-힣]{2,4}")  # a Korean's name is one word
_INITIALS = re.compile(r"[A-ZĐ](?:\.[A-ZĐ]{1,2}){1,3}")  # "A.T", "P.V", "N.T.H"
# "2019-02-14     뉴스1": a paper's name may end in a digit after its word, which may then
# stand alone
_PAPER_WORD = KOREAN_OUTLET_WORD.pattern.removesuffix("$")
_DATE_THEN_PAPER = re.compile(
    rf"(?P<date>{YEAR_FIRST}{CLOCK_AFTER})\s+"
    rf"(?P<paper>[가-힣]{{1,10}}{_PAPER_WORD}\d?|{_PAPER_WORD}\d)"
)

# "에너지경제신문 입력 2024.10.17 10:12": the paper, then the date it entered the story
# ("한국일보  2024. 8. 2. 04:40": a portal's list of copies, the label left out)
_PAPER_THEN_DATE = re.compile(
    rf"(?P<paper>{KOREAN_PAPER.pattern.removesuffix('$')})\s+(?:(?:승인|입력|등록|기사입력)"
    r"\s*:?\s*)?"
    rf"(?P<date>{YEAR_FIRST_SPACED}.{{0,30}})"
)

# "Vnexpress.vn 2022.12.01": the site a translated copy is from, and the date it gave
_SITE_THEN_DATE = re.compile(
    rf"(?P<site>{SITE})\s+(?P<date>{YEAR_FIRST_SPACED}\.?)", re.I
)

# "July 01, 2024 13:41 WAJ": the date, then the outlet by its initials (three capitals or
# more: "ET", "SA" are a time zone and a Vietnamese "a.m."; no time zone's)
_DATE_THEN_INITIALS = re.compile(
    r"(?P<date>.{6,40}?\d)\s+"
    r"(?P<paper>(?!(?:GMT|UTC|KST|ICT|JST|CET|CST|MST|BST|IST|SGT|HKT|WIB|AEST|AEDT|EST|"
    r"EDT|PST|PDT|CDT|MDT)\b)[A-Z]{3,6})"
)


# "by 베트남 컨설팅 2006. 12. 25.": a blog's byline, the blog's own name in Hangul, then the
# date: the blog is the page's outlet
_BLOG_THEN_DATE = re.compile(
    r"(?i:by)\s+(?P<blog>[가-힣]+(?:\s[가-힣]+){0,3})\s+"
    r"(?P<date>\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?(?:\s+\d{1,2}:\d{2})?)"
)


# "한빛신문 기자 입력 2023.04.12 09:30 수정 …": the paper signing as its own reporter,
# its name two syllables or more before a paper's word ("김일보" is a person's), the
# date's label, then only its time and the date it was changed
_DAY = rf"{YEAR_FIRST_SPACED}\.?{CLOCK_AFTER}"
_PAPER_SIGNING = re.compile(
    r"(?P<paper>(?P<name>[가-힣]{2,10})(?:신문|일보|뉴스|방송|통신))\s+기자\s+"
    rf"(?:승인|입력|등록|기사입력)\s*:?\s*(?P<date>{_DAY}(?:\s+수정\s*:?\s*{_DAY})?)"
)
# a desk's name before a paper's word: "디지털뉴스 기자", "정보통신 기자", no paper
_DESKS = frozenset(
    words_of("온라인 디지털 인터넷 영상 정보 사회 경제 정치 국제 문화 연예 스포츠")
)


# a person or the site's account after "by", no blog: "by 김철수 기자", "by 관리자"
_NO_BLOG = frozenset(("기자", "특파원", "관리자", "운영자", "최고관리자"))


def _blog_name(name: str, outlets: Outlets) -> bool:
    """A blog's own name of two words or more ("베트남 컨설팅"), not a reporter's name with
    the word for one, an admin account, or a Korean's name alone ("이현웅")."""
    words = name.split()
    person = is_korean_name(words[0], outlets) and not is_place_name(words[0])
    return len(words) >= 2 and not (_NO_BLOG & set(words) or person)


def dated_source(
    text: str, outlets: Outlets, edge: bool = True
) -> tuple[str, str] | None:
    """``• | VNA | October 28, 2016 07:38 PM``: the outlet the copy is from, and its date.
    ``edge``: the line stands above the story's first paragraph or is the page's last,
    where a listed name then a date alone is the copy's credit; between the story's
    paragraphs it is a citation's subheading ("The Korea Herald May 12, 2025" over what
    that paper wrote)."""
    blog = _BLOG_THEN_DATE.fullmatch(text)
    if blog and _blog_name(blog["blog"], outlets) and (date := find_date(blog["date"])):
        return blog["blog"], date
    if (sited := _SITE_THEN_DATE.fullmatch(text)) and (
        date := find_date(sited["date"])
    ):
        site = sited["site"]
        # the outlet by its site, or by the name the site spells ("Vnexpress" of
        # "Vnexpress.vn" is VnExpress)
        return outlets.find(site) or outlets.find(site.split(".")[0]) or site, date
    dated = _DATE_THEN_PAPER.fullmatch(text) or _PAPER_THEN_DATE.fullmatch(text)
    signing = _PAPER_SIGNING.fullmatch(text)
    dated = dated or (signing and signing["name"] not in _DESKS and signing)
    if dated:  # "2016-01-25 농업정보신문"
        return dated["paper"], find_date(dated["date"]) or ""
    initials = _DATE_THEN_INITIALS.fullmatch(text)
    if initials and is_date_line(initials["date"]) and (date := find_date(text)):
        return outlets.find(initials["paper"]) or initials["paper"], date
    signed = _BYLINE_THEN_DATE.fullmatch(text)
    agency = signed and outlets.find(_BY.sub("", signed["by"]))
    if agency and (date := find_date(signed["date"])):
        return agency, date  # "By Yonhap June 14, 2016 | 05:03 pm": the agency signs
    parts = [p for p in _PARTS.split(text.strip("•· ")) if p.strip("•· ")]
    dates = [p for p in parts if is_date_line(p)]
    # a paper the list does not know names itself by the word its name ends in ("…신문")
    named = [
        outlets.find(p)
        or outlets.find(_BY.sub("", p))  # "By Reuters | Updated: 4 August 2022"
        or (KOREAN_PAPER.fullmatch(p) and p)
        for p in parts
        if p not in dates
    ]
    if len(dates) == 1 and len(named) == 1 and named[0]:
        return named[0], find_date(dates[0]) or ""
    return _listed_then_date(text, outlets) if edge else None


MAX_NAME_WORDS = 5
MAX_LISTED_DATED = 80  # characters: a longer line is no credit


def _listed_then_date(text: str, outlets: Outlets) -> tuple[str, str] | None:
    """``Reuters March 06, 2020``: a listed outlet's name, then only a date."""
    words = text.split() if len(text) <= MAX_LISTED_DATED else []
    for cut in range(1, min(MAX_NAME_WORDS, len(words) - 1) + 1):
        rest = " ".join(words[cut:])
        if (found := outlets.find(" ".join(words[:cut]))) and is_date_line(rest):
            return found, find_date(rest) or ""
    return None


def _written_from(match: re.Match[str] | None) -> re.Match[str] | None:
    """Writers dashed together, then where they wrote from: the writers in capitals and no
    place's name ("HÀ NỘI - BẮC NINH"), where they wrote from in capitals, a place last
    ("BACOLOD, PHILIPPINES"); not people named in a picture from left to right ("(từ trái
    sang)") nor a match from its hour ("(từ 19h00)")."""
    if not match or not (whence := match["whence"]):
        return match
    writers = re.split(r"\s+[-–]\s+", match["by"])
    places = [place.strip() for place in whence.split(",")]
    if (
        match["by"].isupper()
        and whence.isupper()
        and not any(map(is_place_name, writers))
        and is_place_name(places[-1])
    ):
        return match
    return None


def dated_byline(text: str, outlets: Outlets) -> tuple[tuple[str, ...], str] | None:
    """A byline and a date on one line: ``By Vo Thanh Tam   May 14, 2024 | 09:12 am GMT+7``,
    ``Posted on 14 June 2024 by Joon Nguyen``, ``Published 5 May 2024 | Written by X``,
    ``Mai Hương - Theo Tin Mới | 28/06/2014`` (the paper the copy is from left out)."""
    if sourced := sourced_paper(text, outlets):
        text = sourced[1]
    match = _BYLINE_THEN_DATE.fullmatch(text) or _DATE_THEN_BY.fullmatch(text)
    match = match or _NAME_THEN_DATE.fullmatch(text)  # "Nguyen Hoai 14:32, 2025/05/20"
    match = match or _written_from(_WRITERS_THEN_DATE.fullmatch(text))
    match = match or _KOREAN_BY_THEN_DATE.fullmatch(text)
    match = match or _KOREAN_NAME_THEN_DATE.fullmatch(text)
    match = match or _DATE_THEN_KOREAN_BY.fullmatch(text)
    match = match or _ENTERED_THEN_KOREAN_NAME.fullmatch(text)
    match = match or _SECTION_BY_DATE.fullmatch(text)
    match = match or _LEAD_BY_THEN_DATE.fullmatch(text)
    structured = (
        _BYLINE_THEN_DATE,
        _ENTERED_THEN_KOREAN_NAME,
        _SECTION_BY_DATE,
        _LEAD_BY_THEN_DATE,
    )
    if match and (match.re in structured or is_date_line(match.group("date"))):
        by, date = match.group("by"), find_date(match.group("date"))
    else:
        # "Thanh Hương | 14:32 | 18/04/2025": the time apart from its date
        parts = [
            p
            for p in _PARTS.split(text)
            if not _CLOCK.fullmatch(p) and not PAGE_COUNTER.fullmatch(p)
        ]
        dates = [p for p in parts if is_date_line(p)]
        bys = [p for p in parts if p not in dates]
        if len(parts) < 2 or len(dates) != 1 or len(bys) != 1:
            return None
        by, date = bys[0], find_date(dates[0])
    name, slash, desk = by.rpartition("/")
    if slash and outlets.find(desk.strip()):
        by = name.strip()  # "Thiên Bình/VOV.VN | 18/01/2023": the reporter, the outlet
    # a name on the line of the page's date is its byline, bare as it may be
    authors = byline(by, outlets, alone=len(by.split()) >= 2)
    paper, _, reporters = by.partition(" ")
    listed = "," in reporters  # "머니투데이 오진영 기자, 한지연 기자": two reporters
    if (
        not authors
        and listed
        and (outlets.find(paper) or KOREAN_PAPER.fullmatch(paper))
    ):
        authors = byline(reporters, outlets, alone=True)
    labelled = re.match(
        rf"\s*{re.escape(by)}\s*:", text
    )  # "등록일 : …": a date's label
    if not authors and not labelled and (name := listed_korean_name(by, outlets)):
        authors = (name,)  # "정재영 | 2019.05.24": a Korean name is one word
    if not authors and _INITIALS.fullmatch(by):
        authors = (by,)  # "A.T| 15/08/2017 09:25": a Vietnamese writer's initials
    bare = _BY.sub("", by)  # "2018/04/10 by 이현웅": "by" before a Korean name
    named = bare != by and _KOREAN_WORD.fullmatch(bare) is not None
    if not authors and named and is_korean_name(bare, outlets):
        authors = (bare,)  # not "by 관리자" (the admin), nor "by 한인회 사무국"
    if not authors and (handle := _HANDLE.fullmatch(by)):
        authors = (handle["handle"],)  # "by dasom200 2025. 7. 22."
    return (authors, date) if authors and date else None


_DATE_THEN_NAME = re.compile(
    r"(?P<date>.+?\d{1,2}:\d{2})\s*\|\s*(?P<name>[^|\d]{3,40})"
)


# "Wednesday, October 19, 2011, 10:45:43 Paul Yoon": above the story, the date and its
# time, then the writer's name in two or three capitalised words
_CLOCK_THEN_NAME = re.compile(
    r"(?P<date>.{6,60}?\d{1,2}:\d{2}(?::\d{2})?)\s+"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})"
)
# what a page's furniture writes after a time, no name: "10:45 Hanoi Time", "Updated Today"
_AFTER_CLOCK = PAGE_BUTTONS | frozenset(
    words_of("time today updated posted published edited ago views")
)
# "2016-02-02     원성윤": the date, then the writer's Korean name set apart from it
_DATE_THEN_KOREAN = re.compile(
    r"(?P<date>\d{4}[-.]\d{1,2}[-.]\d{1,2})\s+(?P<name>[가-힣]{3})"
)


def date_then_name(
    text: str, outlets: Outlets, header: bool = False
) -> tuple[tuple[str, ...], str] | None:
    """A date line, its time, then the reporter after a bar: ``Chủ Nhật, 07/07/2019 21:59
    | Anh Duy``; or, above the story, the date, then a Korean name of three syllables
    apart: ``2016-02-02     원성윤`` (not "2024.03.15 기준", a timeline's "2015.03.02 설립");
    or, above it, the date and its time, then the writer: ``Wednesday, October 19, 2011,
    10:45:43 Paul Yoon`` (not "10:45 Hanoi Time")."""
    korean = header and _DATE_THEN_KOREAN.fullmatch(text)
    if korean and is_korean_name(korean["name"], outlets):
        return (korean["name"],), find_date(korean["date"])  # type: ignore[return-value]
    clocked = header and _CLOCK_THEN_NAME.fullmatch(text)
    words = clocked["name"].split() if clocked else []
    furniture = clocked and (  # "10:45 Hanoi Time", "10:45 Seoul Korea", "Font Size"
        _AFTER_CLOCK & {word.casefold() for word in words}
        or is_place_name(clocked["name"])
        or all(is_place_name(word) for word in words)  # "Seoul Korea"; not "Minh Hue"
    )
    by = clocked and not furniture and byline(clocked["name"], outlets, True)
    if by and is_date_line(clocked["date"]):
        return by, find_date(clocked["date"])  # type: ignore[return-value]
    signed = is_date_line(text) and _DATE_THEN_NAME.fullmatch(text)
    by = signed and byline(signed["name"], outlets, True)
    return (by, find_date(signed["date"])) if by else None
