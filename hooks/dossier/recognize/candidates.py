"""Names in an article that no entity file registers yet, each with a guessed type.

A candidate is a run of capitalised words (lower-case connectors such as ``of`` or ``and`` may
stand inside), an acronym, or a quoted title. Runs are cut at titles (``Mayor``, ``Speaker``),
at dates, at registered names (found by the pipeline's own matcher, so a registered entity or a
part of one is never proposed) and at ``and`` between two names. The type comes from the words
inside the name (``… Agency``, ``… Festival``) and around it (``President …``, ``in …``,
``… province``). The finder knows nothing about particular outlets; precision matters less
than recall: an editor deletes a wrong stub at a glance, a missed name goes unnoticed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml

from dossier.model import (
    HEADLINE,
    SUBHEADING,
    Article,
    Candidate,
    Mention,
    Occurrence,
    Passage,
)
from dossier.recognize.matcher import Matcher, find_mentions
from dossier.schema import TYPES
from dossier.text import fold, name_key, sentences, strip_marks

_TOKEN = r"(?:[^\W_](?:[\w’'-]*[^\W_])?|&)"
_TOKEN_ENDS = r"(?![\w’'-]*[^\W_])"  # no token character follows: a token matched up to here is whole
_WORD = re.compile(_TOKEN)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_GIVEN_NAME = re.compile(
    r"[A-Z][a-z]+-[A-Za-z][a-z]+"
)  # Korean given names: Se-hoon, Hwi-young
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+[a-z]?[A-Z0-9]*")  # VKBIA, HYBE, YeaH1
_SPACE = re.compile(
    r"[ \t\u00a0]+|[–‐-]"
)  # a line break ends a name; "Vietnam–South Korea" does not
_LOWER_WORD = re.compile(
    r"\b[a-zà-ỹ][\w’'-]*"
)  # a word written in lower case somewhere in the article
_QUOTED = re.compile(r"[“\"]([^”\"\n]{3,120})[”\"]")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
_SUFFIXES = (
    "based",
    "led",
    "born",
    "backed",
    "owned",
    "run",
    "made",
    "style",
    "related",
    "funded",
    "level",
    "wide",
    "bound",
    "oriented",
    "themed",
    "inspired",
    "listed",
    "educated",
    "speaking",
)
_POSSESSIVE = re.compile(r"[’']s$")
_SENTENCE_START_FORMS = (
    "ing",
    "ed",
    "ly",
)  # "Attending …", "Impressed …", "Additionally …"
TYPE_ORDER = tuple(t.key for t in TYPES)


@dataclass(frozen=True)
class Lexicon:
    stop: frozenset[str]
    dates: frozenset[str]
    countries: frozenset[str]
    nationalities: frozenset[str]
    titles: frozenset[str]
    connectors: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]
    inside: dict[str, frozenset[str]]
    around: dict[
        str, tuple[str, ...]
    ]  # cues padded with spaces: " signed ", found in a padded window
    before: dict[str, frozenset[str]]
    plain: frozenset[
        str
    ]  # words that name nothing alone: countries, nationalities, common, stop words, titles
    long_countries: tuple[
        str, ...
    ]  # country names longer than three letters ("Busan, South Korea")


@cache
def lexicon(path: Path = Path(__file__).parent / "candidates.yml") -> Lexicon:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in data[key])

    cues = data["cues"]
    countries, nationalities, titles = (
        words("countries"),
        words("nationalities"),
        words("titles"),
    )
    stop, common = words("stop_words"), words("common_words")
    return Lexicon(
        stop=stop,
        dates=words("months") | words("weekdays"),
        countries=countries,
        nationalities=nationalities,
        titles=titles,
        connectors=words("connectors"),
        surnames=words("surnames"),
        common=common,
        inside={
            t: frozenset(fold(w) for w in c.get("inside", ())) for t, c in cues.items()
        },
        around={
            t: tuple(f" {fold(w)} " for w in c.get("around", ()))
            for t, c in cues.items()
        },
        before={
            t: frozenset(fold(w) for w in c.get("before", ())) for t, c in cues.items()
        },
        plain=countries | nationalities | common | stop | titles,
        long_countries=tuple(sorted(c for c in countries if len(c) > 3)),
    )


class Word(NamedTuple):
    """A word token (a tuple: there are hundreds of thousands per build, so each must be cheap to make)."""

    text: str
    start: int
    end: int
    key: str  # folded
    initial: bool = False  # first word of its sentence
    capitalised: bool = False  # starts with a capital letter or a Hangul syllable
    stop: int = 0  # where the token ends in the text ("Seoul-based", "Korea’s"), whatever ``end`` was cut to


@dataclass
class Piece:
    """One proposed name inside a sentence, with the evidence for its type."""

    words: list[Word]
    after_title: bool = False
    scores: Counter = field(default_factory=Counter)

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end


_GENRE = re.compile(r"[A-Z]-[a-z]+")


@lru_cache(maxsize=1 << 16)
def _word_key(token: str) -> str:
    """A token's folded key; tokens repeat across every article, so each is folded once."""
    return _POSSESSIVE.sub("", fold(token))


