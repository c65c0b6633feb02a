"""The page's first line as its headline, over a deck the header rules would take instead:
an archive copy that opens on the headline, a blank line, then a longer line in sentence
case that tells the story in brief, then the story itself ("POSCO's Bridgehead in
Vietnam" / "Giant steel maker launches building cold-rolled steel plant near …" / "P0SCO
launched …"); and the whole headline over a copy of it broken in two, one half taken.
"""

from __future__ import annotations

import re

from dossier.clean.byline_decks import over_deck_and_byline
from dossier.clean.lines import HANGUL, strip_label
from dossier.clean.shapes import is_headline, paragraph_like
from dossier.clean.tool_rows import over_tools
from dossier.clean.units import Unit
from dossier.text import fold

MAX_BETWEEN = 1  # units between the headline and its deck: a picture's credit
MIN_HEADLINE_WORDS = 3


def over_deck(
    units: list[Unit],
    chosen: int,
    strong: list[int],
    dated: frozenset[int] = frozenset(),
    byline_at: int | None = None,
) -> int:
    """0 when the page's first line is a headline and ``chosen``, a few units below it
    with the story right under it (no date line, ``dated``, nor byline between), reads
    as its deck; else ``chosen``."""
    if (whole := unbroken(units, chosen)) != chosen:
        return whole
    if _cut_copy(units, chosen):
        return chosen + 1  # "ADB, Korean firms work" / "[INTERVIEW] ADB, … in Vietnam"
    if (headline := over_deck_and_byline(units, chosen, strong, byline_at)) is not None:
        return headline  # "Headline" / "A longer deck" / "By X"
    if (headline := over_tools(units, chosen, strong)) is not None:
        return headline  # "Headline" / "댓글 0" / "주소복사" / "Deck"
    if not (chosen > 0 and strong and strong[0] == 0):
        return chosen
    top, deck = units[0], units[chosen]
    if not (top.number == 1 and len(top.lines) == 1 and top.alone and is_headline(top)):
        return chosen
    if _over_row_and_decks(units, chosen, strong):
        return 0
    if chosen > 1 + MAX_BETWEEN:
        return chosen
    between = units[1:chosen]
    if any(is_headline(u) or paragraph_like(u) for u in between):
        return chosen  # a second headline-like line, or story, between them
    below = units[chosen + 1] if chosen + 1 < len(units) else None
    if below is None or not paragraph_like(below):
        return chosen  # a heading or a label under it
    if (
        byline_at is not None
        and byline_at < below.number
        or any(deck.number < line < below.number for line in dated)
    ):
        return chosen  # a date or byline under it: a headline's place
    words, top_words = len(deck.text.split()), len(top.text.split())
    story = " ".join(u.text for u in units[chosen : chosen + 1 + MAX_STORY_UNITS])
    return (
        0
        if _deck_like(deck.text)
        and words > top_words >= MIN_HEADLINE_WORDS
        # a deck's length, or a shorter line under a first line naming the story
        and (words >= MIN_DECK_WORDS or _shares_a_word(top.text, story))
        else chosen
    )


MIN_DECK_WORDS = 12  # a sentence-case headline is mostly shorter
MAX_STORY_UNITS = 3  # the story's opening paragraphs, where a headline's words recur
# words a site's name shares with any story about the two countries
_COMMON = frozenset(
    ("korea", "korean", "koreans", "vietnam", "vietnamese", "viet", "news", "asia")
)


def _content_words(text: str) -> set[str]:
    """Words of four letters or more, folded, without a possessive ("POSCO's" → posco)."""
    words = (re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’-]+", fold(text)))
    return {w for w in words if len(w) >= 4 and w not in _COMMON}


def _shares_a_word(top: str, story: str) -> bool:
    """The first line names what the deck and story tell ("POSCO's Bridgehead in
    Vietnam" over a story about POSCO), as a site's name over a short headline in
    sentence case does not ("Voices of the Mekong Delta" over "Korean lenders step up
    loans to exporters" over a story of banks)."""
    return bool(_content_words(top) & _content_words(story))


