"""The headline an article's address spells, for a page whose text has no headline above
its story: most outlets make a story's address from its headline ("…/quang-tri-va-vkbia-
ky-ket-hop-tac-xuc-tien-thuong-mai-dau-tu-116198.html"), and many pages repeat the
headline further down (a picture's caption, a "Source: Outlet_Headline" line, a blog's
footer). The line whose words the address spells is the headline, in the page's own
spelling, with the marks and capitals the address has lost."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from dossier.clean.address_words import syllable_share
from dossier.clean.archive_fields import date_field_run_on
from dossier.text import slugify

# what ends an address's last part and is no word of the headline: ".html", ".php", or an
# outlet's own ending (".vnp", ".vov", ".tpo", ".epi", ".chn", ".amp")
FILE_ENDING = re.compile(r"\.[a-z]{2,5}$", re.IGNORECASE)
# a story's number beside its words: "116198", "post167719", "a118942", "20241015112335290"
_STORY_NUMBER = re.compile(r"[a-z]{0,5}\d+[a-z0-9]*")
# where a line holds its headline beside other things: "Outlet_Headline", "Headline | Site"
# (read on a line whose spaces are single: no run of them to sweep)
_PARTS = re.compile(r" ?(?:\||_| [–—-] |: ) ?")
MAX_LINE = 1000  # characters
MIN_WORDS = 4  # an address's words that can be a headline's: "news", "view" are none
MAX_WORDS = 60
MIN_CUT_WORDS = 6  # an address cut short still spelling enough of its headline
MAX_MORE_WORDS = 4  # words of a headline past where its address was cut
MIN_NUMBERED_SYLLABLES = 9  # a Vietnamese headline's before a story's number
SYLLABLES = 0.5  # an address of more Vietnamese syllables than this is in Vietnamese


def address_title(url: str, text: str) -> str | None:
    """The first line of ``text``, or part of a line, whose words are those of the last
    part of ``url`` (the story's number aside; an address cut short spells the start)."""
    spelt = address_words(url)
    if len(spelt) < MIN_WORDS:  # "…/rok-defence-minister-receives-officer/236876.vnp"
        spelt = address_words(url, numbered=True)
        # (a section's name before the number is shorter: "…/tin-tuc-su-kien/12345";
        # in Vietnamese syllables it may reach six, "…/nguoi-viet-nam-o-nuoc-ngoai/…")
        if sum(map(str.isalpha, spelt)) < _numbered_words(spelt):
            return None
    parts = [
        part.strip(" #*|")
        for raw in text.splitlines()
        if len(raw) <= MAX_LINE  # a headline's line is short; a long one costs time
        for line in [_undated(" ".join(raw.split()))]
        for part in (line, *_PARTS.split(line))
    ]
    candidates = [
        (part, words)
        for part in parts
        if not part.endswith(".")  # a sentence of the story, not its headline
        and len(words := _words(part)) <= MAX_WORDS
    ]
    # the line the whole address spells, before one that only starts with its words
    for exact in (True, False):
        for part, words in candidates:
            if words == spelt if exact else _cut_short(spelt, words):
                return _unbracketed(part)
    # else a line ending in a full stop that the whole address spells: a headline
    # written as a sentence ("Tổng Bí thư … hội kiến Chủ tịch Quốc hội Hàn Quốc.")
    return next(
        (
            part.removesuffix(".")
            for part in parts
            if part.endswith(".") and _words(part) == spelt
        ),
        None,
    )


def _numbered_words(spelt: list[str]) -> int:
    """The words of letters an address's part before a story's number needs to be a
    headline's: more in Vietnamese, a syllable a word ("Văn hóa - Thể thao - Du lịch":
    six)."""
    return (
        MIN_NUMBERED_SYLLABLES if syllable_share(spelt) > SYLLABLES else MIN_CUT_WORDS
    )


def _undated(line: str) -> str:
    """The line without an archive's date field run on before it (`` date 2019-11-15
    Headline``)."""
    if line[:4].casefold() == "date" and (run_on := date_field_run_on(line)):
        return run_on[1]
    return line


def _unbracketed(part: str) -> str:
    """A headline bracketed whole, without its brackets: "[Headline (a, b)]"."""
    if part.startswith("[") and part.endswith("]") and "]" not in part[1:-1]:
        return part[1:-1].strip()
    return part


def address_words(url: str, numbered: bool = False) -> list[str]:
    """The words of the address's last part; with ``numbered``, of the part before it
    where the last is the story's number alone ("…/rok-jeju-air-to-expand-flights/
    247901.vnp"; but that part may be a section's name, "…/tin-tuc-su-kien/12345", so a
    headline is not looked for by it)."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return []
    parts = [p for p in unquote(path).split("/") if p.strip()]
    last = _words(FILE_ENDING.sub("", parts[-1])) if parts else []
    if numbered and len(parts) > 1 and _NUMBERED.fullmatch(parts[-1]):
        return _words(parts[-2])
    return last


# a story's number alone as an address's last part, perhaps with its file's ending
_NUMBERED = re.compile(r"\d+(?:\.[a-z]{2,5})?", re.IGNORECASE)


def _words(text: str) -> list[str]:
    """A text's words as an address writes them: without "and" ("&" is dropped there),
    nor a number at either end (the story's, or a year the address leaves out)."""
    words = [w for w in slugify(text).split("-") if w and w != "and"]
    for end in (-1, 0):
        while words and _STORY_NUMBER.fullmatch(words[end]):
            words.pop(end)
    return words


def spells_start(spelt: list[str], line: str) -> bool:
    """The line's words start with all the address's words, or with them cut inside the
    last ("Korea, Vietnam agree to expand cooperation in …" under "…/korea-vietnam-agree-
    to-expand-4471.html"): the headline the address was made from, cut short."""
    words = _words(line)
    return words[: len(spelt)] == spelt or _cut_short(spelt, words)


def _cut_short(spelt: list[str], words: list[str]) -> bool:
    """A long address cut inside its last word ("…-academic-cooperatio"): the line's
    words up to there, the last of them begun (an address ending on a whole word is not
    known to be cut: a longer line starting with its words is another story's)."""
    cut = len(spelt) - 1
    return (
        len(spelt) >= MIN_CUT_WORDS
        and len(spelt) <= len(words) <= len(spelt) + MAX_MORE_WORDS
        and words[:cut] == spelt[:cut]
        and words[cut].startswith(spelt[cut])
        and words[cut] != spelt[cut]
    )
