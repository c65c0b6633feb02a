"""Which words of a Korean lead are its reporters' names (``korean_leads``): a reporter's
name, not a desk's or a place's word, and the one or two names a wire's lead sets after
its bracket ("(서울=X) 김철수 박영희 기자 = …")."""

from __future__ import annotations

import re

from dossier.clean.bylines import NO_NAMES, REPORTER_RANKS, is_korean_name
from dossier.clean.lead_shapes import PAPERS_DESK
from dossier.clean.metadata import outlets
from dossier.places import gazetteer, is_country, is_listed_place
from dossier.text import name_key

KOREAN_NAME_SYLLABLES = 3  # a second reporter's name, where a desk's word may stand
_DESK_END = re.compile(rf"{PAPERS_DESK}$|[부국실과판면계]$")


def is_reporter(word: str) -> bool:
    """``word`` is a reporter's name, not a paper's desk ("경제부", "사회팀")."""
    return (
        len(word) == KOREAN_NAME_SYLLABLES
        and is_korean_name(word, outlets())
        and word not in REPORTER_RANKS
        and not _DESK_END.search(word)
    )


def is_place(word: str) -> bool:
    return (
        (0 < len(word) <= 5 and word[-1] in "시군구")
        or is_listed_place(name_key(word))
        or word in gazetteer().suffixed
    )


def _a_place(word: str) -> bool:
    """A place, or one with the word for its kind glued on ("박닌성", "하남시")."""
    return is_place(word) or (word[-1] in "성도" and is_place(word[:-1]))


def _names_no_one(word: str) -> bool:
    """A place, a desk, a rank, a paper: a word that names no reporter."""
    return (
        _a_place(word)
        or is_country(word)
        or word in NO_NAMES
        or bool(_DESK_END.search(word))
        or outlets().find(word) is not None
    )


def reporters_after(found: dict[str, str | None]) -> str | None:
    """The reporter, or the two, ``REPORTER_AFTER`` read after a lead's bracket: of two
    words before 기자, each that is a reporter's name ("김철수 박영희 기자"; not "김철수
    정치부 기자", "하노이 김철수 특파원"); neither, one name of two words where neither
    names a place, desk or paper ("응우옌 반남 기자", a Vietnamese's in Hangul)."""
    after, also = found.get("after"), found.get("also")
    if not (after and also):
        return after
    if names := [w for w in (after, also) if is_reporter(w) and not _a_place(w)]:
        return ", ".join(names)
    if not (_names_no_one(after) or _names_no_one(also)):
        return f"{after} {also}"
    return None
