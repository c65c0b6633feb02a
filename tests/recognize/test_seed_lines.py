"""The seed line of a name in a passage that cleaning joined from several lines."""

from __future__ import annotations

import time

from dossier.model import Passage
from dossier.recognize.candidates.seed_lines import PassageLines, seed_line

# a headline, a blank line, then a paragraph wrapped over three lines (seed lines 3 to 5)
# whose first line opened with a dateline cleaning took off
SEED = [
    "항구 도시의 새 협약",
    "",
    "(인천=통신) 인천항만공사와 다낭항이",
    "물류 협력을 넓히는 협약을",
    "어제 맺었다.",
]
PASSAGE = Passage(
    "paragraph",
    "p-1",
    "인천항만공사와 다낭항이 물류 협력을 넓히는 협약을 어제 맺었다.",
    3,
)
CUT = {3: 1}


def test_each_word_is_on_the_seed_line_that_holds_it():
    text = PASSAGE.text
    lines = PassageLines(SEED, PASSAGE, CUT)
    for word, number in (("다낭항이", 3), ("물류", 4), ("협약을", 4), ("어제", 5)):
        offset = text.index(word)
        assert lines.line(offset) == number == seed_line(SEED, PASSAGE, offset, CUT)
        assert word in SEED[number - 1]


def test_without_the_seed_the_passage_keeps_its_own_line():
    assert PassageLines(None, PASSAGE, CUT).line(20) == 3


def test_every_word_of_a_long_passage_is_placed_in_linear_time():
    words = "응우옌 주석 묘역과 하이퐁 생가, " * 4000
    seed = ["제목", "", words]
    passage = Passage("paragraph", "p-1", words.strip(), 3)
    offsets = [i for i in range(1, len(words)) if words[i - 1] == " "]
    assert len(words) > 50_000 and len(offsets) > 15_000
    started = time.perf_counter()
    lines = PassageLines(seed, passage, {})
    assert {lines.line(offset) for offset in offsets} == {3}
    assert time.perf_counter() - started < 2
