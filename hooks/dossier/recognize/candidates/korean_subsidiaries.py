"""A firm's branch in Vietnam, named by the firm and the country after it: "삼성디스플레이
베트남은", "삼성 베트남의", "삼성디스플레이 베트남 법인과", "… 베트남 부사장은" (its vice
president), "… 베트남 법인장" (its head); not "삼성전자 베트남 공장" (the firm's factory
there) nor "… 베트남 진출"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dossier.recognize.candidates.korean_words import Named, stem, words_of

# the country after the firm, then a particle, the word for a local company (법인), or
# the end of the clause; or a word that may be a title
_BRANCH = re.compile(
    r" 베트남(?:(?P<entity> 법인)?(?=[은는이가을를의과와,.)]| |$)|(?=이라는))"
)
# a firm's officers, whose titles follow the branch ("… 베트남 법인장은"); not an
# association's ("… 베트남 동창회장": the alumni of a body's programme there)
_OFFICERS = frozenset(
    words_of("대표 대표이사 사장 부사장 법인장 지사장 전무 상무 본부장 회장 부회장 CEO")
)
# (not "에", "in Vietnam", nor "도", "Vietnam too": the country, no branch)
_PARTICLE = re.compile(r"[은는이가을를의과와]|이라는")
_NEXT_WORD = re.compile(r" ([가-힣A-Z]+)")


def subsidiaries(text: str, found: Iterable[Named]) -> Iterator[Named]:
    """(name, "organizations", start, end) of the branches of the firms ``found``."""
    for _, kind, start, end in found:
        if kind != "organizations":
            continue
        branch = _BRANCH.match(text, end)
        if not branch:
            continue
        stop = branch.end()
        after = text[stop:]
        if after.startswith(
            " "
        ):  # a word of its own: only an officer ("… 베트남 대표")
            word = _NEXT_WORD.match(after)
            if not (word and stem(word[1]) in _OFFICERS):
                continue
        elif after[:1].isalpha() and not _PARTICLE.match(after):
            continue
        yield text[start:stop], "organizations", start, stop
