"""A line between or under paragraphs that links to another story: "Related: How …?",
"RELATED: …", "제목 (바로가기)" ("go to it"), or a strip of other stories' headlines
copied as one line. A list knows the labels alone ("Related articles"); these carry the
other story's headline on the same line."""

from __future__ import annotations

import re

_LINK = re.compile(
    # "Related: How vaccination is going?", "RELATED: Pfizer partners with …"
    r"(?:Related|RELATED|Related story|Related article)\s?:\s?\S.{5,160}|"
    # "베트남은 어떻게 게임 강국이 됐나 (바로가기)", "… [바로가기]", "… ▶바로가기"
    r"\S.{4,160}?\s?(?:[(\[]\s?바로\s?가기\s?[)\]]|▶\s?바로\s?가기)"
)


# "… in Huong Long, Hue cityHue cultural heritage to be displayed …": a word's end run
# into the next headline's capital, no space between (a strip of related links copied as
# one line)
# (the glued token opens in lower case: "cityHue", not a brand's "PetroVietnam")
_GLUED = re.compile(r"(?<!\w)[a-z]{4,}[A-Z][a-z]")
MIN_GLUED_HEADLINES = 2  # joins: three headlines at least (one glued pair is a name's)
MIN_GLUED_WORDS = 12


def links_elsewhere(text: str) -> bool:
    """The line is another story's headline with its link's label, or other stories'
    headlines run together with no stop, each glued to the next."""
    if _LINK.fullmatch(text) is not None:
        return True
    return (
        len(_GLUED.findall(text)) >= MIN_GLUED_HEADLINES
        and len(text.split()) >= MIN_GLUED_WORDS
        and not text.rstrip().rstrip("\"”’')").endswith((".", "!", "?"))
        and ". " not in text
    )
