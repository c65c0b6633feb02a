"""The dateline opening a story's first paragraph: ``HANOI, June 22 (Yonhap) --``,
``SEOUL, May 3 /PRNewswire/ --``, ``Hue, Vietnam, (VNA) -``, ``Hanoi, The Gulf Observer:``.
A pure function of the paragraph's start and the outlets the project knows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.clean.bylines import SITE
from dossier.clean.dates import MONTH as _MONTH
from dossier.clean.dates import find_date, month_number
from dossier.clean.metadata import PAPER_WORD, Outlets
from dossier.places import is_country, is_place_name

_PLACE_CAPS = (  # "SEOUL", "HO CHI MINH CITY", "SEOUL/Hanoi", "SEOUL/HO CHI MINH CITY"
    r"[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ'’.\-]*(?:\s+[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ'’.\-]*){0,5}"
    r"(?:/[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*){0,3})?"
)
# "ngày 16 tháng 2", "ngày 16 tháng 2 năm 2022": a day in Vietnamese
_VIETNAMESE_DAY = (
    r"ngày\s+(?P<vday>\d{1,2})\s+tháng\s+(?P<vmonth>\d{1,2})(?:\s+năm\s+\d{4})?"
)
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_CAPS})"
    r"(?:,\s*(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
    # "SEOUL, May 2nd —", "HANOI, March 3rd, 2024 —": the day with its ordinal's letters
    rf"(?:,?\s*(?P<date>{_MONTH.format('dm')}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?|"
    rf"\d{{1,2}}\s+{_MONTH.format('md')}\s+\d{{4}}|"  # "SINGAPORE, 5 October 2023: …"
    rf"{_VIETNAMESE_DAY}))?"  # "HÀ NỘI, ngày 16 tháng 2 (Reuters) –"
    r"\s*(?:\((?P<paren>[^()]{2,40})\)|/(?P<slash>[\w\- ]{2,30})/|--\((?P<wire>[^()]{2,40})\))?"
    # "BOGOR • South Korea's …": a bullet for the dash; a colon after the year
    r"\s*(?:--|—|–|―|-|•|(?<=\d)\s?:)\s*(?=\S)"
)
_DATELINE_TITLE = re.compile(  # "Hue, Vietnam, (VNA) -", "부산 (VNA) –"
    r"(?P<place>[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*){0,3}|[가-힣]{1,10})"
    r"(?:,\s*(?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),?)?"  # "Hue, Vietnam, (VNA) -"
    rf"(?:,\s*(?P<date>{_MONTH.format('dm')}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
    r"(?:\s*\([A-Z][\w ]{2,30}\))?"  # "Ky Anh (Vietnam) (AFP) –": the country first
    r"\s*(?:\((?P<paren>[^()]{2,40})\)|/(?P<slash>[\w\- ]{2,30})/)"
    r"\s*(?:--|—|–|-|:)\s+(?=\S)"
)


# "SEOUL, Jan. 4 (Korea Bizwire)The King …", "Seoul, Aug 11 (IANS) South Korea …": a
# place, its date and the outlet's tag, the story run on after the bracket with no dash
_DATELINE_GLUED = re.compile(
    rf"(?P<place>{_PLACE_CAPS}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}})"
    r"(?:,\s*(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
    rf",\s*(?P<date>{_MONTH.format('dm')}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
    r"\s*\((?P<paren>[^()]{2,40})\)(?:/(?P<slash>[\w\- ]{2,30})/)?\s*(?=[A-Z“\"])"
)
# "HANOI, Dec 1, 2020, VN Express. Out of …": a place, the date, then a known outlet's
# name and a full stop
_DATELINE_OUTLET = re.compile(
    rf"(?P<place>{_PLACE_CAPS}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}),\s*"
    rf"(?P<date>{_MONTH.format('dm')}\s+\d{{1,2}}(?:,\s*\d{{4}})?|"
    rf"\d{{1,2}}\s+{_MONTH.format('md')}\s+\d{{4}}),"
    r"\s*(?P<paren>[A-Z][\w.&'’ ]{1,30}?)\s*(?:[.:]|\s[-–—])\s+(?=[A-Z\"“])"
)
# "Hanoi, Vietnam CNN —": a place, then a known outlet's tag without brackets
_DATELINE_TAG = re.compile(
    r"(?P<place>[A-ZÀ-ỸĐ][\wÀ-ỹ.\-]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ.\-]*){0,2})"
    r"(?:,\s*(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?\s+(?P<tag>[A-Z]{2,6})\s*"
    r"(?:--|—|–)\s+(?=\S)"
)


# "South Korea, 1 February 2026 – …", "Hanoi, March 3, 2024 — …": a place written as a
# name (not in capitals), then the whole date with its year, before a dash
_DATELINE_DATED = re.compile(
    r"(?P<place>[A-ZÀ-ỸĐ][a-zà-ỹđ]+(?:\s[A-ZÀ-ỸĐ][a-zà-ỹđ]+){0,2}),\s*"
    rf"(?P<date>{_MONTH.format('dm')}\s+\d{{1,2}},\s*\d{{4}}|"
    rf"\d{{1,2}}\s+{_MONTH.format('md')}\s+\d{{4}})"
    r"\s*(?:--|—|–|-)\s+(?=[A-ZÀ-ỸĐ\"“‘'])"
)  # a sentence follows, not the range's other end ("- 7 February 2026: …") nor an
# apposition ("– a date many had waited for – saw …")
_WEB_TAG = re.compile(SITE, re.IGNORECASE)


@dataclass(frozen=True)
class Dateline:
    place: str
    outlet: str | None
    month_day: tuple[int, int] | None  # "June 22" without a year
    date: str | None  # ISO, when the dateline states the year
    length: int  # characters of the paragraph it takes


# "Hanoi, The Gulf Observer: …", "Hanoi, April 24, 2024, The Europe Today: …": a place
# (and the date), then a paper's name by the word it ends in
_DATELINE_NAMED = re.compile(
    r"(?P<place>[A-ZÀ-ỸĐ][\wÀ-ỹ.\-]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ.\-]*){0,2}),\s+"
    rf"(?:(?P<date>{_MONTH.format('dm')}\s+\d{{1,2}},\s*\d{{4}}),\s+)?"
    r"(?P<paper>(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){1,3}"
    rf"(?:{PAPER_WORD}|(?i:observer|express|insider|review|monitor|chronicle|today))):"
    r"(?:\s+(?=\S)|\s*$)"
)


def dateline(paragraph: str, outlet_names: Outlets) -> Dateline | None:
    """The dateline opening a paragraph: a place in capitals, or any place followed by the
    outlet in brackets, before a dash."""
    match = (
        _DATELINE.match(paragraph)
        or _DATELINE_TITLE.match(paragraph)
        or _DATELINE_GLUED.match(paragraph)
        or _DATELINE_OUTLET.match(paragraph)
    )
    named = _DATELINE_NAMED.match(paragraph)
    # (a dated one names a paper the list may not know, as the dateline of a known
    # outlet's shape would: "Hanoi, April 24, 2024, The Europe Today: …")
    named = named if named and (named["date"] or not match) else None
    if named and is_place_name(named["place"]):
        # "Hanoi, The Gulf Observer: Vietnam is …": a listed place, then the paper
        outlet = outlet_names.find(named["paper"]) or named["paper"]
        day = find_date(named["date"]) if named["date"] else None
        return Dateline(named["place"], outlet, None, day, named.end())
    dated = None if match else _DATELINE_DATED.match(paragraph)
    if dated and is_place_name(dated["place"]) and len(paragraph) > dated.end():
        return Dateline(
            dated["place"], None, None, find_date(dated["date"]), dated.end()
        )
    if not match:
        tagged = _DATELINE_TAG.match(paragraph)
        outlet = tagged and outlet_names.find(tagged.group("tag"))
        if not tagged or not outlet:
            return None
        place = _with_country(tagged.group("place"), tagged["region"])
        return Dateline(place, outlet, None, None, tagged.end())
    place = match.group("place").strip().rstrip("-")  # "SEOUL-- South Korea's …"
    if known := outlet_names.find(place):  # "VOV.VN - President …": the outlet's tag
        return Dateline("", known, None, None, match.end())
    if _WEB_TAG.fullmatch(place):  # "TTH.VN - This was …": a site's tag, not a place
        return Dateline("", place, None, None, match.end())
    first = place.split("/")[0]
    # a place not in capitals only before a known outlet's tag: "Seoul, Aug 11 (IANS)"
    tagged = match.re in (_DATELINE_GLUED, _DATELINE_OUTLET) and outlet_names.find(
        match.group("paren")
    )
    capitals = first == first.upper() and len(first) >= 3
    if match.re is not _DATELINE_TITLE and not capitals and not tagged:
        return None
    words = paragraph[match.end() :].split()
    if not words:
        return None
    source = (
        match.group("paren") or match.group("slash") or match.groupdict().get("wire")
    )
    # "HNP -": an outlet's tag; "HUE —", "VINH —" alone before the dash: places
    alone = is_place_name(place) and not match.groupdict().get("region")
    if len(place) <= 4 and " " not in place and not source and not alone:
        return None
    outlet = outlet_names.find(source) if source else None
    if match.re is _DATELINE_OUTLET and not outlet:
        return None  # "HANOI, Dec 1, 2020, Police said. …": no outlet, no dateline
    if source and not outlet and "/" in source:  # "(VNS/VNA)": either names the outlet
        outlet = next(filter(None, map(outlet_names.find, source.split("/"))), None)
        source = source if outlet else source.replace("/", "")
    # "(News2day)", "(NNN-Bernama)": a tag the list does not know is still a name
    if source and not outlet and not re.sub(r"[ \-]", "", source).isalnum():
        return None
    date_text = match.group("date")
    month_day, date = None, None
    if date_text:
        date = find_date(date_text)
        md = re.match(rf"{_MONTH.format('x')}\s+(\d{{1,2}})", date_text)
        if md:
            month = month_number(md.group("x"))
            month_day = (month, int(md.group(2))) if month else None
        elif (
            match.groupdict().get("vday")
            and 1 <= int(match["vmonth"]) <= 12
            and 1 <= int(match["vday"]) <= 31
        ):
            month_day = (int(match["vmonth"]), int(match["vday"]))
    place = _with_country(place, match.groupdict().get("region"))
    return Dateline(place, outlet or source, month_day, date, match.end())


def bare_dateline(text: str) -> bool:
    """``VIETNAM, October 31 -``: a place in capitals and its day before a dash, alone on
    its line (a copy set the story's start on the next): no headline."""
    match = _DATELINE.match(f"{text.strip()} .")
    return bool(match and match["date"] and match.end() == len(text.strip()) + 1)


def _with_country(place: str, region: str | None) -> str:
    """The place with the country printed after it ("HANOI, Vietnam (AP) —" → "HANOI,
    Vietnam"); a province or a region after it is no part of it ("Hue, Thua Thien")."""
    if region and is_country(region):
        return f"{place}, {region}"
    return place
