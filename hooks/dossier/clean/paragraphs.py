"""Lines of story text → paragraphs as the outlet had them.

Outlets separate paragraphs by blank lines, by single line breaks, or hard-wrap them at a
fixed width with or without blank lines between. A run of lines is read as hard-wrapped when
its lines are about one width (in columns: Hangul takes two) and its full lines end
mid-sentence; a wrapped paragraph then ends on a short line that ends a sentence (or before
an indented one or a bullet). Otherwise each line is a paragraph, unless it plainly
runs on (it ends with a comma or dash, or the next line starts in lower case). A speaker's
label in a transcript (``REPORTER:``) always starts a paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from dossier.clean.columns import columns
from dossier.clean.korean_breaks import broken_on_particle
from dossier.clean.korean_leads import korean_lead
from dossier.clean.lines import SPEAKER, Line
from dossier.clean.open_lines import (
    abbreviation_goes_on,
    left_open,
    quoted_word_goes_on,
)
from dossier.text import words_of

SENTENCE_END = tuple('.!?…"”’)')
# a line opening with these closes what the line above began: it never starts a paragraph
_CONTINUES = (",", ";", ")", "]", "”")
_RUNS_ON = (",", ";", "—", "–", "-", "&", "/", "(")
# a line ending with one of these words runs on into the next (a wrapped headline or line)
_RUN_ON_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "and",
        "or",
        "by",
        "as",
        "its",
        "their",
        "our",
        "into",
        "than",
        "và",
        "của",
        "cho",
        "với",
        "các",
        "những",
        "là",
    }
)
# Korean adverbs that open a sentence and, printed in bold, may stand on a line of their own
_KOREAN_CONNECTIVES = frozenset(
    [
        "한편",
        "또한",
        "특히",
        "이에",
        "이어",
        "아울러",
        "하지만",
        "그러나",
        "따라서",
        "그리고",
        "게다가",
    ]
)
# a bullet a line opens with: a wrapper never breaks a line before one
_ITEM = re.compile(r"[•◦▪■□○●►▶→·]\s")
# "• …" under "• …": the same bullet opens the next item ("→ …" under one continues it)
_LISTED = re.compile(r"[•◦▪■□○●·]\s")
# "- " and "* " open an item only among others ("- …" / "- …"): alone, a dash
_DASHED = re.compile(r"[*-]\s")
# "- 시립합창단 축하 공연 및 홍보 설명회 열어 -": a deck a press release sets between dashes
# under its headline; its closing dash runs on into nothing (among other dashed lines it
# is a list's item, read with the list)
_FRAMED = re.compile(r"[-–]\s?\S.{4,}\S\s?[-–]$")
# "1. …" / "2. …": a numbered list's items, one after another
_NUMBERED = re.compile(r"(\d{1,2})[.)]\s+(?=[^\W\d_])")  # a word after the number
MAX_WRAP_WIDTH = 110
MIN_WRAP_WIDTH = (
    60  # shorter runs of lines are lists (related headlines), not wrapped text
)


def wrap_width(run: list[Line], page: tuple[int, ...] = ()) -> int | None:
    """The width a run of lines is hard-wrapped at, or None when it is not wrapped.
    ``page``: the widths of the page's lines, sorted; a wrapper wraps a whole page at
    one width, so a run is not wrapped where as many of the page's lines run far past its
    width as stand about at it, or more (a stack of subheadings of about one length over a
    story in long lines; not a wrapped story with a long caption or two)."""
    if len(run) < 3:
        return None
    lengths = [columns(line.text) for line in run]
    width = max(lengths)
    # (counted by bisection: a page may have many thousand lines and runs)
    wider = len(page) - bisect_right(page, WIDER * width)
    about = bisect_right(page, width) - bisect_left(page, FULL * width)
    if wider >= MIN_WIDER_LINES and wider >= about:
        return None
    body = lengths[:-1]
    full = [line for n, line in zip(body, run, strict=False) if n >= 0.7 * width]
    # a wrapper breaks full lines mid-sentence; a caption's or a label's open end is not
    # a wrap ("| The students … Photo by X |" over lines that each end a sentence)
    open_ended = sum(1 for line in full if not line.text.endswith(SENTENCE_END))
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    if len(full) < 0.6 * len(body) or open_ended < 0.3 * len(body):
        return None
    if any(
        n < 0.5 * width and not line.text.endswith(SENTENCE_END)
        for n, line in zip(body, run, strict=False)
    ):
        return (
            None  # a short line that ends no sentence: a heading or label, not a wrap
        )
    return width


# "… 기념촬영하고 있다./봉화군": a caption's sentence, its credit after a slash
_CREDITED_END = re.compile(r"[.!?]\s?/\s?[^\s/]{2,15}$")


def starts_paragraph(
    line: Line, previous: Line, width: int | None, listed: bool = False
) -> bool:
    """Whether ``line`` opens a paragraph under ``previous``; ``listed``: it is one of
    a list's dashed or numbered items ("- …" over or under another, "2. …" under "1. …")."""
    # "- 세탁기 …", "2. …": a list's item; "◀ SYNC ▶ …": a script's turn, and the
    # narration under a soundbite's turn that ended its quoted words
    quoted = previous.text.startswith("◀") and previous.text.endswith(("″", "”", '"'))
    if SPEAKER.match(line.text) or listed or line.text.startswith("◀") or quoted:
        return True
    if width is not None:
        if _ITEM.match(line.text):
            return True  # "• …": a list's item
        ended = previous.text.endswith(SENTENCE_END) or bool(
            _CREDITED_END.search(previous.text)
        )
        # a wrapper fills each line: had the next word fitted after the full stop, the
        # line broke there because the paragraph did
        first = line.text.split(" ", 1)[0]
        filled = columns(previous.text)
        room = filled + 1 + columns(first) <= width
        return ended and (line.indented or filled < 0.8 * width or room)
    if _LISTED.match(line.text) and line.text[0] == previous.text[:1]:
        return True  # "• Tham quan …," / "• Trải nghiệm …": the next item of a list
    if previous.text.endswith(_RUNS_ON):
        return False
    if line.text.startswith(_CONTINUES) and not previous.text.endswith(SENTENCE_END):
        return False  # "”, Tổng thư ký nói": the close of the sentence above
    if previous.text.rsplit(" ", 1)[-1] in _RUN_ON_WORDS:
        return False
    if left_open(previous.text, line.text):
        return False  # "… announced that since" / "2019, around …"
    if previous.text.rstrip(",") in _KOREAN_CONNECTIVES:
        return False  # "한편" set on a line of its own, over the sentence it opens
    if _broken_korean(previous.text, line.text):
        return False  # "… 진출 활로" / "개척도 지원한다.": one sentence broken in two
    if broken_on_particle(previous.text, line.text):
        return False  # "… 지분 9.5%를" / "… 매입했다.": left on a particle
    if _wrapped_korean_headline(previous.text, line.text):
        return False  # "… <교류사업>으로" / "한국 청년 공무원 15명 방문": one headline
    if quote_wrapped(previous.text, line.text):
        return False  # "“한국 진출 기업이 …" / "… 사전준비 필수”": one quoted headline
    if _open_korean_lead(previous.text):
        return False  # "[한빛일보 = 김철수 기자] 전라남도가 … 출발하는" / "정기 항공편이 …"
    if not line.text[:1].islower():
        return True
    return (
        previous.text.endswith(SENTENCE_END)
        and not _bracket_goes_on(previous.text, line.text)
        and not quoted_word_goes_on(previous.text, line.text)
        and not abbreviation_goes_on(previous.text, line.text)
    )


