"""An agreement told by what it is for in one word is no title: "협력을 위한 양해각서",
"축구교류를 위한 양해각서", "학생교류를 위한 협정" describe an agreement, any two parties
sign (an editor lists the parties, not such a phrase). A title names more words before
the word with its particle ("전자정부 분야 협력을 위한 양해각서") or stands in quotes
("'방산.군수협력에 관한 양해각서'"); those stay."""

from __future__ import annotations

from dossier.recognize.candidates.korean_kinds import ABOUT
from dossier.recognize.candidates.korean_words import Named

_ABOUT = ABOUT | {"대한"}  # "…에 대한 업무협약"
_OPENING = "'‘\"“`「『《〈<"


def described_only(text: str, name: Named) -> bool:
    """An unquoted agreement whose topic is one word with its particle and "위한",
    "관한" or "대한" after it ("협력을 위한 양해각서")."""
    words = name[0].split()
    return (
        name[1] == "agreements"
        and len(words) >= 3
        and words[1] in _ABOUT
        and (name[2] == 0 or text[name[2] - 1] not in _OPENING)
    )


def without_described(text: str, found: list[Named]) -> list[Named]:
    """``found`` without the agreements only described by what they are for."""
    return [n for n in found if not described_only(text, n)]
