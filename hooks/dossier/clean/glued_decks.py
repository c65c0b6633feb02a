"""A Korean headline with its deck run on after it, no space between: a page that sets the
two apart copied as one line ("… 노하우 배운다주낙영 시장 “…”", "… 그리고 미래2021 한반도
평화학교 대학생 취재기⑥")."""

from __future__ import annotations

import re

MIN_HEAD_WORDS = 3  # the headline's words before the glue
MIN_DECK_WORDS = 2  # and the deck's after it
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_FINALS = 28  # final consonants a syllable may close on (none counted)
_FINAL_N, _FINAL_SS = 4, 20  # "운" (ㄴ), "했" (ㅆ): "배운다", "했다" close a sentence
# what a verb's "다" runs on into inside one word: "한다고", "했다며", "된다는", "온다면"
_RUNS_ON = frozenset("고며면는가지니만라더든네던나음")
MIN_VERB_SYLLABLES = 3  # "배운다": not a name's "혼다", "만다(린)" nor "왔다(갔다)"
_WINDOW = 20  # characters read either side of a glue, more than the words it counts
MIN_DECK_FIRST = 2  # the deck's first word: "주낙영", not a particle's "와" ("혼다와")
# "… 미래2021 한반도 …": a year glued to the headline's last Hangul syllable
_GLUED_YEAR = re.compile(r"(?<=[\uac00-\ud7a3])(?=(?:19|20)\d\d\s)")
# "… 대학생 취재기⑥", "… 참가 후기 (3)": a series' deck ends on the part's number; a
# plan's or a fair's name takes its year as one word ("비전2030 달성 위해 …")
_PART_NUMBER = re.compile(r"(?:[\u2460-\u2473]|\(\d{1,2}\))$")
_GLUED_VERB = re.compile(r"(?<=[\uac00-\ud7a3]다)(?=[\uac00-\ud7a3])")


def _final(syllable: str) -> int:
    """The final consonant a Hangul syllable closes on (0: none)."""
    return (ord(syllable) - _HANGUL_FIRST) % _FINALS


def _closes_sentence(text: str, at: int) -> bool:
    """``text[:at]`` ends on a verb's plain ending ("배운다", "개최한다", "투자했다") and
    the syllable after it opens a word, not the rest of the verb ("한다고") nor a
    particle ("혼다와")."""
    before = text[at - 2]
    # the words either side of the glue, read in a window (a long line's whole text split
    # at each "다" would take time in the square of its length); a word longer than the
    # window still counts as long enough
    words = text[max(0, at - _WINDOW) : at].split()
    verb = words[-1] if words else ""
    deck = text[at : at + _WINDOW].split()[0]
    return (
        _HANGUL_FIRST <= ord(before) <= _HANGUL_LAST
        and _final(before) in (_FINAL_N, _FINAL_SS)
        and text[at] not in _RUNS_ON
        and len(verb) >= MIN_VERB_SYLLABLES
        and len(deck) >= MIN_DECK_FIRST
    )


def glued_deck(text: str) -> tuple[str, str] | None:
    """(the headline, its deck) where a Korean deck runs on straight after the headline's
    last syllable: after a sentence's "다", or before a year when the deck ends on a
    series' part; else None."""
    glues = [
        m.start()
        for m in _GLUED_VERB.finditer(text)
        if _closes_sentence(text, m.start())
    ]
    if _PART_NUMBER.search(text):
        glues += [m.start() for m in _GLUED_YEAR.finditer(text)]
    for at in sorted(glues):
        head, deck = text[:at].strip(), text[at:].strip()
        if len(head.split()) >= MIN_HEAD_WORDS and len(deck.split()) >= MIN_DECK_WORDS:
            return head, deck
    return None
