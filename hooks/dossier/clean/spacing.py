"""Pages set double-spaced: a blank line after every line of text, two between
paragraphs. There a single blank line is the page's wrap, not a paragraph's end."""

from __future__ import annotations

from dossier.clean.lines import Line
from dossier.clean.paragraphs import CONNECTIVE_END, HANGUL_END, SENTENCE_END

MIN_DOUBLE_GAPS = 2  # paragraph breaks of two blank lines or more
MIN_SINGLE_GAPS = 4  # single blank lines, most inside a sentence
MIN_OPEN_SHARE = 0.5  # of the single blank lines, those inside a sentence
MIN_WRAPPED_LINE = 20  # characters of a line the page wrapped


def single_gaps_closed(lines: list[Line | None]) -> list[Line | None]:
    """``lines`` without their single blank lines when the page is double-spaced: most
    single blank lines stand inside a sentence, and two blank lines or more stand between
    its paragraphs."""
    gaps = _gaps(lines)
    single = [(above, below) for above, below, size in gaps if size == 1]
    double = sum(size >= 2 for _, _, size in gaps)
    open_ = sum(_runs_on(above, below) for above, below in single)
    if (
        double < MIN_DOUBLE_GAPS
        or len(single) < MIN_SINGLE_GAPS
        or open_ < MIN_OPEN_SHARE * len(single)
    ):
        return lines
    kept: list[Line | None] = []
    for index, line in enumerate(lines):
        alone = (
            line is None
            and 0 < index < len(lines) - 1
            and lines[index - 1] is not None
            and lines[index + 1] is not None
        )
        if not alone:
            kept.append(line)
    return kept


def _runs_on(above: Line, below: Line) -> bool:
    """A long line that ends no sentence over one that goes on with it: in a cased script
    the line below opens in lower case ("… who took office" / "as of April 24th, …"); in
    Korean, which has no case, the line above is left on a connective ending ("…와",
    "…하고"). A heading, a deck or a caption ends on a noun."""
    text = above.text
    if len(text) < MIN_WRAPPED_LINE or text.endswith(SENTENCE_END):
        return False
    first = below.text[:1]
    if first.isupper() or first.islower():
        return first.islower()
    return (
        HANGUL_END.search(text) is not None and CONNECTIVE_END.search(text) is not None
    )


def _gaps(lines: list[Line | None]) -> list[tuple[Line, Line, int]]:
    """Each run of blank lines between two lines of text: the lines above and below it,
    and the run's size."""
    gaps = []
    above: Line | None = None
    size = 0
    for line in lines:
        if line is None:
            size += 1
            continue
        if above is not None and size:
            gaps.append((above, line, size))
        above, size = line, 0
    return gaps
