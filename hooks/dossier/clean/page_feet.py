"""The lines of a page read as its foot: its last line of text, and an aggregator's line
naming the paper it copied ("Nguồn Bình Dương: https://baobinhduong.vn/…") when only the
page's furniture stands under it (its tags "Từ khóa: …", share buttons, related links).
Inside the story, with story text under it, that line is a reference the story cites.
So too the lines furniture only at the foot (``foot_only.py``)."""

from __future__ import annotations

from dossier.clean.foot_only import foot_only
from dossier.clean.lines import ClutterRules, Line, furniture
from dossier.clean.metadata import Outlets
from dossier.clean.outlet_lines import AGGREGATED

# lines under the source line, at most: a page's foot, not its story
MAX_FOOT_LINES = 15


def few_columns(lines: list[Line | None]) -> bool:
    """At most half the lines are set in columns: those are a colophon or a table."""
    text = [line for line in lines if line is not None]
    return sum(line.columns for line in text) <= 0.5 * len(text)


def page_feet(
    lines: list[Line | None],
    rules: ClutterRules,
    names: Outlets,
    layout: tuple[bool, bool, bool],
) -> frozenset[int]:
    """The page's last line's number, and those of its aggregator's source lines and
    foot-only lines with only furniture under them; ``layout``: the story is in Latin
    script, few lines are set in columns, the story is in English (as ``cleaning`` read
    them)."""
    shown = [line for line in lines if line is not None]
    if not shown:
        return frozenset({0})
    last = shown[-1].number
    feet = {last}
    latin, columns, english = layout
    for index in range(max(0, len(shown) - 1 - MAX_FOOT_LINES), len(shown) - 1):
        text = shown[index].text
        if not (AGGREGATED.fullmatch(text.strip().lstrip("•·▪ ")) or foot_only(text)):
            continue
        if all(
            furniture(
                below,
                rules,
                names,
                False,
                latin,
                columns,
                english,
                below.number == last,
            )
            for below in shown[index + 1 :]
        ):
            feet.add(shown[index].number)
    return frozenset(feet)
