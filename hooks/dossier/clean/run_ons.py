"""Where one line of a pasted page holds parts of the page run together: a caption's
credit and the lead, an image's placeholder and its caption, a byline and its date, a
file name and a caption, a Korean credit and the lead. Each part becomes a line of its own
(of the same number), so that each is read as what it is."""

from __future__ import annotations

import re

from dossier.clean.bylines import NAME_WORD
from dossier.clean.credit_run_ons import credit_parts
from dossier.clean.dates import MONTH_WORD
from dossier.clean.glued_paragraphs import glued_paragraphs
from dossier.clean.photo_credits import GIVER
from dossier.text import CAPITALS

# "(Photo: VNA)", "(Ảnh: TTXVN)": a picture's credit in brackets
BRACKETED_CREDIT = (
    r"\((?i:photo|source|ảnh|nguồn|사진(?:자료|제공)?)\s*[:=][^()]{1,60}\)"
)
# "… 근로자들(사진: VNA)한국 고용노동부는 …", "… 개최했다 [사진=경상남도 제공]경상남도 …":
# a caption and its credit run on into the lead
_CREDIT_RUN_ON = re.compile(
    rf"(?:{BRACKETED_CREDIT}|\[사진\s*=[^\[\]]{{1,40}}\])(?=[{CAPITALS}\uac00-\ud7a3])"
)
# "by VOV29 June 2016 Last updated …", "by Kim Min-jun14 July 2017 …": a byline of up to
# five names' words run on into its date (a month's name: not "By Galaxy Z Fold5 Launch 2023
# standards, …")
_BYLINE_RUN_ON = re.compile(
    rf"^((?i:by)\s+{NAME_WORD}(?:(?:,|\s+and)?\s+{NAME_WORD}){{0,4}}?)"
    rf"(?:(?<!\d)(?=\d{{1,2}}\s+{MONTH_WORD}\s+\d{{4}})|"
    # "by VTV423 October 2015", "by VTC1421 June 2016": a channel's name ending in its
    # number of one or two digits (VTV4, VTC14), a day of two digits after it
    rf"(?:(?<=[{CAPITALS}]\d)|(?<=[{CAPITALS}]\d\d))(?=[0-3]\d\s+{MONTH_WORD}\s+\d{{4}}))"
)
# "김현서 기자2024.06.21 오후 5:28", "X, Nikkei staff writerOctober 2, 2023 16:29 JST": a
# byline run on into its date
_REPORTER_RUN_ON = re.compile(
    r"((?:[가-힣]\s?기자)|(?i:writer|reporter|correspondent|editor)s?)"
    r"(?=(?:19|20)\d\d[./-]\d|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December) \d)"
)
# "29/04/2024 23:00HLV Kim Sang-sik …": the page's date run on into the headline
_DATE_RUN_ON = re.compile(
    r"^(\d{1,2}/\d{1,2}/\d{4}\s*\|?\s*\d{1,2}:\d{2})(?=[^\d\s:|])"
)  # "13/11/2017 | 14:45Ngày 12/11, …": a bar between the date and the time
_PLACEHOLDER_RUN_ON = re.compile(
    rf"\s*((?:-\s?)?(?:hình ảnh|hinh anh|ảnh) \d{{1,2}})(?=[{CAPITALS}])", re.I
)
# "9_HousesOfHeart_01082016Ceremony to hand over …": a picture's file name (an underscore,
# a date's digits), its caption run on after it
_FILE_STEM_RUN_ON = re.compile(r"^([^\W_]+(?:_[^\W_]+)*?_?\d{6,8})(?=[A-Z][a-z])")
# "Duong-noi-bo-KCN-Yen-Phong-mo-rongPhoto of the road …": a picture named by its caption's
# words spelt without their marks, five or more joined by hyphens, the caption run on after it;
# some word in small letters between its hyphens, as a caption's are ("-noi-"; not a run of
# names, "Samsung-LG-SK-Hyundai-Vin|Fast alliance …")
_SLUG_RUN_ON = re.compile(
    r"^(?=[A-Za-z0-9-]*-[a-z]+-)([A-Za-z0-9]+(?:-[A-Za-z0-9]+){3,}[a-z0-9])(?=[A-Z][a-z])"
)
# "resize_images1762319_1.jpgNgày 2/12, tại …", "img_2015_vrrz.jpgMột không gian …": a
# picture's file name with its extension, the text under the picture run on after it
_FILE_NAME_RUN_ON = re.compile(
    rf"^([\w\-.()]{{1,120}}?\.(?i:jpe?g|png|gif|webp|avif))(?=[{CAPITALS}\uac00-\ud7a3“\"])"
)
# "Article continues after this advertisementAccording to …": the page's note where an
# advertisement breaks the story, the story's next sentence run on after it
_AD_BREAK_RUN_ON = re.compile(
    r"^((?i:(?:the )?(?:article|story) continues (?:after|below)"
    r"(?: (?:this|the) (?:advertisement|ad))?|continue reading (?:below|after "
    rf"(?:this|the) (?:advertisement|ad))))(?=[{CAPITALS}“\"])"
)


