"""One line of a pasted page at a time: is it page furniture, and what does it say? A line
is furniture only when a rule in ``clutter.yml`` or a shape of ``metadata.py`` matches it
whole; what it states (a date, an outlet, an archive header's title) is kept as metadata,
the line logged as dropped with its reason, never lost."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, partial
from pathlib import Path

import yaml

from dossier.clean import dates, hangul_labels
from dossier.clean.archive_fields import archive_field, date_field_run_on
from dossier.clean.board_posts import BOARD_DETAILS, board_date, board_field
from dossier.clean.bylines import (
    aired_broadcaster,
    aired_reporter,
    reporters_credited,
)
from dossier.clean.copyright import copyright_holder, own_rules_paper, writer_credited
from dossier.clean.credit_lines import date_then_name, dated_byline, dated_source
from dossier.clean.doubled_sources import doubled_source
from dossier.clean.follow_prompts import followed_site
from dossier.clean.foot_only import foot_only
from dossier.clean.html_breaks import html_break_parts, is_html_source
from dossier.clean.korean_leads import korean_lead
from dossier.clean.languages import HANGUL, LATIN, in_vietnamese
from dossier.clean.lead_credits import lone_lead, role_credit
from dossier.clean.metadata import Outlets, byline
from dossier.clean.outlet_bylines import agency_byline, byline_reason, signed_outlet
from dossier.clean.outlet_lines import filed_from, outlet_line, outlet_reason
from dossier.clean.pattern_needs import Screen
from dossier.clean.pattern_widths import match_widths
from dossier.clean.placed_sign_offs import placed_sign_off
from dossier.clean.related_headings import inline_related
from dossier.clean.run_ons import run_on_parts
from dossier.clean.sourced_bylines import byline_paper
from dossier.clean.strips import is_nav_strip, keyword_tags
from dossier.text import fold

_SCREEN_SHOT = re.compile(r"(?i:screen ?shot) \d{4}-\d{2}-\d{2} at [\d.]+ ?(?i:am|pm)")
# "베트남+빈푹성+면담(1).jpg": a picture's file name, shown where the picture stood
_IMAGE_FILE = re.compile(r"[^\s/]{1,150}\.(?i:jpe?g|png|gif|webp|bmp)")
# "CityTimes – [시티타임스=베트남]": the paper's name in letters before its Korean lead
_NAMED_LEAD = re.compile(
    r"[A-Za-z][\w.&]*(?:\s[A-Za-z][\w.&]*){0,2}\s[-–—]\s(?=[\[【])"
)
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
LISTED = re.compile(r"[•·▪]\s+(\S.{2,40})")  # an item of a list (of the page's credits)
MIN_TWICE_CHARS = 15  # a phrase shown twice on its line, not a word ("Bye bye")
# "HueConnecting": two words glued, no space between (from a word's start, lazily: a
# pattern tried at every letter of a long word takes quadratic time)
_GLUED = re.compile(r"\b[^\W_]*?[a-z0-9][A-Z][a-z][^\W_]*")
# "PetroVietnam", "KakaoTalk": one or two in a line are names; so is one again and again
# ("Đại học GaChon")
MIN_GLUED = 3
_MAIL_HEADER = re.compile(
    r"(from|sent|to|cc|bcc|subject|reply-to|importance)\s*:\s*\S.{0,300}", re.I
)
_MENU_GAP = re.compile(r"\s{2,}|\t")
MIN_MENU_ITEMS = 4
_COLUMN_GAP = re.compile(r"\S {5,}\S")
# "[Exhibition News]", "【앵커】" (a broadcast script's cue, one short word); not a
# headline in lenticular brackets, nor "【서울=뉴시스】", a lead
_LABEL = re.compile(r"\[[^\[\]]{2,40}\]|【[^【】=\s]{1,6}】")
# "12 , H+ .", "( ) (Bac Kan Province) H+ 2025 .": a Korean page's sentence printed again
# with its Hangul taken out, the stops left standing alone
_STRIPPED_OF_HANGUL = re.compile(r"[^\uac00-\ud7a3]{0,80}(?:\s|^)[.,]")
MAX_STRIPPED_WORDS = 3  # words of two letters or more: a sentence in letters has more


def _few_words(text: str) -> bool:
    return sum(len(w) >= 2 and w.isalpha() for w in text.split()) <= MAX_STRIPPED_WORDS


# a list item's or a deck's bullet: "• …", "- …", "▶ …"
BULLET = re.compile(r"[•◦▪■□○●►▶→·*-]\s")
SPEAKER = re.compile(
    r"(?P<speaker>\[[A-Za-z ]{2,30}\]|(?:[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ'’.\-]*+\s*,?\s*){1,5}"
    r"(?:\((?:[A-Za-z ]{2,30})\))?)\s*:\s+(?=\S)"
)


@dataclass(frozen=True)
class Line:
    number: int
    text: str  # whitespace squashed
    indented: bool = (
        False  # began with spaces or a tab (a new paragraph in some layouts)
    )
    columns: bool = False  # two runs of text with a wide gap between: a PDF's columns
    menu: bool = False  # short items set apart by double spaces: a menu's strip


@dataclass(frozen=True)
class ClutterRules:
    navigation: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str], int, int], ...]  # name, rule, lengths
    screen: Screen | None = None  # the words each rule needs (None: every rule run)

    def reason(self, text: str) -> str | None:
        """The first pattern matching the whole text; one that cannot match a line of its
        length (fewer or more characters than it can match), or that needs a word the
        line does not hold, is not run."""
        screen = self.screen or Screen.of(self.patterns)
        return screen.first_match(self.patterns, text)


@dataclass(frozen=True)
class Furniture:
    """Why a line is not story text, and what it states."""

    reason: str
    authors: tuple[str, ...] = ()
    date: str | None = None
    date_kind: str = "published"
    outlet: str | None = None
    archive_field: tuple[str, str] | None = None
    line: int = 0
    holder: str | None = None  # the copyright holder a footer names
    credited: tuple[str, ...] = ()  # reporters a wire's credits name ("Reporting by …")
    place: str | None = None  # where the story was filed from ("AFP, CAN THO, Vietnam")


@cache
def clutter_rules(path: Path = Path(__file__).parent / "clutter.yml") -> ClutterRules:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    patterns = data["patterns"]
    compiled = tuple((n, re.compile(p, re.IGNORECASE)) for n, p in patterns.items())
    compiled += (("related link", inline_related(data["regions"]["related_headings"])),)
    rules = tuple((n, p, *match_widths(p)) for n, p in compiled)
    navigation = frozenset(fold(_bare(line)) for line in data["navigation"])
    return ClutterRules(navigation, rules, Screen.of(rules))


def _bare(line: str) -> str:  # a list's entry and a page's line alike
    return line.rstrip(":.…»! ").lstrip("•∙·◦▪*- ")


def clutter_reason(text: str, rules: ClutterRules) -> str | None:
    """Why a whole line is page furniture by the clutter rules, or None."""
    stripped = text.strip()
    if fold(_bare(stripped)) in rules.navigation:
        return "navigation"
    return rules.reason(stripped)


MIN_CUT_PHRASE = 10  # characters of a page phrase cut off: "기사가 속한 카테고리는"


def is_cut_phrase(text: str, rules: ClutterRules) -> bool:
    """The start of one of the page phrases the clutter rules list, cut off where the copy
    ends ("기사가 속한 카테고리는" for "기사가 속한 카테고리는 언론사가 분류합니다"): a
    page's last line, read as the furniture it begins."""
    key = fold(text.strip())
    if len(key) < MIN_CUT_PHRASE or len(key.split()) < 2:
        return False
    return any(phrase.startswith(f"{key} ") for phrase in rules.navigation)


