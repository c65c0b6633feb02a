"""The other names of a list that holds a body, a port or an airport: "현대제철과 포스코,
동국씨엠이" lists firms, so each is a body; "인천경제자유구역과 인천항", "푸바이·다낭공항"
list places ships, planes and firms come to, so each is a place, as the port is."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dossier.places import country_keys, is_listed_place
from dossier.recognize.candidates.korean_glued_heads import PORT
from dossier.recognize.candidates.korean_words import Named, is_title
from dossier.recognize.candidates.lexicon import name_key
from dossier.recognize.candidates.morphemes import listed_with
from dossier.recognize.tokens import HANGUL
from dossier.text import joined_key


def list_neighbours(text: str, found: Iterable[Named]) -> Iterator[Named]:
    """(name, type, start, end) of the words listed with the bodies and ports ``found``
    in ``text``: neither a title, a listed place nor a country, nor the word that says
    what the next name found is ("냉동식품업체 까우제": a maker of frozen food, 까우제)."""
    found = list(found)
    opens = {a for _, _, a, _ in found}
    for kind, members in (
        ("organizations", [(a, b) for _, k, a, b in found if k == "organizations"]),
        ("cities", [(a, b) for n, k, a, b in found if k == "cities" and _port(n)]),
    ):
        for start, end in listed_with(text, members):
            if text[end : end + 1] == " " and end + 1 in opens:
                continue
            key, name = name_key(text[start:end]), text[start:end]
            if not HANGUL.search(name):
                continue  # "SK" of "삼성전자, SK, 현대차": letters, read as a name elsewhere
            country = joined_key(key) in country_keys()
            if not (is_title(name) or is_listed_place(key) or country):
                yield name, kind, start, end


def _port(name: str) -> bool:
    return name.endswith(PORT)  # "인천항", "다낭공항"