# "… 청사 전경./ 사진=경남도[한빛 취재본부 김민 기자] 경상남도는 …": a caption's credit,
# the story's Korean lead run on after it
_KOREAN_CREDIT_RUN_ON = re.compile(
    r"((?:사진|자료|그래픽)(?:\s?제공)?\s?=\s?[가-힣A-Za-z0-9·]{1,15}(?:\s?제공)?)\s?"
    r"(?=\[[^\]]{2,40}기자\])"
)


MIN_SLUG_HYPHENS = 4
MAX_RUN_ON_BYLINE = 90  # characters of a line holding a byline and its date, no more
MIN_CELL_STORY = 80  # characters: a table's last cell holding the story's lead
MAX_CELL_FURNITURE = 40  # characters of each cell before it (a credit, a place)


def _table_cells(text: str) -> list[str]:
    """A table's row with the story's lead in its last cell ("| | | ⓒ CBN뉴스 - 봉화 | |
    [cbn뉴스=이재영 기자] 봉화군은 …"): the cells before it, then the lead."""
    head, _, last = text.rpartition("|")
    cells = head.split("|")
    if len(last.strip()) < MIN_CELL_STORY or not head.startswith("|"):
        return [text]
    if any(len(cell.strip()) > MAX_CELL_FURNITURE for cell in cells):
        return [text]
    credited = any(mark in head for mark in "©ⓒ") or "사진" in head
    if not (credited or _LEAD_TAG.match(last.strip())):
        return [text]  # a table of data, its long last cell one of its own
    return [f"{head}|", last.strip()]


# "<앵커>최근 …", "[기자] 한해 …": a broadcast script's cue for who speaks, set before
# the words spoken (not "[인터뷰] 김도현/학부모 : …", a speaker's label, kept with the name)
_CUE_RUN_ON = re.compile(
    r"^([<\[【〈]\s?(?:앵커|기자|리포트|앵커멘트)\s?[>\]】〉])\s*(?=\S)"
)
# "… 방침이다. <저작권자 ⓒ 한빛도민신문 무단전재 및 재배포 금지>": the paper's rights notice
# run on after the story's last sentence
_RIGHTS_RUN_ON = re.compile(
    r"(?<=[.!?”\"’])\s*(?=[<〈\[(]?\s*(?:저작권자\s*[<(]?[^<>()]{0,20}[>)]?\s*[©ⓒ]|"
    r"(?i:copyright)\s*[©ⓒ]|[©ⓒ]\s*[가-힣][^<>]{1,30}?무단).{2,80}$)"
)
# "… 계획이다”라고 말했다. 산청군 제공": a picture's credit run on after a paragraph that
# quotes someone (a caption quotes nobody)
_GIVEN_RUN_ON = re.compile(rf"(?<=다\.)\s(?={GIVER}$)")
# "… 기념촬영을 하고 있다. 연합뉴스베트남을 …": a caption's wire credit, the story's
# Korean lead run on after it with no space; the caption says what the picture shows
# ("… 있다."), and the syllables after the wire's name are no particle of its own ending
# the word ("… 밝혔다. 뉴스1과의 인터뷰에서 …", "연합뉴스가 입수한 …": a story's sentence)
_WIRE_PARTICLE = (
    r"(?:와|과|가|는|은|이|의|를|을|에|도|로|만|측|보도|에서|에게|으로|로부터|라고|라는)"
    r"[의도는은이가만과와에]?(?![\uac00-\ud7a3])"
)
_WIRE_CREDIT_RUN_ON = re.compile(
    rf"(?<=있다\.)\s(연합뉴스|뉴시스|뉴스1)(?=[\uac00-\ud7a3])(?!{_WIRE_PARTICLE})"
)
# "… at the signing ceremony. — VNA/VNS Photo The People's Committee …": a caption and
# its credit run on into the lead (read on in ``_photo_credit_cuts``)
_PHOTO_CREDIT_RUN_ON = re.compile(
    r"(?<=[.!?])\s[—–-]\s(?:[A-Z][\w/&.]{1,20}\s){1,2}(?:Photos?|Pic|File photo)(?=\s)"
)
# words a lead opens on and no photographer's name holds
_LEAD_OPENER = re.compile(
    r"The|A|An|In|On|At|As|After|According|During|Under|With|Following|Over|Since|"
    r"This|These|Last"
)
_WORD = re.compile(r"\S+")
MAX_PHOTOGRAPHER_WORDS = 4
MIN_LEAD_WORDS = 8  # words of the lead after the credit: a paragraph's, not a caption's


def _lead_opens(words: list[str], at: int) -> bool:
    """The lead opens at ``words[at]``: on a word no name holds ("The People's …"), or on
    its dateline, a place in capitals and a dash ("HÀ NỘI — …")."""
    if _LEAD_OPENER.fullmatch(words[at]):
        return True
    place = at
    while place < len(words) and words[place].isupper() and len(words[place]) > 1:
        place += 1
    return place > at and place < len(words) and words[place] in ("—", "–", "-", "--")