@lru_cache(maxsize=1 << 17)
def _token(raw: str) -> tuple[str, str, bool]:
    """(word, key, capitalised) of a raw token; tokens repeat across every article, so each is read once.
    ``Seoul-based`` is cut to ``Seoul``, ``K-beauty`` is not a name."""
    token = raw
    head, _, tail = token.rpartition("-")
    if head and tail in _SUFFIXES:
        token = head
    if "-" in token and _GENRE.fullmatch(token):
        token = token.lower()  # K-pop, K-culture: a genre, not a name
    return token, _word_key(token), token[0].isupper() or bool(_HANGUL.match(token))


_OPENERS = (
    "—",
    "–",
    ":",
)  # "DA NANG — Officials": the word after a dash or colon opens a sentence


def words_of(text: str, opens: bool = True) -> list[Word]:
    """Word tokens of a text; the first opens its sentence if ``opens``, as does one after a dash or a colon."""
    found = []
    for match in _WORD.finditer(text):
        at = match.start()
        token, key, capitalised = _token(match.group())
        initial = (opens and not found) or text[max(0, at - 3) : at].strip() in _OPENERS
        found.append(
            Word(token, at, at + len(token), key, initial, capitalised, match.end())
        )
    return found


@cache
def _chains(connectors: frozenset[str]) -> re.Pattern:
    """A pattern that matches, token by whole token, either a stretch of text no name can start in,
    or (group ``chain``) a token that may start a name and the tokens that may continue it, joined
    by spaces or a dash.

    It only has to over-approximate: the words of a chain go through the exact rules of
    ``_runs``. A name starts with a capital (or a Hangul syllable), so any token starting with
    a-z, a digit or ``&`` is skipped; a run goes on over anything but a plain lower-case word
    (ASCII letters, no hyphen) that is not a connector such as ``of``. Most words of a story are
    such words, so most of the text is skipped by the regular-expression engine alone. The
    pattern matches at every place it is tried (at the end, an empty match), so the scan never
    restarts inside a word.
    """
    forms = "|".join(
        sorted(
            (re.escape(c) for c in connectors if c.isascii() and c.isalpha()),
            key=len,
            reverse=True,
        )
    )
    plain_lower = rf"(?!(?i:{forms})(?:[’'][sS])?{_TOKEN_ENDS})[a-z](?:[A-Za-z0-9’']*[A-Za-z0-9])?{_TOKEN_ENDS}"
    first = rf"(?=[^\W\d_a-z]){_TOKEN}"
    follow = rf"(?:[ \t\u00a0]+|[–‐-])(?!{plain_lower}){_TOKEN}"
    skip = r"(?:[a-z\d][\w’'-]*|[^\w&]+|[_&])*+"  # whole tokens (and the ’ or - after them) that start no name, and gaps
    return re.compile(rf"{skip}(?:(?P<chain>{first}(?:{follow})*)|\Z)")


