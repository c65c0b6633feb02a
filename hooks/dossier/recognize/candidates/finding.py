"""Where names may be in a sentence: chains of capitalised words, and quoted titles.

A build reads every sentence of every article, and most words are plain lower-case words
that start no name, so a regular expression first picks out the chains of words that may
hold one (``_chains``). Each chain is cut into runs of words joined by spaces only, then
into pieces by ``rules`` and ``trimming``. Chains recur across articles (``The``,
``Vietnam``, ``South Korea``), so the pieces of each distinct chain are worked out once
and cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from dossier.recognize.candidates.and_splits import split_at_and
from dossier.recognize.candidates.bracketed import bracketed_names
from dossier.recognize.candidates.capital_the import the_start
from dossier.recognize.candidates.comma_names import LEADERS_EVIDENCE, comma_names
from dossier.recognize.candidates.country_owned import owned_by_country
from dossier.recognize.candidates.country_tails import without_country
from dossier.recognize.candidates.defined_bodies import defined_body, defined_by_article
from dossier.recognize.candidates.extended_names import extended_names
from dossier.recognize.candidates.lexicon import Lexicon, lexicon
from dossier.recognize.candidates.numbered_ends import numbered_ends
from dossier.recognize.candidates.person_splits import split_at_person
from dossier.recognize.candidates.quoted_titles import quoted_titles
from dossier.recognize.candidates.rules import (
    Piece,
    head,
    split_at_registered,
)
from dossier.recognize.candidates.runs import LOCAL, after_title, runs
from dossier.recognize.candidates.scoring import score, share_list_context
from dossier.recognize.candidates.span_index import SpanIndex, covering
from dossier.recognize.candidates.trimming import acceptable, trim
from dossier.recognize.candidates.whole_places import (
    names_inside,
    titled_pieces,
    trimmed,
)
from dossier.recognize.tokens import (
    TOKEN,
    TOKEN_ENDS,
    WORD,
    Word,
    is_acronym,
    opens_after,
    words_of,
)

_LIMITED = re.compile(r",?\s(?:Ltd\.?|LTD\.?|Limited)(?!\w)")
_ABBREVIATED = re.compile(r"\b(?:Co|Corp|Inc|Ltd|Bhd|Jsc|JSC|Pte|Plc)$")
Span = tuple[int, int]
# What the rules read of a word: its text, key, whether it opens the sentence, is
# capitalised, is (part of) a registered name.
Shape = tuple[tuple[str, str, bool, bool, bool], ...]
# A name in a run: the indices of its words, whether its last word loses a possessive
# ’s, the key to seek among the article's lower-case words (one-word names), its scores.
Shaped = tuple[tuple[int, ...], bool, str | None, tuple[tuple[str, int], ...]]


class Sentence(NamedTuple):
    """A sentence of a paragraph: the paragraph text and where the sentence is in it."""

    text: str
    start: int
    end: int


class Found(NamedTuple):
    """A name found in a paragraph: where it is, where its last token ends ("Korea’s"),
    and its type scores (a plain dict: a Counter per name costs more than the rules)."""

    start: int
    end: int
    stop: int
    scores: dict[str, int]


def find_pieces(
    sentence: Sentence, spans: list[Span], lower_words: set[str], lex: Lexicon
) -> list[Found]:
    """The proposed names of a sentence, scored; ``spans`` are the registered names in
    it and ``lower_words`` the words its article writes in lower case."""
    found = _located(
        _chain_names(sentence, spans, lower_words, lex), sentence, spans, lex
    )
    found = extended_names(found, sentence, lex)  # "…, Hanoi", "… to implement the …"
    if "," in sentence.text[sentence.start : sentence.end]:
        found = _with_fields(found, sentence, lex)
        # "Mr. Yoon, Sang Ho, …": one person, whose name the comma cut in two
        named = comma_names(sentence.text, sentence.start, sentence.end, lex)
        found = [
            p for p in found if not any(a < p.end and p.start < b for a, b in named)
        ]
        found += [Found(a, b, b, {"leaders": LEADERS_EVIDENCE}) for a, b in named]
    if "(" in sentence.text[sentence.start : sentence.end]:
        found = _bracketed(found, sentence, spans, lex)
    # Quoted titles: “Connecting Vietnamese Localities…”
    if titles := quoted_titles(sentence.text, sentence.start, sentence.end, spans, lex):
        inside = covering(tuple(stretch for stretch, _ in titles))
        found = [p for p in found if not inside(p.start, p.end)]
        found += [Found(*name) for _, name in titles]
    found = numbered_ends(sentence, found, lex)  # "… Factory No. 2"
    found = [
        p._replace(start=the_start(sentence.text, sentence.start, p.start, p.end, lex))
        for p in found
    ]
    found.sort(key=lambda p: p.start)
    share_list_context(found, sentence, lex)
    return found


@cache
def _chains(connectors: frozenset[str]) -> re.Pattern:
    """A pattern that matches, token by whole token, either a stretch of text no name
    can start in, or (group ``chain``) a token that may start a name and the tokens that
    may continue it, joined by spaces or a dash (spaced or not, or on one side only).

    It only has to over-approximate: the words of a chain go through the exact rules of
    ``_runs``. A name starts with a capital (or a Hangul syllable), so any token
    starting with a-z, a digit or ``&`` is skipped; a run goes on over anything but a
    plain lower-case word (ASCII letters, no hyphen) that is not a connector such as
    ``of``. Most words of a story are such words, so most of the text is skipped by the
    regular-expression engine alone. The pattern matches at every place it is tried (at
    the end, an empty match), so the scan never restarts inside a word.
    """
    # a place's body may go on over its kind in lower case ("… provincial People's …")
    joining = connectors | LOCAL
    ascii_connectors = (re.escape(c) for c in joining if c.isascii() and c.isalpha())
    forms = "|".join(sorted(ascii_connectors, key=len, reverse=True))
    plain_lower = (
        rf"(?!(?i:{forms})(?:[’'][sS])?{TOKEN_ENDS})"
        rf"[a-z](?:[A-Za-z0-9’']*[A-Za-z0-9])?{TOKEN_ENDS}"
    )
    first = rf"(?=[^\W\d_a-z]){TOKEN}"
    follow = rf"(?:[’']?[ \t\xa0]+|[ \t\xa0]*[–‐-][ \t\xa0]*)(?!{plain_lower}){TOKEN}"
    # Whole tokens (and the ’ or - after them) that start no name, and the gaps between.
    skip = r"(?:[a-z\d][\w’'-]*|[^\w&]+|[_&])*+"
    return re.compile(rf"{skip}(?:(?P<chain>{first}(?:{follow})*)|\Z)")


def _chain_names(
    sentence: Sentence, spans: list[Span], lower_words: set[str], lex: Lexicon
) -> list[Found]:
    """The names in a sentence's chains, the words that may hold one (``_chains``)."""
    text = sentence.text
    opening = WORD.search(text, sentence.start, sentence.end)
    first = opening.start() if opening else -1
    found, index = [], SpanIndex(spans)
    for match in _chains(lex.connectors).finditer(text, sentence.start, sentence.end):
        chain = match.group("chain")
        if chain is None:
            continue  # the end of the sentence
        at = match.start("chain")
        opens = at == first or opens_after(text, at)
        registered = index.over(at, at + len(chain))
        titled = after_title(text, at)
        defined = defined_by_article(text, at)
        for start, end, stop, lower_key, scores in _chain_pieces(
            chain, opens, registered, titled, defined
        ):
            # (it ends the piece: sought in its last five characters, not the chain)
            abbreviated = _ABBREVIATED.search(chain, max(0, end - 5), end)
            if abbreviated and text[at + end : at + end + 1] == ".":
                end += 1  # "Seorim Bicycle Co.": the full stop is the name's
                if limited := _LIMITED.match(text, at + end):
                    end = limited.end() - at  # "Samshin Valve Vina Co., Ltd."
            # A one-word name written in lower case elsewhere is a common noun.
            if lower_key is None or lower_key not in lower_words:
                found.append(Found(at + start, at + end, at + stop, dict(scores)))
    return found