def _photo_credit_cuts(text: str) -> list[int]:
    """Where a lead starts after an English caption's credit ("… ceremony. — VNA/VNS
    Photo The …"): right after the credit where the lead opens on a word no name holds,
    on its dateline ("… VNS Photo HÀ NỘI — …") or on one capitalised word and a small one
    ("… VNA/VNS Photo Korean and Vietnamese officials …"); after the photographer's name
    ("… VNS Photo Trong Duc The …") where one of the first two follows it. A credit with
    a name and no such lead after it ("… VNS Photo Minh Quang") stays whole."""
    cuts = []
    for match in _PHOTO_CREDIT_RUN_ON.finditer(text):
        spans = [w.span() for w in _WORD.finditer(text, match.end(), match.end() + 300)]
        words = [text[a:b] for a, b in spans]
        if len(words) <= MIN_LEAD_WORDS:
            continue
        if _lead_opens(words, 0) or (
            words[0][:1].isupper() and not words[0].isupper() and words[1].islower()
        ):
            cuts.append(match.end())
            continue
        for at in range(1, MAX_PHOTOGRAPHER_WORDS + 1):
            name = words[at - 1]
            if not name[:1].isupper() or name.isupper() or _LEAD_OPENER.fullmatch(name):
                break
            if _lead_opens(words, at):
                cuts.append(spans[at][0])
                break
    return cuts


# "[cbn뉴스=이재영 기자] …", "(서울=뉴스1) …": a Korean paper's tag opening its lead
_LEAD_TAG = re.compile(r"[\[(【][^\])】]{1,40}(?:기자|=)[^\])】]{0,20}[\])】]")


def run_on_parts(text: str) -> list[str]:
    """A line cut where a page's parts run on: after a caption's credit in brackets
    (``… (Source: hcm.gov.vn)Hanoi (VNA) – …``), around an image's placeholder text
    (``Headline hinh anh 1Caption (Photo: VNA)``), after its file name and after a Korean
    credit (``… 전경./ 사진=경남도[… 기자] …``), after an advertisement's break
    (``Article continues after this advertisementAccording to …``), after a broadcast's cue
    (``<앵커>최근 …``), after an English caption's credit (``… ceremony. — VNA/VNS Photo
    The …``), after a Korean caption's wire credit (``… 있다. 연합뉴스베트남을 …``),
    before a table's last cell holding the lead, and where paragraphs run together
    (``glued_paragraphs``: an empty part between them, a blank line)."""
    cells: list[str] = []
    if text.startswith("|"):
        *cells, text = _table_cells(text)
    low = text.casefold()
    if "ảnh " in low or "anh " in low:
        text = _PLACEHOLDER_RUN_ON.sub(lambda m: f"\n{m.group(1)}\n", text)
    if ")" in text or "]" in text:
        text = _CREDIT_RUN_ON.sub(lambda m: f"{m.group(0)}\n", text)
    if low.startswith("by"):
        text = _BYLINE_RUN_ON.sub(lambda m: f"{m.group(1)}\n", text)
    text = credit_parts(text)  # "… 21:55 PM - The …", "(x@…)09:38 …", "… By : X (…)"
    if text[:1].isdigit():
        text = _DATE_RUN_ON.sub(lambda m: f"{m.group(1)}\n", text)
    if len(text) < MAX_RUN_ON_BYLINE:
        text = _REPORTER_RUN_ON.sub(lambda m: f"{m.group(1)}\n", text, count=1)
    if "_" in text:
        text = _FILE_STEM_RUN_ON.sub(lambda m: f"{m.group(1)}\n", text)
    if text.count("-", 0, 80) >= MIN_SLUG_HYPHENS:
        text = _SLUG_RUN_ON.sub(lambda m: f"{m.group(1)}\n", text, count=1)
    if "." in text[:130]:
        text = _FILE_NAME_RUN_ON.sub(lambda m: f"{m.group(1)}\n", text, count=1)
    if low.startswith(("article", "story", "the ", "continue")):
        text = _AD_BREAK_RUN_ON.sub(lambda m: f"{m.group(1)}\n", text, count=1)
    if "=" in text:
        text = _KOREAN_CREDIT_RUN_ON.sub(lambda m: f"{m.group(1)}\n", text)
    if text[:1] in "<[【〈":
        text = _CUE_RUN_ON.sub(lambda m: f"{m.group(1)}\n", text)
    if " Photo" in text or " Pic" in text:
        for cut in reversed(_photo_credit_cuts(text)):
            text = f"{text[:cut].rstrip()}\n{text[cut:].lstrip()}"
    if "다." in text:
        text = _WIRE_CREDIT_RUN_ON.sub(lambda m: f" {m.group(1)}\n", text)
    if text.endswith("제공") and ("”" in text or '"' in text):
        text = _GIVEN_RUN_ON.sub("\n", text, count=1)
    if "ⓒ" in text or "©" in text:
        text = _RIGHTS_RUN_ON.sub("\n", text, count=1)
    *parts, last = text.split("\n")
    # "… the ministry said.The delegation …": paragraphs run together, an empty part
    # (a blank line) between them as the page had it
    *glued, last = glued_paragraphs(last)
    return [*cells, *parts, *(part for block in glued for part in (block, "")), last]
