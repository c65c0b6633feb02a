"""A list the story introduces: a sentence ending in a colon ("The two sides agreed on
three steps:", "Hai bên thống nhất ba bước:", "양측은 세 가지 조치에 합의했다:") under
the story's paragraphs, then its items, each led by a dash or a bullet ("- open a joint
training centre;"). At the page's foot the items read like furniture (short lines that end
no sentence); introduced by the story, they are its last paragraphs.

Only a sentence about the story's matter leads such a list. A heading over other stories
is none: a related list's heading opening the line ("Related news:", "Tin liên quan:",
"관련기사") or its words anywhere ("You might also like these stories:"); nor is the site
speaking of itself: to its readers ("Contact us …:", "Bạn đọc quan tâm …:"), of its own
stories, authors and topics ("Other articles by the same author:", "이 기자의 다른 기사"),
of its services, app and channels, or under its own name ("The Korea Herald offers …:").
Items that are contact data ("- Email: …", "- Hotline: 1900 1234") or platforms ("- App
Store") make no story's list either."""

from __future__ import annotations

import re
from functools import cache

from dossier.clean import metadata as meta
from dossier.clean.lists import BULLETS, PARAGRAPH_WORDS, no_caption_mark
from dossier.clean.regions import region_rules
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit
from dossier.text import fold

MIN_LEAD_IN_WORDS = 4  # "The steps agreed:" is a label's length; a sentence says more
# "You might also like these stories:", "Readers may like:": a heading's words that invite
# more reading in a sentence's length, besides the headings of clutter.yml (regions)
_INVITES = ("also like", "may like", "might like", "see more", "more stories")
# the site speaking to its readers or of its own pages, contacts, services, app and
# channels (folded: "bạn đọc" is "ban doc"); Korean words stand inside longer ones
_SITE_WORDS = re.compile(
    r"(?<!\w)(?:us|our|you|your|readers?|stories|articles?|coverage|author|reporter"
    r"|reports|topics|contact|services|apps?|channels?|ban doc|(?:quy )?doc gia"
    r"|chung toi|bai viet|tin bai|chu de|lien he|dich vu|ung dung)(?!\w)"
    r"|독자|기사|기자|문의|채널|sns"
)
# an item that is contact data or a platform: an address, a number, a labelled contact
_CONTACT_ITEM = re.compile(
    r"@|https?://|www\.|\d(?:[\s.()+-]*\d){7}"
    r"|(?<!\w)(?:e-?mail|hotline|phone|tel|fax|dien thoai|twitter)\s*:"
    r"|(?<!\w)(?:app store|google play)(?!\w)"
)


def _item(unit: Unit) -> bool:
    return len(unit.lines) == 1 and (
        unit.text.startswith(BULLETS) or no_caption_mark(unit.text)
    )


@cache
def _heading_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A related list's heading opening a line, and the words inviting more reading
    anywhere in it."""
    rules = region_rules()
    headings = sorted(
        {*rules.list_headings, *rules.story_list_headings}, key=len, reverse=True
    )
    opening = re.compile(rf"(?:{'|'.join(map(re.escape, headings))})(?!\w)")
    invites = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, _INVITES))})(?!\w)")
    return opening, invites


def introduces(lead: str, items: list[str], names: meta.Outlets) -> bool:
    """``lead`` introduces ``items`` as a story's list: a lead-in of the story, the items
    none of them contact data nor a platform."""
    return is_lead_in(lead, names) and not any(
        _CONTACT_ITEM.search(fold(item)) for item in items
    )


def is_lead_in(text: str, names: meta.Outlets) -> bool:
    """A sentence of the story that ends in a colon, not a heading over other stories
    nor the site speaking of itself."""
    text = text.rstrip()
    first = text.lstrip("\"“‘'(").strip()[:1]
    folded = fold(text)
    opening, invites = _heading_words()
    return (
        text.endswith((":", "："))
        and len(text.split()) >= MIN_LEAD_IN_WORDS
        and not first.islower()
        and not first.isdigit()
        and "|" not in text
        and opening.match(folded.lstrip("\"“‘'( ")) is None
        and invites.search(folded) is None
        and _SITE_WORDS.search(folded) is None
        and not (names.mention and names.mention.search(folded))
    )


def introduced_items(units: list[Unit], names: meta.Outlets) -> set[int]:
    """The indexes of the items of every list whose lead-in is a story sentence ending in
    a colon, right under the story's paragraphs (or itself a paragraph's length), its
    items none of them contact data; read once for the page."""
    found: set[int] = set()
    index = 0
    while index < len(units):
        if not _item(units[index]):
            index += 1
            continue
        start = index
        while index < len(units) and _item(units[index]):
            index += 1
        if start >= 2 and _introduces(units, start, index, names):
            found.update(range(start, index))
    return found


def _introduces(units: list[Unit], start: int, end: int, names: meta.Outlets) -> bool:
    lead = units[start - 1]
    return (
        not lead.caption
        and introduces(lead.text, [unit.text for unit in units[start:end]], names)
        and (
            paragraph_like(units[start - 2])
            or len(lead.text.split()) >= PARAGRAPH_WORDS
        )
    )
