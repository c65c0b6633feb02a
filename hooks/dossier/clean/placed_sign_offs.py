"""A broadcast's sign-off or hand-over with the place the report is filed from before it
("지금까지 베트남 하노이에서 채널A 뉴스 X입니다.", "베트남 하노이에서 X 기자입니다."): the
words before "에서" must all name places, and what follows must name a reporter whose name
opens with a family name (and sign as a station: a known outlet, or a name in 방송, TV or
letters). A story's sentence about a
reporter or an anchor ("그녀는 하노이에서 유명한 뉴스 앵커입니다.") is none."""

from __future__ import annotations

import re
from collections.abc import Callable

from dossier.clean.bylines import AIRED_FROM, aired_broadcaster, aired_reporter
from dossier.clean.metadata import Outlets
from dossier.places import is_place_name, is_place_with_kind
from dossier.text import KOREAN_SURNAMES

# "한빛방송", "채널A", "VTV": a station's name the outlets' list may not know
_STATION = re.compile(
    r"[가-힣A-Za-z0-9]{0,6}(?:방송|TV|tv)|[가-힣]{0,4}[A-Za-z][A-Za-z0-9]*"
)
SIGN_OFF = "broadcaster's sign-off"
INTRODUCED = "reporter introduced"


def _names_places(words: str) -> bool:
    return all(
        is_place_name(word) or is_place_with_kind(word) for word in words.split()
    )


def placed_sign_off(
    text: str, reason_of: Callable[[str], str | None], outlets: Outlets
) -> str | None:
    """The clutter reason of a sign-off filed from a place, or None. ``reason_of`` gives
    the clutter reason of the sign-off without its place."""
    filed = AIRED_FROM.match(text.strip())  # "지금까지 베트남 하노이에서 "
    if not filed or not _names_places(filed["places"]):
        return None
    rest = text.strip()[filed.end() :]
    reason = reason_of(rest)
    name = aired_reporter(rest) if reason in (SIGN_OFF, INTRODUCED) else None
    if not name or name[0] not in KOREAN_SURNAMES:
        return None  # "… 유명한 뉴스 앵커입니다.": no reporter's name
    station = aired_broadcaster(rest) if reason == SIGN_OFF else None
    if station and not (outlets.find(station) or _STATION.fullmatch(station)):
        return None  # "… 이름난 뉴스 진행자입니다.": no station's name
    return reason
