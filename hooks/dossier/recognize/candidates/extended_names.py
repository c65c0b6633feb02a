"""English names that go on past where their capitals seem to end.

- A country's national university with the city of its member after a comma: "Vietnam
  National University, Hanoi", "Viet Nam National University, Ho Chi Minh City". The
  system's members are separate universities, named so; the comma is the name's (not
  "Kyung Hee University, Seoul", a university and where it is: only a country's national
  university system is named for it and its city).
- A plan or programme that carries out a pact, its name holding the pact's: "Action
  Programme to implement the Comprehensive Strategic Partnership", "Action Plan to
  implement a Comprehensive Strategic Partnership". Governments sign it as they sign the
  pact: an agreement, no programme of its own.
- A body of a place, its name ending in the place's kind in lower case: "People's
  Committee of Bac Ninh province", "Northern District Office of Gwangju city", "Centre
  for Social Protection in Long An province", as the English press in Vietnam writes a
  local body's name, when the words after "of|in" are a listed place and the kind ends
  its noun phrase (not "Department of Health city inspectors", "… in Hanoi city centre";
  not "… Centre of Cheonan city of Korea": the kind opens the place's own description;
  nor a place alone, "Gimpo city", which is proposed without its kind).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.places import is_listed_place
from dossier.recognize.candidates.division_cue import kind_after
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.tokens import words_of

if TYPE_CHECKING:
    from dossier.recognize.candidates.finding import Found, Sentence

_CAP = r"[^\W\d_a-z][\w’'-]*"
# the capitalised words after a comma (a place's, if any: "Hanoi", "Ho Chi Minh City")
_AFTER_COMMA = re.compile(rf",[ \t]+(?P<words>{_CAP}(?:[ \t]+{_CAP}){{0,3}})")
_NATIONAL_UNIVERSITY = ("national", "university")
# "… to implement the …": the pact a plan carries out, in capitals
_IMPLEMENTING = re.compile(
    rf"[ \t]+to[ \t]+implement[ \t]+(?:the|a|an)[ \t]+(?P<pact>{_CAP}(?:[ \t]+{_CAP}){{0,6}})"
)
_PLANS = frozenset(("plan", "programme", "program", "roadmap"))
AGREEMENT_EVIDENCE = 10  # the pact it carries out says what it is: more than its head
_PLACE_OF = frozenset(("of", "in"))
_MOST_PLACE_WORDS = 3  # "Ba Ria Vung Tau"


def extended_names(found: list[Found], sentence: Sentence, lex: Lexicon) -> list[Found]:
    """``found`` with the names that go on past their capitals made whole; the names
    inside the words they take in are dropped."""
    text, out, end = sentence.text, [], -1
    for piece in found:
        if piece.start < end:
            continue  # taken in by the name before: "Hanoi", "Comprehensive …"
        keys = [w.key for w in words_of(text[piece.start : piece.end])]
        more = _campus_end(text, piece.end, sentence.end, keys, lex)
        scores = piece.scores
        if more is None:
            more = _pact_end(text, piece.end, sentence.end, keys, lex)
            if more is not None:
                scores = dict(scores)
                scores["agreements"] = scores.get("agreements", 0) + AGREEMENT_EVIDENCE
        if more is None and (
            kind := _division_end(text, piece.end, sentence.end, keys, lex)
        ):
            # only the kind's word is taken in: the place inside stays ("Long An")
            out.append(piece._replace(end=kind, stop=kind))
            continue
        if more is None:
            out.append(piece)
            continue
        end = more
        out.append(piece._replace(end=more, stop=more, scores=scores))
    return out


def _campus_end(
    text: str, at: int, limit: int, keys: list[str], lex: Lexicon
) -> int | None:
    """Where "…, Hanoi" ends after a country's national university, if it follows."""
    owner = " ".join(keys[:-2])
    if tuple(keys[-2:]) != _NATIONAL_UNIVERSITY or owner not in lex.countries:
        return None
    match = _AFTER_COMMA.match(text, at, limit)
    if match is None:
        return None
    # the place is all the capitalised words ("Hanoi University" is another body)
    words = words_of(match["words"])
    if not is_listed_place([w.key for w in words]):
        return None
    return match.end()


def _pact_end(
    text: str, at: int, limit: int, keys: list[str], lex: Lexicon
) -> int | None:
    """Where "… to implement the <pact>" ends after a plan, if it follows."""
    if not keys or keys[-1] not in _PLANS:
        return None
    match = _IMPLEMENTING.match(text, at, limit)
    if match is None:
        return None
    pact = words_of(match["pact"])
    # the pact's own head noun ends it: "… Strategic Partnership", "… Joint Declaration"
    for size in range(len(pact), 0, -1):
        if pact[size - 1].key in lex.inside["agreements"]:
            return match.start("pact") + pact[size - 1].end
    return None


def _division_end(
    text: str, at: int, limit: int, keys: list[str], lex: Lexicon
) -> int | None:
    """Where "… of Bac Ninh province" ends after a body's name ending "of|in <place>", a
    listed place (not "Department of Health city inspectors"); the kind ending its noun
    phrase (not "… in Hanoi city centre") and not opening "… of" (the place's own
    description)."""
    if len(keys) < 3 or keys[-1] in _PLACE_OF:
        return None
    last = max((i for i, k in enumerate(keys) if k in _PLACE_OF), default=0)
    place = len(keys) - last - 1
    body = lex.inside["organizations"]
    if not (last and 1 <= place <= _MOST_PLACE_WORDS) or body.isdisjoint(keys[:last]):
        return None
    if not is_listed_place(keys[last + 1 :]):
        return None
    match = kind_after(text, at, limit)
    if match is None or match["plural"] or match["next"] == "of":
        return None
    return match.end("kind")
