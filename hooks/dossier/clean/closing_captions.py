"""A picture's caption after the story's last paragraph: a few words naming what the
picture shows, no sentence in them ("하노이의 한·베트남 스마트시티 협력센터", "The new
training centre in Da Nang"), under paragraphs that all end their sentences and over the
byline or the page's foot. A story's last paragraph ends its sentence; where the copy breaks
off instead, nothing stands under it (``cut_endings``)."""

from __future__ import annotations

import re

from dossier.clean.paragraphs import SENTENCE_END
from dossier.model import CAPTION, PARAGRAPH, Passage

MAX_LABEL_WORDS = 8
MIN_END = 8  # characters of the label's end that the page's last line would end with
MIN_ENDED_PARAGRAPHS = 2  # paragraphs above it, each ending its sentence
# a Korean sentence's verb ending, its stop left off ("… 밝혔다", "… 있어요"); a line
# that leads on (":", ",", a dash); not a noun that ends in 다 ("부산 해운대 바다",
# "캐나다")
_SENTENCE_LIKE = re.compile(
    r"(?:(?<!바)(?<!캐나)(?<!네바)(?<!플로리)(?<!사이)다|[요까죠]|[:,;—–-])$"
)


def _labels_a_picture(text: str) -> bool:
    """A few words with no sentence in or at the end of them."""
    return (
        "\n" not in text
        and len(text.split()) <= MAX_LABEL_WORDS
        and not text.endswith(SENTENCE_END)
        and _SENTENCE_LIKE.search(text) is None
        and not any(mark in text for mark in '.!?"“”')
    )


def _page_end(text: str) -> str:
    """The page's last line of text, its spaces squashed."""
    return " ".join(text.rstrip().rsplit("\n", 1)[-1].split())


def closing_caption(passages: list[Passage], text: str) -> list[Passage]:
    """``passages`` with a last paragraph that only labels a picture made a caption: a
    few words, no sentence, under two or more paragraphs that end theirs, and the page's
    ``text`` going on under it (its last line not the paragraph's end)."""
    told = [p for p in passages if p.kind == PARAGRAPH]
    if len(told) <= MIN_ENDED_PARAGRAPHS or passages[-1] is not told[-1]:
        return passages
    last = told[-1]
    if (
        not _labels_a_picture(last.text)
        or _page_end(text).endswith(" ".join(last.text.split())[-MIN_END:])
        or not all(p.text.rstrip().endswith(SENTENCE_END) for p in told[:-1])
    ):
        return passages
    number = sum(p.kind == CAPTION for p in passages) + 1
    return [*passages[:-1], Passage(CAPTION, f"c-{number}", last.text, last.line)]