# words a sentence goes on with after a bracket: "… (M.O.U)" / "between the …"
_GOING_ON = frozenset(
    words_of(
        "and or but of to in for with between which that who as on at from by than while"
    )
)


def _bracket_goes_on(above: str, below: str) -> bool:
    """ "… the 2nd ODA (official development assistance)" / "assistant country for …": a
    bracket of words in lower case closed inside the sentence, or one the line below goes
    on from with a joining word; not a credit ("(Yonhap)", "(Photo: SM Entertainment)") over
    a brand in lower case ("aespa will …")."""
    inside = re.search(r"\(([^()]*)\)$", above)
    if not inside:
        return False
    words = inside[1].split()
    lower = bool(words) and all(w[:1].islower() for w in words)
    return lower or below.split(" ", 1)[0] in _GOING_ON


MIN_BROKEN_KOREAN = 30  # characters of a long line left open mid-sentence
MAX_KOREAN_TAIL = 20  # characters of the sentence's end on the next line
MIN_OPEN_KOREAN = 20  # characters of a line left open on a particle or connective
_SUBJECT_END = re.compile(
    r"[\uac00-\ud7a3]{2}[이가]$"
)  # "… 협력이": a subject, its verb below


HANGUL_END = re.compile(r"[\uac00-\ud7a3]$")
# a word with its topic or subject particle opens a sentence: "행사는 10일 열린다."
_OPENS_SENTENCE = re.compile(r"[\uac00-\ud7a3]{2,}(?<![있하되없])(?:은|는)\s")
# a line left open on a connective ending goes on, whatever opens the next
CONNECTIVE_END = re.compile(
    r"(?:고|며|의|을|를|와|과|에|로|서|해|한|된|인|할|될|던|는)$"
)


