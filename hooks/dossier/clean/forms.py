"""More shapes of bylines and datelines, as outlets print them around the world.

- ``Bich Ngoc Tran`` / ``in Hanoi``: a reporter and where they filed from, on one or two lines
  (This Week in Asia, The Guardian, the Financial Times);
- ``Irene Kwak (irenekwak@example.com)``: a reporter signing with an email address;
- ``CAN THO:`` (CNA, The Straits Times), ``SEOUL, SOUTH KOREA —`` (VOA, AP),
  ``Hà Nội, 19/5/2025 –`` (Vietnamese ministries and state media): datelines.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml

from dossier.clean import metadata as meta
from dossier.clean.bylines import EMAIL, PERSON, SITE
from dossier.clean.datelines import Dateline
from dossier.clean.datelines import dateline as dateline_of
from dossier.clean.dates import MONTH_WORD
from dossier.clean.decorated_datelines import undecorated
from dossier.clean.label_turns import opens_with_label
from dossier.clean.lines import SPEAKER
from dossier.clean.metadata import NAME
from dossier.clean.news_agencies import NEWS_AGENCIES
from dossier.places import is_listed_place
from dossier.text import fold, name_key

_PERSONS = rf"{PERSON}(?:\s*(?:,|and|&)\s*{PERSON})*"
# "Bich Ngoc Tran" / "in Hanoi": names on one line, where they filed from on the next (on
# one line, "Korean Investors in Vietnam" could as well be a headline)
_PLACED_NAMES = re.compile(rf"(?:(?i:by)\s+)?(?P<names>{_PERSONS})")
_PLACED_IN = re.compile(rf"in\s+{NAME}")
# "Jang Eun-ji (jangej@example.com)", "By Kim Yoon-mi <yoonmi@example.com>",
# "Jang Eun-ji jangej@example.com"
_CONTACT = re.compile(
    rf"(?:(?i:by|reporter)\s+)?(?P<names>{PERSON})\s*(?:[(\[<]\s*{EMAIL}\s*[)\]>]|\s{EMAIL})"
)
_CAPS = r"[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ'’.\-]*"
_PLACE_CAPS = rf"{_CAPS}(?:\s+{_CAPS}){{0,3}}"
# "CAN THO: When …", "SINGAPORE: The …"; the first word after the colon opens a sentence
# "PHU QUOC, Vietnam: Tour guide …": the country after the place, in title case
# "SEOUL: 7th January 2009 -- Given …": the day after the colon, then a dash
_COLON = re.compile(
    rf"(?P<place>{_PLACE_CAPS})(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?:\s+"
    rf"(?:(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}\s+\d{{4}})\s*(?:--|—|–)\s*)?"
    r"(?=[A-ZÀ-ỸĐ\"“‘'])"
)
# "Seoul: A South Korean man …", "Hanoi [Vietnam]: …": a place in title case, a listed one
# only ("Note: …"), its country perhaps in brackets after it
_TITLE_COLON = re.compile(
    r"(?P<place>[A-ZÀ-ỸĐ][\w'’.-]*(?:\s+[A-ZÀ-ỸĐ][\w'’.-]*){0,3})(?:\s\[[A-Z][a-z]+\])?:\s+"
    r"(?=[A-ZÀ-ỸĐ\"“‘'])"
)
# "SEOUL, SOUTH KOREA — …": a place and its country, both in capitals
_COUNTRY = re.compile(
    rf"(?P<place>{_PLACE_CAPS}),\s+{_PLACE_CAPS}\s*(?:--|—|–)\s*(?=\S)"
)
# "Hanoi, Vietnam – …" (Al Jazeera): a place and its country in title case, a spaced dash
# ("London, United Kingdom, February 12, 2019 – …": with the date, a press release's)
_TITLE_COUNTRY = re.compile(
    r"(?P<place>[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*){0,2}),\s+"
    r"[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*){0,2}"
    rf"(?:,\s+(?P<date>{MONTH_WORD}\s+\d{{1,2}},\s+\d{{4}}))?\s+(?:—|–|--)\s+(?=\S)"
)
# "Ha Tinh - Eighty-six welders …", "Hà Nội - Sáng 15/9, …" (Lao Động, Dân Việt): a place
# in title case, a spaced dash, the story's first capital
_TITLE_PLACE = re.compile(
    r"(?P<place>[A-ZÀ-ỸĐ][a-zà-ỹđ'’.]+(?:\s+[A-ZÀ-ỸĐ][a-zà-ỹđ'’.]+){0,2})\s+[-–—]\s*"
    r"(?=[A-ZÀ-ỸĐ0-9\"“])"
)
# "하노이 — 한국과 베트남 예술가들이 …": a Korean copy of a dateline, a listed place and a
# spaced dash before the story's first word
_HANGUL_PLACE = re.compile(r"(?P<place>[가-힣]{2,8})\s+[—–]\s+(?=[가-힣\"“‘'])")
MIN_DATELINED_WORDS = 15
# A country frames a story and a linking word opens a sentence; neither is a dateline's
# place: "Korea - Vietnam trade …", "At Vietnam – Korea Business Forum …"
_FRAME = re.compile(
    r"(?i:korea|vietnam|viet|việt|hàn|japan|china|asia|asean|the|a|an|this|that|in|on|"
    r"at|for|with|by|from|to|of|but|and|as|after|before|meanwhile|however|today|"
    r"yesterday|now|then|also|still|finally|first|second|update|updated|breaking|"
    r"exclusive|note|photo|video|watch|listen|read|editor's note)"
)
# "Seoul, South Korea - …": a hyphen only after a country's name
_TITLE_COUNTRY_HYPHEN = re.compile(
    r"(?P<place>[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*){0,2}),\s+"
    r"(?:South Korea|Korea|Republic of Korea|Vietnam|Viet Nam|Việt Nam|Japan|China|"
    r"Thailand|Indonesia|Malaysia|Singapore|the Philippines|Cambodia|Laos)\s+-\s+(?=[A-Z])"
)
# "Hà Nội, 19/5/2025 – …", "Seoul, ngày 3/6/2024 - …": a place and a day/month/year
_NUMERIC = re.compile(
    r"(?P<place>[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*){0,3}),\s+"
    r"(?:(?i:ngày)\s+)?(?P<date>\d{1,2}/\d{1,2}/(?:19|20)\d\d)\s*(?:--|—|–|-)\s+(?=\S)"
)
# "KIM MIN-JI": a hyphen inside a word joins it, it does not end a dateline
_HYPHENATED = re.compile(r"[^\s-]-$")
# the time a Vietnamese lead opens with: "Tối 12/11, …", "Ngày 3/5", "12/11, …"
_LEAD_TIME = re.compile(r"(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm)\b|\d{1,2}/\d{1,2}\b")
# "SEOUL, AJU - …": a place in capitals and a known outlet's tag; "Nov. 3 (UPI) -- …": a
# date and the tag, the place left out
_PLACE_TAG = re.compile(
    r"(?P<place>[A-ZÀ-ỸĐ]{3,}(?:\s[A-ZÀ-ỸĐ]{2,}){0,3}),\s*(?P<tag>[A-Z]{2,6})\s*(?:--|—|–|-)\s+(?=\S)"
)
_DATE_TAG = re.compile(
    rf"{MONTH_WORD}\s+\d{{1,2}}\s*"
    r"\((?P<tag>[^()]{2,20})\)\s*(?:--|—|–|-)\s+(?=\S)"
)
# "VTV.vn - …", "VietNamNet Bridge - …": a site's name or domain opening the story;
# "Sharjah24 – AFP: Tour guide …": the site carrying a wire's story, the wire, a colon
_NAMED_LEAD = re.compile(
    r"(?:[A-Z][\w.]{1,20}\s[-–]\s(?P<tag>[A-Z]{2,6}):\s+(?=[A-ZÀ-ỸĐ“\"])|"
    r"(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})\s*[-–—]\s+(?=[A-ZÀ-ỸĐ“\"]))"
)
# "MOSCOW (UrduPoint News / Sputnik - 16th September, 2021) The …": the place, then in
# brackets the site, the wire it carries (the last named) and the date
_CARRIED_WIRE = re.compile(
    rf"(?P<place>{_PLACE_CAPS})\s+\((?P<tags>[^()]{{2,60}}?)\s[-–]\s(?P<date>[^()]{{6,40}})\)"
    r"\s*(?:[-–—]{1,2}\s*)?(?=[A-ZÀ-ỸĐ“\"])"
)
# "19 March 2015, Hanoi: Deputy Minister …": the date, then the place, then a colon
_DATED_PLACE = re.compile(
    rf"(?P<date>\d{{1,2}}\s+{MONTH_WORD}\s+\d{{4}}),"
    r"\s+(?P<place>[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*){0,3}):\s+(?=[A-Z])"
)
# "SEOUL/HANOI, June 21 South Korea's …": a wire's dateline whose tag and dash the copy lost
_UNDASHED = re.compile(
    r"(?P<place>[A-Z]{3,}(?:[ /][A-Z]{3,}){0,3}),\s+"
    rf"{MONTH_WORD}\s+\d{{1,2}}\s+(?=[A-Z])"
)
# "KEPCO – South Korea's national utility – is slated …": a subject, what it is between
# dashes, then its verb; no dateline
DASHED_SUBJECT = re.compile(
    r"(?P<subject>[^\s–—-]+(?:\s[^\s–—-]+){0,2})\s[–—-]{1,2}\s[^–—.!?]{3,80}?\s(?:--|[–—]{1,2})\s"
    r"(?:is|are|was|were|has|have|had|will|would|said|says|plans?|announced)\b"
)
# "Seoul () – …": a wire's tag emptied by the copy, the place before it
_EMPTY_TAG = re.compile(
    r"(?P<place>[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ'’.\-]*){0,2})\s*\(\s*\)"
    r"\s*(?:--|—|–|-)\s*(?=[A-ZÀ-ỸĐ“\"])"
)
# "[SEOUL] Facing …" (not a transcript's "[ANCHOR] …")
_BRACKETED = re.compile(r"\[(?P<place>[A-Z]{3,}(?:\s[A-Z]{2,}){0,3})\]\s+(?=[A-Z“\"])")
_LABEL_WORDS = (
    "anchor reporter soundbite interview narration narrator host guest vox pop standup "
    "interviewee mc sot nats"
)
_SPEAKER_LABELS = frozenset(_LABEL_WORDS.split())
_DOMAIN = re.compile(SITE, re.I)
_SHORT = re.compile(r"(?P<place>[A-Z][A-Z.]{1,5})\s*(?:--|—|–|-)\s+(?=\S)")
MIN_COLON_PLACE = 4  # "UK:", "AI:", "Q:" are labels, not places
# "DNTH", "PNTĐ": capitals with no vowel are an outlet's initials, no place's name
_VOWELLESS = re.compile(r"[B-DF-HJ-NP-TV-XZĐ]{3,6}")
# "KHPTO": initials, with more consonants in a row than a place's name has
_INITIALS_TAG = re.compile(r"[A-ZĐ]*[B-DF-HJ-NP-TV-XZĐ]{4}[A-ZĐ]*")


@cache
def colon_labels(path: Path = Path(__file__).parent / "clutter.yml") -> frozenset[str]:
    """Capitals before a colon that label a paragraph (``UPDATE:``), not a place."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(fold(word) for word in data["colon_labels"])


