"""A Korean paper's byline in English written in its Korean shape: the place, an equals
sign, the reporter, a slash and the post ("Seoul= Lee Ha-eun/ correspondent in Vietnam").
Every text here is invented."""

from __future__ import annotations

import pytest
from builders import HEAD, MORE, STORY, article_from_text, paragraphs
from dossier.clean.equals_bylines import equals_byline
from dossier.clean.metadata import byline, outlets


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ho Chi Minh= Lee Ha Eun/ correspondent in Vietnam", "Lee Ha Eun"),
        ("Seoul=Park Min-ji / reporter", "Park Min-ji"),
        # the paper's name after the post, with digits in it
        ("Hanoi= Choi Yu Na/reporter of `Example Weekly21`", "Choi Yu Na"),
    ],
)
def test_a_place_equals_a_reporter_over_a_post(line, name):
    assert equals_byline(line) == (name,)
    assert byline(line, outlets(), alone=False) == (name,)


@pytest.mark.parametrize(
    "line",
    [
        "Price= Cost Value/ Volume Index",  # no reporter's post after the slash
        "Seoul= Park Min-ji",  # no post at all
    ],
)
def test_an_equals_sign_without_a_reporters_post_is_no_byline(line):
    assert equals_byline(line) is None


def test_the_byline_under_the_headline():
    line = "Ho Chi Minh= Lee Ha Eun/ correspondent in Vietnam"
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.byline == "Lee Ha Eun"
    assert paragraphs(article) == [STORY, MORE]
