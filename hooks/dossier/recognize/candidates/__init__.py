"""Names in an article that no entity file registers yet, each with a guessed type.

A candidate is a run of capitalised words (lower-case connectors such as ``of`` or
``and`` may stand inside), an acronym, or a quoted title. Runs are cut at titles
(``Mayor``, ``Speaker``), at dates, at registered names (found by the pipeline's own
matcher, so a registered entity or a part of one is never proposed) and at ``and``
between two names. The type comes from the words inside the name (``… Agency``,
``… Festival``) and around it (``President …``, ``in …``, ``… province``). The finder
knows nothing about particular outlets; precision matters less than recall: an editor
deletes a wrong stub at a glance, a missed name goes unnoticed.

The stages, each in its module: ``lexicon`` (the word lists of ``candidates.yml``),
``finding`` (chains of capitalised words in a sentence, cut into pieces), ``rules`` and
``trimming`` (how pieces are cut, trimmed and accepted), ``scoring`` (the evidence for a
type). This module gathers each name's occurrences in an article into one candidate.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterator

from dossier.clean.metadata import outlets
from dossier.model import (
    CUT_OFF,
    Article,
    Candidate,
    Mention,
    Occurrence,
)
from dossier.places import is_listed_place
from dossier.recognize.candidates.acting_outlets import acting_keys, acting_outlets
from dossier.recognize.candidates.defined_acronyms import fold_defined_acronyms
from dossier.recognize.candidates.filters import (
    author_keys,
    glued_to_hangul,
    hangul_fragment,
    unwanted,
)
from dossier.recognize.candidates.finding import Found, Sentence, Span, find_pieces
from dossier.recognize.candidates.glosses import spelling_in
from dossier.recognize.candidates.headline_people import (
    heading_people,
    only_in_headings,
    titled_heading,
)
from dossier.recognize.candidates.korean_given_first import given_then_surname
from dossier.recognize.candidates.korean_outlets import cited_outlet
from dossier.recognize.candidates.korean_sentences import korean_sentence_names
from dossier.recognize.candidates.lexicon import Lexicon, lexicon
from dossier.recognize.candidates.lower_scraps import without_scraps
from dossier.recognize.candidates.lowercase import lower_case_names
from dossier.recognize.candidates.name_tails import without_name_tails
from dossier.recognize.candidates.numbered_names import (
    ordinal_start,
    unnumbered_scores,
)
from dossier.recognize.candidates.outlet_parties import INSTITUTIONS
from dossier.recognize.candidates.place_pairs import split_place_pairs
from dossier.recognize.candidates.scoring import choose_type
from dossier.recognize.candidates.seed_lines import PassageLines, seed_line, words_cut
from dossier.recognize.candidates.short_forms import (
    Sighting,
    fold_short_forms,
    short_form,
)
from dossier.recognize.candidates.soft_kinds import fold_soft_kinds
from dossier.recognize.candidates.span_inside import inside_any
from dossier.recognize.candidates.vietnamese import vietnamese_names
from dossier.recognize.candidates.vietnamese_persons import (
    spelt_like_a_place,
    surname_last,
)
from dossier.recognize.matcher import Matcher, find_mentions
from dossier.recognize.tokens import HANGUL, lower_case_keys
from dossier.text import fold, joined_key, name_key, sentences, strip_marks

__all__ = ["Candidate", "find_candidates", "seed_line"]


LOWER_CASE_EVIDENCE = 10  # the head noun names the kind: stronger than any cue


def find_candidates(
    article: Article,
    matcher: Matcher,
    ignore: tuple[str, ...] = (),
    raw_text: str | None = None,
    mentions: list[Mention] | None = None,
) -> list[Candidate]:
    """Unregistered names in an article, most frequent first, less those in ``ignore``.

    ``raw_text`` is the seed as stored, for exact line numbers; ``mentions`` are the
    article's registered names if already found, else the matcher finds them.
    """
    lex = lexicon()
    mentions = find_mentions(article, matcher) if mentions is None else mentions
    spans: dict[str, list[Span]] = defaultdict(list)
    for mention in mentions:
        spans[mention.anchor].append((mention.start, mention.end))
    ignored = {name_key(name) for name in ignore}
    found: dict[tuple[str, ...], list[Sighting]] = defaultdict(list)
    short_forms: dict[tuple[str, ...], tuple[str, ...]] = {}
    spellings: dict[tuple[str, ...], list[str]] = defaultdict(list)  # "…(Son La)"

    # an outlet the story names as an actor ("co-hosted by Yonhap News Agency")
    acting = acting_keys(article.passages)

    def known(key: tuple[str, ...]) -> bool:
        # a registered name, short name or native name, as spelt or in any spacing, or
        # an outlet's name (outlets are no new names, unless acting in the story)
        named = key in matcher.names or key in matcher.short_names
        joined = joined_key(key)
        acts = key in acting and joined in matcher.blocked
        return named or (matcher.known(joined) and not acts)

    seen = _sightings(article, spans, raw_text, lex, short_forms, spellings)
    seen = only_in_headings(seen, article.passages)  # a person a headline names alone
    seen = split_place_pairs(seen, known, lex)  # "Incheon-Nha Trang": two places
    for key, sighting in fold_soft_kinds(seen, known):  # "LG group" by "LG told"
        if key and not known(key) and key not in ignored:
            found[key].append(sighting)
    aliases = fold_short_forms(found, short_forms)
    registered_people = _registered_people(matcher, {m.entity for m in mentions}, lex)
    authors = author_keys(article)
    candidates = (
        _merge(s, tuple(dict.fromkeys([*aliases.get(k, ()), *spellings.get(k, ())])))
        for k, s in found.items()
    )
    merged = [
        c
        for c in candidates
        if not (len(name_key(c.name)) == 1 and name_key(c.name)[0] in registered_people)
        and (name_key(c.name) in acting or not _page_furniture(c))
        and not unwanted(c, authors, lex)
    ]
    if any(HANGUL.search(c.name) for c in merged):
        korean = _in_korean(article)
        merged = [
            c
            for c in merged
            if not HANGUL.search(c.name)
            or (korean and not hangul_fragment(c.name, c.type) and not cited_outlet(c))
        ]
    merged = without_name_tails(_without_surnames(merged), lex)  # "Viet Phong" alone
    return sorted(
        fold_defined_acronyms(merged, lex),  # "… Hàn Quốc (KITA)"
        key=lambda c: (-len(c.occurrences), c.first.line, c.name),
    )


_LATIN = re.compile(r"[A-Za-z]")


def _in_korean(article: Article) -> bool:
    """Whether an article is written in Korean: in another language, a Hangul string is
    the page's furniture (a menu, a copyright line), or a registered name's native form."""
    text = "\n".join(p.text for p in article.passages)
    return len(HANGUL.findall(text)) > len(_LATIN.findall(text))


MAX_OUTLET_WORDS = 3  # "Yonhap News Agency", "VNS Photo Công"


def _page_furniture(candidate: Candidate) -> bool:
    """An outlet's name (``Yonhap``, ``VNS Photo …``) or a speaker's label (``ANCHOR:``)."""
    name = candidate.name
    names = outlets()
    words = name.split()
    # (not an institution an outlet's word opens: "Chosun University", "Hankook Hospital")
    if names.find(name) or (
        names.find(words[0])
        and len(words) <= MAX_OUTLET_WORDS
        and words[-1].casefold() not in INSTITUTIONS
    ):
        return True
    label = (f"{name}:", f"{name} :", f"[{name}]")
    return name.isupper() and any(
        o.sentence.lstrip().startswith(label) for o in candidate.occurrences
    )


def _sightings(
    article: Article,
    spans: dict[str, list[Span]],
    raw_text: str | None,
    lex: Lexicon,
    short_forms: dict[tuple[str, ...], tuple[str, ...]],
    spellings: dict[tuple[str, ...], list[str]],
) -> Iterator[tuple[tuple[str, ...], Sighting]]:
    """Every name proposed in the article, with its key, in the order of the text;
    ``short_forms`` collects the abbreviations given in brackets after names,
    ``spellings`` a Hangul name's spelling in letters given so ("선라(Son La)성")."""
    lower_words = lower_case_keys("\n".join(p.text for p in article.passages))
    raw_lines = raw_text.split("\n") if raw_text is not None else None
    skipped = words_cut(article.dropped)
    for passage in article.passages:
        # a heading in title case: its names are found again in the story text, all but
        # a person only it names (only those are read from it)
        titled = titled_heading(passage)
        text = passage.text
        lines = PassageLines(raw_lines, passage, skipped)
        # where the copy breaks off ("Viet Na"): no name that runs to the cut
        cut = len(text.rstrip()) if passage.kind == CUT_OFF else -1
        if "(" in text and not titled:
            for _, end in spans[passage.anchor]:
                short = short_form(
                    text, end
                )  # a registered name's, whatever its letters
                if short:
                    short_forms[short] = ()
        # Hangul read as stops: a name in letters stands apart from it ("CJ ENM과 CGV가")
        lettered = HANGUL.sub(";", text) if HANGUL.search(text) else text
        for sentence, local in _sentences(text, sorted(spans[passage.anchor])):
            latin = Sentence(lettered, sentence.start, sentence.end)
            found = find_pieces(latin, local, lower_words, lex)
            pieces = [p for p in found if not glued_to_hangul(text, p.end)]
            if titled:
                pieces, lower = heading_people(text, pieces, lex), []
            else:
                pieces, lower = _story_names(text, sentence, pieces, local)
            pieces = [p for p in pieces if p.end != cut]
            lower = [n for n in lower if sentence.start + n[3] != cut]
            if not pieces and not lower:
                continue
            quoted = " ".join(text[sentence.start : sentence.end].split())
            for name, kind, start, end in lower:
                # "한국국제협력단(KOICA)": the short form given in brackets after the name
                short = short_form(text, sentence.start + end, name)
                if short:
                    short_forms.setdefault(short, name_key(name))
                at = sentence.start
                if "(" in text and (spelt := spelling_in(text, at + start, at + end)):
                    spellings[name_key(name)].append(spelt)
                line = lines.line(sentence.start + start)
                occurrence = Occurrence(
                    article.source, article.slug, passage.anchor, line, quoted
                )
                yield name_key(name), (name, occurrence, {kind: LOWER_CASE_EVIDENCE})
            for piece in pieces:
                start = _edition_start(text, piece)
                name = _without_city_word(" ".join(text[start : piece.end].split()))
                numbered = start < piece.start and start == ordinal_start(
                    text, piece.start, piece.end, lex
                )
                short = short_form(text, piece.stop, name)
                if short:
                    short_forms.setdefault(short, name_key(name))
                line = lines.line(piece.start)
                occurrence = Occurrence(
                    article.source, article.slug, passage.anchor, line, quoted
                )
                scores = unnumbered_scores(piece.scores) if numbered else piece.scores
                yield name_key(name), (name, occurrence, scores)


