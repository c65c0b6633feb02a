"""The names in the Korean of a sentence, which replace the runs of words the English
finder read there: Korean has no capitals, so a run of Hangul is no name."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from dossier.places import is_listed_place
from dossier.recognize.candidates.finding import Found, Sentence, Span
from dossier.recognize.candidates.glosses import glossed_names
from dossier.recognize.candidates.korean import PLACE_SUFFIX, korean_names
from dossier.recognize.candidates.korean_associations import with_associations
from dossier.recognize.candidates.korean_bodies import BODY_HEADS
from dossier.recognize.candidates.korean_cued import with_cued_names
from dossier.recognize.candidates.korean_glued_heads import PORT
from dossier.recognize.candidates.korean_lettered_heads import lettered_heads
from dossier.recognize.candidates.korean_parliament_rooms import with_parliament_rooms
from dossier.recognize.candidates.korean_partnerships import PAIR_BEFORE
from dossier.recognize.candidates.korean_policies import with_policy_names
from dossier.recognize.candidates.korean_quoted_bodies import with_quoted_bodies
from dossier.recognize.candidates.korean_summits import with_summits
from dossier.recognize.candidates.korean_talks import with_talks
from dossier.recognize.candidates.korean_words import particle_fits
from dossier.recognize.candidates.lexicon import name_key
from dossier.recognize.candidates.scoring import choose_type
from dossier.recognize.candidates.span_index import covering
from dossier.recognize.tokens import HANGUL, HANGUL_PARTICLES


def korean_sentence_names(
    text: str, sentence: Sentence, pieces: list[Found], registered: list[Span]
) -> list[tuple[str, str, int, int]]:
    """The names in the Korean of a sentence; they replace the Hangul runs in ``pieces``
    (Korean has no capitals, so a run is no name), and a name's spelling given in
    brackets ("(Nguyen Van Quang)") gives its type and is not proposed again."""
    part = text[sentence.start : sentence.end]
    if not HANGUL.search(part):
        return []
    at = sentence.start
    found = with_quoted_bodies(part, with_cued_names(part, korean_names(part)))
    found = with_policy_names(part, found)  # "인도-태평양 전략", "한-아세안 연대구상"
    for name, start, end, gloss_start, gloss_end, told in glossed_names(part):
        gloss = next(
            (
                p
                for p in pieces
                if (p.start, p.end) == (at + gloss_start, at + gloss_end)
            ),
            None,
        )
        if gloss is None:
            continue  # spelled as a registered name: the entity, not a new one
        found = [n for n in found if not (start <= n[2] and n[3] <= end)]
        # "빈즈엉성(Binh Duong)": the word for a province or city says what it is;
        # "나트랑(Nha Trang)": a spelling on the list of places is the place
        spelling = name_key(part[gloss_start:gloss_end])
        kind = told or (
            "cities"
            if PLACE_SUFFIX.search(name) or is_listed_place(spelling)
            else choose_type(Counter(gloss.scores))
        )
        found.append((name, kind, start, end))
        pieces[:] = [p for p in pieces if p is not gloss]
    found, meetings = with_summits(part, found)  # "APEC 정상회의", not "APEC" alone
    found = with_talks(part, found)  # "남북정상회담", "국방장관회담"
    found = with_parliament_rooms(part, found)  # "국회접견실", "하노이 국회청사"
    found = with_associations(part, found)  # "필리핀 교민회", "베트남 중앙 농민회"
    # "GS" of "GS에너지와": letters the Korean reader found run on into a name's Hangul
    # whose first syllable reads as a particle (에 "at"), a scrap of that name
    opened = {at + n[2]: at + n[3] for n in found}
    # "APEC" of "APEC 정상회의", "YSL" of "YSL 그룹": letters inside the longer name found
    # there, no name of their own here (a bare "YSL은" elsewhere still is)
    kept = {tuple(n[2:]) for n in found}
    lettered = [(a, b) for _, _, a, b in lettered_heads(part) if (a, b) in kept]
    in_longer = covering(
        tuple(sorted((at + a, at + b) for a, b in (*meetings, *lettered)))
    )
    # "SDI" of "삼성SDI": letters written onto the Hangul of a name found whole
    in_found = covering(tuple(sorted((at + n[2], at + n[3]) for n in found)))
    pieces[:] = [
        p
        for p in pieces
        if not HANGUL.search(text[p.start : p.end])
        and not _runs_on(text, p, opened)
        and not in_longer(p.start, p.end)
        and not _written_on(text, p, in_found)
    ]
    # "호치민시": a registered place with the word for its kind is that place, no new one
    # ("하이퐁항", the port, is a place of its own)
    within = covering(tuple(registered))
    ends = {end: start for start, end in registered}
    return [
        n
        for n in found
        if not within(at + n[2], at + n[3])
        and not _countries_before_registered(text, n, at, ends)
        and not (
            n[1] == "cities"
            and not n[0].endswith(PORT)
            and within(at + n[2], at + n[3] - 1)
        )
    ]


def _runs_on(text: str, piece: Found, opened: dict[int, int]) -> bool:
    """Whether the letters ``piece`` open a longer name the Korean reader found: the
    syllable after them a particle that fits, the name ending in a body's noun or its
    word running on past it in a particle ("GS에너지": 에 "at"; "PV가스는"); not letters and
    a particle the list lacks ("KDI에선", "SK만큼", "KIST조차"): the letters are the name."""
    end = opened.get(piece.start, piece.end)
    if end <= piece.end:
        return False
    after = text[piece.end : piece.end + 1]
    return (
        after in _SYLLABLE_PARTICLES
        and particle_fits(text[piece.start : piece.end], after)
        and (text[piece.start : end].endswith(_BODY_HEADS) or HANGUL.match(text, end))
    )


def _written_on(text: str, piece: Found, in_found: Callable[[int, int], bool]) -> bool:
    """Letters glued onto the Hangul of a name found whole ("SDI" of "삼성SDI")."""
    glued = HANGUL.match(text, piece.start - 1) is not None
    return glued and in_found(piece.start - 1, piece.end)


_SYLLABLE_PARTICLES = frozenset(p for p in HANGUL_PARTICLES if len(p) == 1)
_BODY_HEADS = tuple(BODY_HEADS)


def _countries_before_registered(
    text: str, name: tuple[str, str, int, int], at: int, ends: dict[int, int]
) -> bool:
    """A partnership whose level is registered, with the two countries before it
    ("베트남-한국 포괄적 전략적 동반자 관계"): the registered partnership, no new name."""
    start = ends.get(at + name[3])
    return (
        name[1] == "agreements"
        and start is not None
        and start > at + name[2]
        and PAIR_BEFORE.fullmatch(text, at + name[2], start) is not None
    )