def _runs(text: str, words: list[Word], lex: Lexicon) -> list[list[Word]]:
    """Maximal runs of capitalised words, numbers and connectors separated by spaces only."""
    runs: list[list[Word]] = []
    current: list[Word] = []
    for word in words:
        usable = word.capitalised or word.text.isdigit() or _connector(word, lex)
        if (
            not usable or word.key in lex.dates
        ):  # a lower-case word or a date ends a run
            runs.append(current)
            current = []
            continue
        joins = current and _SPACE.fullmatch(text[current[-1].end : word.start])
        if (
            joins
            and _POSSESSIVE.search(current[-1].text)
            and word.key not in lex.inside["organizations"]
        ):
            joins = False  # "South Korea’s Film Line"; but "Hanoi People’s Committee"
        if joins or word.capitalised:
            if not joins:
                runs.append(current)
                current = []
            current.append(word)
        else:
            runs.append(current)
            current = []
    runs.append(current)
    return [run for run in runs if run]


def _connector(word: Word, lex: Lexicon) -> bool:
    """``of``, ``and``, ``de``… in lower case: "Da" in "Da Nang" is a name, not a connector."""
    return word.key in lex.connectors and not word.text[0].isupper()


def _head(words: list[Word], lex: Lexicon) -> Word:
    """The word that says what a name is: the last before ``of``/``for`` (``Ministry`` of …)."""
    for index, word in enumerate(words):
        if index and word.key in ("of", "for"):
            return words[index - 1]
    return next(
        (w for w in reversed(words) if not w.text.isdigit() and w.key != "general"),
        words[-1],
    )


def _is_keyworded(words: list[Word], lex: Lexicon) -> bool:
    head = _head(words, lex).key
    return any(
        head in lex.inside[t]
        for t in ("organizations", "initiatives", "events", "agreements")
    )


def _split_at_registered(
    run: list[Word], spans: list[tuple[int, int]], lex: Lexicon
) -> list[list[Word]]:
    registered = [any(a <= w.start and w.end <= b for a, b in spans) for w in run]
    if not any(registered):
        return [run]
    if not registered[-1] and _is_keyworded(run, lex) and not all(registered[:-1]):
        return [run]  # a registered city inside a new name: "Hanoi University"
    pieces, current = [], []
    for word, inside in zip(run, registered, strict=True):
        if inside:
            pieces.append(current)
            current = []
        else:
            current.append(word)
    return [*pieces, current]


def _split_at_titles(run: list[Word], lex: Lexicon) -> list[Piece]:
    """``Seoul Mayor Oh Se-hoon`` → ``Seoul`` | ``Oh Se-hoon`` (after a title: a person)."""
    pieces, current, after_title, index = [], [], False, 0
    while index < len(run):
        end = index
        while end < len(run) and _is_title(run, end, lex):
            end += 1
        if end > index:
            following = run[end] if end < len(run) else None
            if (
                following is None
                and current
                and _is_keyworded(current + run[index:end], lex)
            ):
                current += run[index:end]  # "Consulate General": part of the name
            else:
                pieces.append(Piece(current, after_title))
                current, after_title = (
                    [],
                    following is not None and not _connector(following, lex),
                )
            index = end
            continue
        current.append(run[index])
        index += 1
    pieces.append(Piece(current, after_title))
    return [p for p in pieces if p.words]


def _is_title(run: list[Word], index: int, lex: Lexicon) -> bool:
    word = run[index]
    if word.key not in lex.titles or not word.capitalised:
        return False
    if index and _connector(run[index - 1], lex):
        return False  # "Office of the President": part of a name
    if (
        word.key == "general"
    ):  # a title only beside "Secretary" ("General Secretary Tô Lâm")
        near = {run[i].key for i in (index - 1, index + 1) if 0 <= i < len(run)}
        return "secretary" in near
    return True


