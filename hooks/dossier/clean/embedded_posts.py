"""A post embedded in the page (a tweet's box): its text, and under it the signature its
embed prints, the account's name, its handle and the day it was posted ("— Name (@handle)
June 26, 2023"); and the other lines the story loop drops as they stand alone."""

from __future__ import annotations

import re

from dossier.clean.lines import WEB_ADDRESS
from dossier.clean.notes import FOOTNOTE
from dossier.clean.units import Unit

_POST_SIGNATURE = re.compile(
    r"[—–-]{1,2}\s?[^()\n]{1,60}\s\(@\w{1,30}\)\s"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s\d{1,2},\s\d{4}"
)
MAX_POST_WORDS = 70  # a post's text: 280 characters at most


def signs_a_post(text: str) -> bool:
    return _POST_SIGNATURE.fullmatch(text.strip()) is not None


def is_post_text(units: list[Unit], index: int) -> bool:
    """The text right over a post's signature: the post, not the story's paragraph."""
    return (
        index + 1 < len(units)
        and signs_a_post(units[index + 1].text)
        and len(units[index].text.split()) <= MAX_POST_WORDS
    )


def alone_dropped(text: str) -> str | None:
    """Why a line standing alone in the body is dropped: a footnote, a web address (the
    page's own, or a link's), an embedded post's signature; None for any other."""
    if FOOTNOTE.match(text):
        return "footnote"
    if WEB_ADDRESS.fullmatch(text):
        return "web address"
    if signs_a_post(text):
        return "embedded post's signature"
    return None