@lru_cache(maxsize=1 << 16)
def _chain_pieces(
    chain: str,
    opens: bool,
    registered: tuple[Span, ...],
    titled: bool = False,
    defined: bool = False,
) -> tuple[tuple[int, int, int, str | None, tuple], ...]:
    """The names in a chain, by its text, whether it opens its sentence, where
    registered names are in it and whether a short title and its stop stand before it
    ("Dr. Jun Hur"): (start, end, end of the last token, the key to seek among the
    article's lower-case words or None, scores from inside), chain offsets."""
    found, inside = [], covering(registered)
    for run in runs(chain, words_of(chain, opens), lexicon(), titled):
        shape = tuple(
            (w.text, w.key, w.initial, w.capitalised, inside(w.start, w.end))
            for w in run
        )
        owned = owned_by_country(chain, run[0].start, lexicon())
        owned = owned or defined_body(run, defined)
        for indices, possessive, lower_key, scores in _shaped_pieces(shape, owned):
            first, last = run[indices[0]], run[indices[-1]]
            end = last.end - 2 if possessive else last.end
            found.append((first.start, end, last.stop, lower_key, scores))
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def _shaped_pieces(shape: Shape, owned: bool = False) -> tuple[Shaped, ...]:
    """The names in a run, by what the rules read of each of its words (see ``Shape``);
    runs recur even where their chains differ, so each distinct one is read once.
    ``owned``: a country's possessive stands before the run."""
    lex = lexicon()
    # Positions stand in for offsets, so a piece tells which words of the run it holds.
    run = [
        Word(text, i, i, key, initial, capitalised, i)
        for i, (text, key, initial, capitalised, _) in enumerate(shape)
    ]
    registered = [i for i, item in enumerate(shape) if item[4]]
    found = []
    for piece in _names_in(run, registered, lex, owned):
        score(piece, lex)
        found.append(_shaped(piece, shape))
    return tuple(found)


