"""Regions of a page that are not the article, found from the lines that open them.

A line alone cannot tell: ``Minji`` under a forwarded mail's ``Hi all,`` is the forwarder's
signature, and ``Thanks Thao, I would love to hear more`` under ``2 thoughts on …`` is a
reader's comment. Each region starts at a line of a known shape (mail headers, a separator,
``--``, a comments heading, a ``Contacts`` heading, a related-list heading, a label whose
value stands on the next line) and ends where the shape says. Their lines are dropped and
logged like any furniture line, with the region as the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from dossier.clean.contents_lists import contents_below, opens_series, series_parts
from dossier.clean.dashed_headlines import dashed_headlines, ends_on_dash
from dossier.clean.lines import BULLET, WEB_ADDRESS, Line, clutter_reason, clutter_rules
from dossier.clean.mail_regions import (
    forward_note,
    is_story,
    signature,
    story_above,
)
from dossier.clean.related_teasers import (
    CUT,
    HEADLINE_END,
    MAX_LIST_ITEM_WORDS,
    teased_to_the_end,
)
from dossier.clean.weather import weather_strips
from dossier.text import fold

_COMMENTS = re.compile(
    r"(\d+|one|two|three|four|five)\s+(thoughts?|comments?|responses?|replies)\s+"
    r"(on|to)\s+\S.{0,200}|leave a (reply|comment)(\s+cancel reply)?|"
    r"(\d+\s+)?(reader\s+)?comments\s*\(\d+\)|all reactions\s*:?.{0,40}|"
    r"view (more|all|previous) comments|most relevant|newest first|all comments|"
    # "댓글 (0)", "0개의 댓글" (its number a picture: "개의 댓글"): a Korean page's comment
    # box, its count
    r"댓글\s?\(\d+\)|\d*\s?개의 댓글",
    re.I,
)
# "Comments" over "No comment yet.": the box, empty, at the page's foot (not "No
# comment.", a quote, nor a "Comments" line with the story going on below it)
_EMPTY_COMMENTS = re.compile(r"comments|no comments? yet\.?", re.I)
_MORE_FROM = re.compile(
    r"^more (from|by) \S.{0,40}$", re.I
)  # "More from Example Post:"
# "Sign up to Global Dispatch" / "Get our newsletter": a box that runs to the blank line
_PROMO = re.compile(
    r"(sign up|subscribe) (to|for) (?!the full|read)[\w'’ &:-]{2,40}|"
    r"(get|try) (our|the) [\w'’ &-]{0,30}newsletter[\w'’ &-]{0,30}",
    re.I,
)
# "Written by X" / "About the author" over the author's card (followers, bio, links)
_AUTHOR_CARD = re.compile(
    r"(written by|more articles by|more from|about the authors?)\b[\w'’ .-]{0,40}", re.I
)
# "Keep reading / list of 4 items / list 1 of 4 / <headline> … / end of list"
_LIST_BOX = re.compile(r"list of \d{1,2} items?", re.I)
_LIST_BOX_END = re.compile(r"end of list", re.I)
MAX_LIST_BOX_LINES = 30
# "About Us" / "About the publisher" over the outlet's or company's boilerplate
_ABOUT = re.compile(r"about (us|the (publisher|company|organi[sz]ation|site))", re.I)
MAX_BOILERPLATE_LINES = 4
# "IN BRIEF" / "Key points:" over a summary of the story, set apart from it
_SUMMARY_BOX = re.compile(
    r"(in brief|in sum|key points|key takeaways|highlights|at a glance|what you need to know|"
    r"tl;?dr|the big picture|quick read)(\s[–—-]\s(what (you need )?to know))?\s*:?",
    re.I,
)
MAX_BOX_LINES = 8
MAX_BOX_POINTS = 16  # a summary's bullet points, each a line
# "Data sovereignty – …": a label of two or three words, the later in lower case (not a
# dateline's place: "Hanoi – …", "Ho Chi Minh City – …")
_LABELLED_POINT = re.compile(r"[A-Z][\w-]*(?:\s[a-z][\w-]*){1,2}\s[–—]\s\S")
_POINT = re.compile(rf"{BULLET.pattern}|[–—]\s")  # "– First point", a dash for a bullet
WRAPPED_STORY_CHARS, WRAPPED_STORY_LINES = 50, 6  # a story hard-wrapped at a width
SOCIAL_BAR_LINES = 10
_FOLLOW = re.compile(r"^\+?\s*follow$|\bfollow(ers|ing)\b", re.I)
_COUNT = re.compile(r"[\d.,]+[km]?\s+(comments?|replies)", re.I)
_SOCIAL_BUTTONS = frozenset({"like", "comment", "share", "reply", "react", "repost"})
MAX_BIO_LINE_WORDS = 30
AUTHOR_CARD = "author card"
_SENTENCE_END = tuple('.!?…"”’)')


@dataclass(frozen=True)
class RegionRules:
    contact_headings: frozenset[str]
    list_headings: frozenset[str]
    story_list_headings: frozenset[str]  # list headings only under the story's start
    value_labels: dict[str, str]  # folded label → what its next line is
    navigation: frozenset[str]  # lines that are furniture on their own


@cache
def region_rules(path: Path = Path(__file__).parent / "clutter.yml") -> RegionRules:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["regions"]
    return RegionRules(
        frozenset(fold(h) for h in data["contact_headings"]),
        frozenset(fold(h) for h in data["list_headings"]),
        frozenset(map(fold, data["story_list_headings"] + data["related_headings"])),
        {fold(k): v for k, v in data["value_labels"].items()},
        frozenset(fold(h) for h in yaml_navigation(path)),
    )


def yaml_navigation(path: Path) -> list[str]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["navigation"]


def regions(lines: list[Line | None], rules: RegionRules) -> dict[int, str]:
    """Line number → why the line belongs to a region that is not the article."""
    found: dict[int, str] = {}
    text_lines = [line for line in lines if line is not None]
    forward_note(text_lines, found)
    signature(text_lines, found)
    weather_strips(lines, found)
    story, wrapped = False, 0
    for index, line in enumerate(lines):
        if line is None or line.number in found:
            continue
        wrapped += len(line.text) >= WRAPPED_STORY_CHARS
        story = story or is_story(line) or wrapped >= WRAPPED_STORY_LINES
        opens = _COMMENTS.fullmatch(line.text) and story
        opens = opens or (
            story
            and _EMPTY_COMMENTS.fullmatch(line.text)
            and not story_above([x for x in lines[index + 1 :] if x])
        )
        if opens or (_COUNT.fullmatch(line.text) and _after_social_bar(lines, index)):
            _rest(text_lines, line.number, "reader comments", found)
            break
        if _LIST_BOX.fullmatch(line.text):
            _inline_list(lines, index, found)
            continue
        if (
            story
            and _LINKED_ITEM.fullmatch(line.text)
            and _after_paragraph(lines, index)
        ):
            _dashed_links(lines, index, found)
        if ends_on_dash(line):
            dashed_headlines(lines, index, found)
        if opens_series(line.text):
            series_parts(lines, index, found)
        if len(line.text) > 40 or contents_below(lines, index, found):
            continue
        # "[관련기사]", "【Related】": a heading in brackets
        heading = line.text.rstrip(":.…» ").strip("[]【】")
        key = fold(_MORE_FROM.sub("more from", heading))
        if story and key in rules.contact_headings:
            _rest(text_lines, line.number, "press contacts", found)
            break
        if key in rules.list_headings or (story and key in rules.story_list_headings):
            if key not in rules.navigation:  # the heading, never a byline
                found[line.number] = "related list"
            _list_below(lines, index, rules, found)
        elif _SUMMARY_BOX.fullmatch(line.text):
            _summary_below(lines, index, found)
        elif story and _PROMO.fullmatch(line.text):
            _box_below(lines, index, "newsletter box", found)
        elif story and _ABOUT.fullmatch(line.text) and _boilerplate_below(lines, index):
            _rest(text_lines, line.number, "about the publisher", found)
            break
        elif story and _AUTHOR_CARD.fullmatch(line.text):
            _box_below(lines, index, AUTHOR_CARD, found)
        elif key in rules.value_labels:
            _value_below(lines, index, rules.value_labels[key], found)
    return found


def _after_social_bar(lines: list[Line | None], index: int) -> bool:
    """``14 Comments`` under the buttons of a social page (Like, Comment, Share)."""
    above = [line for line in lines[max(0, index - SOCIAL_BAR_LINES) : index] if line]
    return any(fold(line.text) in _SOCIAL_BUTTONS for line in above)


def _rest(lines: list[Line], start: int, reason: str, found: dict[int, str]) -> None:
    for line in lines:
        if line.number >= start:
            found.setdefault(line.number, reason)


MAX_LABEL_WORDS = 3


def _list_below(
    lines: list[Line | None], index: int, rules: RegionRules, found: dict[int, str]
) -> None:
    """The headlines listed under ``Other news`` / ``Related content`` / ``관련기사``
    (perhaps after a blank line), down to a blank line, a line that is not a headline, or
    the next heading."""
    items = teased = 0
    below = lines[index + 1 :]
    for at, line in enumerate(below):
        if line is None:
            if items and not _more_links(below[at + 1 :]):
                if items == 1:  # its headline set apart: the turns below may go on
                    for item in teased_to_the_end(below, at, _is_clutter):
                        found[item.number] = "related list"  # headlines and teasers
                return
            continue  # a blank line under the heading, before its first item
        if WEB_ADDRESS.fullmatch(line.text):
            continue  # an item's link under it (dropped as a web address)
        words = len(line.text.split())
        cut = line.text.endswith(CUT)  # a headline cut short
        if words > MAX_LIST_ITEM_WORDS or (
            line.text.endswith(HEADLINE_END) and not cut
        ):
            if _teaser(below, at, items, teased) and not clutter_reason(
                line.text, clutter_rules()
            ):
                found[line.number] = "related list"
                teased += 1
                continue
            return
        if fold(line.text.strip()) in _SEE_MORE:
            continue  # an item's "see more" link under it (dropped as navigation)
        if words <= 4 and fold(line.text.rstrip(":.…» ")) in rules.navigation:
            return
        if clutter_reason(line.text, clutter_rules()):
            return  # the footer under the list
        if not items and words <= MAX_LABEL_WORDS:
            continue  # "SGGP Online" over the list: a label, read as the page reads it
        found[line.number] = "related list"
        items += 1


MIN_TEASED_ITEMS = 2
_SEE_MORE = frozenset(
    {"자세히 보기", "자세히보기"}
)  # a listed item's link to its story


def _is_clutter(text: str) -> bool:
    return bool(clutter_reason(text, clutter_rules()))


def _teaser(below: list[Line | None], at: int, items: int, teased: int) -> bool:
    """A sentence right under a listed headline, with another headline right under it
    (or the page's end, where the list has teased a story before): the list's teaser of
    that story ("Latest News", three headlines, then "Canadian engineering firm … has
    bought …", then the next headline)."""
    if items < MIN_TEASED_ITEMS or at == 0 or below[at - 1] is None:
        return False
    if not any(below[at + 1 :]):
        return teased > 0  # nothing under it
    after = below[at + 1]
    return (
        after is not None
        and len(after.text.split()) <= MAX_LIST_ITEM_WORDS
        and not after.text.endswith(HEADLINE_END)
    )


_DASHED = re.compile(r"[-–•]\s+\S")


def _more_links(rest: list[Line | None]) -> bool:
    """The next line is another dashed item or an item's link: a list set apart by blank
    lines ("- 베트남 기술연수생들, …", then its address) goes on."""
    after = next((line for line in rest if line is not None), None)
    return after is not None and bool(
        _DASHED.match(after.text) or WEB_ADDRESS.fullmatch(after.text)
    )


def _box_below(
    lines: list[Line | None], index: int, what: str, found: dict[int, str]
) -> None:
    """A sign-up box or an author's card: its opening line and the lines under it, down
    to a blank line, at most a few, none of them a sentence of story length."""
    box: list[Line] = []
    for line in lines[index : index + MAX_BOX_LINES + 1]:
        if line is None:
            break
        if box and not _in_box(line, what):
            break  # story text goes on under the box
        box.append(line)
    if what == AUTHOR_CARD and not any(_FOLLOW.search(line.text) for line in box):
        return  # a byline, not a card: no followers or follow button under it
    for line in box:
        found.setdefault(line.number, what)


def _in_box(line: Line, what: str) -> bool:
    """A line of a box ends no sentence (a blurb, a count, a button), is furniture by
    itself, or, on an author's card, is a short bio."""
    text = line.text
    if not text.endswith(_SENTENCE_END) or clutter_reason(text, clutter_rules()):
        return True
    return what == AUTHOR_CARD and len(text.split()) <= MAX_BIO_LINE_WORDS


# "- Đà Nẵng: Lễ hội du lịch Golf 2023 kỳ vọng thu hút khách quốc tế": a story linked
# from the one on the page, a headline after a dash, with no stop at its end
_LINKED_ITEM = re.compile(
    r"[-–•]\s+[A-ZÀ-ỸĐ\"“](?:[^.!?;]|(?<=\d)\.(?=\d)){15,160}(?<![.!?;:,])"
)
MIN_PARAGRAPH_CHARS = 80
MIN_LINKED_ITEMS = 2
MIN_LINKED_WORDS = 5


def _after_paragraph(lines: list[Line | None], index: int) -> bool:
    """The nearest line above is a paragraph's end: the list stands inside the story."""
    above = next((line for line in reversed(lines[:index]) if line is not None), None)
    return bool(
        above
        and len(above.text) >= MIN_PARAGRAPH_CHARS
        and above.text.endswith((".", "!", "?", "”", '"'))
    )


def _dashed_links(lines: list[Line | None], index: int, found: dict[int, str]) -> None:
    """Two or more such headlines on consecutive lines, inside the story: related links."""
    run = []
    for line in lines[index:]:
        if line is None or not _LINKED_ITEM.fullmatch(line.text):
            break
        if len(line.text.split()) <= MIN_LINKED_WORDS:
            return  # a list of names or figures, the story's own
        run.append(line)
    if len(run) >= MIN_LINKED_ITEMS:
        for line in run:
            found.setdefault(line.number, "related list")


def _inline_list(lines: list[Line | None], index: int, found: dict[int, str]) -> None:
    """A box of other stories set inside the story, from its heading to ``end of list``."""
    above = lines[index - 1] if index else None
    box = [line for line in lines[index : index + MAX_LIST_BOX_LINES] if line]
    end = next(
        (n for n, line in enumerate(box) if _LIST_BOX_END.fullmatch(line.text)), None
    )
    if end is None:
        return
    if above is not None and len(above.text.split()) <= 3:
        found[above.number] = "related list"  # its heading: "Keep reading"
    for line in box[: end + 1]:
        found[line.number] = "related list"


def _block_below(
    lines: list[Line | None], index: int, what: str, found: dict[int, str]
) -> None:
    """A heading and the lines under it, down to a blank line."""
    for line in lines[index : index + MAX_BOX_LINES + 1]:
        if line is None:
            return
        found.setdefault(line.number, what)


def _summary_below(lines: list[Line | None], index: int, found: dict[int, str]) -> None:
    """``Key Points`` and the summary under it, down to a blank line; in bullet points,
    down to its last point (a line in lower case goes on with one), where the story may
    follow with no blank line between."""
    found.setdefault(lines[index].number, "summary box")  # type: ignore[union-attr]
    # "Key Points", a blank line, then its points
    first = index + 2 if lines[index + 1 : index + 2] == [None] else index + 1
    below = lines[first : first + MAX_BOX_POINTS]
    if below and below[0] is not None and _LABELLED_POINT.match(below[0].text):
        # "Data sovereignty – SK Telecom said …": points by their labels, blank lines
        # between them
        for line in below:
            if line is not None and not _LABELLED_POINT.match(line.text):
                return None
            if line is not None:
                found.setdefault(line.number, "summary box")
        return None
    if not below or below[0] is None or not _POINT.match(below[0].text):
        return _block_below(lines, index, "summary box", found)
    for line in below:
        if line is None or not (_POINT.match(line.text) or line.text[:1].islower()):
            return None
        found.setdefault(line.number, "summary box")
    return None


def _boilerplate_below(lines: list[Line | None], index: int) -> bool:
    """Under an ``About us`` heading, a few lines to the page's end, not a story section."""
    below = [line for line in lines[index + 1 :] if line is not None]
    return sum(len(line.text.split()) >= 12 for line in below) <= MAX_BOILERPLATE_LINES


def _value_below(
    lines: list[Line | None], index: int, what: str, found: dict[int, str]
) -> None:
    """The line under a label that stands above its value (``News provided by``)."""
    following = next((line for line in lines[index + 1 :] if line), None)
    if following and len(following.text.split()) <= 10:
        found[following.number] = what