# a particle no headline ends on: it ties its word to what the next line says (not
# "의", "과", "을", which end nouns too: "협의", "결과", "마을"; after a bracket or a
# quote, any particle)
_PARTICLE_END = re.compile(
    r"[\uac00-\ud7a3](?:으로|에서|에게|를)$|[>)』」’”'\"](?:으로|로|와|과|의|을|를|에)$"
)
MAX_HEADLINE_LINE = 40  # characters of each line of a headline the page wrapped


def _wrapped_korean_headline(above: str, below: str) -> bool:
    """A short Korean line left on a particle over a short line that ends no sentence:
    a headline the page broke in two."""
    return (
        len(above) <= MAX_HEADLINE_LINE
        and len(below) <= MAX_HEADLINE_LINE
        and _PARTICLE_END.search(above) is not None
        and HANGUL_END.search(below) is not None
        and not below.startswith(("-", "*", "•", "▲", "◆", "■"))
    )


MAX_QUOTED_LINE = 60  # characters of each line of a quoted headline the page wrapped


def quote_wrapped(above: str, below: str) -> bool:
    """A short line that opens a quote it does not close over a short line that closes
    it: one quote, a headline's, broken in two."""
    return (
        len(above) <= MAX_QUOTED_LINE
        and len(below) <= MAX_QUOTED_LINE
        and above.count("“") > above.count("”")
        and below.count("”") > below.count("“")
    )


def _open_korean_lead(text: str) -> bool:
    """A Korean story's first line, its paper and reporter before it, left open on a
    connective ending: the lead's sentence goes on below, however long."""
    return (
        text[:1] in "[【("
        and CONNECTIVE_END.search(text) is not None
        and korean_lead(text) is not None
    )


def _broken_korean(above: str, below: str) -> bool:
    """A long Korean line left open mid-sentence over a short line that only ends it:
    the page broke one sentence (a headline over its lead is short, the lead long; a
    subheading stands over a sentence of its own, which names its subject)."""
    # a line left on a connective ending or a subject particle ("… 협력이" / "더욱
    # 활발해지길 희망해본다.") is open from a shorter length
    opened = CONNECTIVE_END.search(above) or _SUBJECT_END.search(above)
    return (
        len(above) >= (MIN_OPEN_KOREAN if opened else MIN_BROKEN_KOREAN)
        and HANGUL_END.search(above) is not None
        and len(below) <= MAX_KOREAN_TAIL
        and below.endswith("다.")
        and (CONNECTIVE_END.search(above) or not _OPENS_SENTENCE.match(below))
    )


WIDER = 1.5  # times a run's width: a line no wrapper at that width leaves
FULL = 0.7  # times a run's width: a line the wrapper filled
MIN_WIDER_LINES = 2