def _story_names(
    text: str, sentence: Sentence, pieces: list[Found], local: list[Span]
) -> tuple[list[Found], list[tuple[str, str, int, int]]]:
    """The pieces of a story sentence without the scraps of the names no capitals mark
    (lower-case, sentence-case Vietnamese, Korean), and those names."""
    lower = lower_case_names(text[sentence.start : sentence.end])
    lower += acting_outlets(text[sentence.start : sentence.end])
    # "Vietnam-Korea Extended Investment" of "… Investment forum": a scrap
    pieces = without_scraps(text, sentence.start, pieces, lower)
    lower += _vietnamese(text, sentence, pieces, local)
    lower += korean_sentence_names(text, sentence, pieces, local)
    return pieces, lower


# "the 11th … Dialogue", "the 2019 AFC Asian Cup": which edition of an event, its name's
# ("in 2019 Busan …" is when, not which)
_EDITION = re.compile(
    r"(?:(?<=\bthe )(?:19|20)\d\d|(?<![\w.,])\d{1,3}(?:st|nd|rd|th))\s+$", re.IGNORECASE
)


# "TP Đà Nẵng", "TP. Cần Thơ": the short word for a city (thành phố) before its name
_CITY_WORD = re.compile(r"(?:TP|Tp)\.?\s+(?P<place>\S.*)")


