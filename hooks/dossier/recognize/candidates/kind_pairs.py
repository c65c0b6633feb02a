"""Two names of events, pacts or programmes joined by ``and``, each ending in its own
kind word: "the Hue Book Fair and Saigon Poetry Summit", "the Korea-Chile FTA and
Korea-Peru FTA". A body's name keeps its "and" by other rules ("Ministry of Science and
Technology"); a venue's second kind opens the words after "and" ("Exhibition and
Convention Center"), and a lone word after it is the name's second kind ("Film Festival
and Awards"). Each half must stand as a name by itself: "Korean Film and Drama
Festival" (a nationality and a field), "National Strategy and Action Plan" (a common
word and a kind) are one name each."""

from __future__ import annotations

from dossier.places import is_country, is_listed_place
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.tokens import Word, is_acronym

# the kinds of what is held, signed or run (a body's heads are read by ``and_splits``)
_KIND_TYPES = ("events", "agreements", "initiatives")


def _kind(key: str, lex: Lexicon) -> bool:
    return (
        any(key in lex.inside[kind] for kind in _KIND_TYPES)
        and key not in (lex.inside["organizations"])
    )


def _stands(words: list[Word], lex: Lexicon) -> bool:
    """Whether the words before a kind name something: one that is two names hyphened
    ("Korea-Peru", the parties to a pact), or not plain words only and two words or
    more ("Dalat Poetry", "Mnet Asian Music") or one of initials or a place ("Hue"):
    not "Action", "Gala", "Korean", "National"."""
    named = [
        w for w in words if w.key not in lex.stop and any(map(str.isalpha, w.text))
    ]
    if len(named) == 1 and _two_names(named[0].text):
        return True
    if not named or all(w.key in lex.plain for w in named):
        return False
    text = named[0].text
    return (
        len(named) > 1
        or is_acronym(text)
        or (is_listed_place([named[0].key]) and not is_country(text))
    )


def _two_names(text: str) -> bool:
    first, hyphen, second = text.partition("-")
    return bool(hyphen) and first[:1].isupper() and second[:1].isupper()


def two_kinds(words: list[Word], index: int, lex: Lexicon) -> bool:
    """Whether the "and" at ``index`` parts two such names: a kind word before it that is
    no plain word ("Film and …", "Policy and …" join a name's fields), another ending
    the words up to the next "and", the words between opening with a capitalised word of
    no kind, and each name standing by itself. Lower-case words closing the run ("… FTA
    on") are no part of the second name."""
    start = next((i + 1 for i in range(index - 1, -1, -1) if words[i].key == "and"), 0)
    end = next((i for i in range(index + 1, len(words)) if words[i].key == "and"), None)
    end = len(words) if end is None else end
    while end > index + 1 and not words[end - 1].capitalised:
        end -= 1
    before, after = words[start:index], words[index + 1 : end]
    return (
        len(before) >= 2
        and len(after) >= 2
        and _kind(before[-1].key, lex)
        and before[-1].key not in lex.plain
        and _kind(after[-1].key, lex)
        and after[0].capitalised
        and not _kind(after[0].key, lex)
        and after[0].key not in lex.inside["organizations"]
        and after[0].key not in lex.plain
        and _stands(before[:-1], lex)
        and _stands(after[:-1], lex)
    )