def _split_at_and(piece: Piece, lex: Lexicon) -> list[Piece]:
    words = piece.words
    and_the = any(
        w.key == "and" and n.key == "the"
        for w, n in zip(words, words[1:], strict=False)
    )
    if (_is_keyworded(words, lex) and not and_the) or not any(
        w.key in ("and", "&") for w in words
    ):
        return [piece]
    parts, current = [], []
    for index, word in enumerate(words):
        following = words[index + 1].key if index + 1 < len(words) else ""
        if word.key in ("and", "&") and (not and_the or following == "the"):
            parts.append(current)
            current = []
        else:
            current.append(word)
    parts.append(current)
    return [
        Piece(part, piece.after_title and i == len(parts) - 1)
        for i, part in enumerate(parts)
        if part
    ]


def _is_stop(words: list[Word], lex: Lexicon) -> bool:
    """A capitalised function word at a sentence start; but "To Lam", "Ha Long" are names."""
    first = words[0]
    if first.key not in lex.stop:
        return False
    if (
        first.key in lex.surnames
        and len(words) > 1
        and words[1].capitalised
        and words[1].key not in lex.stop
    ):
        return False
    return (
        first.initial
        or first.text != strip_marks(first.text)
        or first.key in ("the", "a", "an")
    )


def _split_at_person(piece: Piece, lex: Lexicon) -> list[Piece]:
    """``Foreign Affairs Bui Thanh Son`` → ``Foreign Affairs`` | ``Bui Thanh Son`` (a person)."""
    words = piece.words
    for index in range(1, len(words) - 1):
        tail = words[index:]
        if (
            words[index].key in lex.surnames
            and not any(w.key in lex.surnames for w in words[:index])
            and 2 <= len(tail) <= 4
            and all(w.capitalised for w in tail)
            and not _is_keyworded(tail, lex)
        ):
            return [Piece(words[:index], piece.after_title), Piece(tail, True)]
    return [piece]


def _trim(piece: Piece, lex: Lexicon) -> Piece | None:
    words = list(piece.words)
    changed = True
    while changed and words:
        changed = False
        while words and (
            _is_stop(words, lex)
            or _connector(words[0], lex)
            or not words[0].capitalised
        ):
            words.pop(0)
            changed = True
        while words and (
            _connector(words[-1], lex)
            or (words[-1].key in lex.titles and words[-1].key != "general")
        ):
            words.pop()
            changed = True
        for size in (
            3,
            2,
            1,
        ):  # "RoK for 2023", "Vietnam for the 2022 …": a country, then no name
            lead = " ".join(w.key for w in words[:size])
            if (
                len(words) > size
                and (lead in lex.countries or lead in lex.nationalities)
                and _connector(words[size], lex)
            ):
                del words[:size]
                changed = True
                break
    if words and _POSSESSIVE.search(words[-1].text):
        last = words[-1]
        words[-1] = last._replace(text=last.text[:-2], end=last.end - 2, initial=False)
    if " ".join(w.key for w in words) in lex.countries:
        return None
    # "Governors Association of the RoK": the country is where it is, not part of its name.
    for cut in range(1, len(words) - 1):
        tail = words[cut:]
        if (
            tail[0].key in ("of", "in")
            and " ".join(w.key for w in tail[1:] if w.key != "the") in lex.countries
        ):
            words = words[:cut]
            break
    for size in (2, 1):  # "South Korean National Assembly" → "National Assembly"
        lead = " ".join(w.key for w in words[:size])
        if len(words) > size and lead in lex.nationalities:
            words = words[size:]
            break
    return Piece(words, piece.after_title) if words else None