def _without_city_word(name: str) -> str:
    """A place of the list without the Vietnamese word for a city before it."""
    city = _CITY_WORD.fullmatch(name)
    if city and is_listed_place(name_key(city["place"])):
        return city["place"]
    return name


def _edition_start(text: str, piece: Found) -> int:
    """Where an event's name starts: at the edition before it, if the text gives one."""
    words = text[piece.start : piece.end].split()
    if not words or fold(words[-1]) not in lexicon().inside["events"]:
        return ordinal_start(text, piece.start, piece.end, lexicon())
    edition = _EDITION.search(text, max(0, piece.start - 16), piece.start)
    return edition.start() if edition else piece.start


def _vietnamese(
    text: str, sentence: Sentence, pieces: list[Found], registered: list[Span]
) -> list[tuple[str, str, int, int]]:
    """The sentence-case Vietnamese names of a sentence, less those inside a registered
    name ("HCM" of "TP.HCM"); the scraps of them the capitalised runs gave ("Quỹ Thiết")
    are taken out of ``pieces``."""
    at, in_registered = sentence.start, inside_any(registered)
    found = [
        name
        for name in vietnamese_names(text[sentence.start : sentence.end])
        if not in_registered(at + name[2], at + name[3])
    ]
    # an agreement "… giữa A và B" keeps its parties' own names
    in_found = inside_any(
        (
            at + a,
            at + (a + n.find(" giữa ") if k == "agreements" and " giữa " in n else b),
        )
        for n, k, a, b in found
    )
    pieces[:] = [p for p in pieces if not in_found(p.start, p.end)]
    return found