@cache
def short_places(path: Path = Path(__file__).parent / "clutter.yml") -> frozenset[str]:
    """Places of four letters or fewer (``HCMC``) that datelines print."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(fold(word) for word in data["short_places"])


def byline(lines: list[str], outlet_names: meta.Outlets) -> tuple[str, ...] | None:
    """The authors of a byline shaped as names over where they filed from, or as a name
    with an email address; None for any other lines."""
    if sum(len(line) for line in lines) > 120:
        return None
    match = _placed(lines) or (len(lines) == 1 and _CONTACT.fullmatch(lines[0]))
    if not match:
        return None
    names = tuple(
        n for n in meta._names(match.group("names")) if not outlet_names.find(n)
    )
    return names or None


def _placed(lines: list[str]) -> re.Match[str] | None:
    if len(lines) != 2 or not _PLACED_IN.fullmatch(lines[1]):
        return None
    return _PLACED_NAMES.fullmatch(lines[0])


def placed_line(text: str, outlet_names: meta.Outlets) -> tuple[str, ...] | None:
    """``Rebecca Lane in Hanoi`` on one line: a byline only where the caller knows it
    stands by the date line (on its own it could be a headline)."""
    if " in " not in text:
        return None
    names, place = text.rsplit(" in ", 1)
    return byline([names, f"in {place}"], outlet_names)


_BYLINE_LIKE = re.compile(rf"(?:(?i:by)\s+)?{_PERSONS}(?:\s+in\s+{NAME})?")


def looks_like_byline(text: str) -> bool:
    """``By Jane Roe``, ``Jane Roe in Hanoi``, ``Jane Roe and Kim Min-ji``: names only."""
    return len(text) <= 120 and bool(_BYLINE_LIKE.fullmatch(text))


def is_placed_byline(lines: list[str]) -> bool:
    """``Bich Ngoc Tran`` / ``in Hanoi``: a byline, never a headline."""
    return bool(_placed(lines))


_LABELS = frozenset(("UPDATE", "UPDATED", "CORRECTION", "NOTE", "PRESS RELEASE"))


def dateline(
    paragraph: str, outlet_names: meta.Outlets, transcript: bool = False
) -> Dateline | None:
    """The dateline opening a paragraph, in any of the shapes the metadata module reads
    or those above. In a transcript, ``NAME:`` is a speaker, not a place."""
    if (transcript and SPEAKER.match(paragraph)) or opens_with_label(paragraph):
        return None
    # "HUE, Vietnam ― …": a horizontal bar for the dash (one character for another, so
    # every length found holds)
    paragraph = paragraph.replace("―", "—")
    paragraph = undecorated(paragraph, outlet_names)
    if (subject := DASHED_SUBJECT.match(paragraph)) and not (
        subject["subject"].isupper() and is_listed_place(name_key(subject["subject"]))
    ):
        return None  # ("HANOI – The ministry, which … – said …": a dateline's place)
    if (empty := _EMPTY_TAG.match(paragraph)) and is_listed_place(
        name_key(empty["place"])
    ):
        return Dateline(empty["place"], None, None, None, empty.end())
    if found := dateline_of(paragraph, outlet_names):
        glued = _HYPHENATED.search(paragraph[: found.length])
        if (glued and not _glued_tag(paragraph, found)) or found.place in _LABELS:
            return None  # "UPDATE, 6 October 2023: …": a note on the story, no place
        return _as_tag(found, outlet_names) or found
    if (match := _PLACE_TAG.match(paragraph)) and (
        known := outlet_names.find(match.group("tag"))
    ):
        return Dateline(match.group("place"), known, None, None, match.end())
    if (carried := _CARRIED_WIRE.match(paragraph)) and (
        date := meta.find_date(carried["date"])
    ):
        parts = _tag_parts(carried["tags"], outlet_names)
        outlet = _credited_agency(parts) or parts[-1][1]
        return Dateline(carried["place"], outlet, None, date, carried.end())
    if dated := _DATED_PLACE.match(paragraph):
        date = meta.find_date(dated["date"])
        return Dateline(dated["place"], None, None, date, dated.end())
    match = _BRACKETED.match(paragraph) or _UNDASHED.match(paragraph)
    if match and match.group("place").casefold() not in _SPEAKER_LABELS:
        return Dateline(match.group("place"), None, None, None, match.end())
    for pattern in (_DATE_TAG, _NAMED_LEAD):
        match = pattern.match(paragraph)
        name = match and (match.groupdict().get("tag") or match.group("name"))
        known = outlet_names.find(name) if match else None
        if match and (known or _DOMAIN.fullmatch(name)):
            return Dateline("", known, None, None, match.end())
    if (match := _SHORT.match(paragraph)) and fold(
        match.group("place")
    ) in short_places():
        return Dateline(match.group("place"), None, None, None, match.end())
    if match := _NUMERIC.match(paragraph):
        date = meta.find_date(match.group("date"))
        return Dateline(match.group("place"), None, None, date, match.end())
    match = (
        _COUNTRY.match(paragraph)
        or _TITLE_COUNTRY.match(paragraph)
        or _TITLE_COUNTRY_HYPHEN.match(paragraph)
    )
    title_place = _TITLE_PLACE.match(paragraph)
    if (
        not match
        and title_place
        and not any(
            _FRAME.fullmatch(word) for word in title_place.group("place").split()
        )
        # a story's paragraph follows, not a heading ("Political Trust – The Basis")
        and len(paragraph.split()) >= MIN_DATELINED_WORDS
        and paragraph.rstrip().endswith((".", "!", "?", '"', "”"))
    ):
        match = title_place
    korean = None if match else _HANGUL_PLACE.match(paragraph)
    if korean and is_listed_place(name_key(korean.group("place"))):
        match = korean
    if not match and not transcript:
        match = _COLON.match(paragraph)
        place = match.group("place") if match else ""
        if len(place) < MIN_COLON_PLACE or fold(place) in colon_labels():
            match = None
        titled = None if match else _TITLE_COLON.match(paragraph)
        if titled and is_listed_place(name_key(titled.group("place"))):
            match = titled
    if not match:
        return None
    if known := outlet_names.find(match.group("place")):
        # "INDEPENDENT: Thirty-eight …": the outlet's name in capitals, a colon, its tag
        # (not "KOREA TIMES: How do you see …?", an interviewer's question)
        tag = match.re is _COLON and not paragraph.rstrip().endswith("?")
        return Dateline("", known, None, None, match.end()) if tag else None
    place = match.group("place")
    if (_VOWELLESS.fullmatch(place) or _INITIALS_TAG.fullmatch(place)) and fold(
        place
    ) not in short_places():
        return Dateline("", place, None, None, match.end())  # "DNTH: …", an outlet's
    dated = match.groupdict().get("date")
    date = meta.find_date(dated) if dated else None
    return Dateline(place, None, None, date, match.end())


# "HANOI, Vietnam", "SEOUL": a listed place in capitals (its country after it) on a line of
# its own above the story's first paragraph
_PLACE_LINE = re.compile(
    rf"(?P<place>{_PLACE_CAPS})(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
)


def dateline_line(text: str) -> str | None:
    """The dateline ``text`` is, printed on a line of its own: a listed place in capitals."""
    text = text.strip()
    match = _PLACE_LINE.fullmatch(text)
    if match and is_listed_place(name_key(match.group("place"))):
        return text
    return None


def _glued_tag(paragraph: str, found: Dateline) -> bool:
    """A listed outlet's tag glued by a hyphen to the time a Vietnamese lead opens with
    ("LSO-Tối 12/11, …"); before a name the tag and the hyphen join a pair, a cup's or a
    poll's name, a place heading the story ("VNA-Hàn Quốc hợp tác", "MBC-Hyundai Cup",
    "VOV-Hà Nội: …"), a word ("KBS-MBC joint", "VNA-style"): the story's own words."""
    rest = paragraph[found.length :]
    return bool(found.outlet and not found.place and _LEAD_TIME.match(rest))


