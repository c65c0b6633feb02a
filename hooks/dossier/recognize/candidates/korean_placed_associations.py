"""A women's or a veterans' association named in one word by the place or the people it
serves: "다낭한인여성회", "하노이여성회", "베트남참전회", "월남참전회". The kind alone
("한인여성회", "이주여성회", "전우참전회") names none, nor a women's conference ("세계여성회의
참석자들", "베이징여성회의(1995년)": 여성회의 before anything but a syllable, not 여성회 and
a particle); a veterans' conference is rare, so "월남참전회의 회원들" is the association's."""

from __future__ import annotations

from dossier.recognize.candidates.korean_localities import REGIONS, names_a_place
from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, words_of

_WOMEN = "여성회"
_HEADS = (_WOMEN, "참전회")
# the Koreans between the place and the kind: "다낭한인여성회"
_KOREANS = "한인"
# the wars a veterans' association is named by: "월남참전회", "베트남전참전회"
_WARS = frozenset(words_of("월남 월남전 베트남전 한국전"))
_CONFERENCE = "의"


def placed_association(word: str, name: str, after: str) -> str | None:
    """The head ("여성회", "참전회") of ``name``, the stem of ``word``, when what comes
    before it names a place or a people; ``after`` is the character after ``word``."""
    head = next((h for h in _HEADS if name.endswith(h)), None)
    if head is None or (
        head == _WOMEN and word == name + _CONFERENCE and not "가" <= after <= "힣"
    ):
        return None  # "세계여성회의 참석자들", "베이징여성회의(1995년)": a conference
    own = name[: -len(head)].removesuffix(_KOREANS)
    named = own in REGIONS or own in HANGUL_COUNTRIES or own in _WARS
    return head if own and (named or names_a_place(own)) else None
