"""Two names of events, pacts or programmes joined by ``and``, each ending in its own
kind word: "the Hue Book Fair and Saigon Poetry Summit", "the Korea-Chile FTA and
Korea-Peru FTA". A body's name keeps its "and" by other rules ("Ministry of Science and
Technology"); a venue's second kind opens the words after "and" ("Exhibition and
Convention Center"), and a lone word after it is the name's second kind ("Film Festival
and Awards")."""

from __future__ import annotations

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.tokens import Word

# the kinds of what is held, signed or run (a body's heads are read by ``and_splits``)
_KIND_TYPES = ("events", "agreements", "initiatives")


def _kind(key: str, lex: Lexicon) -> bool:
    return (
        any(key in lex.inside[kind] for kind in _KIND_TYPES)
        and key not in (lex.inside["organizations"])
    )


def two_kinds(words: list[Word], index: int, lex: Lexicon) -> bool:
    """Whether the "and" at ``index`` parts two such names: a kind word before it (two
    words or more), another ending the run, and the words between opening with a
    capitalised word of no kind (two words or more). Lower-case words closing the run
    ("… FTA on") are no part of the second name."""
    end = len(words)
    while end > index + 1 and not words[end - 1].capitalised:
        end -= 1
    after = words[index + 1 : end]
    return (
        index >= 2
        and len(after) >= 2
        and _kind(words[index - 1].key, lex)
        and _kind(words[end - 1].key, lex)
        and after[0].capitalised
        and not _kind(after[0].key, lex)
        and after[0].key not in lex.inside["organizations"]
        and after[0].key not in lex.plain
    )
