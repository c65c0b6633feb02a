"""A list the story introduces: a sentence ending in a colon ("The two sides agreed on
three steps:", "Hai bên thống nhất ba bước:", "양측은 세 가지 조치에 합의했다:") under
the story's paragraphs, then its items, each led by a dash or a bullet ("- open a joint
training centre;"). At the page's foot the items read like furniture (short lines that end
no sentence); introduced by the story, they are its last paragraphs.

A heading over other stories is no such sentence: a related list's heading ("Related
news:", "Tin liên quan:", "관련기사") or a sentence that says it in a heading's words
("Mời bạn đọc xem thêm các bài viết:", "You might also like these stories:")."""

from __future__ import annotations

import re
from functools import cache

from dossier.clean.lists import no_caption_mark
from dossier.clean.regions import region_rules
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit
from dossier.text import fold

_BULLETS = ("- ", "– ", "+ ", "• ", "→ ", "* ", "· ")
MIN_LEAD_IN_WORDS = 4  # "The steps agreed:" is a label's length; a sentence says more
MIN_LONE_LEAD_IN_WORDS = 14  # a lead-in of a paragraph's length needs none above it
# "You might also like these stories:", "Readers may like:": a heading's words that invite
# more reading in a sentence's length, besides the headings of clutter.yml (regions)
_INVITES = ("also like", "may like", "might like", "see more", "more stories")


def _item(unit: Unit) -> bool:
    return len(unit.lines) == 1 and (
        unit.text.startswith(_BULLETS) or no_caption_mark(unit.text)
    )


@cache
def _heading_words() -> re.Pattern[str]:
    """Any related list's heading, inside a longer line, as whole words."""
    rules = region_rules()
    headings = sorted(
        {*rules.list_headings, *rules.story_list_headings, *map(fold, _INVITES)},
        key=len,
        reverse=True,
    )
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, headings))})(?!\w)")


def is_lead_in(unit: Unit) -> bool:
    """A sentence of the story that ends in a colon, not a heading over other stories."""
    text = unit.text.rstrip()
    first = text.lstrip("\"“‘'(").strip()[:1]
    return (
        text.endswith((":", "："))
        and not unit.caption
        and len(text.split()) >= MIN_LEAD_IN_WORDS
        and not first.islower()
        and not first.isdigit()
        and "|" not in text
        and _heading_words().search(fold(text)) is None
    )


def in_introduced_list(units: list[Unit], index: int) -> bool:
    """The unit at ``index`` is an item of a list whose lead-in is a story sentence ending
    in a colon, right under the story's paragraphs (or itself a paragraph's length)."""
    if not _item(units[index]):
        return False
    start = index
    while start > 0 and _item(units[start - 1]):
        start -= 1
    if start < 2:
        return False
    lead = units[start - 1]
    return is_lead_in(lead) and (
        paragraph_like(units[start - 2])
        or len(lead.text.split()) >= MIN_LONE_LEAD_IN_WORDS
    )
