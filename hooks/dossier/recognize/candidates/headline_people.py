"""A person named only in a headline or a subheading written in title case: "Vice
Chairman of the … Committee Nguyen The Giang Pays Working Visit …", "Hong Dao / Vietnamese
actress", "Director: Tran Thanh Huy".

Every word of such a line is capitalised, so its chains run over verbs and common nouns
("Korea Hosts Joint Film Week"), and its names are as a rule found again in the story
text: the finder reads none of it. A person's name has a shape of its own, though: a
surname, then one to three syllables as Vietnamese or Korean spell them ("Park Sang-woo",
"Yoon Seok Jin"), none of them an English word ("To Attract Korean Tourists", "Moon Over
Vietnam", "Go Missing" only open with a surname). Such a name counts where the story never
names it (a cast list, a caption's subheadings, a visit told in the headline alone); where
it does, the story's sightings are the name's, as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from dossier.clean.metadata import outlets
from dossier.model import HEADLINE, SUBHEADING, Passage
from dossier.recognize.candidates.finding import Found
from dossier.recognize.candidates.korean_given_first import KOREAN_GIVEN
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.personal_names import reads_as_person
from dossier.recognize.candidates.scoring import choose_type
from dossier.recognize.candidates.vietnamese_persons import SYLLABLE_SHAPE
from dossier.text import fold, strip_marks

TITLE_CASE_SHARE = 0.6  # of a line's long words capitalised
Key = tuple[str, ...]


def titled_heading(passage: Passage) -> bool:
    """A headline or subheading in which three in five long words or more are
    capitalised."""
    if passage.kind not in (HEADLINE, SUBHEADING):
        return False
    long_words = [w for w in passage.text.split() if len(w) > 3 and w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in long_words)
    return bool(long_words) and capitals >= TITLE_CASE_SHARE * len(long_words)


def heading_people(text: str, pieces: list[Found], lex: Lexicon) -> list[Found]:
    """The pieces of a title-case line that are a person's name by their words alone,
    less a photographer's credit ("Kim Kyung-hoon / Reuters") and a photo's caption set
    as a subheading ("PM … and President … in a press conference")."""
    if _SETTING.search(text):
        return []
    return [
        p
        for p in pieces
        if choose_type(Counter(p.scores)) == "leaders"
        and _spelt_as_a_person(text[p.start : p.end], lex)
        and not _credited(text, p.end)
    ]


# where a photo was taken, ending a line with no verb: "… at the signing ceremony"
_SETTING = re.compile(
    r"\s(?:in|at|during)\s+(?:a|an|the)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}$"
)
# "… / Reuters": the outlet a photographer's name is credited to
_CREDIT = re.compile(r"\s*/\s*(?P<outlet>[^/\n]{2,40}?)\s*$")


def _credited(text: str, end: int) -> bool:
    credit = _CREDIT.match(text, end)
    return credit is not None and outlets().find(credit["outlet"]) is not None


def _spelt_as_a_person(name: str, lex: Lexicon) -> bool:
    """A surname, then syllables Vietnamese or Korean spell, no English word among them:
    "Nguyen The Giang", "Jung Il-woo", not "Go Missing"."""
    # (with Vietnamese marks, a title or a namesake's, "Thích …", "phố … Trần Nhân Tông",
    # as a Vietnamese line's capitals are: English text writes a person without them)
    if not reads_as_person(name, lex) or strip_marks(name) != name:
        return False
    given = [fold(w) for w in name.split()[1:]]
    return all(
        (SYLLABLE_SHAPE.fullmatch(w) or KOREAN_GIVEN.fullmatch(w))
        and not w.endswith("ing")  # "Go Missing": an English verb
        and w not in lex.common
        and w not in lex.headline_verbs
        for w in given
    )


def only_in_headings(
    sightings: Iterable[tuple[Key, tuple]], headed: Iterable[Passage]
) -> list[tuple[Key, tuple]]:
    """The sightings, less those in title-case lines of a name the story names too."""
    anchors = {p.anchor for p in headed if titled_heading(p)}
    sightings = list(sightings)
    if not anchors:
        return sightings
    in_story = {key for key, (_, o, _) in sightings if o.anchor not in anchors}
    return [
        (key, sighting)
        for key, sighting in sightings
        if sighting[1].anchor not in anchors or key not in in_story
    ]
