"""A picture's caption that opens the story, printed with no credit of its own, which the
reading took for paragraph 1. Each sign holds for captions across outlets and for no
lead: the few words of a picture's alternative text right over its caption, no blank line
between ("South Korea LNG plant Vietnam" / "The plant in … will begin operations …"); a
line right over its picture's credit, alone on the line under it ("… 신문 특별판" /
"[부산시 제공. 재판매 및 DB 금지]"); a Korean line that ends on a noun and a full stop, as
a caption names who the picture shows ("… 흥행 감독인 찰리누엥."), over a lead told in
sentences ("… 걷었다."); one short Vietnamese sentence naming what the picture shows
("Cảnh trong phim X.", "Một doanh nghiệp tại khu công nghiệp Y (Z).") over a lead that
runs long. Shown as a caption (``c-…``), never dropped. The story's last caption is
``closing_captions``'s."""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.clean.closing_captions import closing_caption
from dossier.clean.cut_endings import cut_off_ending
from dossier.clean.languages import HANGUL, VIETNAMESE_LETTER
from dossier.clean.photo_credits import is_credited
from dossier.clean.short_captions import VIETNAMESE_STATED
from dossier.model import CAPTION, HEADLINE, PARAGRAPH, DroppedLine, Passage

MIN_STORY_AFTER = 1  # paragraphs under the caption: the story
MAX_ALT_WORDS = 12  # a picture's alternative text: a few words, no sentence
MAX_OVER_CREDIT_WORDS = 30
MAX_KOREAN_CAPTION_WORDS = 20
MAX_VIETNAMESE_CAPTION_WORDS = 14
MIN_LONG_LEAD_WORDS = 25
LEAD_TIMES_LONGER = 2
# a Korean sentence's end (told, asked, polite; "…음.", "…함.": a report's items), or a
# line that leads on; a caption ends on the name of what the picture shows
_KOREAN_SENTENCE_END = re.compile(r"[다요까죠음함임됨니오]\.$|[:,;]$")
_KOREAN_NOUN_END = re.compile(r"[\uac00-\ud7a3]\.$")
_KOREAN_TOLD = re.compile(r"[\uac00-\ud7a3]다\.")  # "… 팔을 걷었다.": a sentence told
_LEADS_ON = re.compile(r"[:,;—–-]$")
# a sentence's stop, a quote or a bracket after it ("… 개막식(4)": a picture's number, no stop)
_STOPPED = re.compile(r"[.!?…][\"”’')]*$")
_QUOTES = '"“”'
# "… cho biết", "theo …": someone reporting, as a story's sentence does; a tense, a
# passive, a purpose or a time ("… được khai trương vào sáng nay"): a lead's telling
_REPORTED = re.compile(
    r"\b(?:cho biết|theo|nói|khẳng định|nhấn mạnh|đã|sẽ|đang|vừa|được|nhằm|để|rằng|"
    r"hôm nay|hôm qua|sáng|chiều|tối|trưa|ngày|tuần|tháng|năm)\b"
)


def _one_line(passage: Passage, lines: list[str]) -> bool:
    """The passage is the whole of its line on the page (no line of it joined, no label
    taken off its start)."""
    at = passage.line - 1
    return 0 <= at < len(lines) and " ".join(lines[at].split()) == passage.text


def _alt_text(text: str) -> bool:
    """A few words with no sentence in or at the end of them."""
    return (
        len(text.split()) <= MAX_ALT_WORDS
        and _STOPPED.search(text) is None
        and _LEADS_ON.search(text) is None
        and _KOREAN_SENTENCE_END.search(text + ".") is None
        and not any(mark in text for mark in '.!?"“”')
    )


MIN_NAMED_SHARE = 0.6  # of the alternative text's words, in its caption or headline
_WORD = re.compile(r"\w+")


def _names_the_picture(alt: str, named: str) -> bool:
    """Most words of the alternative text are the caption's or the headline's (a site
    names its picture with them: "South Korea LNG plant Vietnam", "… 태권도대회 개막식(4)"
    for "… 태권도 대회 개막식의 모습"); a deck over the picture says something else
    ("한국어·문화 등 다양한 체험")."""
    words = [w for w in _WORD.findall(alt.casefold()) if not w.isdigit() or len(w) == 4]
    spaced = "".join(named.casefold().split())
    found = sum(w in spaced for w in words)
    return bool(words) and found >= MIN_NAMED_SHARE * len(words)


