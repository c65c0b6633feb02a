"""A Korean agreement's name read over a word that is none of it, cut after that word:
"담긴 고용허가제 양해각서" (a verb's form the topic rules do not know) is "고용허가제
양해각서", "2019년에 국제우호협력 양해각서" (a one-syllable word with its particle)
"국제우호협력 양해각서". What is left needs a topic of three syllables or more: "단순 협약"
is any agreement. (Events and programmes cut so are mostly any: "온라인 포럼", "지역
축제".)"""

from __future__ import annotations

import re

from dossier.recognize.candidates.korean_vetting import not_a_name
from dossier.recognize.candidates.korean_words import Named

AGREEMENTS = "agreements"
MIN_WORDS = 2  # a topic's word and the head: "국제우호협력 양해각서"
MIN_TOPIC = 3  # syllables
_WORD = re.compile(r"\S+")


def trimmed(text: str, name: Named) -> Named | None:
    """The longest end of ``name`` (of two words or more) that reads as a name, where
    ``name`` is an agreement's that does not; or None."""
    word, kind, start, end = name
    if kind != AGREEMENTS:
        return None
    words = list(_WORD.finditer(word))
    for k in range(1, len(words) - MIN_WORDS + 1):
        cut = start + words[k].start()
        if len("".join(w.group() for w in words[k:-1])) < MIN_TOPIC:
            break
        tail = (text[cut:end], kind, cut, end)
        if not not_a_name(text, tail, False):
            return tail
    return None
