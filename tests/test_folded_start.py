"""Whether a text, folded (no marks, case-folded, stripped), starts with one of some
words, read from its first characters only: the same answer as folding it all."""

from dossier.text import folded_start, strip_marks

COUNTRIES = ("south korea", "viet nam", "vietnam", "hàn quốc", "korea")


def _whole(text: str, prefixes: tuple[str, ...]) -> bool:
    return strip_marks(text).casefold().strip().startswith(prefixes)


def test_a_long_rest_is_read_from_its_start():
    rest = " South Korea, the two cities said, " + "and the port grew " * 3000
    assert folded_start(rest, COUNTRIES)
    assert not folded_start(" the port grew " * 3000, COUNTRIES)
    assert folded_start("  VIỆT NAM và Hàn Quốc " + "ký kết " * 2000, ("viet nam",))


def test_the_answer_is_that_of_the_whole_text_folded():
    texts = [
        " Korea",
        "Kore",
        "   " + " " * 400 + "Korea",  # spaces past the window: the whole text read
        "Ha\u0300n Quo\u0302\u0301c " * 30,  # marks written apart from their letters
        "\u1112\u1161\u11ab " * 40,  # Hangul written as its letters, cut among them
        "South" + " " * 60 + "Korea " * 30,
        "đ" * 300 + " Korea",
        " ßouth korea " + "ß" * 200,
        "\u0301" * 100 + "korea" + "x" * 100,
    ]
    for text in texts:
        for prefixes in (COUNTRIES, ("ss", "ssouth"), ("ha", "han quoc")):
            assert folded_start(text, prefixes) == _whole(text, prefixes), text[:40]