def paragraphs(run: list[Line], page: tuple[int, ...] = ()) -> list[list[Line]]:
    """The paragraphs of a run of consecutive story lines (``page``: the widths of the
    page's lines, sorted)."""
    width = wrap_width(run, page)
    if width is None and (labels := _labels_in_wrap(run)):
        # a hard-wrapped story with a caption's or a heading's short line inside it
        found: list[list[Line]] = []
        start = 0
        for index in labels:
            found += paragraphs(run[start:index], page) if index > start else []
            found.append([run[index]])
            start = index + 1
        return found + (paragraphs(run[start:], page) if start < len(run) else [])
    if width is None and _wrapped_pair(run):
        return [run]
    dashed = [bool(_DASHED.match(line.text)) for line in run]
    items = {  # another item within three lines, or a colon introducing the list
        i
        for i, dash in enumerate(dashed)
        if dash
        and (
            any(dashed[max(0, i - 3) : i])
            or any(dashed[i + 1 : i + 4])
            or (i and run[i - 1].text.endswith((":", ";")))
        )
    }
    items |= _numbered_items(run)
    found: list[list[Line]] = []
    for index, line in enumerate(run):
        # (not over a line opening in small letters: "- along with … -" / "agreed to
        # …" is a sentence's aside, no deck)
        listed = index in items or (
            index > 0
            and index - 1 not in items
            and bool(_FRAMED.match(run[index - 1].text))
            and not line.text[:1].islower()
        )
        if found and not starts_paragraph(line, found[-1][-1], width, listed):
            found[-1].append(line)
        else:
            found.append([line])
    return found


def _numbered_items(run: list[Line]) -> set[int]:
    """The lines that are items of a numbered list: each numbered one more than an item
    within the three lines above it, or one less than one below ("1. …;" / "2. …;"), a
    word after each number, the line above the list ending."""
    numbers = [
        int(match[1]) if (match := _NUMBERED.match(line.text)) else None for line in run
    ]
    items = {
        i
        for i, n in enumerate(numbers)
        if n is not None
        and (n - 1 in numbers[max(0, i - 3) : i] or n + 1 in numbers[i + 1 : i + 4])
    }
    # the first item under a line that ends: a list's opening, not a wrapped sentence's
    # line ("… rose from" / "1. 8 million …")
    first = min(items, default=0)
    if first and not run[first - 1].text.endswith((":", ";", *SENTENCE_END)):
        return set()
    return items


# a Korean line broken by hand mid-sentence, on a connective ending or a particle ("…
# 여행사를 통해" / "항공권 구매가 … 됐다."), may leave the last line a little longer than
# the first (not a heading ending in a noun: "… 모집 나서는 한빛시")
PAIR_SLACK = 1.15


def _wrapped_pair(run: list[Line]) -> bool:
    """Two lines, a full one that ends no sentence over a shorter one that ends it: one
    paragraph hard-wrapped (too short a run for ``wrap_width`` to tell)."""
    if len(run) != 2:
        return False
    first, second = run[0].text, run[1].text
    return (
        MIN_WRAP_WIDTH <= columns(first) <= MAX_WRAP_WIDTH
        and not first.endswith(SENTENCE_END)
        and not _CREDITED_END.search(first)
        and second.endswith(SENTENCE_END)
        and columns(second)
        <= (PAIR_SLACK if CONNECTIVE_END.search(first) else 1) * columns(first)
        and not SPEAKER.match(second)
    )


MIN_WRAPPED_RUN = 6


def _labels_in_wrap(run: list[Line]) -> list[int]:
    """Short lines that end no sentence inside a run that, without them, is hard-wrapped
    (no blank line on the page, so headings and captions sit among the wrapped lines)."""
    if len(run) < MIN_WRAPPED_RUN:
        return []
    width = max(columns(line.text) for line in run)
    labels = [
        index
        for index, line in enumerate(run)
        if columns(line.text) < 0.5 * width
        and not line.text.endswith(SENTENCE_END)
        and (index + 1 == len(run) or not run[index + 1].text[:1].islower())
    ]
    chosen = set(labels)
    rest = [line for index, line in enumerate(run) if index not in chosen]
    return labels if labels and wrap_width(rest) is not None else []
