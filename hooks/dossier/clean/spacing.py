"""Pages set double-spaced: a blank line after every line of text, two between
paragraphs. There a single blank line is the page's wrap, not a paragraph's end."""

from __future__ import annotations

from dossier.clean.lines import Line
from dossier.clean.paragraphs import SENTENCE_END

MIN_DOUBLE_GAPS = 2  # paragraph breaks of two blank lines or more
MIN_SINGLE_GAPS = 4  # single blank lines, most inside a sentence
MIN_OPEN_SHARE = 0.5  # of the single blank lines, those inside a sentence


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
    """The line above ends no sentence and the line below opens none with a capital:
    one sentence, wrapped ("… who took office" / "as of April 24th, …")."""
    return not above.text.endswith(SENTENCE_END) and not below.text[:1].isupper()


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
