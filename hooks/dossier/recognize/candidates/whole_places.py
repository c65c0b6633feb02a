"""A run of words that spells one listed place whole is that place and nothing else.

A province's first syllable may read as a title or a function word ("Bà Rịa": "Bà" is
Mrs.), and a province may hold two places of the gazetteer ("Ba Ria – Vung Tau", "Thua
Thien Hue"). Neither the title's cut, nor the trimming of the word, nor the place inside
is wanted when the words are the place.
"""

from __future__ import annotations

from dossier.places import is_listed_place
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.rules import Piece, inner_names, split_at_titles
from dossier.recognize.candidates.titled_bodies import trim_keeping_office
from dossier.recognize.tokens import Word


def _one_place(words: list[Word]) -> bool:
    return len(words) > 1 and is_listed_place([w.key for w in words])


def titled_pieces(run: list[Word], lex: Lexicon) -> list[Piece]:
    """The run cut at its titles, unless it is one listed place ("Bà Rịa")."""
    return [Piece(run)] if _one_place(run) else split_at_titles(run, lex)


def names_inside(words: list[Word], lex: Lexicon) -> list[list[Word]]:
    """The names a name holds, none when it is one listed place ("Ba Ria – Vung Tau")."""
    return [] if _one_place(words) else inner_names(words, lex)


def trimmed(piece: Piece, lex: Lexicon) -> Piece | None:
    """The piece trimmed of the words that frame it, unless it is one listed place; a
    body's office after it stays ("Office of the Prime Minister": ``titled_bodies``)."""
    return piece if _one_place(piece.words) else trim_keeping_office(piece, lex)
