"""Story lines → units: paragraphs and captions, with the tests that tell headlines,
subheadings and captions from paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from dossier.clean.bylines import EMAIL, PERSON
from dossier.clean.lines import Line
from dossier.clean.paragraphs import SENTENCE_END, paragraphs

MIN_STORY_LINE_WORDS = 15
MAX_CAPTION_WORDS = 30  # a line of at least this many words ending a sentence
_OUTLET_PHOTO = re.compile(r"\s[—–-]\s*[A-Z][\w.]{1,12}\s+photo\b", re.IGNORECASE)
# "… on Friday. [YONHAP]", "… in Hanoi [File: Jane Roe/EPA]"
# "… [Yonhap]", "… [Photo: Kim]"; not a Korean section's label ("… [TF사진관]")
_BRACKET_CREDIT = re.compile(
    r"\s\[(?:(?:File|Photo|Image|Picture)s?:\s*)?[A-Z](?:(?![\uac00-\ud7a3])[\w .&/-]){1,40}\]$"
)
# "FILE - Workers attend …", "FILE PHOTO: …": a wire caption of an archive picture
# "School girls hold flags … in Hanoi, Vietnam, Friday, March 23, 2018.": a wire's caption
# ends its sentence on the day the picture was taken (its story says "on Friday")
_SCENE_BY = re.compile(r"모습\.?\s[가-힣]{2,4}\s?기자$")
_DATED_PICTURE = re.compile(
    r", (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\.(?:\s|$)"
)
_FILE_PICTURE = re.compile(r"(?:FILE(?: PHOTO)?|ẢNH TƯ LIỆU)\s*(?:-|–|—|:)\s+\S")
_PHOTO_CREDIT = re.compile(
    r"(^|[\s.(\[/_<])(photos?|photograph|image|credit|ảnh(?: minh họa)?|nguồn|사진(?:제공)?|"
    r"자료(?:사진)?)"
    r"\s*(?:[:/=]|by|\.{2,}|…)"
    r"\s*\S|ⓒ\s*\S{2,20}$|^(?:포스터|이미지|그래픽)\s?=\s?\S|"  # "포스터=‘…’": the poster
    r"\((?:photo not for sale|"
    r"yonhap)\)\s*\(?(?:yonhap)?\)?$",
    re.IGNORECASE,
)


_HYPHENATED = re.compile(r"[^\W\d_]-$")
_SIGNED = re.compile(
    rf"{PERSON}\s*\((?!(?i:[^()]*\b(?:photo|ảnh|image|file)))[^()]{{2,40}}\)"
)
_CREDIT_WORDS = (
    "photo",
    "image",
    "credit",
    "ảnh",
    "yonhap",
    "nguồn",
    "사진",
    "자료",
    "포스터",
    "이미지",
    "그래픽",
    "ⓒ",
)
# "… Courtesy of Daesung Marine", "… REUTERS/Kim Hong-ji", "… Purchase Licensing Rights"
_END_CREDIT = re.compile(
    r"(?:^|[\s.(/])(?i:courtesy of)\s+\S.{0,60}$|(?i:purchase licensing rights)$|"
    r"(?<=[.!?])\s(?i:photo|photos|ảnh|image)\s?:$|"  # "… in Seoul. Photo:": its credit cut
    r"\s\((?i:photo|photos|ảnh|image|source|nguồn)\s?:$|"  # "… at the event (Photo:"
    r"\s[A-Z]{2,}(?:-[A-Z]+)?/[A-Z][\w\-]*(?:[ /][A-Z][\w\-]*){0,4}$|"
    r"\((?i:[^()]{0,30}\b(?:archives?|file photo))\)$|"
    r"(?<=[\w.])\s\([A-Z][^()/.]{1,40}/\s?[A-Z][^()/]{1,30}\)$|"  # "… (Kim Min-ji/Flickr)"
    r"\s\((?:[^()]{1,40}\s)?(?:via|for)\s[A-Z][^()]{1,40}\)$|"  # "(AFP via Getty Images)"
    r"\s©\s*[A-Z][\w .&'’-]{1,40}(?:/[\w .&'’-]{1,30})?$|"  # "… © Ngoc Tran/FT"
    r"\((?:[A-Z][\w .]{1,30}):\s*[A-Z][^():]{1,40}\)$|"  # "…(ABC News: Jane Roe)"
    r"\s\|\s*[A-Z][A-Z .&/-]{2,40}$|"  # "… in January. | BLOOMBERG"
    r"(?<=[\w.])\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3}/[A-Z][\w&-]+(?:\s[A-Z][\w&-]+){0,3}$|"
    r"\s[-–—]\s*[\w-]+(?:\.[\w-]+)*\.(?:vn|com|kr|net|org)$|"  # "… - example.vn"
    r"\((?i:photo|ảnh)\s*:[^)]{1,40}$|"  # a credit's bracket left open
    r"(?<=\.)\s(?:Nguồn|Ảnh)\s*:?\s*[A-ZĐ][\w./ -]{1,30}$|"  # "… hội đàm. Nguồn TTXVN"
    r"\([A-Z][\w .&-]{1,40} provided\)(?:\s*\d{4}\.\d{1,2}\.\d{1,2}/\S{2,20})?$|"  # News1
    r"\s\d{4}\.\d{1,2}\.\d{1,2}/[A-Z][\w.]{1,20}$|"
    # "… 있다. 바다와 사람 제공", "… 체결하고 있다.대전시의회 제공"
    r"(?:(?<=[.다])\s|(?<=다\.))(?:\S{1,20}\s){0,2}\S{1,20}\s?제공$|"
    r"(?<=[.다])\s?/[가-힣]{2,4}\s?(?:기자|특파원)$|"  # "… 놓여 있다. /김은비 특파원"
    # "… 열렸다. 베트남 하노이=권태명기자": the photographer, where the picture was taken
    r"(?<=다\.)\s(?:[가-힣]{1,8}\s)?[가-힣]{1,8}\s?=\s?[가-힣]{2,4}\s?(?:기자|특파원)$|"
    r"(?<=다\.)\s[가-힣A-Za-z]{2,10}\.$|"  # "… 설명회를 가졌다. 경일대.": who took it
    r"\s\((?i:illustrative (?:image|photo)|ảnh minh họa)\)\.?$|"  # "… (Illustrative image)."
    r"\[[^\[\]]{0,30}제공[^\[\]]{0,40}\]$|"  # "… 2025.9.23 [서울시 제공. 재판매 및 DB 금지]"
    # a Korean wire's caption ends on the picture's date and its credit: "… 밝혔다.
    # 2019.10.12 [유엔인권정책센터]", "… 있다. 2024.05.03. photo@newsis.com"
    rf"(?<=[.다])\s\d{{4}}\.\d{{1,2}}\.\d{{1,2}}\.?\s?(?:\[[^\[\]]{{2,40}}\]|{EMAIL})$|"
    r"(?<=[.다])\s사진\s\S{2,20}$|"  # "… 수확하고 있다. 사진 그린루트"
    r"(?<=[.다])\s제공\s?=\s?\S{2,20}$|"  # "… 특성화 대학이다. 제공=충남대"
    r"\s[—–-]\s?(?i:photo)\s[\w.]{2,30}$|\s\|\s?(?i:source)\s?:\s?\S.{0,30}$|"
    r"(?<=[.\w])\s[—–-]\s?(?i:file\s?pic|file\s?photo|pic|picture)s?(?:\s[\w.]{2,30})?$|"  # "— Filepic"
    r"(?<=\.)\sPhoto\s[A-ZÀ-ỸĐ][\w.]*(?:\s[A-ZÀ-ỸĐ][\w.]*){0,3}$"  # "… investors. Photo Tu Luc"
)
# "Minister Lee (left) and …", "Park, third from right, …", "Thu Trang (thứ hai từ
# trái)", "송재혁 사장(오른쪽)": who stands where in a picture
_POSITION = re.compile(
    r"\((?:L|R|C|left|right|cent(?:re|er)|front|back|standing|seated|(?:in the )?middle)"
    r"(?:,\s*(?:first|second|third|front|back)\s+row)?\)|"
    r"\b(?:(?:first|second|third|fourth|fifth)\s+)?from\s+(?:left|right)\b(?!-)|"
    r"\((?:ngoài\s+cùng\s+)?(?:bên\s+)?(?:thứ\s+\w+\s+)?(?:từ\s+)?(?:trái|phải|giữa)"
    r"(?:\s+sang)?[^()]{0,12}\)|"
    r"^[A-ZÀ-ỸĐ][^,.]{2,60},\s+(?:left|right|centre|center|front)\s*,\s+[a-z]|"  # "Kim, right, …"
    r"\((?:왼쪽|오른쪽|가운데)[^()]{0,10}\)|^(?:left|right|top|above|from left)\s*:",
    re.IGNORECASE,
)
# What every credit, position or mark below needs somewhere in the line's end (a quick
# test that spares most story lines the patterns), or at its start
_MAY_CREDIT = re.compile(
    r"[()\[\]/|©ⓒ]|photo|image|pic|credit|ảnh|nguồn|yonhap|courtesy|licensing|사진|제공|자료|provided|"
    r"포스터|이미지|그래픽|"
    r"from (?:left|right)|, (?:left|right|cent(?:re|er)|front),|\.(?:vn|com|kr|net|org)$|"
    r"=|다\.\s[가-힣A-Za-z]{2,10}\.$|(?:mon|tues|wednes|thurs|fri|satur|sun)day, \w|"
    r"모습\.?\s[가-힣]{2,4}\s?기자$",
    re.IGNORECASE,
)
_MAY_MARK = re.compile(
    r"(?:큰사진보기\s*)?(?:[•·]\s*)?[▲△]|FILE|ẢNH TƯ LIỆU|(?i:left|right|top|above|from left)\s*:"
)
_MAILED_CREDIT = re.compile(rf"[.!?]\s?/\s?{EMAIL}$")
MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)\s*")  # "![alt](address) "
_IMAGE_CARD = re.compile(MARKDOWN_IMAGE.pattern + r"\S")
MAX_POSED_WORDS = 40
END_CHARS = 100  # where a long paragraph's credit would stand
# Korean pages mark captions: "▲ …"; a picture's "큰사진보기" (see it larger) button
# before its caption, "관련사진보기" (related pictures) after it
_MARKED_CAPTION = re.compile(
    r"(?:큰사진보기\s*)?(?:[•·]\s*)?[▲△]\s*\S|.+\s관련사진보기$"
)


@dataclass(frozen=True)
class Block:
    """Story lines between blank lines (or furniture), and what came just before them."""

    lines: tuple[Line, ...]
    after_image: bool = False  # follows an image file name: a caption
    repeated: bool = False  # had a line repeated: a caption shown twice
    under_picture: bool = False  # a picture right above it, or blank lines above


@dataclass
class Unit:
    lines: list[Line]
    caption: bool = False
    alone: bool = False  # the only line of its block
    kept: bool = False  # the editor keeps it as story text (sidecar keep_lines)

    @property
    def text(self) -> str:
        if self.caption:
            return "\n".join(line.text for line in self.lines)
        return joined(self.lines)

    @property
    def number(self) -> int:
        return self.lines[0].number


def joined(lines: list[Line]) -> str:
    """The lines of a paragraph as one text. A word hyphenated at a line's end is whole
    again (``relation-`` / ``ship`` → ``relationship``; ``Korea-`` / ``Vietnam`` →
    ``Korea-Vietnam``)."""
    text = lines[0].text
    for line in lines[1:]:
        if not _HYPHENATED.search(text):
            text = f"{text} {line.text}"
        elif line.text[:1].islower():
            text = text[:-1] + line.text
        else:
            text += line.text
    return text


def is_credited(text: str) -> bool:
    """Ends with a photo credit, or says who stands where: the line is a caption."""
    # a long paragraph holds a credit only at its end; most story lines hold nothing a
    # credit or a caption's mark needs, and are let go at once
    tail = text if len(text.split()) <= MAX_POSED_WORDS else text[-END_CHARS:]
    if (
        len(text.split()) <= MAX_POSED_WORDS
        and _MAILED_CREDIT.search(text)
        and not any(mark in text for mark in '"“”')  # "… 말했다. /x@…": the reporter's
    ):
        return True  # "… 들어서고 있다. /dreamer@example.co.kr": the photographer's address
    if not _MAY_CREDIT.search(tail) and not _MAY_MARK.match(text):
        return False
    if _SIGNED.fullmatch(text):
        return False  # "Thanh Liêm (TTXVN/Vietnam+)": the reporter signs, no picture
    if text.endswith(" |") and len(text.split()) <= MAX_POSED_WORDS:
        return True  # a table cell's border: the caption cell under a picture
    if _IMAGE_CARD.match(text):
        return (
            True  # "![](…) Text |": the words beside a picture, its caption or teaser
        )
    if _FILE_PICTURE.match(text) or _MARKED_CAPTION.match(text):
        return True
    if len(text.split()) <= MAX_POSED_WORDS and _DATED_PICTURE.search(text):
        return True
    if len(text.split()) <= MAX_POSED_WORDS and _SCENE_BY.search(text):
        return True  # "… 퇴근하고 있는 모습. 김윤호 기자": a scene, its photographer
    if len(text.split()) <= MAX_POSED_WORDS and _POSITION.search(text):
        return not any(mark in text for mark in '"“”')
    low = tail.lower()
    if any(word in low for word in _CREDIT_WORDS) and (
        _PHOTO_CREDIT.search(tail) or _OUTLET_PHOTO.search(tail)
    ):
        return True
    if _END_CREDIT.search(text[-END_CHARS:]):
        return True
    return len(text.split()) >= 8 and bool(_BRACKET_CREDIT.search(text))


def credit_of(caption: str) -> str:
    """The words of a caption that credit its picture ("… (Ảnh: Báo Gia Lai)", "… [Yonhap]",
    "… - Photo: VNA"); none when nothing in it is marked as the credit."""
    tail = caption[-END_CHARS:]
    for credit in (_PHOTO_CREDIT, _OUTLET_PHOTO, _END_CREDIT, _BRACKET_CREDIT):
        if found := credit.search(tail):
            return tail[found.start() :]
    return ""


def _cards_apart(blocks: list[Block]) -> Iterator[Block]:
    """Each line that opens with a picture (``![](…) Text |``) stands as a block of its
    own: the words beside a picture are not the line above's or below's."""
    for block in blocks:
        if not any(_IMAGE_CARD.match(line.text) for line in block.lines):
            yield block
            continue
        run: list[Line] = []
        for line in block.lines:
            if _IMAGE_CARD.match(line.text):
                if run:
                    yield replace(block, lines=tuple(run))
                yield replace(block, lines=(line,))
                run = []
            else:
                run.append(line)
        if run:
            yield replace(block, lines=tuple(run))


def units_of(blocks: list[Block]) -> list[Unit]:
    units: list[Unit] = []
    for block in _cards_apart(blocks):
        lines = list(block.lines)
        credited = is_credited(lines[-1].text)
        captioned = False  # the picture's caption is taken
        if (
            len(lines) <= 3
            and credited
            and _told(lines[0])
            and len(lines) > 1
            and not _DATED_PICTURE.search(lines[0].text)
        ):
            # a paragraph, then a credited caption
            lines, credit = lines[:-1], lines[-1]
            units.extend(Unit(found) for found in paragraphs(lines))
            units.append(Unit([credit], caption=True, alone=False))
            continue
        # under a picture, a lead's sentence is story: the credit stood alone
        pictured = block.after_image and not _story_line(lines[0])
        if len(lines) <= 3 and (pictured or block.repeated or credited):
            captioned = True
            cut = (
                _caption_end(lines)
                if block.after_image or block.repeated
                else len(lines)
            )
            units.append(Unit(lines[:cut], caption=True, alone=len(lines) == 1))
            lines = lines[cut:]
            if not lines:
                continue
        for index, found in enumerate(_credited_apart(paragraphs(lines))):
            caption = (
                is_credited(found[-1].text)
                or bool(_MARKED_CAPTION.match(found[0].text))
            ) and len(
                found
            ) <= 2  # "▲ Students … of" / "PNU and VMU …": marked, wrapped
            # a short first line under a picture (its credit above) is its caption
            caption = caption or (
                index == 0
                and block.after_image
                and not captioned
                and _short_caption(found)
            )
            caption = caption or (
                index == 0
                and block.under_picture
                and not captioned
                and _unended_caption(found)
            )
            units.append(Unit(found, caption=caption, alone=len(lines) == 1))
    return units


def _credited_apart(found: list[list[Line]]) -> list[list[Line]]:
    """A hard-wrapped story with no blank line: a caption line that ends in its credit
    ("The warehouse in Tan Uyen. Photo courtesy of K-Frost") stands apart from the
    paragraph above it (when that ends a sentence) and from the one its next line opens."""
    out: list[list[Line]] = []
    for lines in found:
        at = next(
            (
                k
                for k, line in enumerate(lines[:-1])
                if len(line.text.split()) <= MAX_POSED_WORDS
                and not line.text.endswith(SENTENCE_END)
                and is_credited(line.text)
                and not _MARKED_CAPTION.match(line.text)  # "▲ …": wrapped, it goes on
                and not lines[k + 1].text[:1].islower()  # a capital, or Hangul
                and (k == 0 or lines[k - 1].text.endswith(SENTENCE_END))
            ),
            None,
        )
        if at is None:
            out.append(lines)
        else:
            out += [
                part
                for part in (lines[:at], lines[at : at + 1], lines[at + 1 :])
                if part
            ]
    return out


MIN_LEAD_WORDS = 25


def _story_line(line: Line) -> bool:
    """A sentence of story length: no caption opens a caption block with one."""
    return len(line.text.split()) >= MIN_LEAD_WORDS and line.text.endswith(SENTENCE_END)


MIN_TOLD_WORDS = 15


def _told(line: Line) -> bool:
    """A sentence of a lead's length, over a caption that says who stands where."""
    words = len(line.text.split())
    return words >= MIN_TOLD_WORDS and line.text.endswith(SENTENCE_END)


