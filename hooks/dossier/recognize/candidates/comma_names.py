"""A Korean's name written surname first with a comma, after a title: "Mr. Yoon, Sang
Ho, Chairman of …", "Vice Minister Kim, Ganglip will …", "Chairman EUN, Sung-soo".

Korean ministries and companies write their officials' names so, as a list of authors
does; the comma cuts the name in two, and the finder reads a lone surname and a given
name (or a place: "Sang Ho") apart. A Korean surname right after a title, a comma, then
one or two words spelt as a Korean given name ("Ganglip", "Sung-soo", "Han Yoong"; not
one surname: "Mr. Kim, Lee, and Park"), and a stop after them (a comma, a dash, a
bracket, the sentence's end, or a lower-case word), are one person.
"""

from __future__ import annotations

import re

from dossier.places import is_place_name
from dossier.recognize.candidates.korean_given_first import KOREAN_GIVEN
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.text import fold

_COMMA_NAME = re.compile(
    r"(?P<title>[^\W\d_]+)\.?\s+"
    r"(?P<name>(?P<surname>[A-Z][a-z]+|[A-Z]{2,})\s?,\s"
    r"(?P<given>[A-Z][a-z]+(?:-[a-z]+)?(?:\s[A-Z][a-z]+)?))"
    r"(?=\s*(?:[,–—()]|-\s|$)|\s+(?!(?:and|or)\b)[a-z])"
)
# "l" before a vowel, which the Revised Romanization writes "r": "Ganglip" (강립)
_L_AS_R = re.compile(r"l(?=[aeiouyw])")
LEADERS_EVIDENCE = 10  # the title and the shape say a person: more than any cue


def comma_names(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The spans of the names so written in ``text[start:end]``; a given name's words
    each one or two Korean syllables ("Ganglip", "Kapsung")."""
    found = []
    for match in _COMMA_NAME.finditer(text, start, end):
        given = [fold(w) for w in match["given"].split()]
        if (
            fold(match["title"]) in lex.titles
            and fold(match["surname"]) in lex.korean_surnames
            and all(KOREAN_GIVEN.fullmatch(_L_AS_R.sub("r", w)) for w in given)
            and not (len(given) == 1 and given[0] in lex.korean_surnames)
            and not is_place_name(
                match["given"]
            )  # "Vice Minister Kim, Busan officials"
        ):
            found.append((match.start("name"), match.end("name")))
    return found