def _names_in(
    run: list[Word], registered: list[int], lex: Lexicon, owned: bool = False
) -> Iterator[Piece]:
    """The names in a run, cut, trimmed and accepted; ``registered`` are the positions
    of the words that are (part of) a registered name, which no candidate may hold;
    ``owned``: the run's first name is a country's body, named by common words alone."""
    for titled in titled_pieces(run, lex):
        for piece in split_at_and(titled, lex):
            for person in split_at_person(piece, lex):
                for part in split_at_registered(person.words, registered, lex):
                    if not part:
                        continue
                    part = without_country(part, lex)  # "Lotte Group of Korea"
                    kept = trimmed(Piece(part, person.after_title), lex)
                    whole = owned and kept is not None and kept.words == run
                    if kept and acceptable(kept, lex, whole):
                        yield kept
                        for inner in names_inside(kept.words, lex):
                            piece = trim(Piece(inner), lex)
                            if piece and acceptable(piece, lex):
                                yield piece


def _shaped(piece: Piece, shape: Shape) -> Shaped:
    words = piece.words
    indices = tuple(w.start for w in words)
    possessive = words[-1].text != shape[indices[-1]][0]
    single = len(words) == 1 and not is_acronym(words[0].text)
    return (
        indices,
        possessive,
        words[0].key if single else None,
        tuple(piece.scores.items()),
    )


_IN = re.compile(r"\s+in\s+(?:the\s+)?")
# a place after "in": capitalised words, "of" between them ("the Republic of Korea")
_CAPITALISED = re.compile(
    r"[^\W\d_a-z][\w’'-]*(?:[ \t]+(?:of[ \t]+)?[^\W\d_a-z][\w’'-]*){0,3}"
)


def _located(
    found: list[Found], sentence: Sentence, spans: list[Span], lex: Lexicon
) -> list[Found]:
    """``Korean Cultural Centre`` + ``in Viet Nam``: a name whose head noun takes its
    place (``located`` in the word lists) goes on over ``in`` and the place, a registered
    name, a name found or a country."""
    text, out = sentence.text, []
    for piece in found:
        gap = _IN.match(text, piece.end, sentence.end)
        if gap and _takes_place(text[piece.start : piece.end], lex):
            end = _place_at(gap.end(), sentence, found, spans, lex)
            if end:
                out.append(Found(piece.start, end[0], end[1], piece.scores))
                continue
        out.append(piece)
    return out


