"""A Korean sentence whose full stop the page lost ("… 하노이를 찾겠다며 웃었다"): story,
though it ends no sentence by its punctuation.

Under the story's last paragraph, a line of Korean long enough to be a sentence, naming
its topic or object ("그는 …", "… 회의를", "양측은 …") and ending on a verb in the plain
form a story is told in ("… 웃었다", "… 예정이다"), is the story's last paragraph, not the
page's foot: foot furniture speaks to the reader politely ("… 볼 수 있습니다", "… 볼 수
있어요", "… 남겨주세요"), ends in a noun ("이전 기사", "… 반드시 필요"), or, as other
stories' headlines and a picture's caption, leaves the topic and the object unmarked
("베트남 간 한국 관광객 올해 처음 500만명 넘었다"); a line on the reporter ("김철수
기자는 …") or a row of buttons ("좋아요 훈훈해요 …") is no story.
"""

from __future__ import annotations

import re

from dossier.clean.korean_headlines import closed_by_ss
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit

# "… 전망이다", "… 짓는다", "… 해요", "… 그렇죠": a verb's plain or familiar ending, not
# a noun's ("… 반드시 필요") nor the polite notice's "…니다" or request's "…세요"
_VERB_END = re.compile(r"(?:[한는된]다|이다|(?<!있)[어아여해에]요|죠)[\"”’]?$")
# "… 웃었다", "… 찾겠다": told done or to be done (not "… 수 있다", a state)
_TOLD_END = re.compile(r"(?<!있)다[\"”’]?$")
# "그는 …", "양측은 …", "… 하노이를 …": a sentence's topic or object; a headline, a
# caption's scene and a button's row leave them off ("베트남 간 한국 관광객 … 넘었다")
_TOPIC_OR_OBJECT = re.compile(r"[가-힣][은는을를]$")
_REPORTER = re.compile(r"기자[는가]$")  # "김철수 기자는 …": the reporter's note
MIN_SENTENCE_WORDS = 5
MAX_GAP = 4  # lines from the paragraph above: blank lines between, at most three
_FURNITURE_OPENERS = ("[", "<", "(", "▶", "☞", "- ", "• ", "· ", "※")


def ends_korean_sentence(text: str) -> bool:
    """A line of Korean long enough to be a sentence, naming its topic or object, ending
    on a verb as one ends (see the module)."""
    words = text.split()
    last = words[-1] if words else ""
    return (
        len(words) >= MIN_SENTENCE_WORDS
        and not text.lstrip().startswith(_FURNITURE_OPENERS)
        and not words[0].endswith(",")  # "삼성, 베트남에 …": a headline's topic
        and "|" not in text
        and (_VERB_END.search(last) is not None or _told(last))
        and any(_TOPIC_OR_OBJECT.search(word) for word in words[:-1])
        and not any(
            word.endswith("요") or _REPORTER.search(word) for word in words[:-1]
        )
    )


def _told(word: str) -> bool:
    """A verb told done or to be done ("웃었다", "찾겠다")."""
    match = _TOLD_END.search(word)
    return (
        match is not None
        and match.start() > 0
        and closed_by_ss(word[match.start() - 1])
    )


def unstopped_under_story(units: list[Unit], index: int) -> bool:
    """The unit stands right under the story's paragraph and is a Korean sentence whose
    full stop was lost: the story's last paragraph (not the first of a list below it)."""
    if index < 1:
        return False
    unit, above = units[index], units[index - 1]
    return (
        not unit.caption
        and len(unit.lines) == 1
        and paragraph_like(above)
        and unit.number <= above.lines[-1].number + MAX_GAP
        and ends_korean_sentence(unit.text)
    )
