"""A news outlet a Korean story cites, which is no new name (outlets never are): the word
for the press before it ("현지 매체 VN익스프레스에 따르면", "여행 전문지 콘데나스트트래블러",
"온라인신문 ‘베트남넷 브릿지’") or after it ("로이터 통신과 현지 매체 …", "로이터통신 등
외신에 따르면")."""

from __future__ import annotations

import re

from dossier.model import Candidate

# "매체", "매체인", "언론", "온라인신문", "일간지", "전문지", "통신사", "외신": the press,
# then maybe a quote opening the outlet's name
_PRESS_BEFORE = re.compile(
    r"(?:매체|언론|신문|일간지|전문지|통신사|외신)(?:인)?\s?['‘\"“]?$"
)
# "로이터 통신과 …", "… 등 외신", "… 등 현지 매체": the press named after it, as what the
# outlet is (not "한빛전자는 언론에 밝혔다", a firm that told the press, nor "한빛전자와
# 현지 언론이", a firm beside the press)
_PRESS_AFTER = re.compile(
    r"^(?:\s?통신(?=[과와은는이가을를의에도,.]|\s|$)|\s등\s(?:현지\s?|다른\s|주요\s)?(?:매체|언론|외신))"
)

_REACH = 16  # characters: the longest press words either side ("일간지인 ‘", " 등 현지 매체")


def cited_outlet(candidate: Candidate) -> bool:
    """Whether any sentence the candidate is seen in names it with the word for the
    press before or after it."""
    name = candidate.name
    if name.endswith(" 통신"):
        return True  # "로이터 통신", "AFP 통신": a wire by its word (not "…우정통신", a telecom)
    for occurrence in candidate.occurrences:
        sentence = occurrence.sentence
        at = sentence.find(name)
        while at >= 0:
            # the press's words lie within a few syllables of the name: a window, not
            # the whole sentence for each sighting (a line of thousands of them)
            end = at + len(name)
            before, after = (
                sentence[max(0, at - _REACH) : at],
                sentence[end : end + _REACH],
            )
            if _PRESS_BEFORE.search(before) or _PRESS_AFTER.match(after):
                return True
            at = sentence.find(name, at + 1)
    return False
