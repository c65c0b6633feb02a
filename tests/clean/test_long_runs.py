"""Long runs of one kind of character (a pasted word of thousands of letters, digits or
code) read as short ones do: an address is sought only where a run of its letters opens,
and finds what the plain pattern finds, at the same places."""

from __future__ import annotations

import re

import pytest
from builders import article_from_text
from dossier.clean.metadata import outlets
from dossier.clean.outlet_lines import mailed_outlet
from dossier.clean.run_patterns import RunPattern
from dossier.clean.strips import keyword_tags

_SITE = r"[\w.+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})"
_CUT = r"[\w.+-]+@\S*"


@pytest.mark.parametrize(
    "text",
    [
        "kim@mail.example.com",
        "기자 kim@mail.example.com조민서기자",
        "a@bc.de-f@gh.ij",  # a match ends inside a run: the next opens right after it
        "x@ab.com5y@cd.org",
        "kim@yna.co.kr.lee@hani.co.kr",
        "=kim@yna.co.kr, lee@hani.co.kr",
        "no address here at all",
        "q" * 300 + "@example.com",
        "q" * 300 + " z",
        "@@a@b..c@d.ef @",
    ],
)
@pytest.mark.parametrize("pattern", [_SITE, _CUT])
def test_a_run_pattern_finds_what_the_plain_pattern_finds(text: str, pattern: str):
    plain, run = re.compile(pattern), RunPattern(pattern, r"[\w.+-]")
    spans = [(m.span(), m.groups()) for m in run.finditer(text)]
    assert spans == [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert run.sub("<>", text) == plain.sub("<>", text)
    assert run.sub(lambda m: m[0].upper(), text) == plain.sub(
        lambda m: m[0].upper(), text
    )
    found, expected = run.search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_an_address_after_a_long_word_still_names_its_outlet():
    text = f"[ 김하늘 기자 {'a' * 3000} sky@yna.co.kr ]"
    assert mailed_outlet(text, outlets()) == "Yonhap News Agency"
    glued = f"[ 김하늘 기자 {'a' * 3000}sky@yna.co.kr ]"  # the word runs into it
    assert mailed_outlet(glued, outlets()) == "Yonhap News Agency"


def test_a_long_word_without_an_address_names_no_outlet():
    assert mailed_outlet(f"기자 {'a' * 3000}", outlets()) is None


STORY = "The two cities agreed to open an office in Hanoi on Monday.\n\nBoth mayors said so.\n"


def test_digits_in_a_reporters_address_are_no_date_in_the_byline():
    article = article_from_text(
        f"Two cities open an office\n\nBy Lan Anh lan2006@example.com\n\n{STORY}"
    )
    assert article.metadata.author == "Lan Anh"


@pytest.mark.parametrize(
    "word", ["a" * 20_000, "QmFzZTY0" * 2500, "1" * 20_000, "Ab" * 10_000]
)
def test_a_long_word_between_paragraphs_stays_a_paragraph(word: str):
    article = article_from_text(
        f"Two cities open an office\n\n{STORY}\n{word}\n\nThe end came.\n"
    )
    assert article.metadata.author is None and article.metadata.outlet is None
    assert word in [p.text for p in article.passages]


@pytest.mark.parametrize("repeats", [1, 300])
def test_a_long_line_of_keyword_tags_is_tags(repeats):
    line = "Little Seoul, travel news, " * repeats + "Vietnam guide, food, Hanoi, trip"
    assert keyword_tags(line)
    # a part of many words is a sentence's: no tags
    assert not keyword_tags(line + ", the mayors met for an hour on Monday")
