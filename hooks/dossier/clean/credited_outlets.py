"""An outlet a page names only in a picture's credit ("… — Photo example.vn", "… - Ảnh:
Báo Mẫu"): where the picture came from, not who published the page. On a page whose
address names its site, the site is the outlet (``site_names.named_site``). A network's
name, or an outlet named only in its reporters' mail addresses, gives way to the listed site
the page is on (``carried``), unless that site is a network or a portal reposting others."""

from __future__ import annotations

import re

from dossier.clean.bylines import MAIL
from dossier.clean.evidence import CARRIERS
from dossier.clean.metadata import Outlets
from dossier.clean.photo_credits import credit_of
from dossier.clean.run_patterns import RunPattern
from dossier.text import fold


def _spellings(outlet: str, names: Outlets) -> re.Pattern[str]:
    """The outlet's spellings outlets.yml lists (and its own), whole, in folded text, or
    with a date glued after one ("by VNA31 May 2023", "VNA31/5/2023"); another figure
    glued after it makes another word ("AP1000", a reactor; "KBS2", a channel)."""
    spelt = {fold(outlet)} | {
        key for key, name in names.names.items() if name == outlet
    }
    longest = sorted(filter(None, spelt), key=len, reverse=True)
    return re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, longest)) + r")(?:(?!\w)|" + _DATE + ")"
    )


# a date glued after a name: "31 may 2023", "31/5/2023" (in folded text)
_DATE = r"(?=\d{1,2}(?:\s+[a-z]{3,9}\.?,?\s+|[/.-]\d{1,2}[/.-])\d{4}(?!\d))"


MIN_STORY_WORDS = 12  # a line of the story's text, not a menu's, a footer's


def only_in_credits(
    outlet: str, text: str, names: Outlets, on_listed_site: bool = False
) -> bool:
    """``outlet`` is named in a picture's credit and nowhere else in ``text``: a credit
    with the story going on after it. The tag that closes a wire's copy ("… on Monday.
    (Yonhap)", no story line after it) names the story's source, no picture's, and so
    does a line that is only a source's credit set off under the story's last paragraph
    (``_closes_story``), unless the page is on a listed outlet's own site."""
    spelt = _spellings(outlet, names)
    credited: bool | None = False
    lines = text.splitlines()
    for at, line in enumerate(lines):
        credit = credit_of(line)
        rest = line[: len(line) - len(credit)]
        if spelt.search(fold(rest)):
            return False
        if credited is False and credit and spelt.search(fold(credit)):
            above, below = lines[:at], lines[at + 1 :]
            if not on_listed_site and _closes_story(above, rest, credit, below):
                return False
            credited = None  # a credit, if the story goes on
        elif credited is None and len(line.split()) >= MIN_STORY_WORDS:
            credited = True
    return bool(credited)


def _closes_story(above: list[str], rest: str, credit: str, below: list[str]) -> bool:
    """A line that is only a source's credit ("(Source: X)", "Nguồn: X") closes the
    story when a blank line sets it off from the nearest line above, that line is a
    story paragraph, not a caption (a caption stands right over its credit), and no
    story line comes next (a picture with no caption, a chart or a quote box between
    paragraphs is credited so too)."""
    if rest.strip() or not _SOURCE_LINE.match(credit) or not above or above[-1].strip():
        return False
    written = [line for line in above if line.strip()]
    after = next((line for line in below if line.strip()), "")
    return (
        bool(written)
        and len(written[-1].split()) >= MIN_STORY_WORDS
        and len(after.split()) < MIN_STORY_WORDS
    )


# a source's credit, by its label: "(Source: X)", "Nguồn: X"
_SOURCE_LINE = re.compile(r"\(?\s*(?i:source|nguồn)\s?:")


# a mail address, where a site's name may stand in text: "jroe@example.com"
_MAIL = RunPattern(MAIL, r"[\w.+-]")
# listed outlets whose sites carry other outlets' stories with their reporters' mail
# addresses: a network, a government's portal reposting papers' copy
_REPOSTING = CARRIERS | {"Korea.net"}


def carried(outlet: str, own: str, text: str, names: Outlets) -> bool:
    """``outlet`` gives way to ``own``, the listed site the page is on: a network carrying
    its members' stories, or an outlet the text names only in its reporters' mail
    addresses ("By Jane Roe (jroe@example.com)": a group's mail, which its papers share),
    unless the site itself carries others' stories (the mail's outlet wrote it)."""
    if outlet in CARRIERS:
        return True
    if own in _REPOSTING:
        return False
    spelt = _spellings(outlet, names)
    return spelt.search(fold(text)) is not None and not spelt.search(
        fold(_MAIL.sub(" ", text))
    )