# furniture that names who holds the page: its copyright, a print view's note
_HOLDERS = ("copyright line", "printed from", "licence notice")
# a Korean paper's notes on its own rules, which name it ("이 기사는 X 보도준칙 …")
OWN_RULES_NOTES = ("editorial check note", "ethics pledge")


def lines_of(text: str) -> list[Line | None]:
    """Every line, 1-based; a blank line is None. An archive copy's date field with the
    page's first line run on after it (`` date 2022-10-18 Headline``) is two lines of one
    number: the field, then the headline."""
    found: list[Line | None] = []
    tagged = is_html_source(text)  # pasted from its HTML source: tags are its layout
    for number, raw in enumerate(text.split("\n"), start=1):
        squashed = " ".join(raw.split())
        indented = raw[:1] in (" ", "\t", "\u3000")
        columns = "     " in raw.strip() and bool(_COLUMN_GAP.search(raw))
        items = _MENU_GAP.split(raw.strip())
        menu = len(items) >= MIN_MENU_ITEMS and all(len(i.split()) <= 3 for i in items)
        if run_on := date_field_run_on(squashed):
            field, squashed = run_on
            found.append(Line(number, field, True))
        segments = html_break_parts(squashed) if tagged else [squashed]
        for part in (
            p.strip() for s in segments for p in run_on_parts(s)
        ):  # "": a break
            found.append(Line(number, part, indented, columns, menu) if part else None)
    return found


