"""An English line written as a caption is, not as a headline is.

A headline drops its articles and its "is" ("Minister welcomed in Seoul", "K-pop troupe
wins contest"); a caption keeps them and tells what the picture shows: "The minister is
welcomed at the airport", "A scene in the film", "The dance troupe Stardust", or names
whom it shows ("Jane Roe, chairwoman, Hanoi Business Council": ``portrait_captions``).
Read only where a line may be either (an archive's first line over a page whose headline
the archive lost, its address spelling another)."""

from __future__ import annotations

import re

from dossier.clean.portrait_captions import is_portrait_caption

# "… is welcomed at …", "… are greeted by …": what is done to those the picture shows,
# in the present (not "is seen as", a view)
_SHOWN_DONE = re.compile(
    r"\b(?:is|are)\s(?:warmly\s)?(?:welcomed|greeted|received|pictured|photographed|"
    r"escorted|honou?red|seen(?!\sas\b))\s(?:at|by|in|on|with|during|upon|as)\b"
)
# "A scene in the film", "The dance troupe Stardust": an article, then a thing named
_ARTICLE_FIRST = re.compile(r"(?:A|An|The)\s")
MAX_NAMED_WORDS = 8
# a verb, which a named thing has none of: "is", "will", "-s", "-ed" ("The troupe wins",
# "A village reborn" aside), or "to" ("The bank to open …", a headline's future)
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|must|shall|"
    r"should|does|did|said|says|to|not)\b|\b[a-z][\w-]*(?:ed|(?<!s)s)\b"
)
_HEADLINE_MARKS = (":", "?", "!", "“", '"', "‘", "'")


def reads_as_caption(text: str) -> bool:
    """``text`` is told as a caption: a portrait's, what is done to those shown, or a
    thing named after an article with no verb."""
    line = " ".join(text.split())
    if is_portrait_caption(line) or _SHOWN_DONE.search(line):
        return True
    return (
        _ARTICLE_FIRST.match(line) is not None
        and len(line.split()) <= MAX_NAMED_WORDS
        and not any(mark in line for mark in _HEADLINE_MARKS)
        and _VERB.search(line) is None
    )