def _acceptable(piece: Piece, text_lower_words: set[str], lex: Lexicon) -> bool:
    words = piece.words
    if _all_countries([w.key for w in words], lex):
        return False
    if not any(
        w.capitalised and len(w.text) > 1 and w.key not in lex.plain for w in words
    ):
        return False  # "Foreign Affairs", "RoK Localities": no word that names anything
    if len(words) == 1:
        word = words[0]
        if (
            word.initial
            and word.key.endswith(_SENTENCE_START_FORMS)
            and len(word.key) > 4
        ):
            return False
        if (
            word.initial
            and word.key.endswith("s")
            and not _ACRONYM.fullmatch(word.text)
        ):
            return False  # "Officials said": a plural noun opening the sentence
        if (
            word.key in lex.stop
            or word.key in lex.common
            or word.key in lex.titles
            or word.key in lex.dates
        ):
            return False
        if word.key in text_lower_words and not _ACRONYM.fullmatch(word.text):
            return False  # written in lower case elsewhere: a common noun at a sentence start
    return True


def _all_countries(keys: list[str], lex: Lexicon) -> bool:
    """True for "Vietnam–South Korea", "Korean", "Republic of Korea": the frame, not a name."""
    if not keys:
        return True
    for size in (4, 3, 2, 1):
        head = " ".join(keys[:size])
        if (
            len(keys) >= size
            and (head in lex.countries or head in lex.nationalities)
            and _all_countries(keys[size:], lex)
        ):
            return True
    return False


def _score(piece: Piece, lex: Lexicon) -> None:
    """Evidence from inside the name; the context evidence is added per list in ``_context``."""
    scores = piece.scores
    head = _head(piece.words, lex)
    for type_key, keywords in lex.inside.items():
        if head.key in keywords:
            scores[type_key] += 5
        scores[type_key] += sum(
            1 for w in piece.words if w is not head and w.key in keywords
        )
    if piece.after_title:
        scores["leaders"] += 6
    first = piece.words[0]
    if (
        2 <= len(piece.words) <= 4
        and first.key in lex.surnames
        and not any(scores.values())
    ):
        scores["leaders"] += 3
    if any(_GIVEN_NAME.fullmatch(w.text) for w in piece.words[1:]):
        scores["leaders"] += 2
    if len(piece.words) == 1 and _ACRONYM.fullmatch(first.text):
        scores["organizations"] += 2


class Sentence(NamedTuple):
    """A sentence of a paragraph: the paragraph text and where the sentence is in it."""

    text: str
    start: int
    end: int


class Found(NamedTuple):
    """A name found in a paragraph: where it is, where its last token ends ("Korea’s"), its type scores."""

    start: int
    end: int
    stop: int
    scores: dict[
        str, int
    ]  # a plain dict, added to with _add: a Counter per name costs more than the rules


def _context(piece: Found, sentence: Sentence, lex: Lexicon) -> dict[str, int]:
    """Evidence from the four words either side of a name and from what follows it."""
    scores = dict(_around(*_neighbours(sentence, piece.start, piece.stop)))
    rest = sentence.text[piece.end : sentence.end]
    if rest.startswith(",") and strip_marks(rest[1:]).casefold().strip().startswith(
        lex.long_countries
    ):
        scores["cities"] = scores.get("cities", 0) + 3  # "Busan, South Korea"
    return scores


def _add(scores: dict[str, int], more: dict[str, int]) -> None:
    """``Counter.update`` for plain dicts: counts added, new keys in the order met."""
    for key, value in more.items():
        scores[key] = scores.get(key, 0) + value


@lru_cache(maxsize=1 << 16)
def _around(
    before: tuple[str, ...], after: tuple[str, ...]
) -> tuple[tuple[str, int], ...]:
    """Scores from the cues among the four words before and after a name (the same words recur: read once)."""
    lex = lexicon()
    scores: Counter = Counter()
    window = f" {' '.join(before)} | {' '.join(after)} "
    for type_key, cues in lex.around.items():
        hits = sum(1 for cue in cues if cue in window)
        weight = (
            1 if type_key in ("agreements", "events") else 2
        )  # these are named by what they are
        scores[type_key] += weight * min(hits, 2)
    if before[-2:] in (("city", "of"), ("province", "of"), ("town", "of")):
        scores["cities"] += 3
    if before and before[-1] in lex.before.get("cities", ()):
        scores["cities"] += 2
    return tuple(scores.items())


