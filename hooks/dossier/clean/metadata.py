"""What a pasted article says about itself: bylines and outlets (datelines are read in
``datelines.py``, dates in ``dates.py``).

Each reader is a pure function of one line (or a paragraph's end) and knows the shapes
outlets use: ``By X``, ``- SARAH KIM``, ``Ngoc Mai - Van Ha``; ``— VNS``, ``(Yonhap)``,
``Source: Nhân Dân``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from dossier.clean.byline_photos import plain_byline, without_photo_credit
from dossier.clean.bylines import (
    ADDRESSES,
    EMAIL,
    NAME_WORD,
    PERSON,
    other_byline,
)
from dossier.clean.dates import find_date as find_date  # read through this module too
from dossier.clean.doubled_bylines import shown_once
from dossier.clean.equals_bylines import equals_byline
from dossier.clean.honorifics import without_title
from dossier.clean.people import is_person_name
from dossier.places import is_country, is_place_name
from dossier.text import KOREAN_SURNAMES, fold, words_of

# the buttons of an article's tool strip, by their words in lower case: a strip of them
# is no masthead ("E-mail Corrections Print"), one after a time no writer ("10:45 Font
# Size")
PAGE_BUTTONS = frozenset(
    words_of(
        "e-mail email print corrections correction share comment comments font size "
        "text list facebook twitter kakaotalk read more"
    )
)
ORGANIZATION = re.compile(
    r"\b(service|ministry|institute|cent(er|re)|university|agency|committee|department|"
    r"office|association|foundation|embassy|consulate|council|corporation|company|group|bureau|"
    r"news|press|media|times|daily|post|herald|journal|network|portal)\b",
    re.I,
)
_NAME = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}"
NAME = _NAME  # a person's name: capitalised words
_NAMES = (
    # "A, B and C", "Giang Huy – Hoang Phuong" ("and" a word: "Aand B" is no list)
    rf"{_NAME}(?:(?:\s*,\s*|\s+(?:and|và)\s+|\s*&\s*){_NAME}|\s–\s{_NAME})*"
)
# "Tin, ảnh: Phòng QLKH-HTQT", "Phòng Hợp tác quốc tế": a department credited, no person,
# by its initials or a syllable in lower case ("Ban Ji-hye", "Trường Giang" are people)
_OFFICE = re.compile(
    r"(?:Phòng|Ban|Khoa|Trung tâm|Văn phòng|Sở|Bộ|Viện|Trường|Đài|Báo)\s+"
    r"(?:[A-ZĐ]{2,}\b|\S+(?:\s+\S+)*?\s+[a-zà-ỹđ])"
)
# "by Vietnam's Quang Nam Province, according to …": a sentence's line a hard wrap
# opened on "by", a place's, not a reporter's name
_NO_PERSON = re.compile(r"['’]s\b|\b(?:Province|City|District|County|Ministry)\b")
# "• 호찌민=박세준 기자 x@example.com": a list's bullet before a Korean reporter's byline
_LISTED_REPORTER = re.compile(r"[•·▶■-]\s*(?P<rest>\S.{0,60}(?:기자|특파원)\b.{0,60})")
# "By matthew", "Posted by triss": a user's handle in small letters, on a line of its own
_BY_HANDLE = re.compile(
    r"(?:By|(?:Posted|Written) by)\s*:?\s+(?P<name>[a-z][a-z0-9_.]{2,19})"
)
_BY = re.compile(
    r"(?:(?i:(?:video\s+|audio\s+)?(?:video|audio|commentary|analysis|opinion|column|article|essay|report|reporting|feature|"
    r"review)\s+by)"
    r"|(?i:by|written by|writer\s?by|story by|reported by|words by|reporter|posted by|bởi|"
    # "Staff reporter X", "Staff reporters X and Y" (an English edition)
    r"(?:staff|senior) (?:reporter|writer)s?|"
    r"đăng bởi)\s*:?"
    r"|(?i:story|text|words|author|authors|author\(s\)|writer|reporting|tin\s?[,.–-]?\s*ảnh|"
    r"bài\s?[,.–-]?\s*ảnh|"
    r"tin và ảnh|bài và ảnh|bài|tác giả(?: bài viết)?)\s*:"  # "Tin, ảnh: X", "Tác giả: X"
    # "Phóng viên danh dự Korea.net X và Y": reporters, honorary ones, of a site
    r"|(?i:phóng viên)(?:\s+danh dự)?(?:\s+[\w-]+\.(?:net|com|vn|kr|org))?)\s+"
    r"(?:(?:(?i:staff|honorary|guest|contributing|special|senior|student)\s+|"
    # "By Honorary Reporter X", "By Asia correspondent X", "Video report by ITV News Asia
    # Correspondent X": the outlet and the desk before the role
    r"(?:[A-Z][\w-]*(?:'|’|'s|’s)?\s+){1,4})?"
    r"(?i:reporter|writer|correspondent|contributor|columnist|editor)\s+)?"
    rf"(?P<names>{_NAMES})"
    rf"(?:\s+(?:from|in|for)\s+{_NAME})?"
    rf"(?:\s*[,.–—-]\s*(?i:translated|translating|edited|photos?) by\s+"
    rf"(?P<translator>{_NAMES})\.?)?"
    r"(?:\s*[\[(<][^\])>]*[\])>])?\s*(?:[|/,]\s*\S.{0,40})?",
)
# "Example Biz Reporter Kim SangJin(kim@example.co.kr)": a paper's name, its reporter and
# the reporter's address (without it, "Veteran Reporter Wins Press Award" is a heading)
_PAPER_REPORTER = re.compile(
    rf"(?:[A-Z][\w-]*\s+){{1,3}}(?i:reporter)\s+(?P<names>{_NAME})\s*\(\s*{EMAIL}\s*\)"
)
# "X.T - Translated by N.T": the writer, then the translator, no "By"
_TRANSLATED = re.compile(
    rf"(?P<names>{_NAMES})\s*[–—-]\s*(?i:translated|translating) by\s+{_NAMES}\.?"
)
_AFFILIATION = re.compile(
    r",\s*[^,]{2,40}\b(?i:team|desk|department|division|office|bureau|unit|section)$"
)
_BY_NOISE = re.compile(
    r"^[-–—]\s*(?=by\s)|^[•·]\s*(?=(?:writ(?:er|ten)\s?|(?:(?:video |audio )?report|video|words)\s)by\s)|^posted by\s+(?=written by)|"
    # "• 김원주 기자 작성": a board's post details, listed
    r"^[•◦▪]\s+(?=[가-힣]{2,4}\s*기자\b)|"
    r"\s+(?:reading time\s*:?\s*)?\d+\s*min(?:ute)?s?"
    r"(?:\s+read)?$",
    re.I,
)
# "Contact Us", "About Us", "Join Our Team": a link to readers, no name ("You Hee-yeol")
_SPOKEN_TO = re.compile(r"(?:Contact|About|Email|Follow|Join)\s+(?:Us|Our\s+Team)")
_MAILED = re.compile(rf"\s+{EMAIL}$")
# "By X - Sport Editor", "By X | Senior Reporter": the writer's post after a dash or bar
_DASHED_ROLE = re.compile(
    r"\s+[-–—|]\s+(?:[\w&'’ ]{0,30}\s)?"
    r"(?i:editor|reporter|writer|correspondent|columnist|contributor)s?$"
)
_ROLE = re.compile(
    rf"(?P<names>{_NAMES}|[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){{1,3}}),\s+"
    r"(?:[\w.&'’ ]{0,30}\s)?(?i:staff writer|staff reporter|correspondent|reporter|writer|"
    r"contributor|columnist|editor)s?(?:\s*[|/]\s*\S.{0,40})?"  # "…, staff writers | Vietnam"
)
# "KO YONG-CHUL Reporter": a name in capitals, its role after it as a label, no comma
_CAPITALS_ROLE = re.compile(
    r"(?P<names>[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){1,3})\s+"
    r"(?:Staff\s+)?(?:Reporter|Correspondent|Writer|Editor)s?"
)
# "Martha Quinlan in Hanoi and Seo Ji-won in Yeongju": reporters and where they filed from
_PLACED = re.compile(
    rf"{PERSON}\s+in\s+{_NAME}(?:\s*(?:,|and)\s+{PERSON}\s+in\s+{_NAME})+"
)
_DASH_NAME = re.compile(
    r"[-–—]\s*(?P<names>[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ'’.\-]+(?:\s+[A-ZÀ-ỸĐ'’.\-]+){1,3})"
)
_NAME_PAIR = re.compile(
    rf"(?P<a>{_NAME})\s*[-–]\s+(?P<b>{_NAME})"
)  # "Minh Ngô- Quốc Chính" too
# "Tin – ảnh: Hà Linh - Minh Tuấn": a credit of text and pictures, two writers by a dash
_CREDITED_PAIR = re.compile(
    rf"(?i:(?:tin|bài)(?:\s?[,.–-]?\s*|\s+và\s+)ảnh)\s*:\s*{_NAME_PAIR.pattern}"
)
# "Nguyễn Thắng- Đài TT huyện Xuyên Mộc.": the reporter, then the station or paper
_NAME_AND_OFFICE = re.compile(
    rf"(?P<names>{PERSON})\s*[-–]\s*(?:Đài|Báo|Trung tâm|Tạp chí|Cổng thông tin)\s[^.]{{2,60}}\.?"
)
_MARK = r"[*†‡¹²³]*"
_FULL_NAME = rf"{PERSON}{_MARK}"
_NAME_LIST = re.compile(rf"{_FULL_NAME}(?:\s*(?:,|,?\s+and|&)\s+{_FULL_NAME})+")
_BARE_NAME = re.compile(rf"(?P<names>{PERSON})")
# "N.A", "H.V.", "Q.Đình", "Ph.Thảo": a Vietnamese reporter signing with initials, alone
# on the story's last line (not "U.S.", "U.N.": a country's, a body's)
# (an initial is a letter, or a Vietnamese consonant of two: "Ph", "Th"; not "Dr.", "St.")
_INITIALS = re.compile(
    r"(?:(?:[A-ZĐ]|Ph|Th|Tr|Ng|Nh|Ch|Kh|Gi)\.\s?){1,3}[A-ZĐ][a-zà-ỹđ]{0,8}\.?"
)
# "Q.TRANG": an initial, then the name in capitals (not "S.KOREA", a country)
_CAPITAL_INITIALS = re.compile(r"[A-ZĐ]\.\s?(?P<name>[^\W\d_]{3,9})")
# what an initial and a word in capitals spell besides a writer: "E.MAIL", "V.LEAGUE"
_NOT_SIGNED = frozenset(
    ("mail", "league", "pop", "mart", "states", "news", "com", "net", "vn", "kr")
)
_NOT_INITIALS = frozenset(
    f"{letters}{stop}"
    for letters in ("U.S", "U.K", "U.N", "E.U", "P.S")
    for stop in ("", ".")
)


# "thai nguyen newspaper" (folded): a province's paper by its English name
_ENGLISH_PAPER = re.compile(r"(.+?)\s+newspaper")


@dataclass(frozen=True)
class Outlets:
    names: dict[str, str]  # folded spelling → the outlet's name
    mention: re.Pattern[str] | None = None  # any spelling, inside folded text
    joined: dict[str, str] | None = None  # the same, without spaces ("nhandan")

    def find(self, text: str) -> str | None:
        key = fold(text.strip(" .,:;|-–—()[]/"))
        # "Báo Tuổi Trẻ" is the paper Tuổi Trẻ: "báo" (newspaper) names the kind; "The
        # World & Vietnam Report" is the "World & Vietnam Report" listed
        found = (
            self.names.get(key)
            or self.names.get(key.removeprefix("bao "))
            or self.names.get(key.removeprefix("the "))
        )
        # "Thai Nguyen Newspaper": a Vietnamese paper's English edition names it in
        # English, "Báo Thái Nguyên" ("báo": newspaper) as listed
        english = _ENGLISH_PAPER.fullmatch(key)
        found = found or (english and self.names.get(f"bao {english[1]}"))
        # "Nhandan", "Nhan Dan": Vietnamese written with or without its syllables apart
        return found or (self.joined or {}).get(key.replace(" ", ""))

    def named_in(self, text: str) -> str | None:
        """The first outlet a sentence names (``Sharing this from KBS World …``)."""
        folded = fold(text)
        found = self.mention.search(folded) if self.mention else None
        spaced = found and " " in found.group(0)  # a name, not a domain ("nytimes.com")
        if spaced and len(folded) == len(text) and text[found.start()].islower():
            return None  # "lao động" (labour) is not the paper Lao Động
        return self.names[found.group(0)] if found else None


@cache
def outlets(path: Path = Path(__file__).parent / "outlets.yml") -> Outlets:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    names, whole = {}, set()
    for name, others in data.items():
        for spelling in (name, *(others or ())):
            names[fold(spelling.lstrip("="))] = name.lstrip("=")
            whole |= {fold(spelling[1:])} if spelling[:1] == "=" else set()
    # short abbreviations ("ANN", "VNA") are words too often to be looked for inside text;
    # nor is a spelling marked "=", a firm's or a festival's name too ("=Good Morning Vietnam")
    searched = [n for n in names if (len(n) >= 5 or " " in n) and n not in whole]
    longest_first = sorted(searched, key=len, reverse=True)
    mention = re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, longest_first)) + r")(?!\w)"
    )
    joined = {key.replace(" ", ""): name for key, name in names.items()}
    return Outlets(names, mention, joined)


# the word an English-language paper's name ends in: "Da Nang Today", "Example Daily"
PAPER_WORD = (
    r"(?i:today|times|news|post|daily|herald|journal|tribune|gazette|weekly|online)"
)


def _names(text: str) -> tuple[str, ...]:
    parts = re.split(r"\s*(?:,|\band\b|\bvà\b|&)\s*|\s–\s", text)
    return tuple(" ".join(p.split()) for p in parts if p.strip())


# "최 일 기자 choil@…", "윤 진 다른기사보기": a Korean name of two syllables written with a
# space after the family name, before the word for a reporter, the link or the address
_SPACED_KOREAN = re.compile(
    rf"(?<![가-힣])(?P<family>[{''.join(sorted(KOREAN_SURNAMES))}]) (?P<given>[가-힣]{{1,2}})"
    r"(?=\s?(?:기자|특파원|다른\s?기사|[\w.+-]+@))"
)


def byline(text: str, outlet_names: Outlets, alone: bool) -> tuple[str, ...] | None:
    """The authors a byline line names (``By X and Y``, ``- SARAH KIM``, ``Ngoc Mai - Van
    Ha``); a bare name counts only when ``alone`` (the line stands by itself at the start or
    end of the story). A title before a name is no part of it ("Dr. X")."""
    found = _byline(text, outlet_names, alone)
    return tuple(map(without_title, found)) if found else found


def _byline(text: str, outlet_names: Outlets, alone: bool) -> tuple[str, ...] | None:
    if spaced := list(_SPACED_KOREAN.finditer(text)):
        # read with the name's syllables together, named as written
        written = {m["family"] + m["given"]: m.group(0) for m in spaced}
        found = byline(
            _SPACED_KOREAN.sub(r"\g<family>\g<given>", text), outlet_names, alone
        )
        return tuple(written.get(name, name) for name in found) if found else None
    # "Posted by Written by X Reading Time: 5 min", "Thanh Hà |" (a table cell's border)
    text = without_photo_credit(_BY_NOISE.sub("", text).strip().removesuffix(" |"))
    if text[:3].lower() == "by ":  # "By X x@example.com": the reporter's address after
        text = _DASHED_ROLE.sub("", _MAILED.sub("", text))
    text = shown_once(_AFFILIATION.sub("", plain_byline(text)))  # "By X, … Team"
    words = text.split()
    if words[:1] in (["Ông"], ["Bà"], ["Chị"]):
        return None  # "Ông Chang Ho I…": Mr, a sentence about him, cut off; Ms
    last = words[-1] if words else ""
    if (
        len(words) >= 3
        and last.isupper()
        and not last.endswith(")")
        and outlet_names.find(last)
    ):
        text = " ".join(words[:-1]).rstrip(",;/–- ")  # "Hà Liên LDO", "By X, CNN"
    if found := equals_byline(text):  # "Seoul= X/reporter of `Example21`": digits
        return found
    probe = ADDRESSES.sub(
        "", text.split("[")[0].split("(")[0]
    )  # "press2006@…" is no date
    if len(text) > 120 or any(ch.isdigit() for ch in probe):
        return None
    if found := other_byline(text, outlet_names):
        return found
    if (item := _LISTED_REPORTER.fullmatch(text)) and (
        found := other_byline(item["rest"], outlet_names)
    ):
        return found  # "• 호찌민=박세준 기자 x@…": a Korean reporter as a list's item
    if (handle := _BY_HANDLE.fullmatch(text)) and is_person_name(handle["name"]):
        return (handle["name"],)  # "By matthew": a blog's writer, by the user's handle
    if pair := _CREDITED_PAIR.fullmatch(text):
        names = pair.group("a", "b")
        if not any(outlet_names.find(n) or _OFFICE.match(n) for n in names):
            return names
    if match := _BY.fullmatch(text):
        names = _names(match.group("names"))
        # "By Norimitsu Onishi and Hanoi": the place filed from, listed as a name (a
        # place of one word: "Thanh Hoa", "Quang Nam" are given names too)
        return tuple(
            n
            for n in names
            if not outlet_names.find(n)
            and not _OFFICE.match(n)
            and not _NO_PERSON.search(n)
            and not n.startswith(
                ("The ", "THE ")
            )  # "By X, The Buddhist Channel": a site
            and not (len(names) > 1 and " " not in n and is_place_name(n))
        )
    if match := _PAPER_REPORTER.fullmatch(text):
        return (match.group("names"),)
    if match := _TRANSLATED.fullmatch(text):  # "X.T - Translated by N.T"
        return _names(match.group("names"))
    if match := _DASH_NAME.fullmatch(text):
        return (match.group("names"),)
    if match := _NAME_AND_OFFICE.fullmatch(text):
        return (match.group("names"),)
    if match := _PLACED.fullmatch(text):
        return tuple(re.findall(rf"({PERSON})\s+in\s+{_NAME}", text))
    if (match := _CAPITALS_ROLE.fullmatch(text)) and is_person_name(
        name := match["names"]
    ):
        return None if outlet_names.find(name) or name.startswith("THE ") else (name,)
    if match := _ROLE.fullmatch(text):
        names = _names(match.group("names"))
        return tuple(n for n in names if not outlet_names.find(n)) or None
    if not alone or ORGANIZATION.search(text):
        return None  # a bare name of an office, agency or school is not an author
    if match := _NAME_PAIR.fullmatch(text):  # not "MỚI - NÓNG" (new - hot): a label
        names = (match.group("a"), match.group("b"))
        bad = any(outlet_names.find(n) or " " not in n for n in names)
        return None if bad else names
    capitals = (caps := _CAPITAL_INITIALS.fullmatch(text)) and text.isupper()
    capitals = capitals and not is_place_name(caps["name"].title())
    capitals = capitals and caps["name"].casefold() not in _NOT_SIGNED
    if (_INITIALS.fullmatch(text) or capitals) and text not in _NOT_INITIALS:
        return (text,)
    country = is_country(text)  # "Viet Nam" on a post's card
    if (match := _BARE_NAME.fullmatch(text)) and not (
        outlet_names.find(text) or country or _SPOKEN_TO.fullmatch(text)
    ):
        return (match.group("names"),)
    if _NAME_LIST.fullmatch(text):
        names = _names(re.sub(_MARK, "", text).replace(", and ", ", "))
        return None if any(outlet_names.find(n) for n in names) else names
    return None


def is_name_list(text: str) -> bool:
    """``Lê Minh Châu and Kim So-yeon*``: authors' names as a paper prints them."""
    return bool(_NAME_LIST.fullmatch(text))