def furniture(
    line: Line,
    rules: ClutterRules,
    outlets: Outlets,
    header: bool,
    latin: bool = True,
    columns: bool = True,
    english: bool = False,
    foot: bool = False,
) -> Furniture | None:
    """The line as furniture, or None when it may be story text. ``header``: the line comes
    before the story's first paragraph (where archive fields, labels and mail headers
    stand); ``latin``: the story is written in Latin script (a line in Hangul alone is then
    a label of the page); ``columns``: lines set in two columns are furniture (not when
    most of the page is, as in a two-column PDF: then they are the story); ``english``:
    the story is in English (a line in Vietnamese alone is then a link to another page,
    but the page's last line, ``foot``, may be a sentence cut off)."""
    found = _furniture(line, rules, outlets, header, latin, columns, foot)
    if not found and english and not header and not foot and in_vietnamese(line.text):
        found = Furniture("line in Vietnamese (the story is in English)")
    return replace(found, line=line.number) if found else None


# a paper's name on a line of its own: "농축환경신문", "문화일보" (a section's label ends
# in "…뉴스", "…경제": "관련뉴스", "베트남경제")
_PAPERS_OWN_NAME = re.compile(
    r"[가-힣]{2,10}(?:신문|일보|타임즈|타임스|데일리|방송|통신)"
)
# "Điện thoại: … | Fax: … - Email: x@…": an office's numbers, each labelled
_CONTACT_ROW = re.compile(
    r"(?i:(?:(?:tel\.?|phone|hotline|điện thoại|đt|fax)\s*:?\s*\+?\(?\+?\d[\d\s().-]{6,20}"
    r"\s*[|,;/–-]?\s*){2,4}(?:e-?mail\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?)"
)


