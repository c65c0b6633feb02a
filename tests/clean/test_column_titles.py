"""A headline closed by its column's title in brackets, the columnist named in it with a
possessive ("… [Jane Roe's Harbour Notes]"): the column's title is no part of the
headline, and the columnist is the author."""

from __future__ import annotations

import pytest
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
    line = f"{HEAD} [South Korea's Sea Lanes Desk]"
    article = clean(f"{line}\n\n{STORY}", "seeds/x.txt", Metadata())
    assert article.title == HEAD
    assert article.author is None


def test_a_bracketed_year_closing_a_headline_stays():
    line = "Hai Phong Hosts the Korea Shipbuilding Forum [2024]"
    assert strip_labels(line)[0] == line


BYLINE = "By Tran Mai"


def test_a_byline_outranks_the_columnist():
    line = f"{HEAD} [Mina Park's Harbour Notes]"
    article = clean(f"{line}\n\n{BYLINE}\n\n{STORY}", "seeds/x.txt", Metadata())
    assert article.title == HEAD
    assert article.author == "Tran Mai"


def test_a_columnist_with_a_marked_capital():
    line = f"{HEAD} [Đỗ Hùng's Seoul Diary]"
    article = clean(f"{line}\n\n{STORY}", "seeds/x.txt", Metadata())
    assert article.title == HEAD
    assert article.author == "Đỗ Hùng"


@pytest.mark.parametrize(
    "label",
    [
        "[Park Hang-seo's Golden Generation]",
        "[Kim Jong Un's Nuclear Gamble]",
        "[Pham Nhat Vuong's Big Bet]",
        "[Samsung Electronics's Vietnam Bet]",
        "[Lotte Mart's Vietnam Push]",
        "[Korea Herald's Travel Guide]",
        "[The Investor's Guide]",
        "[Asian Cup's Final Countdown]",
        "[Bong Joon-ho's Parasite]",
    ],
)
def test_a_possessive_title_without_a_column_word_stays(label):
    """A film, a plan, a firm's push: the bracket is the headline's, nobody its author."""
    for byline in ("", f"{BYLINE}\n\n"):
        line = f"{HEAD} {label}"
        article = clean(f"{line}\n\n{byline}{STORY}", "seeds/x.txt", Metadata())
        assert article.title == line
        assert article.author == (BYLINE[3:] if byline else None)


@pytest.mark.parametrize(
    "label", ["[The Korea Herald's Travel Desk]", "[Korea Herald's Weekend Column]"]
)
def test_an_outlets_column_names_no_author(label):
    article = clean(f"{HEAD} {label}\n\n{STORY}", "seeds/x.txt", Metadata())
    assert article.author is None


def test_a_column_named_for_someone_in_the_story_names_no_author():
    line = f"{HEAD} [Park Hang-seo's Coaching Diary]"
    story = STORY + "\nCoach Park Hang-seo watched the signing from the quay.\n"
    article = clean(f"{line}\n\n{story}", "seeds/x.txt", Metadata())
    assert article.author is None


def test_the_headline_printed_again_with_its_column_title():
    line = f"{HEAD} [Mina Park's Harbour Notes]"
    lead = "A Korean yard will repair Hai Phong's coastal freighters for three years."
    page = f"{line}\n\n{lead}\n\n{line}\n\n{STORY}"
    article = clean(page, "seeds/x.txt", Metadata())
    assert article.author == "Mina Park"


def test_the_headline_printed_again_with_its_label_and_column_title_is_no_paragraph():
    line = f"{HEAD} [Mina Park's Harbour Notes]"
    again = f"[Exclusive] {line}"
    article = clean(f"{line}\n\n{again}\n\n{STORY}", "seeds/x.txt", Metadata())
    assert article.title == HEAD
    assert again not in [p.text for p in article.passages]
    assert [p.text for p in article.passages if p.kind == "paragraph"] == [
        part for part in STORY.strip().split("\n\n")
    ]
