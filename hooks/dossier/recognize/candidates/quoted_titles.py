"""Quoted titles: “Connecting Vietnamese Localities…”, one name for the words inside.

A title of mostly capitalised words in quotes is one name, and the pieces inside it give
way to it. Where a registered name stands inside the quote, the quote is that name's use
unless it is plainly a work's title ("Train to Busan Presents: Peninsula", a film):
three words or more, the registered name neither first nor last, every lower-case word a
title's small word, no comma inside, and either a work named just before it (the film,
drama, book, phim, 영화 …) or a subtitle after a colon, with nothing before it that
cites speech, a headline or a slogan ("shouted", "headlined", "story", "slogan"). A
greeting or chant ("Welcome to …, Uncle Moon", "Go Busan Go"), a cited headline ("Why
Young Koreans Now Choose Da Nang …") or a report's title stays pieces, so a real place
inside one ("… and the Mekong Delta") is still proposed.

Each quote's registered names are sought by bisection (``SpanIndex``), and the finder's
pieces inside accepted quotes are dropped in one pass (``covering`` in finding.py), so a
line of thousands of quotes is read in linear time.
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.rules import Piece
from dossier.recognize.candidates.scoring import score
from dossier.recognize.candidates.span_index import SpanIndex
from dossier.recognize.tokens import Word, words_of

QUOTED = re.compile(r"[“\"]([^”\"\n]{3,120})[”\"]")
# what a title never holds: a clause after a comma, a bracket opened in it
_SPOKEN = re.compile(r",\s+[a-z]|\((?![^()]*\))")
MIN_HOLDING_TITLE = 3  # words of a quoted title a registered name stands inside
# the lower-case words of a title in title case ("Train to Busan …", "Return of the …")
_TITLE_SMALL = frozenset(
    ["a", "an", "and", "at", "for", "from", "in", "of", "on", "the", "to", "with"]
)
# a work named just before its title: "the film “…”", "bộ phim “…”", "영화 “…”"
_WORKS = frozenset(
    [
        "film",
        "films",
        "movie",
        "movies",
        "drama",
        "dramas",
        "series",
        "sitcom",
        "show",
        "documentary",
        "book",
        "novel",
        "memoir",
        "album",
        "song",
        "musical",
        "opera",
        "webtoon",
        "blockbuster",
        "phim",
        "sách",
        "truyện",
        "thuyết",
        "khúc",
        "hát",
        "kịch",
        "영화",
        "드라마",
        "노래",
        "앨범",
        "책",
        "소설",
    ]  # thuyết, khúc: tiểu thuyết, ca khúc
)
# what cites speech, a headline or a slogan before a quote: no work's title
_CITED = frozenset(
    [
        "said",
        "says",
        "told",
        "tell",
        "shouted",
        "shout",
        "chanted",
        "chant",
        "sang",
        "sing",
        "cried",
        "wrote",
        "writes",
        "reading",
        "read",
        "headline",
        "headlined",
        "headlines",
        "story",
        "article",
        "column",
        "report",
        "slogan",
        "motto",
        "banner",
        "sign",
        "placard",
        "message",
        "asked",
        "replied",
    ]
)
_GREETINGS = frozenset(["welcome", "go", "hello", "goodbye", "thank", "thanks"])
_BEFORE = 40  # characters read before a quote for its cue
_CUE_WORDS = 3  # the words right before a quote that may name its work


def quoted_titles(
    text: str, begin: int, end: int, spans: list[tuple[int, int]], lex: Lexicon
) -> list[tuple[tuple[int, int], tuple[int, int, int, dict[str, int]]]]:
    """The quoted titles of ``text[begin:end]``: each as the quote's stretch (the
    pieces inside it give way) and the name (start, end, stop, scores)."""
    index = SpanIndex(spans)
    titles = []
    for match in QUOTED.finditer(text, begin, end):
        quoted = words_of(match.group(1))
        caps = sum(1 for w in quoted if w.capitalised)
        if not quoted or not quoted[0].capitalised or caps * 2 < len(quoted):
            continue
        # "We love the team, especially the coach (Park Hang-seo),": speech
        if _SPOKEN.search(match.group(1)):
            continue
        offset, stop = match.start(1), match.end(1)
        inside = index.over(offset, stop)
        if inside and not _work_title(text, match, quoted, inside, begin):
            continue
        piece = Piece(quoted)
        score(piece, lex)
        last = quoted[-1]
        name = (offset + quoted[0].start, offset + last.end, offset + last.stop)
        titles.append(((offset, stop), (*name, dict(piece.scores))))
    return titles


def _work_title(
    text: str,
    match: re.Match,
    words: list[Word],
    inside: tuple[tuple[int, int], ...],
    begin: int,
) -> bool:
    """Whether a quote holding registered names (``inside``, offsets in it) is a work's
    title rather than that name's use, speech, a headline or a slogan."""
    quote = match.group(1).rstrip(" ,.;!?…")
    first, last = words[0].start, words[-1].end
    if (
        len(words) < MIN_HOLDING_TITLE
        or any(a <= first or last <= b for a, b in inside)
        or any(not w.capitalised and w.key not in _TITLE_SMALL for w in words)
        or "," in quote
    ):
        return False
    window = text[max(begin, match.start() - _BEFORE) : match.start()]
    before = [w.text.lower() for w in words_of(window, False)][-_CUE_WORDS:]
    if any(w in _CITED for w in before):
        return False
    if any(w in _WORKS for w in before):
        return True
    return (
        re.search(r"\w: [^\W\d_a-z]", quote) is not None
        and words[0].key not in _GREETINGS
    )
