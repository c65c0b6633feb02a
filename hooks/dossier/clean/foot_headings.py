"""Headings at a page's foot: a few words in title case ("A Troubled Relationship"), or
another story's headline, long and every word capitalised ("… Rivalry With Adidas Enters
a New Era as …"), which no sentence of the story is."""

from __future__ import annotations

from dossier.text import words_of

MAX_HEADING_WORDS = 5
# the small words a heading in title case keeps in lower case: "Broader Perspectives and …"
# (not "of": "The President of Vietnam" opens a sentence)
_TITLE_CASE_SMALL = frozenset(words_of("and the in for on to with a an"))
_ARTICLES = frozenset(words_of("The A An"))


def is_heading(text: str, words: list[str]) -> bool:
    """A few English words in title case, no comma: a heading ("A Troubled Relations",
    "Broader Perspectives and Futu"), not a sentence's start ("On Monday, Vietnamese Prime
    Minister Pham Minh Chinh", "The Governor of Da Nang"; and Vietnamese writes "Ông Chang
    Ho I…", Mr and a name). Small words in lower case make a heading only when it opens with
    no article."""
    small = [w for w in words if not w[:1].isupper()]
    return is_long_heading(words) or (
        3 <= len(words) <= MAX_HEADING_WORDS
        and text.isascii()
        and "," not in text
        and words[-1][:1].isupper()
        and all(w in _TITLE_CASE_SMALL for w in small)
        and not (small and words[0] in _ARTICLES)
        and words[0][:1].isupper()
    )


MIN_LONG_HEADING = 8  # words
MIN_LONG_HEADING_CAPITALS = 5  # words of four letters or more, each with its capital


def is_long_heading(words: list[str]) -> bool:
    """A long line in title case, every word of four letters or more capitalised, its
    verbs too, no comma: another story's headline ("Puma's Historic Rivalry With Adidas
    Enters a New Era as Anta Deal Signals Tur"), which no sentence is."""
    long = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    return (
        len(words) >= MIN_LONG_HEADING
        and len(long) >= MIN_LONG_HEADING_CAPITALS
        and all(w.replace("’", "").isascii() and "," not in w for w in words)
        and all(w[:1].isupper() for w in long)
        and not any(w.casefold() in _OFFICES for w in words)
    )


# the titles of people a sentence names in a row ("Deputy Prime Minister Tran Hong Ha and
# South Korean Ambassador Choi Young Sam"): names, each word capitalised, no headline
_OFFICES = frozenset(
    words_of(
        "minister ambassador president chairman chairwoman secretary director governor "
        "mayor deputy chief consul premier vice-president ceo"
    )
)
