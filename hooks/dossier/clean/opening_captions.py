"""A picture's caption that opens the story, printed with no credit of its own, which the
reading took for paragraph 1, told by the few words of the picture's alternative text
right over it, no blank line between ("South Korea LNG plant Vietnam" / "The plant in …
will begin operations …"): those words are mostly the caption's own. Shown as a caption
(``c-…``), never dropped. A short first sentence alone is no sign (leads and decks are
short too), nor a line over a credit (a told lead may stand there). The story's last
caption is ``closing_captions``'s."""

from __future__ import annotations

import re
from dataclasses import replace

from dossier.clean.closing_captions import closing_caption
from dossier.clean.cut_endings import cut_off_ending
from dossier.model import CAPTION, PARAGRAPH, Passage

MIN_STORY_AFTER = 1  # paragraphs under the caption: the story
MAX_ALT_WORDS = 12  # a picture's alternative text: a few words, no sentence
MIN_NAMED_SHARE = 0.6  # of the alternative text's words, in its caption
MIN_LATIN_WORD = 3  # shorter words in letters ("a", "on", "to") name nothing
_WORD = re.compile(r"\w+")
# a Korean sentence's end with its stop left off (told, asked, polite; "…음", "…함": a
# report's items)
_KOREAN_SENTENCE_END = re.compile(r"[다요까죠음함임됨니오]$")
_LEADS_ON = re.compile(r"[:,;—–-]$")
# a sentence's stop, a quote or a bracket after it ("… 개막식(4)": a picture's number, no stop)
_STOPPED = re.compile(r"[.!?…][\"”’')]*$")


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
        and _KOREAN_SENTENCE_END.search(text) is None
        and not any(mark in text for mark in '.!?"“”')
    )


def _names_the_picture(alt: str, caption: str) -> bool:
    """Most words of the alternative text are the caption's (a site names its picture
    with them: "South Korea LNG plant Vietnam", "… 태권도대회 개막식(4)" for "… 태권도 대회
    개막식의 모습"); a deck over the picture says something else ("한국어·문화 등 다양한
    체험"). A word in letters is one of the caption's words or opens one ("plant",
    "plants"); one in Hangul is found in the caption read without its spaces (the spacing
    of Korean compounds varies)."""
    folded = caption.casefold()
    spaced = "".join(folded.split())
    caption_words = _WORD.findall(folded)
    words = [
        w
        for w in _WORD.findall(alt.casefold())
        if (not w.isdigit() or len(w) == 4)
        and (not w.isascii() or len(w) >= MIN_LATIN_WORD)
    ]
    found = sum(
        any(c.startswith(w) for c in caption_words) if w.isascii() else w in spaced
        for w in words
    )
    return bool(words) and found >= MIN_NAMED_SHARE * len(words)


def opening_caption(passages: list[Passage], text: str) -> list[Passage]:
    """``passages`` with a first paragraph that is its picture's caption made a caption,
    the captions after it numbered on."""
    told = [k for k, p in enumerate(passages) if p.kind == PARAGRAPH]
    if len(told) < MIN_STORY_AFTER + 1:
        return passages
    at = told[0]
    first = passages[at]
    lines = text.split("\n")
    if not _one_line(first, lines):
        return passages
    below = passages[at + 1]
    caption = (
        below.kind == CAPTION
        and below.line == first.line + 1
        and _alt_text(first.text)
        and _names_the_picture(first.text, below.text)
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


def story_edges(passages: list[Passage], text: str) -> list[Passage]:
    """The story's two edges settled: its opening's caption, its closing's, and the
    point where a copy breaks off (``cut_endings``)."""
    opened = opening_caption(passages, text)
    return cut_off_ending(closing_caption(opened, text), text)
