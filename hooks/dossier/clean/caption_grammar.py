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

# "… is welcomed at the airport", "… are greeted upon …": what is done to those the
# picture shows, at a place, in the present (not "is welcomed in Hanoi", "is seen by …",
# "is honoured as …", which headlines say too)
_SHOWN_DONE = re.compile(
    r"\b(?:is|are)\s(?:warmly\s)?(?:welcomed|greeted|pictured|photographed|escorted)"
    r"\s(?:at|upon)\sthe\b"
)
# "A scene in the film", "The K-pop dance troupe Stardust": an article, then a thing a
# picture shows (a scene, a troupe), named with no verb
_ARTICLE_FIRST = re.compile(r"(?:A|An|The)\s")
_PICTURED = re.compile(
    r"\b(?:scene|scenes|view|glimpse|corner|moment|photo|picture|image|still|troupe)\b"
)
MAX_NAMED_WORDS = 8
# a verb: "is", "will", "-s", "-ed" ("The troupe wins", "A village reborn" aside), or
# "to" ("The bank to open …", a headline's future); in any case ("The Road To Seoul")
_VERB = re.compile(
    r"\b(?i:is|are|was|were|be|been|has|have|had|will|would|can|could|may|must|shall|"
    r"should|does|did|said|says|to|not)\b|\b[A-Za-z][\w-]*(?:ed|(?<!s)s)\b"
)
_HEADLINE_MARKS = (":", "?", "!", "“", '"', "‘", "'")
# the small words a Title Case headline leaves lower case
_SMALL = frozenset(
    ("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for")
    + ("by", "with", "from", "as", "into", "over", "vs")
)


def title_case(line: str) -> bool:
    """Every word past the first but the small ones capitalised ("A New Chapter for
    Hanoi", "The Road To Seoul"): a headline's style, never a caption's."""
    words = [w for w in line.split()[1:] if w[:1].isalpha() and w not in _SMALL]
    return bool(words) and all(w[0].isupper() for w in words)


def reads_as_caption(text: str) -> bool:
    """``text`` is told as a caption: a portrait's ("Jane Roe, chairwoman, X"), what is
    done to those shown at a place, or a thing pictured named after an article with no
    verb; never a line in Title Case."""
    line = " ".join(text.split())
    if title_case(line):
        return False
    if is_portrait_caption(line) or _SHOWN_DONE.search(line):
        return True
    return (
        _ARTICLE_FIRST.match(line) is not None
        and len(line.split()) <= MAX_NAMED_WORDS
        and not any(mark in line for mark in _HEADLINE_MARKS)
        and _PICTURED.search(line) is not None
        and _VERB.search(line) is None
    )
