"""A Korean body told by its initials in brackets after its name: "코이카(KOICA)",
"부산항만공사(BPA)", "대외경제협력기금(EDCF)", "국제개발처(USAID)".

Initials follow as often a common noun ("양해각서(MOU)", "인공지능(AI)", "공적개발원조(ODA)"),
so the name before them is a body only when the model of Korean reads it as a proper noun
("코이카"), or when its own last word says it is one: a body's head noun ("…처", "…공사"),
or a fund's or an international organisation's ("…기금", "…기구": "국제통화기금(IMF)",
"세계보건기구(WHO)")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_bodies import is_body
from dossier.recognize.candidates.lexicon import lexicon
from dossier.recognize.candidates.morphemes import is_proper_noun

# "코이카(KOICA, 한국국제협력단)", "부산항만공사(BPA)": a body, its initials in brackets
_INITIALED = re.compile(
    r"(?P<body>[\uac00-\ud7a3]{2,15})\((?P<initials>[A-Z]{2,8})[),·]"
)
# a fund, an international organisation: heads no other body's name ends in
_INSTITUTION_HEADS = ("기금", "기구")
_MIN_INSTITUTION = 4  # syllables: "…협력기금", not "기금" alone
# kinds of body, no body's name: "비정부기구(NGO)", "국제기구(IO)", "정부간기구(IGO)",
# "개발기금(DF)": the head after words that only say what sort of body it is
_KIND = re.compile(
    r"(?:국제|정부간|정부|비정부|민간|지역|다자|개발|금융|공공|국가)+(?:기구|기금)"
)


def _institution(word: str) -> bool:
    """A body by its last word: "국제개발처", "대외경제협력기금", "한국국제봉사기구"."""
    return is_body(word) or (
        len(word) >= _MIN_INSTITUTION
        and word.endswith(_INSTITUTION_HEADS)
        and not _KIND.fullmatch(word)
    )


def initialed_brackets(text: str) -> Iterator[int]:
    """Where the brackets open after each body that its initials tell in ``text``."""
    for match in _INITIALED.finditer(text):
        if match["initials"].casefold() in lexicon().stop:
            continue
        body = match.start("body"), match.end("body")
        if _institution(match["body"]) or is_proper_noun(text, *body):
            yield match.start("initials") - 1
