"""A foot line signing the story again: the reporter the page's opening already credited,
then the reporter's address ("한빛통신/한빛 TV 나민수 기자, minsu@example.com" under a story
opening "(서울=한빛통신) 나민수 기자 = …"). A few words may stand before the name (a news
service and its channel, none ending a sentence); the same name and an address say who
signs; the line names no new author, and another reporter's name with an address is left
to the byline rules."""

from __future__ import annotations

import re

from dossier.clean.bylines import EMAIL
from dossier.clean.units import Unit

MAX_SIGN_OFF_WORDS = 8  # a service, its channel, the name, the post and the address
MAX_OPENING_UNITS = 3  # the units the opening credit may stand in
OPENING_CHARS = 80  # of a unit's first line, where a credit before the lead stands
MAX_BEFORE_WORDS = 3  # a news service and its channel before the name
MAX_SIGN_OFF_CHARS = 120
# the words before the name name a service, none a predicate ("…검토한다 나민수 기자 …":
# the story's last sentence, its stop lost, run into the sign-off); each word ends at a
# space, so a long line without one is read once, not split every way
_SIGNED = re.compile(
    rf"(?P<before>(?:[^\s.!?]*[^\s.!?다요죠]\s){{0,{MAX_BEFORE_WORDS}}}?)"
    r"(?P<name>[가-힣]{2,4})\s?(?:기자|특파원)\s*[,/|]?\s*" + EMAIL + r"\s*"
)


def signs_again(units: list[Unit], index: int, authors: list[str]) -> bool:
    """The unit at ``index`` is one short line of a reporter's name before 기자 and an
    address, and that reporter is one of ``authors`` or credited, as 기자, at the opening
    of the page's first units."""
    unit = units[index]
    text = unit.text
    if index == 0 or len(unit.lines) > 1 or len(text) > MAX_SIGN_OFF_CHARS:
        return False
    if len(text.split()) > MAX_SIGN_OFF_WORDS:
        return False
    if not (found := _SIGNED.fullmatch(text)):
        return False
    name = found["name"]
    credit = re.compile(rf"(?<![가-힣]){name}\s?(?:기자|특파원)")
    opening = [u.lines[0].text[:OPENING_CHARS] for u in units[:MAX_OPENING_UNITS]]
    return name in authors or any(credit.search(line) for line in opening[:index])