def _sentences(text: str, named: list[Span]) -> list[tuple[Sentence, list[Span]]]:
    """Each sentence of a paragraph with the registered names starting in it, found by
    bisection in the sorted spans: a scan per sentence is quadratic in a long paragraph.
    """
    starts = [s for s, _ in named]
    return [
        (Sentence(text, a, b), named[bisect_left(starts, a) : bisect_left(starts, b)])
        for a, b in sentences(text) or [(0, len(text))]
    ]


def _registered_people(matcher: Matcher, mentioned: set[str], lex: Lexicon) -> set[str]:
    """Every word of the registered names, starting with a surname, of the people an
    article names: "Han" alone is then that person, not a new name."""
    return {
        word
        for slug in mentioned
        for key in matcher.keys_of.get(slug, ())
        if len(key) > 1 and key[0] in lex.surnames
        for word in key
    }


def _without_surnames(candidates: list[Candidate]) -> list[Candidate]:
    """Drops a one-word name that is part of a person's name found in the same article:
    "Han said" after "Han Ji-soo"."""
    parts = {
        key
        for c in candidates
        if c.type == "leaders" and len(name_key(c.name)) > 1
        for key in name_key(c.name)
    }
    return [
        c
        for c in candidates
        if len(name_key(c.name)) > 1 or name_key(c.name)[0] not in parts
    ]


def _merge(sightings: list[Sighting], aliases: tuple[str, ...] = ()) -> Candidate:
    """One candidate from a name's sightings: its commonest form (with diacritics if
    written both ways, else the earliest), the sum of its evidence, its occurrences,
    and the ``aliases`` (short forms) the articles give it."""
    forms = Counter(name for name, _, _ in sightings)
    names = [name for name, _, _ in sightings]
    name = max(
        forms,
        key=lambda n: (
            forms[n],
            n != strip_marks(n),
            -sightings[names.index(n)][1].line,
        ),
    )
    scores: Counter = Counter()
    for _, _, piece_scores in sightings:
        scores.update(piece_scores)
    occurrences = tuple(dict.fromkeys(o for _, o, _ in sightings))
    place = is_listed_place(name_key(name))
    # with no evidence at all, a Korean given name and surname name a person ("Hyun Jin
    # Park"), Vietnamese syllables a place ("Phong Nhi"), neither a body
    unscored = not place and not any(scores.values())
    shaped = unscored and spelt_like_a_place(name)
    person = unscored and (
        given_then_surname(name, lexicon(), vietnamese=shaped) or surname_last(name)
    )
    place = place or (shaped and not person)
    kind = "cities" if place else "leaders" if person else choose_type(scores)
    return Candidate(name, kind, occurrences, dict(scores), aliases)