def named_again(tag: str | None, rest: str) -> bool:
    """Capitals before a dash that the paragraph they open names again ("HXT – … is HXT's
    largest"): the story's subject, which an outlet's tag, never named in its own story,
    is not. A tag before a dateline's time ("HXT – Sáng 3/5, …") stays one, and so does a
    paper named as its reporters' ("PV HXT", "phóng viên HXT", "HXT reporters")."""
    if not tag or _LEAD_TIME.match(rest):
        return False
    again = rf"(?<!\w)(?<!PV )(?<![Pp]hóng viên ){re.escape(tag)}(?!\w)(?!\s+reporter)"
    return re.search(again, rest) is not None


def _as_tag(found: Dateline, outlet_names: meta.Outlets) -> Dateline | None:
    """A dateline's "place" that is an outlet's tag: initials no place has ("KHPTO –"), or
    outlets the list knows, one per side of a slash ("NDO/VNA—", "WVR/VNA -"): the paper
    that prints the story, then the agency whose copy it is, which the story credits (two
    papers or two agencies, "KBS/MBC", stay the tag as written)."""
    place = found.place
    parts = _tag_parts(place, outlet_names)
    if len(parts) > 1 and all(listed for listed, _ in parts):
        credited = _credited_agency(parts) or place
        return replace(found, place="", outlet=found.outlet or credited)
    if _INITIALS_TAG.fullmatch(place) and fold(place) not in short_places():
        return replace(found, place="", outlet=found.outlet or place)
    return None


def _tag_parts(tag: str, outlet_names: meta.Outlets) -> list[tuple[str | None, str]]:
    """Each part of a tag either side of a slash ("NDO/VNA"): the outlet it is, when
    outlets.yml lists it, and the outlet as the tag names it (listed or as written)."""
    found = [(outlet_names.find(part), part.strip()) for part in tag.split("/")]
    return [(listed, listed or part) for listed, part in found]


def _credited_agency(parts: list[tuple[str | None, str]]) -> str | None:
    """The one news agency among a tag's parts ("NDO/VNA": VNA's copy, which Nhân Dân
    prints): none when no part is one, or more than one ("VNA/Xinhua")."""
    agencies = {listed for listed, _ in parts} & NEWS_AGENCIES
    return next(iter(agencies)) if len(agencies) == 1 else None


MAX_SPEAKER_CHARS = 80


def is_transcript(openings: list[str]) -> bool:
    """Two paragraphs or more open with a speaker's name: the page is a transcript."""
    speakers = 0
    for text in openings:
        # a speaker's label is short: the first words of the unit are enough to test
        speakers += bool(SPEAKER.match(text[:MAX_SPEAKER_CHARS]))
        if speakers >= 2:
            return True
    return False
