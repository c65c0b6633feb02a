"""Performers and athletes the sentence names as people: the noun of what they do just
before the name, or before the list their names open.

"singers Dong Nhi and Toc Tien", "famous singers including Sunggyu, Cho Joo Han", "a
film starring Kha Ngan and Song Luan", "xạ thủ Thu Vinh" (the shooter), "các tuyển thủ
như Doran, Oner" (players such as): each name is a person's, though its words say
nothing ("Sunggyu") or read as a place's Vietnamese syllables ("Dong Nhi"). A band is
no person ("idols such as EXO", "artists BTS"), so nouns that name groups as often as
people are left out. A list or a cast may hold bands or firms as well ("singers
including Da LAB", "rappers like Epik High", "a concert starring Ngot", "economic actors
such as Hanwha Ocean", "defenders Thep Xanh", a club, "các cầu thủ Sông Lam Nghệ An", a
club's players): after "starring", a list's opener, a Vietnamese noun made plural or
"actors" or "defenders", only a name shaped as a person's is one ("starring Kha Ngan").
Writers, poets and painters are people alone: "writers such as Bao Ninh, …" lists
persons, whatever their names' words, but a body its head noun names ("painters Bat
Trang Ceramics Cooperative").
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
    midfielder midfielders defender defenders goalkeeper goalkeepers athlete athletes shooter
    shooters starring"""
    )
)
# nouns of those who write or paint, never of a band or a firm: each name of their list
# is a person's, whatever its words ("writers such as Bao Ninh, …", a place's syllables)
_AUTHORS = frozenset(
    words_of(
        """writer writers poet poets novelist novelists author authors painter painters
    sculptor sculptors composer composers"""
    )
)
# Vietnamese, folded: ca sĩ (singer), diễn viên (actor), nghệ sĩ (artist), nhạc sĩ
# (composer), tuyển thủ (a team's player), cầu thủ (footballer), xạ thủ (shooter); "sĩ"
# is as often written "sỹ" ("ca sỹ Hansara")
_VIETNAMESE = frozenset(
    (("ca", "si"), ("dien", "vien"), ("nghe", "si"), ("nhac", "si"), ("tuyen", "thu"))
    + (("cau", "thu"), ("xa", "thu"), ("ca", "sy"), ("nghe", "sy"), ("nhac", "sy"))
)
# vận động viên (athlete); not "động viên" alone (to encourage: "đến thăm, động viên
# Hyosung Vina", a firm)
_ATHLETE = ("van", "dong", "vien")
# nouns of groups of bodies as well ("economic actors …", "human rights defenders …",
# "defenders Thep Xanh", a club): read as a list's opener
_GROUPS_TOO = frozenset(("actors", "defenders"))
# what opens a list after the noun: "singers including …", "such as …", "như …"
_OPENERS = frozenset(("including", "like", "namely", "nhu", "gom"))
# các, những: what makes a Vietnamese noun plural
_MANY = frozenset(("cac", "nhung"))


def performer_cue(before: tuple[str, ...], person: bool, body: bool = False) -> int:
    """Evidence that the name after ``before`` (the folded keys of the words before it)
    is a performer's or an athlete's; ``person``: the name is shaped as a person's;
    ``body``: its own head noun names a body ("… Poetry Society", "… Painting Center")."""
    opened = before[-2:] == ("such", "as") or before[-1:] == ("starring",)
    if before[-2:] == ("such", "as"):
        before = before[:-2]
    elif before[-1:] and before[-1] in _OPENERS:
        before, opened = before[:-1], True
    vietnamese = before[-2:] in _VIETNAMESE or before[-3:] == _ATHLETE
    named = (before[-1:] and before[-1] in _ENGLISH) or vietnamese
    if before[-1:] and before[-1] in _AUTHORS:
        # "writers and poets, including …": people, each; not "poets Seoul Poetry
        # Society", a body its head noun names
        return 0 if body else PERFORMER_CUE
    # "các cầu thủ Sông Lam Nghệ An" (the players of a club): many, as a list
    opened = opened or (vietnamese and bool(set(before[-4:-2]) & _MANY))
    opened = opened or bool(set(before[-1:]) & _GROUPS_TOO)  # "actors Truong Ngoc Anh"
    return PERFORMER_CUE if named and (person or not opened) else 0