def _furniture(
    line: Line,
    rules: ClutterRules,
    outlets: Outlets,
    header: bool,
    latin: bool,
    columns: bool,
    foot: bool,
) -> Furniture | None:
    text = line.text
    if header and (field := archive_field(line.text, line.indented)):
        return Furniture("archive metadata", archive_field=field)
    # (a writer's line under the story too: "작성자 황미현 기자")
    writer = text.startswith(("작성자", "글쓴이"))
    if (header or writer) and (posted := board_field(text)):
        # "작성자 triss" / "작성일 2025.09.10 13:05" / "469 조회": a board's post details
        return Furniture(BOARD_DETAILS, authors=posted[0], date=posted[1])
    if foot and (only := foot_only(text)):
        return Furniture(only)  # a translator's credit, a login prompt: the foot's
    if header and _MAIL_HEADER.fullmatch(text):
        return Furniture("mail header")
    if header and _CONTACT_ROW.fullmatch(text):
        return Furniture("contact numbers")  # the site's own, over the page
    if _SCREEN_SHOT.fullmatch(text) or _IMAGE_FILE.fullmatch(text):
        return Furniture("image file name")  # "Screen Shot 2017-05-03 at 3.50.15 PM"
    if signed := date_then_name(text, outlets, header):  # "… 21:59 | Anh Duy"
        return Furniture("byline", authors=signed[0], date=signed[1])
    stamped = header and dates.head_date_line(text)  # "Updated : 07:56", "19 10 2009"
    if dates.is_date_line(text) or stamped:
        kind = dates.publication_label(text)
        return Furniture(
            "publication date line", date=dates.line_date(text), date_kind=kind
        )
    if header and (doubled := doubled_source(text, outlets)):
        # "Báo Mẫu HìnhBáo Mẫu Hình21/02/2024": the carried paper's credit, and its date
        return Furniture("source line", outlet=doubled[0], date=doubled[1])
    if outlet := outlet_line(text, outlets, foot):
        source = re.match(r"(source|nguồn(?: tin)?|theo|출처)\s*:", text, re.I)
        if text.startswith("(") and text.endswith(")"):
            return Furniture("picture agency credit", outlet=outlet)  # "(Kyodo)"
        return Furniture(
            "source line" if source else outlet_reason(text, outlet),
            outlet=outlet,
            date=dates.find_date(text),
            place=filed_from(text, outlets),
        )
    if header and _PAPERS_OWN_NAME.fullmatch(text):
        # "농축환경신문" on a line of its own: a paper the list does not know
        return Furniture("outlet name", outlet=text)
    if named := agency_byline(text, outlets):
        # "By Yonhap", "By Da Nang Today / Da Nang Today": the outlet signs, no person;
        # "TB (according to VNS)": the initials of who compiled it, and its source
        return Furniture(byline_reason(text), outlet=named)
    # "CityTimes – [시티타임스=베트남]": the lead read after the paper's name in letters
    lettered = _NAMED_LEAD.match(text)
    led = text[lettered.end() :] if lettered else text
    if role_credit(text):  # "(사진=X 기자)": who took the picture, no writer nor paper
        return Furniture("staff credit")
    lead = korean_lead(led)
    if lead and lead.length >= len(led.rstrip()) and lead.author:
        # "[메가경제=이석호 기자]" on a line of its own: the outlet and the reporter
        return Furniture(
            "byline", authors=(lead.author,), outlet=lead.outlet, place=lead.place
        )
    if lead and lone_lead(led, lead.length, lead.outlet):
        # "[서울=뉴시스]" on a line of its own, over the story: the place and the wire
        return Furniture("wire lead", outlet=lead.outlet, place=lead.place)
    if authors := byline(text, outlets, alone=False):
        # "A and B, Nikkei staff writers": the outlet the reporters write for
        # "Đức Trung (Theo KoreanVibe, TTXVN)": the reports the reporter wrote from ("(Nguồn:
        # Báo Bắc Ninh)" names the paper that published the story)
        sourced = re.search(r"\((?i:theo)\b", text)
        named = None if sourced else signed_outlet(text, outlets)
        return Furniture("byline", authors=authors, outlet=named)
    if sourced := dated_source(text, outlets, header or foot):
        return Furniture("outlet and date line", outlet=sourced[0], date=sourced[1])
    if dated := dated_byline(text, outlets):
        authors, date = dated
        # "Mai Lan - Theo Tin Mới | 28/06/2014": the paper the copy is from
        outlet = byline_paper(text, outlets) or outlets.named_in(text)
        return Furniture("byline", authors=authors, date=date, outlet=outlet)
    if re.fullmatch(r"SOURCE\s+\S.{0,80}", text):
        return Furniture("press release source")
    if followed := followed_site(text, outlets):
        # "Follow SamMobile on Google News", "Theo dõi MTĐT trên Google News": the site's own
        # name, in its prompt to follow it
        return Furniture("follow prompt", outlet=followed)
    placed = partial(clutter_reason, rules=rules)  # "하노이에서 X 기자입니다."
    if reason := clutter_reason(text, rules) or placed_sign_off(text, placed, outlets):
        holder = copyright_holder(text) if reason in _HOLDERS else None
        holder = holder and (outlets.find(holder) or holder)  # "Báo Sài Gòn Giải Phóng"
        credited = reporters_credited(text) if reason == "wire credits" else ()
        signed = reason in ("broadcaster's sign-off", "reporter introduced")
        if signed and (aired := aired_reporter(text)):
            # "KBS 뉴스 박서윤입니다." signs the report above it, "조혜원 기자입니다." the one below
            credited = (aired,)
        date = board_date(text) if reason == BOARD_DETAILS else None
        own = own_rules_paper(text) if reason in OWN_RULES_NOTES else None
        if reason == "broadcaster's sign-off" and (station := aired_broadcaster(text)):
            own = outlets.find(station)  # "… 채널A 뉴스 X입니다.": the station's report
        writer = writer_credited(text) if reason in _HOLDERS else ()  # "… | 글: X"
        return Furniture(
            reason, writer, holder=holder, credited=credited, date=date, outlet=own
        )
    if keyword_tags(text):
        return Furniture("keyword tags")
    if _shown_twice(text):
        # "Many opportunities for exporting Many opportunities for exporting": a related
        # story's link, its text then its title
        return Furniture("related headline shown twice")
    glued = set(_GLUED.findall(text))
    if len(glued) >= MIN_GLUED and not text.endswith((".", "!", "?")):
        # "… Office in HueConnecting to take investors to HuePromoting …": the titles of
        # related stories, their links run together with no space between
        return Furniture("related headlines run together")
    if is_nav_strip(text) or line.menu:
        date = dates.find_date(text)
        return Furniture("metadata strip" if date else "navigation strip", date=date)
    if _LABEL.fullmatch(text):
        return Furniture("section label")
    if line.columns and columns:
        return Furniture("text in columns (a PDF's colophon or table)")
    if latin and HANGUL.search(text) and not LATIN.search(text):
        date = hangul_labels.label_date(text)  # below a labelled "Posted" date
        return Furniture(hangul_labels.REASON, date=date, date_kind="signed label")
    if not latin and _STRIPPED_OF_HANGUL.fullmatch(text) and _few_words(text):
        return Furniture("text stripped of its Korean")
    return None