# ", Industry and Energy" after "Ministry of Trade": the rest of a body's fields.
_CAP = r"[^\W\d_a-z][\w’'-]*"
_FIELDS = re.compile(
    rf",\s+{_CAP}(?:\s+{_CAP})?(?:,\s+{_CAP}(?:\s+{_CAP})?)*,?\s+(?:and|&)\s+"
    rf"{_CAP}(?:\s+(?P<second>{_CAP}))?"
)
# "… and Startups" after "Ministry of Micro, Small and Medium Enterprises": one more field,
# of common nouns only (not "… and Seoul City", another party)
_ONE_MORE_FIELD = re.compile(rf"\s+(?:and|&)\s+{_CAP}(?:\s+{_CAP})?")
# (and "Committee on Defence, Security and Foreign Affairs", a legislature's)
_OF_FIELD = re.compile(rf"\b(?:of|for|on)\s+{_CAP}$")


def _with_fields(found: list[Found], sentence: Sentence, lex: Lexicon) -> list[Found]:
    """``Ministry of Trade`` + ``, Industry and Energy``: a body named for several fields
    goes on over the list of them, when most of its words are common nouns (a list of
    other names after it is not its fields)."""
    text, out, end = sentence.text, [], -1
    for piece in found:
        if piece.start < end:
            continue  # a field of the name before: "Energy"
        name = text[piece.start : piece.end]
        fields = _OF_FIELD.search(name) and _FIELDS.match(text, piece.end, sentence.end)
        if fields and _common_fields(fields.group(), lex):
            head_word = head(words_of(name))
            if head_word.key in lex.inside["organizations"]:
                end = fields.end()
                # "… Sports and Tourism Tran Van Binh": the last field is one word when
                # the next is no common noun but the name of the body's head
                second = fields["second"]
                if second and words_of(second)[0].key not in lex.common:
                    end = fields.start("second")
                    end -= len(text[:end]) - len(text[:end].rstrip())
                more = _ONE_MORE_FIELD.match(text, end, sentence.end)
                if more and all(
                    w.key in lex.common for w in words_of(more.group())[1:]
                ):
                    end = more.end()
                out.append(Found(piece.start, end, end, piece.scores))
                continue
        out.append(piece)
    return out


def _bracketed(
    found: list[Found], sentence: Sentence, spans: list[Span], lex: Lexicon
) -> list[Found]:
    """``Southeast Asian`` + ``(SEA) Games``: a name holding its short form in brackets
    (``bracketed``) replaces the scraps from the brackets on."""
    spans_found = [(p.start, p.end) for p in found]
    merged = bracketed_names(
        sentence.text, spans_found, (sentence.start, sentence.end), spans, lex
    )
    cut = [stretch for *_, stretch in merged]
    kept = [p for p in found if not any(a <= p.start and p.end <= b for a, b in cut)]
    return kept + [Found(a, b, b, scores) for a, b, scores, _ in merged]


def _common_fields(text: str, lex: Lexicon) -> bool:
    """Whether most words of a list are common nouns: "Industry and Energy"."""
    keys = [w.key for w in words_of(text) if w.key not in ("and", "&")]
    return 2 * sum(k in lex.common for k in keys) >= len(keys)


def _takes_place(name: str, lex: Lexicon) -> bool:
    """Whether a name's head takes its place; an edition numbered by its year is named
    already, and "in …" says only where it is held ("Culture Week 2025 in Cần Thơ")."""
    words = words_of(name)
    return not words[-1].text.isdigit() and head(words).key in lex.located


def _place_at(
    at: int, sentence: Sentence, found: list[Found], spans: list[Span], lex: Lexicon
) -> tuple[int, int] | None:
    """Where the place that starts at ``at`` ends (as a name, and as tokens), if one does."""
    for a, b in spans:
        if a == at:
            return b, b
    for piece in found:
        if piece.start == at:
            return piece.end, piece.stop
    match = _CAPITALISED.match(sentence.text, at, sentence.end)
    if match:
        words = words_of(match.group())
        for size in range(len(words), 0, -1):
            if " ".join(w.key for w in words[:size]) in lex.countries:
                return at + words[size - 1].end, at + words[size - 1].stop
    return None
