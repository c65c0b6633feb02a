"""Talks Korean names in one word: the two sides' short names run together before a
summit ("남북정상회담", "북미정상회담", "한일정상회담"), or the ministers' field before their
talks, the two sides before it or not ("국방장관회담", "한미외교장관회담"). The kind alone
("정상회담", "장관회담") names no talks; "남북회담" is any round of them; a noun glued on
after ("국방장관회담장": its venue) makes another word."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import Named
from dossier.recognize.candidates.span_index import covering, in_place_of
from dossier.recognize.tokens import HANGUL_PARTICLES

# the sides' short names: Korea, the South, the North, America, China, Japan, Russia,
# Vietnam ("한미", "남북", "북미", "한베")
_SIDE = "[한남북미중일러베]"
# the ministers' field: defence, foreign affairs, trade, economy, finance, …
_FIELDS = (
    "국방|외교|통상|경제|재무|재정|산업|농업|농림|노동|환경|교육|보건|법무|국토|해양|"
    "과학기술|문화|관광|에너지|정보통신|외교국방|국방외교"
)
_TALKS = re.compile(
    rf"(?<![가-힣])(?:(?P<pair>{_SIDE}{_SIDE})정상회담"
    rf"|(?:{_SIDE}{_SIDE})?(?:{_FIELDS})장관회담)"
)
# what may follow the name glued on: a particle, 차 "for", the copula
_ENDINGS = (*HANGUL_PARTICLES, "차", "인", "이다", "였", "이었", "에선")
_HANGUL_RUN = re.compile(r"[가-힣]*")


def talks(text: str) -> Iterator[Named]:
    """(name, "events", start, end) of the talks ``text`` names in one word."""
    for match in _TALKS.finditer(text):
        if match["pair"] and match["pair"][0] == match["pair"][1]:
            continue  # "미미정상회담": no two sides
        tail = _HANGUL_RUN.match(text, match.end()).group()
        if tail and not tail.startswith(_ENDINGS):
            continue  # "국방장관회담장": the talks' venue
        yield match.group(), "events", match.start(), match.end()


def with_talks(text: str, found: list[Named]) -> list[Named]:
    """``found`` with the talks of ``text``, in place of the events read inside them;
    talks inside a longer name already found ("한·베 국방장관회담") are that name's."""
    longer = covering(tuple(sorted(n[2:] for n in found)))
    named = [t for t in talks(text) if not longer(t[2], t[3])]
    return in_place_of(found, named, "events") if named else found
