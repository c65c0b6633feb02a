"""Whether a Hangul word may be a person's name: a surname and two to four syllables in
all, not a region, a country, a body, a listed place or a place with its kind
("국방부", "하노이", "박닌성" are none of them a person)."""

from __future__ import annotations

from dossier.places import is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_bodies import is_body
from dossier.recognize.candidates.korean_localities import REGIONS
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    MAX_NAME_SYLLABLES,
    SURNAMES,
    is_title,
    lettered,
)
from dossier.recognize.candidates.lexicon import name_key

# a prosecutors' office ("인천지검", "제주지청") and a party ("민주당"), which a surname's
# syllable may open
_NO_NAME_ENDS = ("지검", "지청", "당")


def may_be_person(word: str, text: str, start: int) -> bool:
    """``word``, at ``start`` in ``text``, may be a person's name."""
    low, high = MAX_NAME_SYLLABLES
    return (
        low <= len(word) <= high
        and word[0] in SURNAMES
        # "경북 영양군(군수 …)", "국방부 차관": a place or a body, no person
        and not (word in REGIONS or word in HANGUL_COUNTRIES or is_body(word))
        and not word.endswith(_NO_NAME_ENDS)
        # "CJ제마뎁": the rest of a firm's name
        and not lettered(text, start)
        # "하노이 과학기술대학교 총장": the university's place; "… 박닌성 인민위원장": the
        # province, its chairman's
        and not (is_listed_place(name_key(word)) or is_place_with_kind(word))
        # "한국지사 지점장": the Korea branch
        and not any(
            word.startswith(c) and is_title(word[len(c) :]) for c in HANGUL_COUNTRIES
        )
    )