def _short_caption(lines: list[Line]) -> bool:
    """One line under a picture, short enough for a caption and not a lead's sentence."""
    one = len(lines) == 1 and len(lines[0].text.split()) <= MAX_CAPTION_WORDS
    return one and not _story_line(lines[0])


MIN_UNENDED_WORDS, MAX_UNENDED_WORDS = 5, 40
# "- …", "1. …", "Korea: Jin Park, Chairman …": a list's item
LIST_ITEM = re.compile(r"[-•*·]|\d{1,2}[.)]\s|[\w .]{1,20}:\s")


def _unended_caption(lines: list[Line]) -> bool:
    """One line under a picture (a blank line between or not), of a caption's length, that
    ends no sentence ("Các bạn nhỏ hào hứng trải nghiệm …", "Đông Cung (Cung điện Donggung)"):
    a paragraph under a picture ends its sentence."""
    if len(lines) != 1:
        return False
    text = lines[0].text
    bare = text.rstrip(")]").rstrip()  # a place glossed in brackets ends no sentence
    return (
        MIN_UNENDED_WORDS <= len(text.split()) <= MAX_UNENDED_WORDS
        and not bare.endswith((*SENTENCE_END, ":", ","))
        and LIST_ITEM.match(text) is None
        and _LEADS_IN.search(text) is None
        and _SOURCED.search(text) is None
    )


# "… Thủ tướng nhấn mạnh", "Các nội dung chính gồm": a line leading in to a quote or a
# list; "Minh Anh - Thu Hà (theo Báo Tin tức)": a byline and its sources
_LEADS_IN = re.compile(
    r"\b(?:nhấn mạnh|cho biết|cho rằng|khẳng định|chia sẻ|bày tỏ|đề nghị|nói|gồm|"
    r"như sau|said|says|added|noted|told reporters|include|includes|including)$"
)
_SOURCED = re.compile(
    r"\((?i:theo|nguồn|source|according to|tổng hợp)\b|(?:^|/\s?)(?i:theo)\s\S"
)


def _caption_end(lines: list[Line]) -> int:
    """Under a picture with single line breaks, the caption is the first line when the
    lines after it are full sentences of story text."""
    rest = lines[1:]
    # "At the reception. Photo: Kinhtedothi.vn": the credit ends the caption
    if rest and is_credited(lines[0].text) and not lines[0].text.endswith(SENTENCE_END):
        return 1
    if rest and all(
        len(line.text.split()) >= MIN_STORY_LINE_WORDS
        and line.text.endswith(SENTENCE_END)
        for line in rest
    ):
        return 1
    return len(lines)
