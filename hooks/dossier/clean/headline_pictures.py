"""A picture named after its story. Many sites give a story's pictures its headline as their
alt text, and a copied page keeps it where the picture stood: a line between the story's
paragraphs whose words are the headline's (the page's first line's, or those its address
spells), in the headline's own spelling or with its marks and capitals taken off ("hoi
nguoi viet tai han quoc ky niem …" in a story written with them), often over the picture's
caption on the line under it. The line is no story text (cleaning's "image label"): taken
off, it no longer runs into that caption, which the caption rules then read on its own (a
sentence of story under it stays story). A box of other stories whose pictures all carry
this story's name runs that name into each headline, line after line ("hoi nguoi viet …
Lễ Kỷ niệm ấn tượng …"): two such lines or more are a related list (one alone may be a
sentence that opens with the headline's words); so are other stories' headlines set right
over the picture (``related_headlines.py``)."""

from __future__ import annotations

from collections import Counter

from dossier.clean.address_title import address_words, headline_words
from dossier.clean.lines import Line, clutter_reason, clutter_rules
from dossier.clean.paragraphs import SENTENCE_END
from dossier.clean.regions import region_rules, regions
from dossier.clean.related_headlines import (
    MAX_ONE_HEADLINE_WORDS,
    MAX_RELATED_WORDS,
)
from dossier.clean.related_headlines import RELATED as RELATED_HEADLINE
from dossier.text import fold

PICTURE, RELATED = "image label", "related list"
MIN_WORDS = 4  # a shorter headline is a label, any line may say it
MAX_LINE = 400  # characters: a headline's line, with another story's headline after it
MIN_TOLD_WORDS = 8  # a sentence of story, ended: the story has started
HEAD_CHARS = 60  # of a line, where a headline's first word stands (after a number)
MIN_LIST = 2  # lines that open with the story's name, one under the other


def page_regions(lines: list[Line | None], url: str | None) -> dict[int, str]:
    """Line number → the region of the page a line belongs to (``regions.py``), and the
    pictures named after the story; a region found by its heading goes first."""
    return {**headline_pictures(lines, url), **regions(lines, region_rules())}


def headline_pictures(lines: list[Line | None], url: str | None) -> dict[int, str]:
    """Line number → why a line under the story's start is a picture's name (or a box of
    other stories' pictures named after this story), for cleaning's regions."""
    text = [line for line in lines if line is not None]
    # (a line cut in pieces, "Headline - ảnh 1" and its caption: its pieces share a number)
    numbers = Counter(line.number for line in text)
    keys = _keys(text, url)
    if not keys:
        return {}
    firsts = {key[0] for key in keys}
    found: dict[int, str] = {}
    run: list[Line] = []  # lines in a row that open with the headline's words
    # the headline printed whole above (the first line spelling it is the headline itself),
    # then a sentence of story: whether the story has been told under it
    told: dict[tuple[str, ...], bool] = {}
    waiting = False  # a headline printed, no sentence of story under it yet
    for index, line in enumerate(text):
        words = _words(line.text, firsts)
        key = tuple(words) if words and words in keys else None
        opened = bool(words) and any(
            told.get(tuple(k)) and _opens_with(words, k) for k in keys
        )
        if key is not None and told.get(key) and _named(line, text, numbers):
            found[line.number] = PICTURE
            _headlines_over(text, index, found)
        if opened and (not run or run[-1].number == line.number - 1):
            run.append(line)
        elif run:  # the run ends (or a new one starts under a blank line)
            _list(run, found)
            run = [line] if opened else []
        if waiting and _told(line.text):
            told, waiting = dict.fromkeys(told, True), False
        if key is not None and key not in told:
            told[key], waiting = False, True
    _list(run, found)
    return found


def _named(line: Line, text: list[Line], numbers: Counter[int]) -> bool:
    """A whole line (no piece of one, not the page's last), no sentence, no furniture."""
    return (
        numbers[line.number] == 1
        and line is not text[-1]
        and not line.text.endswith(".")
        and not clutter_reason(line.text, clutter_rules())  # a site's strip twice
    )


def _headlines_over(text: list[Line], index: int, found: dict[int, str]) -> None:
    """Other stories' headlines set right over the picture (``related_headlines.py``): lines
    of a headline's length, no sentence ended, no blank line between, under the lead; two
    lines, or one two headlines long."""
    top = index
    while (
        top > 1
        and text[top - 1].number + 1 == text[top].number
        and len(text[top - 1].text.split()) <= MAX_RELATED_WORDS
        and not text[top - 1].text.endswith((*SENTENCE_END, ":", ","))
    ):
        top -= 1
    run = text[top:index]
    if len(run) >= MIN_LIST or (
        run and len(run[0].text.split()) > MAX_ONE_HEADLINE_WORDS
    ):
        for line in run:
            found.setdefault(line.number, RELATED_HEADLINE)


def _keys(text: list[Line], url: str | None) -> list[list[str]]:
    """The headline's words: the page's first line's (not a sentence: a lead copied
    without its headline), and those the page's address spells."""
    keys = [address_words(url)] if url else []
    if text and not text[0].text.endswith(SENTENCE_END):
        keys.append(headline_words(text[0].text[:MAX_LINE]))
    return [key for key in keys if len(key) >= MIN_WORDS]


def _words(text: str, firsts: set[str]) -> list[str]:
    """The line's words as an address writes them, where its opening may be a headline's:
    a headline's first word in its first characters (a cheap test that spares spelling
    out every line)."""
    if len(text) > MAX_LINE:
        return []
    opening = fold(text[:HEAD_CHARS])
    return headline_words(text) if any(w in opening for w in firsts) else []


def _opens_with(words: list[str], key: list[str]) -> bool:
    return len(words) > len(key) and words[: len(key)] == key


def _list(run: list[Line], found: dict[int, str]) -> None:
    if len(run) >= MIN_LIST:
        for line in run:
            found.setdefault(line.number, RELATED)


def _told(text: str) -> bool:
    """A sentence of story, ended, or a line of a paragraph's length."""
    return len(text) > 200 or (
        text.endswith(SENTENCE_END) and len(text.split()) >= MIN_TOLD_WORDS
    )
