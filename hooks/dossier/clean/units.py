"""Story lines → units: paragraphs and captions, with the tests that tell headlines,
subheadings and captions from paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from operator import is_

from dossier.clean.columns import columns
from dossier.clean.korean_leads import korean_lead
from dossier.clean.lines import HANGUL, Line
from dossier.clean.paragraphs import SENTENCE_END, paragraphs
from dossier.clean.photo_credits import (
    DATED_PICTURE,
    IMAGE_CARD,
    MARKED_CAPTION,
    MAX_POSED_WORDS,
    is_credited,
)
from dossier.model import DroppedLine

MIN_STORY_LINE_WORDS = 15
MAX_CAPTION_WORDS = 30  # a line of at least this many words ending a sentence


@dataclass(frozen=True)
class Block:
    """Story lines between blank lines (or furniture), and what came just before them."""

    lines: tuple[Line, ...]
    after_image: bool = False  # follows an image file name: a caption
    repeated: bool = False  # had a line repeated: a caption shown twice
    under_picture: bool = False  # a picture right above it, or blank lines above
    framed: bool = False  # under a picture and over its credit: a caption, however long
    over_credit: bool = False  # one line right over a picture's credit ("Ảnh: X")


@dataclass
class Unit:
    lines: list[Line]
    caption: bool = False
    alone: bool = False  # the only line of its block
    kept: bool = False  # the editor keeps it as story text (sidecar keep_lines)
    deck: bool = False  # the subtitle the body prints over the story: its paragraph 1
    over_credit: bool = False  # one line right over a picture's credit ("Ảnh: X")
    # an interview's question or answer: story text (interview_turns)
    turn: bool = False

    # the text last read and what it was read from: its lines (each a frozen Line, so
    # the same lines in the same order give the same text) and the caption flag
    _read: tuple[tuple[Line, ...], bool, str] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def text(self) -> str:
        """The unit's text, read again only when its lines or its caption flag changed
        since it was last read (a paragraph of many lines is read by many steps)."""
        read, lines, caption = self._read, self.lines, bool(self.caption)
        if (
            read is not None
            and read[1] is caption
            and len(read[0]) == len(lines)
            and all(map(is_, read[0], lines))
        ):
            return read[2]
        text = "\n".join(line.text for line in lines) if caption else joined(lines)
        self._read = (tuple(lines), caption, text)
        return text

    @property
    def number(self) -> int:
        return self.lines[0].number


_HYPHENATED = re.compile(r"[^\W\d_]-$")


def drop_unit(dropped: list[DroppedLine], unit: Unit, reason: str) -> None:
    """Every line of ``unit`` logged as dropped, for ``reason``."""
    for line in unit.lines:
        dropped.append(DroppedLine(line.number, line.text, reason))


def next_unit(units: list[Unit], index: int) -> Unit | None:
    return units[index + 1] if index + 1 < len(units) else None


def joined(lines: list[Line]) -> str:
    """The lines of a paragraph as one text. A word hyphenated at a line's end is whole
    again (``relation-`` / ``ship`` → ``relationship``; ``Korea-`` / ``Vietnam`` →
    ``Korea-Vietnam``). Built from its pieces, testing only the text's last characters
    for the hyphen: a story of thousands of lines joins in linear time."""
    parts = [piece for piece in (lines[0].text,) if piece]  # no empty piece kept
    for line in lines[1:]:
        # the pattern's match lies in the last three characters ("a-", "a-\n")
        if not _HYPHENATED.search("".join(parts[-3:])[-3:]):
            parts.append(" ")
        elif line.text[:1].islower():
            parts[-1] = parts[-1][:-1]  # the hyphen, the text's last character, goes
            if not parts[-1]:
                parts.pop()
        if line.text:
            parts.append(line.text)
    return "".join(parts)


def _cards_apart(blocks: list[Block]) -> Iterator[Block]:
    """Each line that opens with a picture (``![](…) Text |``) stands as a block of its
    own: the words beside a picture are not the line above's or below's."""
    for block in blocks:
        if not any(IMAGE_CARD.match(line.text) for line in block.lines):
            yield block
            continue
        run: list[Line] = []
        for line in block.lines:
            if IMAGE_CARD.match(line.text):
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
    page = tuple(sorted(columns(line.text) for block in blocks for line in block.lines))
    for block in _cards_apart(blocks):
        lines = list(block.lines)
        credited = is_credited(lines[-1].text)
        captioned = False  # the picture's caption is taken
        if block.framed:  # between a picture and its credit (framed_captions.py)
            units.append(Unit(lines, caption=True, alone=len(lines) == 1))
            continue
        if (
            len(lines) <= 3
            and credited
            and _told(lines[0])
            and len(lines) > 1
            and not DATED_PICTURE.search(lines[0].text)
        ):
            # a paragraph, then a credited caption
            lines, credit = lines[:-1], lines[-1]
            units.extend(Unit(found) for found in paragraphs(lines, page))
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
        for index, found in enumerate(_credited_apart(paragraphs(lines, page))):
            caption = (
                is_credited(found[-1].text) or bool(MARKED_CAPTION.match(found[0].text))
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
            units.append(
                Unit(found, caption, len(lines) == 1, over_credit=block.over_credit)
            )
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
                and not MARKED_CAPTION.match(line.text)  # "▲ …": wrapped, it goes on
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
MIN_KOREAN_TOLD_WORDS = 10  # Korean says in ten words what English says in twenty-five


def _story_line(line: Line) -> bool:
    """A sentence of story length, or a Korean one told in the past ("… 총장이
    참석했다."), as a caption is not: no caption opens a caption block with one."""
    words = len(line.text.split())
    if words >= MIN_KOREAN_TOLD_WORDS and told_in_korean(line.text):
        return True
    if line.text[:1] in "[【(" and korean_lead(line.text):
        return (
            True  # "[한빛일보 김철수 기자] 이마트가 …": a wire's lead, under a picture
        )
    return words >= MIN_LEAD_WORDS and line.text.endswith(SENTENCE_END)


# "… 협력 방안에 대해 논의하였다.": a Korean sentence told in the past, as a story tells
# what happened (a caption shows it in the present: "… 기념촬영을 하고 있다."); "… 중소도시
# 이다": a Korean sentence ended, its full stop forgotten; "… 환영했습니다.": the same, told
# politely (a church's, a school's, a foundation's news)
KOREAN_TOLD = re.compile(r"[\uac00-\ud7a3](?:[았었였했됐](?:다|습니다)\.|이다)$")


def told_in_korean(text: str) -> bool:
    """A Korean sentence told in the past, as a story's is ("… 35명을 접견했다.")."""
    return KOREAN_TOLD.search(text) is not None


MIN_TOLD_WORDS = 15
MIN_TOLD_KOREAN_WORDS = 10
# words that tie a Korean sentence to the one before it: also, meanwhile, in particular …
_TIED = re.compile(
    r"(?:또한|한편|특히|아울러|이어|이어서|이에|이와 함께|그러나|하지만|또|이로써|앞서)\s"
)


def _told(line: Line) -> bool:
    """A sentence of a lead's length, over a caption that says who stands where; Korean
    spaces fewer, longer words, and a sentence opening on a word that ties it to the one
    before ("또한 이번 공연에서는 …") tells the story, as no caption does."""
    words = len(line.text.split())
    if HANGUL.search(line.text) and _TIED.match(line.text):
        return words >= MIN_TOLD_KOREAN_WORDS and line.text.endswith(SENTENCE_END)
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


_SENTENCE_INSIDE = re.compile(r"\w[.!?] [A-ZÀ-ỸĐ]")


def _caption_end(lines: list[Line]) -> int:
    """Under a picture with single line breaks, the caption is the first line when the
    lines after it are full sentences of story text."""
    rest = lines[1:]
    # "At the reception. Photo: Kinhtedothi.vn": the credit ends the caption
    if rest and is_credited(lines[0].text) and not lines[0].text.endswith(SENTENCE_END):
        return 1
    # (or, cut off at the copy's end, holding a sentence ended inside: "… 65 tuổi. Thầy
    # Park muốn dành nhiều thời gi"; or the last cut off, the story's lines above it
    # ended: "… together with the growing demand among")
    if rest and all(
        len(line.text.split()) >= MIN_STORY_LINE_WORDS
        and (
            line.text.endswith(SENTENCE_END)
            or _SENTENCE_INSIDE.search(line.text)
            or (line is rest[-1] and len(rest) > 1)
        )
        for line in rest
    ):
        return 1
    return len(lines)
