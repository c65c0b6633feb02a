"""A Korean headline with a board's or a series' label run on before it: a category of
issues in one word ("베트남이슈 …"), a series' name and its number before a dash ("현장스케치
03 - …"). The label is no part of the headline."""

from __future__ import annotations

import pytest
from dossier.clean.cleaning import clean
from dossier.clean.headline import strip_labels
from dossier.model import Metadata

KOREAN = (
    "시는 지난 12일 시청 대회의실에서 베트남 하이퐁시 대표단과 만나 청년 교류와 항만 "
    "협력 확대 방안을 논의했다고 밝혔다.\n\n"
    "양측은 내년 상반기 안에 실무 협의체를 꾸리고 교류 사업을 구체화하기로 했다."
)


@pytest.mark.parametrize(
    ("line", "headline", "label"),
    [
        (
            "경제이슈 하이퐁시 대표단, 항만 협력 논의",
            "하이퐁시 대표단, 항만 협력 논의",
            "경제이슈",
        ),
        (
            "현장스케치 03 - 하이퐁 항만을 돌아보다",
            "하이퐁 항만을 돌아보다",
            "현장스케치 03 -",
        ),
    ],
)
def test_a_series_label_before_the_headline(line, headline, label):
    assert strip_labels(line) == (headline, [label])
    assert clean(f"{line}\n\n{KOREAN}\n", "seeds/x.txt", Metadata()).title == headline


@pytest.mark.parametrize(
    "line",
    [
        "이슈 점검: 하이퐁 항만 협력의 과제",  # "이슈" alone opens the headline
        "하이퐁 2 - 0 승리로 결승 진출",  # a score, no series
    ],
)
def test_headlines_that_only_look_labelled_stay_whole(line):
    assert strip_labels(line)[0] == line


@pytest.mark.parametrize(
    ("line", "headline", "labels"),
    [
        (
            "<한-베트남 교류 20년> ②항만 도시의 청년들 서로를 찾다",
            "항만 도시의 청년들 서로를 찾다",
            ["<한-베트남 교류 20년>", "②"],
        ),
        (
            "[교류 20년 하이퐁 속 한국] ③ 어떻게 일하고 있나",
            "어떻게 일하고 있나",
            ["[교류 20년 하이퐁 속 한국]", "③"],
        ),
    ],
)
def test_a_series_part_numbered_in_a_circle(line, headline, labels):
    """A series' name and the part's circled number before the headline: neither is the
    headline's."""
    assert strip_labels(line) == (headline, labels)
    assert clean(f"{line}\n\n{KOREAN}\n", "seeds/x.txt", Metadata()).title == headline


def test_a_circled_number_inside_a_headline_stays():
    line = "하이퐁 청년 교류 ②단계 사업 시작"
    assert strip_labels(line)[0] == line


@pytest.mark.parametrize(
    "line",
    [
        "<하이퐁 항구 이야기> ①호 선박 진수식 열려",
        "<하이퐁 항구 이야기> ②번 부두 다시 열다",
    ],
)
def test_a_circled_number_counting_a_word_stays_with_it(line):
    """ "①호 선박": the number counts the word glued after it (호, 번, 단계, 구역), a
    word of the headline, not the series' part."""
    headline = line.split("> ", 1)[1]
    assert strip_labels(line)[0] == headline
    assert clean(f"{line}\n\n{KOREAN}\n", "seeds/x.txt", Metadata()).title == headline


def test_the_final_part_of_a_series_is_a_label_with_its_number():
    """ "⑤끝": the fifth and last part of a series ("끝": end), both off the headline."""
    line = "<하이퐁 항구 이야기> ⑤끝 하이퐁의 내일을 묻다"
    assert strip_labels(line) == (
        "하이퐁의 내일을 묻다",
        ["<하이퐁 항구 이야기>", "⑤끝"],
    )


def test_a_word_opening_on_end_stays_in_the_headline():
    line = "<하이퐁 항구 이야기> ⑤끝없는 도전의 항구"
    assert strip_labels(line)[0] == "끝없는 도전의 항구"
