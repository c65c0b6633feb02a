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
# "…과 현지 매체", "… 등 외신", "…는 현지 언론": the press named after it
_PRESS_AFTER = re.compile(
    r"^(?:은|는|과|와|이|가)?\s?(?:등\s)?(?:현지\s?|다른\s|주요\s)?(?:매체|언론|외신)"
)


def cited_outlet(candidate: Candidate) -> bool:
    """Whether any sentence the candidate is seen in names it with the word for the
    press before or after it."""
    name = candidate.name
    for occurrence in candidate.occurrences:
        sentence = occurrence.sentence
        at = sentence.find(name)
        while at >= 0:
            before, after = sentence[:at], sentence[at + len(name) :]
            if _PRESS_BEFORE.search(before) or _PRESS_AFTER.match(after):
                return True
            at = sentence.find(name, at + 1)
    return False
