"""A line's width in a fixed-width font, as a hard wrapper measures it."""

import unicodedata

from dossier.clean.columns import columns


def _by_unicodedata(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_hangul_and_cjk_take_two_columns_latin_and_vietnamese_one():
    assert columns("Hanoi") == 5
    assert columns("베트남") == 6
    assert columns("Hà Nội và 서울") == 14
    assert columns("東京，") == 6  # a fullwidth comma is wide too


def test_every_character_counts_as_unicodedata_says():
    # a sample of every plane in use: Latin, Vietnamese, Hangul jamo and syllables, CJK,
    # fullwidth forms, halfwidth katakana, emoji and a CJK extension past the first plane
    sample = "".join(
        chr(code)
        for start, stop in [
            (0x20, 0x250),
            (0x1E00, 0x1F00),
            (0x1100, 0x1200),
            (0x2E80, 0x3100),
            (0xAC00, 0xAD00),
            (0xD700, 0xD7FF),
            (0xFF00, 0xFFF0),
            (0x1F300, 0x1F400),
            (0x20000, 0x20100),
        ]
        for code in range(start, stop)
    )
    for at in range(0, len(sample), 37):
        piece = sample[at : at + 37]
        assert columns(piece) == _by_unicodedata(piece), piece
