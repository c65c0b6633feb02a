"""The seed line of a name in a passage that cleaning joined from several lines."""

from __future__ import annotations

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


def test_every_word_of_a_long_passage_is_placed_on_its_line():
    # (how long this takes is the benchmark's: "Ho Chi Minh's namesakes over and over")
    words = "응우옌 주석 묘역과 하이퐁 생가, " * 400
    seed = ["제목", "", *words.rstrip(", ").split(", ")]
    passage = Passage("paragraph", "p-1", " ".join(words.split()), 3)
    lines = PassageLines(seed, passage, {})
    starts = [
        0,
        *(i for i in range(1, len(passage.text)) if passage.text[i - 1] == " "),
    ]
    placed = [lines.line(offset) for offset in starts]
    assert placed == [seed_line(seed, passage, offset, {}) for offset in starts]
    assert placed[0] == 3 and placed[-1] == len(seed)  # the first line and the last
