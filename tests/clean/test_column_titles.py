"""A headline closed by its column's title in brackets, the columnist named in it with a
possessive ("… [Jane Roe's Harbour Notes]"): the column's title is no part of the
headline, and the columnist is the author."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.clean.headline import strip_labels
from dossier.model import Metadata

STORY = (
    "The port of Hai Phong signed a deal with a Korean shipyard on Monday to repair "
    "coastal freighters, officials said.\n\n"
    "The agreement covers twelve vessels over three years, the shipyard said in a "
    "statement on its website.\n"
)
HEAD = "Hai Phong Signs Ship Repair Deal... First for a Korean Yard"


def test_a_column_title_naming_its_columnist():
    line = f"{HEAD} [Mina Park's Harbour Notes]"
    assert strip_labels(line) == (HEAD, ["[Mina Park's Harbour Notes]"])
    article = clean(f"{line}\n\n{STORY}", "seeds/x.txt", Metadata())
    assert article.title == HEAD
    assert article.author == "Mina Park"


def test_a_place_in_the_column_title_is_no_author():
    line = f"{HEAD} [South Korea's Sea Lanes]"
    article = clean(f"{line}\n\n{STORY}", "seeds/x.txt", Metadata())
    assert article.title == HEAD
    assert article.author is None


def test_a_bracketed_year_closing_a_headline_stays():
    line = "Hai Phong Hosts the Korea Shipbuilding Forum [2024]"
    assert strip_labels(line)[0] == line
