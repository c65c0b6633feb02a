"""A plural noun's possessive inside a name, before the body or meeting it names.

A possessive in a run of capitalised words most often says whose the next name is
("Samsung's Vietnam Office"), so the run is cut after it. The plurals that do not end
in "s" take "'s" as other nouns do, yet name a body's members, as "Growers'" does:
"Korea Pro Women's Golf Association", "the Hanoi Children's Music Club", "the People's
Legal Fund". Such a possessive stays in the name when a head noun of a body or a meeting
follows it among the capitalised words.
"""

from __future__ import annotations

# plurals written without a final "s", as keys (the possessive taken off)
MEMBER_PLURALS = frozenset(
    ("women", "men", "people", "children", "peoples", "workmen", "sportsmen")
)


def members_plural(key: str) -> bool:
    """Whether a word's key is a plural that names a body's members ("women")."""
    return key in MEMBER_PLURALS