def _credit_under(
    passage: Passage, dropped: list[DroppedLine], lines: list[str]
) -> bool:
    """The page's next line is a picture's credit, alone on its line."""
    at = passage.line  # the next line's index
    if at >= len(lines) or not lines[at].strip():
        return False
    credit = " ".join(lines[at].split())
    return is_credited(credit) and any(
        d.line == passage.line + 1
        and " ".join(d.text.split()) == credit
        and "image" not in d.reason  # the picture itself ("![]() |"), not its credit
        for d in dropped
    )


def _korean_caption(text: str, lead: str) -> bool:
    """One Korean sentence ending on a noun, over a lead told in sentences."""
    return (
        HANGUL.search(text) is not None
        and len(text.split()) <= MAX_KOREAN_CAPTION_WORDS
        and _KOREAN_NOUN_END.search(text) is not None
        and _KOREAN_SENTENCE_END.search(text) is None
        and ". " not in text
        and not any(mark in text for mark in _QUOTES)
        and _KOREAN_TOLD.search(lead) is not None
    )


def _vietnamese_caption(text: str, lead: str) -> bool:
    """One short Vietnamese sentence naming what a picture shows, no figure, no quote,
    nobody speaking, over a lead that runs long."""
    words = text.split()
    lead_words = len(lead.split())
    return (
        len(words) <= MAX_VIETNAMESE_CAPTION_WORDS
        and text.endswith(".")
        and ". " not in text
        and VIETNAMESE_LETTER.search(text) is not None
        and HANGUL.search(text) is None
        and sum(not w.isascii() for w in words) >= len(words) / 2
        and not any(c.isdigit() for c in text)
        and not any(mark in text for mark in _QUOTES)
        and VIETNAMESE_STATED.search(text) is None
        and _REPORTED.search(text) is None
        and lead_words >= max(MIN_LONG_LEAD_WORDS, LEAD_TIMES_LONGER * len(words))
    )


def opening_caption(
    passages: list[Passage], dropped: list[DroppedLine], text: str
) -> list[Passage]:
    """``passages`` with a first paragraph that is its picture's caption made a caption,
    the captions after it numbered on."""
    told = [k for k, p in enumerate(passages) if p.kind == PARAGRAPH]
    if len(told) < MIN_STORY_AFTER + 1:
        return passages
    at = told[0]
    first, lead = passages[at], passages[told[1]]
    lines = text.split("\n")
    if not _one_line(first, lines):
        return passages
    below = passages[at + 1]
    headline = next((p.text for p in passages if p.kind == HEADLINE), "")
    caption = (
        (
            below.kind == CAPTION
            and below.line == first.line + 1
            and _alt_text(first.text)
            and _names_the_picture(first.text, f"{below.text} {headline}")
        )
        or (
            len(first.text.split()) <= MAX_OVER_CREDIT_WORDS
            and _credit_under(first, dropped, lines)
        )
        or _korean_caption(first.text, lead.text)
        or _vietnamese_caption(first.text, lead.text)
    )
    if not caption:
        return passages
    out, paragraphs, captions = [], 0, 0
    for k, passage in enumerate(passages):
        kind = CAPTION if k == at else passage.kind
        if kind == PARAGRAPH:
            paragraphs += 1
            passage = replace(passage, anchor=f"p-{paragraphs}")
        elif kind == CAPTION:
            captions += 1
            passage = replace(passage, kind=CAPTION, anchor=f"c-{captions}")
        out.append(passage)
    return out


def story_edges(
    passages: list[Passage], dropped: list[DroppedLine], text: str
) -> list[Passage]:
    """The story's two edges settled: its opening's caption, its closing's, and the
    point where a copy breaks off (``cut_endings``)."""
    opened = opening_caption(passages, dropped, text)
    return cut_off_ending(closing_caption(opened, text), text)