def _shown_twice(text: str) -> bool:
    """The line is one phrase, then a space, then the phrase again (lines are read with
    their spaces squashed): compared half to half, with no search on the hot path."""
    half = len(text) // 2
    return (
        len(text) % 2 == 1
        and half >= MIN_TWICE_CHARS
        and text[half] == " "
        and text[:half] == text[half + 1 :]
        and not text.endswith(".")
    )


def strip_label(headline: str) -> tuple[str, str]:
    """A headline without its section label (``[News Today] …``, ``Headline: …``, a trailing
    ``| Outlet``): (headline, the label removed, or '')."""
    match = re.match(
        # a wire's labels: "(LEAD)", "(4th LD)", "(Yonhap Interview)", "(URGENT)"
        r"(\[[^\]]{2,40}\]|\((?i:lead|update|urgent|news focus|interview|2nd lead|"
        r"\d{1,2}(?:st|nd|rd|th) (?:ld|lead)|ld|yonhap interview|editorial|feature)\)|"
        r"[<‹][^<>‹›\s]{1,10}(?:\s[^<>‹›\s]{1,10}){1,3}[>›](?=\s*[가-힣①-⑳])|"  # "<요즘 뜨는 …> …"
        r"1[.)]\s(?=[A-Z])|"  # a newsletter's first item
        r"(?i:headline|title|story|tiêu đề(?: dự kiến)?)\s*:|Title\s+(?=[A-Z])|"
        r"(?:Exclusive|Analysis|Factbox|Explainer)-(?=[A-Z])|"  # "Exclusive-Samsung workers …"
        r"[A-Z]{2,}(?: [A-Z]{2,})*/[A-Z]{2,}(?: [A-Z]{2,})*\s+-(?=\s+[A-Z])|"  # "ASIA/SOUTH KOREA -"
        r"(?:FEATURE|ANALYSIS|INTERVIEW|EXCLUSIVE|OPINION|EDITORIAL|PROFILE|UPDATE|"
        r"BREAKING|WATCH|PHOTOS|VIDEO|EXPLAINER|FACTBOX|NEWS ANALYSIS|Q&A|COLUMN|"
        r"COMMENTARY|OP-ED|SPECIAL REPORT)\s*:|(?:Column|Commentary|Op-ed|Opinion)\s*:)\s*",
        headline,
    )
    if match and headline[match.end() :]:
        return headline[match.end() :], match.group(0).strip()
    return headline, ""
