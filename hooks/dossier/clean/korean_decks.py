"""Which line of a Korean headline block is the headline, and which its decks.

Korean dailies set a headline with one to three deck lines, over or under it, each line
alone and none a sentence ("복수비자 허용으로 탄력 받을 듯" / "관광객 300만명 돌파…46.5%↑").
The headline is the line that joins two clauses with an ellipsis ("방한…尹정부 첫
국빈방문") or carries its series' label at its end ("… 파트너 되다 [심층기획 - …]"); a
deck line states one thing, plainly. Where exactly one line of the block is so marked,
and the line the header rules chose is not, the marked line is the headline: above the
line chosen, or below it as the block's last line right over the story. A deck under
its headline often joins clauses too ("수출이 견인…전년보다 12% 늘어"), over the page's
date or byline row or right over the story when the byline stands at its foot: so a
marked line below the one chosen takes its place only where the story's first paragraph
tells what it says, not what the line chosen says (it shares at least twice as many of
the lead's word pairs, and more: "베트남 국가주석 4∼6일 방한…" over "응우옌 쑤언 푹 베트남
국가주석이 오는 4∼6일 …", under the deck "오는 5일 尹대통령과 정상회담 … 예정").
"""

from __future__ import annotations

import re

from dossier.clean.languages import HANGUL
from dossier.clean.shapes import is_headline, paragraph_like
from dossier.clean.units import Unit

# "방한…尹정부", "초청방문...\"상호": two clauses joined by an ellipsis inside the line
_JOINED = re.compile(r"[^\s.…](?:…|\.{2,3})\s?[^\s.…]")
# "… 파트너 되다 [심층기획 - 한·베트남 수교 30년]": a series' label closing the line
# (not a credit, "[사진=연합뉴스]")
_SERIES_AT_END = re.compile(r"\S\s\[[^\[\]=]{2,40}\]$")
_WORD = re.compile(r"\w+")
MAX_LINE_WORDS = 20  # a Korean headline or deck line is shorter
MAX_GAP = (
    2  # lines from one line of the block to the next: adjacent, or a blank between
)
MAX_BLOCK = 6  # lines of a headline block: the headline, decks, a label's line


def marked_headline(units: list[Unit], found: int) -> int:
    """``found``, or the one line of its Korean headline block marked as the headline
    (see the module)."""
    if _marked(units[found].text) or not _block_line(units[found]):
        return found
    top = found
    while top > 0 and found - top < MAX_BLOCK and _joins(units[top - 1], units[top]):
        top -= 1
    end = found
    while (
        end + 1 < len(units)
        and end - top < MAX_BLOCK
        and _joins(units[end], units[end + 1])
    ):
        end += 1
    marked = [i for i in range(top, end + 1) if _marked(units[i].text)]
    if len(marked) != 1 or not is_headline(units[marked[0]]):
        return found
    # a line under the one chosen is the headline only right over the story, no date or
    # byline row between, and telling the lead: a deck under its headline may join
    # clauses too
    index = marked[0]
    below = index > found and _over_story(units, found, index, end)
    return (
        index
        if index < found or (below and _tells_lead(units, found, index))
        else found
    )


def _tells_lead(units: list[Unit], found: int, index: int) -> bool:
    """The story's first paragraph, right under line ``index``, shares at least twice as
    many word pairs with it as with line ``found``, and more."""
    lead = _pairs(units[index + 1].text)
    marked, chosen = (
        len(_pairs(units[index].text) & lead),
        len(_pairs(units[found].text) & lead),
    )
    return marked > chosen and marked >= 2 * chosen


def _pairs(text: str) -> set[str]:
    """Each two letters or digits in a row inside a word ("교역액" → 교역, 역액)."""
    return {
        word[i : i + 2] for word in _WORD.findall(text) for i in range(len(word) - 1)
    }


def _over_story(units: list[Unit], found: int, index: int, end: int) -> bool:
    """The block's last line, the story's first paragraph on the line under it, and the
    lines from the one chosen down to it set line under line, no blank line between (a
    headline, a row and decks blank lines apart: the decks are the headline's)."""
    below = units[index + 1] if index + 1 < len(units) else None
    run = units[found : index + 2]
    return (
        index == end
        and below is not None
        and all(
            b.number == a.lines[-1].number + 1
            for a, b in zip(run, run[1:], strict=False)
        )
        and paragraph_like(below)
        and not is_headline(below)
    )


def _marked(text: str) -> bool:
    text = " ".join(text.split())
    return bool(_JOINED.search(text) or _SERIES_AT_END.search(text))


def _block_line(unit: Unit) -> bool:
    """A line of a headline block: one line of Korean, short, no paragraph."""
    return (
        len(unit.lines) == 1
        and bool(HANGUL.search(unit.text))
        and len(unit.text.split()) <= MAX_LINE_WORDS
        and not (paragraph_like(unit) and not is_headline(unit))
        and not unit.caption
    )


def _joins(above: Unit, below: Unit) -> bool:
    """The two units stand in one headline block."""
    close = below.number - above.lines[-1].number <= MAX_GAP
    return close and _block_line(above) and _block_line(below)
