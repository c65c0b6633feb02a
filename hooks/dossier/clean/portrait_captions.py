"""A portrait's caption: the person a picture shows named with the post they hold and the
body they hold it at, and nothing else: "Jane Roe, chairwoman, Hanoi Business Council",
"John Doe, director of Acme Vina". An opinion page
sets one under its writer's picture, an interview under each speaker's; a headline says
what someone did or said ("…, chairman of X, visits Hanoi"), never only who they are."""

from __future__ import annotations

import re

# the posts a portrait names, written lower case after the name ("chairman", "minister")
_POSTS = (
    r"chairman|chairwoman|chairperson|president|vice-president|director|"
    r"director-general|ambassador|consul-general|consul|minister|deputy minister|"
    r"governor|mayor|professor|founder|co-founder|secretary-general|rector|dean"
)
# "Kim Nyoun Ho, chairman, Korean Chamber of Commerce in Vietnam", "Jane Roe, director
# of Acme Vina": a name of two to four capitalised words, a comma, a lower-case post (a
# second after ", " or " and "), then ", ", "of" or "at" and the body in capitalised
# words or joining words; no verb fits (", Minister Says" has its post capitalised)
_ENGLISH = re.compile(
    r"(?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’.-]*,\s"
    rf"(?:{_POSTS})(?:(?:,\s|\sand\s)(?:{_POSTS}))?(?:,\s|\sof\s|\sat\s)"
    r"(?:the\s)?(?:(?:[A-Z0-9][\w'’.&-]*|of|in|for|the|and|at|&)\s){0,10}"
    r"[A-Z][\w'’.&)-]*"
)
MAX_ENGLISH_WORDS = 18


def is_portrait_caption(text: str) -> bool:
    """``text`` names a person, their post and where they hold it, and says nothing."""
    words = text.split()
    if len(words) > MAX_ENGLISH_WORDS:  # a sentence, not a name and a post
        return False
    line = " ".join(words)
    return _ENGLISH.fullmatch(line.rstrip(".")) is not None
