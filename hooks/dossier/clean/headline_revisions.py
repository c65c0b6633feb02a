"""Second thoughts on the headline the header rules chose, by how outlets lay out the
head of a page (kicker, headline, date or byline row, deck, story):

- no headline at all where the line chosen is page furniture no outlet prints as one: a
  credit in brackets ("(Example Bank)"), a template's label in lower case ("detail
  post"), a picture's scene ("At the event"), a caption with its picture's credit ("…
  Air Example. Ảnh tư liệu: X/Y"), a Korean deck led by a dash ("–연말까지 …"), a
  broadcast script's cue ("【 앵커멘트 】");
- the page's first line where the line chosen is a deck under the date row: "Headline" /
  "• 입력 2016년 …" / "댓글" / "Deck" / the story;
- the headline under a section's name of two parts ("Sự kiện & Bình luận" / "Headline"
  / the byline);
- the line of a Korean headline block marked as its headline (``korean_decks``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dossier.clean import metadata as meta
from dossier.clean.dated_headlines import title_case
from dossier.clean.korean_decks import marked_headline
from dossier.clean.languages import HANGUL
from dossier.clean.shapes import is_headline, paragraph_like
from dossier.clean.units import Unit
from dossier.text import fold

Strong = Callable[[str], bool]  # reads as a headline, not a label or a strip


def revised(
    units: list[Unit], found: int | None, dated: frozenset[int], strong: Strong
) -> int | None:
    """The headline's index once the page's layout is read again (see the module)."""
    if found is None:
        return None
    if no_headline(units[found].text):
        # a credit in brackets over the story is its picture's, no paragraph of it
        units[found].caption |= bool(_BRACKETED.fullmatch(units[found].text.strip()))
        return None
    if (under := _under_section_pair(units, found, strong)) is not None:
        return under
    return marked_headline(units, _over_date_row(units, found, dated, strong))


# "(Example Bank)": a credit or a source in brackets, whole
_BRACKETED = re.compile(r"\([^()]{1,60}\)")
# "【 앵커멘트 】", "【 기자 】": a broadcast script's cue for who speaks next (not a
# headline set whole in such brackets, "【한-베 정상회담, … 합의】")
_CUE = re.compile(r"【\s*[가-힣]{1,6}(?:\s[가-힣]{1,6})?\s*】")  # a word or two
# "detail post", "read more": a template's label, in lower case (Latin letters only)
_LOWER_LABEL = re.compile(r"[a-z]+(?: [a-z]+){0,2}")
# "At the event", "At the signing ceremony": where the picture was taken, no more
_SCENE = re.compile(r"(?:At|During) the(?: [a-z-]+){1,3}")
# "… Air Example. Ảnh tư liệu: Yonhap/VNA", "… in Seoul. Photo: X": a caption's credit
# after its full stop
_CREDITED_CAPTION = re.compile(
    r"(?<=[.!?])\s(?i:ảnh|photo|file photo)(?:\s(?i:tư liệu|minh họa))?\s?:\s?\S"
)
MAX_CREDITED_TAIL = 40  # characters of the credit after the caption's stop
# "–10월까지 3억달러 수출": a Korean deck led by a dash, its headline not in the copy
_DASHED_KOREAN = re.compile(r"[-–—]\s*(?=[\w(])")


def no_headline(text: str) -> bool:
    """A line the header rules may take for want of a better one, though no outlet
    prints it as a headline (see the module)."""
    text = " ".join(text.split())
    if (
        _BRACKETED.fullmatch(text)
        or _LOWER_LABEL.fullmatch(text)
        or _CUE.fullmatch(text)
    ):
        return True
    if _SCENE.fullmatch(text):
        return True
    credit = _CREDITED_CAPTION.search(text[-MAX_CREDITED_TAIL - 20 :])
    if credit and "http" not in text:
        return True
    return bool(_DASHED_KOREAN.match(text) and HANGUL.search(text))


# "Sự kiện & Bình luận", "Politics & Diplomacy": a section's name of two parts
_SECTION_PAIR = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)? & [^\W\d_]+(?: [^\W\d_]+)?")


def _under_section_pair(units: list[Unit], found: int, strong: Strong) -> int | None:
    """The unit under ``found`` when ``found`` is a section's name of two parts and the
    unit under it a headline over the story (a byline or date row between at most)."""
    if not _SECTION_PAIR.fullmatch(" ".join(units[found].text.split())):
        return None
    below = found + 1
    if below >= len(units):
        return None
    unit = units[below]
    headline = (
        len(unit.lines) == 1
        and is_headline(unit)
        and not paragraph_like(unit)
        and strong(unit.text)
    )
    return below if headline else None


MAX_ROWS = 4  # units of date, byline, page number and tools under the headline
MAX_DECKS = 2  # deck lines between the rows and the story
MAX_SITE_WORDS = 6  # a site's name over its crumbs ("Miền Biển 9 Online")
STORY_UNITS = 3  # paragraphs whose words the headline shares


def _over_date_row(
    units: list[Unit], found: int, dated: frozenset[int], strong: Strong
) -> int:
    """0 when the page opens on a headline, a row or two of the page's date, byline or
    tools under it (no headline among them, a date in them), then ``found`` and at most
    one more deck line right over the story: "LG전자, 베트남에 공장" / "입력 2016년 4월 7일"
    / "댓글" / "1200억 투입… 하반기 가동" / the story. The first line names what the story
    tells (a site's name over the date does not)."""
    if found < 2:
        return found
    top, rows = units[0], units[1:found]
    shaped = (
        top.number <= 2
        and len(top.lines) == 1
        and is_headline(top)
        and strong(top.text)
        and len(rows) <= MAX_ROWS
        and all(len(u.lines) == 1 and not strong(u.text) for u in rows)
        # "Section > Subsection" right under a short top line: the site's name over its
        # crumbs, the headline below (crumbs further down, in the date row, are no sign)
        and not (
            len(top.text.split()) <= MAX_SITE_WORDS and _CRUMBS.search(rows[0].text)
        )
    )
    if not shaped:
        return found
    first, last = top.number, units[found].number
    dated_between = any(first < line < last for line in dated) or any(
        meta.find_date(u.text) for u in rows
    )
    story = next((i for i in range(found, len(units)) if _story(units[i])), len(units))
    decks = units[found:story]
    deck_shaped = (
        story < len(units)
        and 1 <= len(decks) <= MAX_DECKS
        and all(len(u.lines) == 1 and strong(u.text) for u in decks)
        # a deck is written as a sentence; a line in title case under the row is the
        # headline, the top line a release's or an office's name ("… Press Release")
        and not any(title_case(u.text) for u in decks)
        and not meta.ORGANIZATION.search(top.text)
    )
    if not (dated_between and deck_shaped):
        return found
    told = " ".join(u.text for u in units[story : story + STORY_UNITS])
    return 0 if _shares_a_word(top.text, told) else found


_CRUMBS = re.compile(r"\S\s+[>»›]\s+\S")


def _story(unit: Unit) -> bool:
    return paragraph_like(unit) and not is_headline(unit)


# words any story about the two countries shares with a site's name
_COMMON = frozenset(
    ("korea", "korean", "vietnam", "vietnamese", "news", "한국", "베트남", "뉴스")
)
_WORD = re.compile(r"[^\W_]+")


def _shares_a_word(top: str, story: str) -> bool:
    """A word of the first line (of two syllables or more in Korean, four letters or
    more otherwise) that the story's opening also has."""
    story = fold(story)
    words = {
        w
        for w in _WORD.findall(fold(top))
        if len(w) >= (2 if HANGUL.search(w) else 4) and w not in _COMMON
    }
    return any(w in story for w in words)
