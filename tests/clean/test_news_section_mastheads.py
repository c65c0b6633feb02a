"""The word for news over a headline ("Tin Tức", "News Zone", "Latest News"): the
section the site files its stories under, no masthead; the page's address names its
outlet. A name with words of its own beside "news" ("Korea News", "Latest Farming
News") may be an outlet's and stays."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dossier.clean.cleaning import clean
from dossier.clean.masthead_sites import site_over_masthead
from dossier.clean.metadata import outlets
from dossier.model import Metadata

HEADLINE = "Provinces open a training centre for young farmers"
STORY = (
    "The two provinces agreed on Monday to open a joint training centre for "
    "young farmers next spring, officials said after the signing.\n\n"
    "The centre will take forty trainees a year and share its teachers between "
    "the two sides, the agreement says.\n"
)


def _outlet(name: str, url: str) -> str | None:
    text = f"{name}\n\n{HEADLINE}\n\n{STORY}"
    return clean(text, "seeds/x.txt", Metadata(url=url)).metadata.outlet


@pytest.mark.parametrize("name", ["News Zone", "Tin Tức", "Latest News", "PHOTO News"])
def test_the_word_for_news_gives_way_to_the_listed_site(name):
    url = "https://www.eastasiaforum.org/2021/03/04/training/"
    assert _outlet(name, url) == "East Asia Forum"


def test_the_word_for_news_gives_way_to_a_body_s_own_site():
    url = "https://mnd.go.kr/user/boardList.action?boardSeq=7"
    assert _outlet("News Zone", url) == (
        "Ministry of National Defense of the Republic of Korea"
    )


@pytest.mark.parametrize("name", ["Korea News", "Latest Farming News", "Delta News"])
def test_a_name_beside_the_word_for_news_stays(name):
    assert _outlet(name, "https://www.example-farm.net/2021/training/") == name


@pytest.mark.parametrize(
    "url",
    [
        "https://baomoi.com/hai-tinh-mo-trung-tam/c/123.epi",
        "https://www.msn.com/vi-vn/news/other/hai-tinh/ar-AA1",
    ],
)
@pytest.mark.parametrize("name", ["Tin Tức", "TIN TỨC", "News Zone"])
def test_the_word_for_news_on_an_aggregator_stays(name, url):
    # an aggregator prints the carried paper's name there: "Tin Tức" is Báo Tin tức's
    assert _outlet(name, url) == name


def test_a_listed_spelling_of_the_word_for_news_stays():
    listed = outlets()
    names = replace(listed, names={**listed.names, "tin tuc": "Báo Tin tức"})
    url = "https://www.example-farm.net/2021/training/"
    text = f"Tin Tức\n\n{HEADLINE}\n\n{STORY}"
    assert site_over_masthead("Tin Tức", url, text, names) == "Tin Tức"
