"""A registered institution's name that goes on as another's: ``Hanoi University of
Pharmacy``, ``Hanoi University of Science and Technology`` are universities of their own,
not Hanoi University. A university, college, institute, academy, school or hospital is
often named by its place, its kind and ``of`` its field; the words after ``of`` then name
another institution (whose place is still named: the matcher goes on to the shorter names
at the same word, ``Hanoi``)."""

from __future__ import annotations

import re

# the last word of an institution's name that another's name may go on past with "of …"
_INSTITUTIONS = frozenset(
    ("university", "college", "institute", "academy", "school", "hospital")
)
# "of" and a capitalised word, on the same line
_OF_A_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-ZÀ-ỸĐ]")


def another_institution(text: str, end: int, last_key: str) -> bool:
    """Whether the registered name ending at ``end`` in its word ``last_key`` goes on
    with ``of`` and a name: another institution's name."""
    return last_key in _INSTITUTIONS and _OF_A_NAME.match(text, end) is not None