def unbroken(units: list[Unit], chosen: int) -> int:
    """The headline shown whole above a copy of it broken over two units, ``chosen`` one
    half of them: "KIST-KOICA, VKIST … 착공식 개최, 文 대통령 참석" over "KIST-KOICA,
    VKIST …" / "착공식 개최, 文 대통령 참석" (its quotes and spaces aside)."""
    for first in (chosen - 1, chosen):
        if first < 1 or first + 1 >= len(units):
            continue
        halves = _key(units[first].text), _key(units[first + 1].text)
        if not all(halves):
            continue
        joined = "".join(halves)
        for index in range(first):
            if _key(units[index].text) == joined:
                return index
    return chosen


def _cut_copy(units: list[Unit], chosen: int) -> bool:
    """``chosen`` is the start of the headline-like line right under it, its series'
    label aside: a copy of the headline cut short over the headline whole ("ADB,
    Korean firms work" / "[INTERVIEW] ADB, Korean firms work toward … in Vietnam")."""
    if chosen + 1 >= len(units) or not is_headline(units[chosen + 1]):
        return False
    whole, label = strip_label(units[chosen + 1].text)
    cut, whole = fold(units[chosen].text), fold(whole)
    rest = whole[len(cut) :]
    # not the headline with its date and views after it ("… (VKFTA) 29/07/2015 …"), nor
    # a headline a blank line over a standfirst that opens with its words: the copy
    # stands right over the whole, or the whole bears its series' label
    adjacent = units[chosen + 1].number == units[chosen].lines[-1].number + 1
    return (
        (bool(label) or adjacent)
        and len(cut.split()) >= MIN_HEADLINE_WORDS
        and whole.startswith(f"{cut} ")
        and not any(c.isdigit() for c in rest)
    )


def dated_twice(units: list[Unit], twice: list[int], dated: frozenset[int]) -> int:
    """Of the lines the header shows twice (``twice``), the last over the date line (a
    blank line between at most), else the last: "[칼럼] Headline" twice over "기사승인
    2023. 06. 26." above a columnist's picture captioned twice ("이혁 전 주베트남 대사")."""
    over = [
        i
        for i in twice
        if {units[i].lines[-1].number + 1, units[i].lines[-1].number + 2} & dated
    ]
    return over[-1] if over else twice[-1]


def _key(text: str) -> str:
    return _MARKS.sub("", fold(text))


_MARKS = re.compile(r"[\W_]+")
MAX_ROW_WORDS = 8
MIN_DECKS = 2  # under a headline with no row between
MAX_AFTER_DECK = 3  # the story, past a further deck or a picture's caption


def _over_row_and_decks(units: list[Unit], chosen: int, strong: list[int]) -> bool:
    """A Korean headline, a row of its section, byline or date under it, then the decks
    (``chosen`` among them, a picture's caption after them at most) over the story: "베트남
    스마트시티 개발 한국이 돕는다" / "사회 | 입력" / "베트남 63개 지방 정부 가운데 …" /
    the story; or, with no row, two decks or more right under it."""
    row = units[1]
    story = next((i for i in range(2, len(units)) if _story(units[i])), None)
    has_row = (
        1 not in strong
        and len(row.lines) == 1
        and len(row.text.split()) <= MAX_ROW_WORDS
        and not paragraph_like(row)
    )
    first_deck = 2 if has_row else 1
    decks = [i for i in range(first_deck, (story or 0)) if i in strong]
    return (
        chosen >= 2
        and HANGUL.search(units[0].text) is not None
        and (has_row or len(decks) >= MIN_DECKS)
        and all(i in strong for i in range(first_deck, chosen + 1))
        and story is not None
        and chosen < story <= chosen + MAX_AFTER_DECK
    )


def _story(unit: Unit) -> bool:
    """Story text, where a header ends (a headline-like line may read as a sentence)."""
    return paragraph_like(unit) and not is_headline(unit)


def _deck_like(text: str) -> bool:
    """A sentence in sentence case (most longer words in lower case), not a title-case
    headline; not Korean, which has no capitals to tell them by."""
    if HANGUL.search(text):
        return False
    words = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].islower() for w in words) > len(words) / 2
