"""Performers and athletes the sentence names as people: the noun of what they do just
before the name, or before the list their names open.

"singers Dong Nhi and Toc Tien", "famous singers including Sunggyu, Cho Joo Han", "a
film starring Kha Ngan and Song Luan", "xạ thủ Thu Vinh" (the shooter), "các tuyển thủ
như Doran, Oner" (players such as): each name is a person's, though its words say
nothing ("Sunggyu") or read as a place's Vietnamese syllables ("Dong Nhi"). A band is
no person ("idols such as EXO", "artists BTS"), so nouns that name groups as often as
people are left out.
"""

from __future__ import annotations

from dossier.text import words_of

PERFORMER_CUE = 8  # more than "including" (+2 a name) over the first names of a list

# English nouns of what a person does on a stage, a screen or a pitch, and a verb whose
# object is its cast ("starring")
_ENGLISH = frozenset(
    words_of(
        """singer singers actor actors actress actresses rapper rappers comedian comedians
    dancer dancers choreographer choreographers footballer footballers striker strikers
    midfielder midfielders defender defenders goalkeeper goalkeepers athlete athletes
    shooter shooters starring"""
    )
)
# Vietnamese, folded: ca sĩ (singer), diễn viên (actor), nghệ sĩ (artist), nhạc sĩ
# (composer), tuyển thủ (a team's player), cầu thủ (footballer), xạ thủ (shooter), vận
# động viên (athlete)
_VIETNAMESE = frozenset(
    (("ca", "si"), ("dien", "vien"), ("nghe", "si"), ("nhac", "si"), ("tuyen", "thu"))
    + (("cau", "thu"), ("xa", "thu"), ("dong", "vien"))
)
# what opens a list after the noun: "singers including …", "such as …", "như …"
_OPENERS = frozenset(("including", "like", "namely", "nhu", "gom"))


def performer_cue(before: tuple[str, ...]) -> int:
    """Evidence that the name after ``before`` (the folded keys of the words before it)
    is a performer's or an athlete's."""
    if before[-2:] == ("such", "as"):
        before = before[:-2]
    elif before[-1:] and before[-1] in _OPENERS:
        before = before[:-1]
    named = (before[-1:] and before[-1] in _ENGLISH) or before[-2:] in _VIETNAMESE
    return PERFORMER_CUE if named else 0