_TRAILER = re.compile(r"(?:\s+[-–—]+\s*|\s*/|\s+)[(\[]?([\w.\- ]{2,30}?)[)\]]?\s*$")
MAX_TRAILER = 40  # characters: the sign-off and the space or dash before it
# "… in the future.-VNA", "… per week. - VNA/VNS", "… residents. VNA/VNS"
_GLUED_TRAILER = re.compile(
    r"(?<=[.!?”\"’])(?:\s?[-–—]+\s*([\w.]{2,12})(?:/[\w.]{2,12})?|"
    r"\s([\w.]{2,12})/[\w.]{2,12})\s*$"
)


def outlet_trailer(paragraph: str, outlet_names: Outlets) -> tuple[str, int] | None:
    """An outlet's sign-off closing the last paragraph (``… said. — VNS``, ``… (Yonhap)``,
    ``…/VNA``, ``… 말했다. [연합뉴스]``): the outlet and where the sign-off starts."""
    glued = _GLUED_TRAILER.search(paragraph)
    if glued and (outlet := outlet_names.find(glued.group(1) or glued.group(2))):
        return outlet, glued.start()
    # the outlet's name after the last sentence, not running back into it ("… labour.
    # VNA" is VNA, not "labour. VNA")
    starts = range(max(0, len(paragraph) - MAX_TRAILER), len(paragraph))
    tried = (_TRAILER.match(paragraph, i) for i in starts if paragraph[i] in " /-–—")
    match = next((m for m in tried if m and ". " not in m.group(1)), None)
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
