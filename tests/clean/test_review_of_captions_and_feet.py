"""Story sentences a second review found hidden by this session's caption and foot rules:
a sentence opening "Some photos …", brand names in CamelCase, a sentence that mentions a
viewers' warning, sides of a debate, a sentence pointing at the picture with its figures,
"2 nước" in a story's sentence, and a writer whose name holds a city's."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs

HEAD = "Korean groom and Vietnamese bride celebrate in Busan"
ONE = "A Korean restaurant owner and his Vietnamese bride held their wedding in Busan."
TWO = "Guests from both countries filled the hall, and the couple's families met for the first time."


def read(*lines: str):
    return article_from_text("\n\n".join((HEAD, ONE, TWO, *lines)) + "\n")


def test_a_sentence_opening_some_photos_is_no_gallery_label():
    lines = (
        "Some photos shared online carried a message:",
        "The couple met in Seoul in 2019 while the bride was studying Korean.",
        "They plan to live in Busan, where the groom runs a small restaurant.",
    )
    assert paragraphs(read(*lines))[-2:] == list(lines[1:])


def test_brand_names_in_camel_case_are_no_glued_headlines():
    line = (
        'The chairman of PetroVietnam Gas told reporters: "Our cooperation with SK '
        'Innovation and VietinBank opens a new chapter for clean energy in Vietnam."'
    )
    assert line in paragraphs(read(line))


@pytest.mark.parametrize(
    "line",
    [
        "Broadcasters blurred the clip and warned that viewers may find the footage disturbing.",
        "Lawmakers from the Democrats on the left and the conservatives on the right clashed "
        "over how long the workers should be allowed to stay in the country.",
        "The new factory (photo above) will employ 2,000 local workers when it reaches full "
        "capacity next year, the company said.",
    ],
)
def test_a_story_sentence_stays_a_paragraph(line):
    assert line in paragraphs(read(line))


def test_two_countries_in_a_short_vietnamese_story_sentence_stay_story():
    head = "Thương mại Việt Nam - Hàn Quốc tăng mạnh"
    one = "Thương mại giữa 2 nước tăng mạnh trong năm qua."
    two = "Hàn Quốc tiếp tục là nhà đầu tư nước ngoài lớn nhất tại Việt Nam, với nhiều dự án mới."
    article = article_from_text(f"{head}\n\n{one}\n\n{two}\n")
    assert paragraphs(article) == [one, two]


def test_a_writer_whose_name_holds_a_city_s_is_still_the_writer():
    article = article_from_text(
        f"{HEAD}\n\nWednesday, October 19, 2011, 10:45:43 Minh Hue\n\n{ONE}\n\n{TWO}\n"
    )
    assert article.author == "Minh Hue"
