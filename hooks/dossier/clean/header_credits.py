"""Credits in a page's head the story's byline reading does not see.

- The date line between two copies of the headline (the page's title, then the article's
  headline a few lines under it: "Headline" / "10-05-2025 20:25" / "Headline") is the
  story's own, as one under the headline is; it is no site's clock over the menus, which
  stands above both; but a labelled posting date under the headline ("Posted on …")
  beats it: between the copies may stand an event's day.
- A name standing right over the post's date row in the page's head ("Huyền PT" /
  "2025.08.22 Thích 0 Lượt xem 521") is the post's writer, where no byline names one; it
  was dropped as a label above or under the headline. Only a writer's shape: a Vietnamese
  full name with its marks ("Nguyễn Thu Hà", "NGUYỄN THU HÀ") or a given name and its
  initials ("Huyền PT"), or a user's handle ("reader2704"); not a section ("Thời Sự"), a
  tag (a company, a person the story is about, a slug "apec2025", "covid_19"), nor anyone
  the story's text names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dossier.clean import metadata as meta
from dossier.clean.evidence import Evidence
from dossier.clean.lines import Furniture
from dossier.clean.people import is_person_name, is_writer_name
from dossier.clean.units import Unit
from dossier.model import DroppedLine
from dossier.places import is_country
from dossier.text import fold

MAX_COPY_SPAN = 8  # lines from the headline's copy above it to the headline
# a site's user name: small letters, with a digit or an underscore in it ("minh_anh",
# "reader2704"; not a word, "admin"), but no tag's slug, a word and a year or a number
# ("apec2025", "tet2024", "covid_19")
_HANDLE = re.compile(r"(?=[a-z0-9_.]*[\d_])[a-z][a-z0-9_.]{3,29}")
_SLUG = re.compile(r"(?:19|20)\d\d$|[_.]\d{1,2}$")
# a given name with its marks, then the writer's initials in capitals: "Huyền PT"
_INITIALLED = re.compile(r"[A-ZÀ-ỸĐ][a-zà-ỹđ]+\s[A-ZĐ]{1,3}")
# a Vietnamese site's sections, printed in capitals as a name in capitals is ("THỜI SỰ")
_SECTIONS = frozenset(
    (
        "thoi su",
        "kinh te",
        "xa hoi",
        "the gioi",
        "van hoa",
        "giao duc",
        "the thao",
        "phap luat",
        "du lich",
        "suc khoe",
        "giai tri",
        "doi song",
        "quoc te",
        "chinh tri",
        "cong nghe",
        "doanh nghiep",
        "bat dong san",
        "tin tuc",
        "kinh doanh",
        "goc nhin",
        "ban doc",
        "dau tu",
        "tai chinh",
        "chung khoan",
        "thi truong",
        "nong nghiep",
        "moi truong",
        "khoa hoc",
        "viec lam",
        "quan su",
        "giao thong",
        "tam su",
        "nhip song",
        "y te",
        "tin moi",
        "noi bat",
        "xe",
        "so hoa",
        "the gioi tre",
        "an ninh",
        "dia phuong",
        "chinh sach",
        "hop tac",
    )
)
MAX_CAPITALS_WORDS = 4  # a name in capitals: "THU HÀ", "NGUYỄN THỊ LAN ANH"
HEAD_LABELS = ("section label", "title line above the story")  # a head's lines, dropped


def dates_from(
    units: list[Unit], found: int | None, facts: Sequence[Furniture] = ()
) -> int:
    """The line from which a date line counts as the story's own: the headline's
    (``units[found]``), or that of its copy a few lines above it, unless a labelled
    publication date ("Posted on …") stands under the headline: the date between the
    copies may be an event's ("Forum 2024" / "May 20, 2024" / "Forum 2024")."""
    if found is None:
        return 0
    top = units[found].number
    if any(f.date and f.date_kind == "posted" and f.line > top for f in facts):
        return top
    shown = fold(" ".join(units[found].text.split()))
    for unit in units[:found]:
        if (
            top - unit.number <= MAX_COPY_SPAN
            and fold(" ".join(unit.text.split())) == shown
        ):
            return unit.number
    return top


def names_over_date(
    dropped: list[DroppedLine], evidence: Evidence, names: meta.Outlets, story: str = ""
) -> list[str]:
    """The writer named right over the post's date row in the page's head, where nothing
    else names one."""
    if evidence.authors:
        return []
    found: list[str] = []
    told = fold(" ".join(story.split()))
    for line in dropped:
        if line.reason not in HEAD_LABELS or line.line + 1 not in evidence.dated_lines:
            continue
        text = line.text.strip()
        if names.find(text) or _body(text) or fold(text) in told:
            continue
        if _HANDLE.fullmatch(text) and not _SLUG.search(text):
            found.append(text)
            continue
        if not _writer_shape(text):
            continue
        if (named := meta.byline(text, names, alone=True)) and all(
            is_person_name(name) and fold(name) not in told for name in named
        ):
            found.extend(named)
    return found


def _writer_shape(text: str) -> bool:
    """A Vietnamese full name with its marks, a name with its marks in capitals ("THU
    HÀ", no section's name), or a given name with the writer's initials ("Huyền PT")."""
    plain = " ".join(text.split())
    marked = fold(plain) != plain.casefold()
    capitals = (
        plain.isupper()
        and 2 <= len(plain.split()) <= MAX_CAPITALS_WORDS
        and all(word.isalpha() for word in plain.split())
        and fold(plain) not in _SECTIONS
    )
    return bool(
        is_writer_name(plain)
        or (marked and capitals)
        or (marked and _INITIALLED.fullmatch(plain))
    )


def _body(name: str) -> bool:
    """A body's name, no person's: the page's own over its post's date ("KOICA Vietnam" /
    "5 June 2025 at 16:02", a social page's post), by an acronym among words in small
    letters or a country's name among its words."""
    words = name.split()
    acronym = not name.isupper() and any(w.isupper() and len(w) >= 3 for w in words)
    return acronym or any(is_country(word) for word in words)
