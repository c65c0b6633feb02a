"""Korean lines shaped like a wire's lead, a word, an equals sign, then a name, that credit
a picture instead: "[사진=연합뉴스]" (a picture's source)."""

from __future__ import annotations

import re

from dossier.places import is_place_name

# "[사진=연합뉴스]", "(그래픽=뉴시스)", "(사진=외교부 제공)": a picture's or a chart's
# credit, shaped like a wire's lead
_CREDIT = re.compile(
    r"[\[(【<]\s*(?:사진|그래픽|자료|영상|이미지|그림|출처|표|제공)|제공\s*[\])】>]"
)


def lone_lead(text: str, length: int, outlet: str | None) -> bool:
    """A Korean wire's lead on a line of its own ("[서울=뉴시스]"): the whole line, a place
    and a paper joined by "=" or "/" (not a script's cue, "【앵커】"; not a credit; not two
    places, "(서울/하노이)")."""
    return (
        length >= len(text.rstrip())
        and re.search("[=/]", text) is not None
        and not _CREDIT.search(text)
        and outlet is not None
        and not is_place_name(outlet)
    )