def _neighbours(
    sentence: Sentence, start: int, stop: int, reach: int = 60
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys of the four tokens before ``start`` and after ``stop`` (token boundaries) in the sentence.

    Read from a window on either side: a window starting inside a token misreads only its first
    token, one ending inside a token only its last, so five tokens or more leave the four nearest
    right; with fewer the window is the rest of the sentence.
    """
    text = sentence.text
    low, high = max(sentence.start, start - reach), min(sentence.end, stop + reach)
    before, after = _WORD.findall(text, low, start), _WORD.findall(text, stop, high)
    if low > sentence.start and len(before) < 5:
        before = _WORD.findall(text, sentence.start, start)
    if high < sentence.end and len(after) < 5:
        after = _WORD.findall(text, stop, sentence.end)
    return tuple(_token(word)[1] for word in before[-4:]), tuple(
        _token(word)[1] for word in after[:4]
    )


def _pieces(
    sentence: Sentence,
    spans: list[tuple[int, int]],
    lower_words: set[str],
    lex: Lexicon,
) -> list[Found]:
    """The proposed names of a sentence, scored; ``spans`` are the registered names in it."""
    found = _chain_names(sentence, spans, lower_words, lex)
    for match in _QUOTED.finditer(
        sentence.text, sentence.start, sentence.end
    ):  # quoted titles: “Connecting Vietnamese Localities…”
        found = _quoted(match, found, spans, lex)
    found.sort(key=lambda p: p.start)
    _share_list_context(found, sentence, lex)
    return found


def _chain_names(
    sentence: Sentence,
    spans: list[tuple[int, int]],
    lower_words: set[str],
    lex: Lexicon,
) -> list[Found]:
    """The names in the chains of possible name words of a sentence (see ``_chains``)."""
    text = sentence.text
    opening = _WORD.search(text, sentence.start, sentence.end)
    first = opening.start() if opening else -1
    found = []
    for match in _chains(lex.connectors).finditer(text, sentence.start, sentence.end):
        chain = match.group("chain")
        if chain is None:
            continue  # the end of the sentence
        at = match.start("chain")
        opens = at == first or text[max(0, at - 3) : at].strip() in _OPENERS
        registered = (
            tuple((a - at, b - at) for a, b in spans if a < at + len(chain) and b > at)
            if spans
            else ()
        )
        for start, end, stop, lower_key, scores in _chain_pieces(
            chain, opens, registered
        ):
            if (
                lower_key is None or lower_key not in lower_words
            ):  # else a common noun opening the sentence
                found.append(Found(at + start, at + end, at + stop, dict(scores)))
    return found


@lru_cache(maxsize=1 << 16)
def _chain_pieces(
    chain: str, opens: bool, registered: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int, int, str | None, tuple], ...]:
    """The names in a chain of words, by its text, whether it opens its sentence and where registered
    names are in it: (start, end, end of the last token, the key to look up among the article's
    lower-case words or None, scores from inside the name), offsets in the chain. Chains repeat
    across articles ("The", "Vietnam", "South Korea"), so each distinct one is read once."""
    lex = lexicon()
    found = []
    for run in _runs(chain, words_of(chain, opens), lex):
        shape = tuple(
            (
                w.text,
                w.key,
                w.initial,
                w.capitalised,
                any(a <= w.start and w.end <= b for a, b in registered),
            )
            for w in run
        )
        for indices, possessive, lower_key, scores in _shaped_pieces(shape):
            first, last = run[indices[0]], run[indices[-1]]
            found.append(
                (
                    first.start,
                    last.end - 2 if possessive else last.end,
                    last.stop,
                    lower_key,
                    scores,
                )
            )
    return tuple(found)


Shaped = tuple[tuple[int, ...], bool, str | None, tuple[tuple[str, int], ...]]


@lru_cache(maxsize=1 << 16)
def _shaped_pieces(
    shape: tuple[tuple[str, str, bool, bool, bool], ...],
) -> tuple[Shaped, ...]:
    """The names in a run of words, by what the rules read of each word: its text, key, whether it
    opens the sentence, is capitalised, is (part of) a registered name.

    Each name is (indices of its words in the run, whether its last word loses a possessive ’s,
    the key to look up among the article's lower-case words (a one-word name only), scores from
    inside the name).
    """
    lex = lexicon()
    run = [
        Word(text, i, i, key, initial, capitalised, i)
        for i, (text, key, initial, capitalised, _) in enumerate(shape)
    ]
    registered = [(i, i) for i, item in enumerate(shape) if item[4]]
    found = []
    for titled in _split_at_titles(run, lex):
        for piece in _split_at_and(titled, lex):
            for person in _split_at_person(piece, lex):
                for part in _split_at_registered(person.words, registered, lex):
                    trimmed = (
                        _trim(Piece(part, person.after_title), lex) if part else None
                    )
                    if trimmed and _acceptable(trimmed, set(), lex):
                        _score(trimmed, lex)
                        found.append(_shaped(trimmed, shape))
    return tuple(found)


def _shaped(
    piece: Piece, shape: tuple[tuple[str, str, bool, bool, bool], ...]
) -> Shaped:
    words = piece.words
    indices = tuple(w.start for w in words)
    possessive = words[-1].text != shape[indices[-1]][0]
    lower_key = (
        words[0].key
        if len(words) == 1 and not _ACRONYM.fullmatch(words[0].text)
        else None
    )
    return indices, possessive, lower_key, tuple(piece.scores.items())


def _quoted(
    match: re.Match, found: list[Found], spans: list[tuple[int, int]], lex: Lexicon
) -> list[Found]:
    """A quoted title of mostly capitalised words replaces the names inside it."""
    quoted = words_of(match.group(1))
    caps = sum(1 for w in quoted if w.capitalised)
    overlaps = any(a < match.end(1) and match.start(1) < b for a, b in spans)
    if not quoted or not quoted[0].capitalised or caps * 2 < len(quoted) or overlaps:
        return found
    piece = Piece(quoted)
    _score(piece, lex)
    offset = match.start(1)
    kept = [
        p for p in found if not (match.start(1) <= p.start and p.end <= match.end(1))
    ]
    return [
        *kept,
        Found(
            offset + quoted[0].start,
            offset + quoted[-1].end,
            offset + quoted[-1].stop,
            dict(piece.scores),
        ),
    ]


def _share_list_context(pieces: list[Found], sentence: Sentence, lex: Lexicon) -> None:
    """Names in one list share what surrounds the list: "Bac Lieu, Can Tho and Kon Tum provinces"."""
    if not pieces:
        return
    groups: list[list[Found]] = []
    for piece in pieces:
        if groups and _LIST_GAP.fullmatch(
            sentence.text, groups[-1][-1].end, piece.start
        ):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    for group in groups:
        shared: dict[str, int] = {}
        for piece in group:
            _add(shared, _context(piece, sentence, lex))
        for piece in group:
            _add(piece.scores, shared)


def _title_case(text: str) -> bool:
    long_words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.6 * len(
        long_words
    )


def seed_line(
    raw_lines: list[str] | None, passage: Passage, offset: int, skipped: set[int]
) -> int:
    """The seed line holding ``offset`` of a passage whose lines were joined with spaces."""
    if not raw_lines:
        return passage.line
    remaining = len(passage.text[:offset].split())
    number = passage.line
    while number <= len(raw_lines):
        if number not in skipped:
            count = len(raw_lines[number - 1].split())
            if count == 0 or remaining < count:
                return number
            remaining -= count
        number += 1
    return passage.line


def find_candidates(
    article: Article,
    matcher: Matcher,
    ignore: tuple[str, ...] = (),
    raw_text: str | None = None,
    mentions: list[Mention] | None = None,
) -> list[Candidate]:
    """Unregistered names in an article, most frequent first; ``ignore`` lists names to skip."""
    lex = lexicon()
    mentions = find_mentions(article, matcher) if mentions is None else mentions
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mention in mentions:
        spans[mention.anchor].append((mention.start, mention.end))
    all_text = "\n".join(p.text for p in article.passages)
    lower_words = {fold(w) for w in set(_LOWER_WORD.findall(all_text))}
    raw_lines = raw_text.split("\n") if raw_text is not None else None
    skipped = {d.line for d in article.dropped}
    ignored = {name_key(name) for name in ignore}
    found: dict[tuple[str, ...], list[tuple[str, Occurrence, dict[str, int]]]] = (
        defaultdict(list)
    )
    for passage in article.passages:
        if passage.kind in (HEADLINE, SUBHEADING) and _title_case(passage.text):
            continue  # every word capitalised: names here are found again in the story text
        for sentence, local in _sentences(passage.text, sorted(spans[passage.anchor])):
            pieces = _pieces(sentence, local, lower_words, lex)
            quoted = (
                " ".join(passage.text[sentence.start : sentence.end].split())
                if pieces
                else ""
            )
            for piece in pieces:
                name = " ".join(passage.text[piece.start : piece.end].split())
                key = name_key(name)
                if (
                    not key
                    or key in matcher.names
                    or key in matcher.short_names
                    or key in ignored
                ):
                    continue
                line = seed_line(raw_lines, passage, piece.start, skipped)
                found[key].append(
                    (
                        name,
                        Occurrence(
                            article.source, article.slug, passage.anchor, line, quoted
                        ),
                        piece.scores,
                    )
                )
    registered_people = _registered_people(matcher, {m.entity for m in mentions}, lex)
    merged = [
        c
        for c in map(_merge, found.values())
        if not (len(name_key(c.name)) == 1 and name_key(c.name)[0] in registered_people)
    ]
    return sorted(
        _without_surnames(merged),
        key=lambda c: (-len(c.occurrences), c.first.line, c.name),
    )


def _sentences(
    text: str, named: list[tuple[int, int]]
) -> list[tuple[Sentence, list[tuple[int, int]]]]:
    """Each sentence of a paragraph with the registered names starting in it (spans sorted; found by
    bisection, as a scan per sentence is quadratic in a long paragraph)."""
    starts = [s for s, _ in named]
    return [
        (Sentence(text, a, b), named[bisect_left(starts, a) : bisect_left(starts, b)])
        for a, b in sentences(text) or [(0, len(text))]
    ]


def _registered_people(matcher: Matcher, mentioned: set[str], lex: Lexicon) -> set[str]:
    """Every word of the registered names, starting with a surname, of the people an article names."""
    return {
        word
        for slug in mentioned
        for key in matcher.keys_of.get(slug, ())
        if len(key) > 1 and key[0] in lex.surnames
        for word in key
    }


def _without_surnames(candidates: list[Candidate]) -> list[Candidate]:
    """ "Han said": a one-word name that is part of a person's name found in the same article."""
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


def _merge(entries: list[tuple[str, Occurrence, dict[str, int]]]) -> Candidate:
    forms = Counter(name for name, _, _ in entries)
    name = max(
        forms,
        key=lambda n: (
            forms[n],
            n != strip_marks(n),
            -entries[[e[0] for e in entries].index(n)][1].line,
        ),
    )
    scores: Counter = Counter()
    for _, _, piece_scores in entries:
        scores.update(piece_scores)
    type_key = max(
        TYPE_ORDER,
        key=lambda t: (scores[t], t == "organizations", -TYPE_ORDER.index(t)),
    )
    occurrences = tuple(dict.fromkeys(o for _, o, _ in entries))
    return Candidate(name, type_key, occurrences, dict(scores))
