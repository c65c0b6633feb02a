"""A picture's caption run on after an archive copy's date is no headline where the page's
address spells another one in the page's own words."""

from __future__ import annotations

from dossier.clean.address_title import address_words
from dossier.clean.cleaning import clean
from dossier.model import Metadata

LEAD = (
    "The festival is co-hosted by the provincial Department of Culture and the Korean "
    "Cultural Center, with the support of the People's Committee of Tam Ky."
)
SECOND = (
    "Nearly 300 artists from Quang Nam and the Republic of Korea take part in the "
    "festival, which opens on Friday and runs for a week."
)
URL = (
    "https://news.example.vn/culture/korean-festival-week-opens-in-quang-nam-91234.html"
)


def _page(first: str) -> str:
    return f" date 2021-04-07 {first}\n\n{LEAD}\n\n\n\n{SECOND}\n"


def test_a_caption_run_on_after_the_archive_date_is_no_headline():
    article = clean(_page("The lantern dance troupe Moonrise"), "x", Metadata(url=URL))
    assert article.metadata.title is None
    assert [p.text for p in article.passages if p.kind == "paragraph"] == [LEAD, SECOND]


def test_a_credited_caption_run_on_is_no_headline_under_a_numbered_address():
    url = "https://en.example.vn/korean-festival-week-opens-in-quang-nam/245123.vnp"
    text = _page("Performance of a lantern dance at the festival (Photo: VNA)")
    assert clean(text, "x", Metadata(url=url)).metadata.title is None


def test_the_headline_the_address_spells_stays():
    article = clean(
        _page("Korean festival week opens in Quang Nam"), "x", Metadata(url=URL)
    )
    assert article.metadata.title == "Korean festival week opens in Quang Nam"


def test_a_headline_under_an_address_in_another_language_stays():
    # an English page under a Vietnamese address: the address's words are not the page's
    url = "https://news.example.vn/le-hoi-han-quoc-khai-mac-tai-quang-nam-91234.html"
    text = _page("Quang Nam hosts the lantern festival of Korean artists")
    assert clean(text, "x", Metadata(url=url)).metadata.title == (
        "Quang Nam hosts the lantern festival of Korean artists"
    )


def test_without_an_address_the_run_on_line_is_the_headline():
    article = clean(_page("The lantern dance troupe Moonrise"), "x", Metadata())
    assert article.metadata.title == "The lantern dance troupe Moonrise"


def test_a_numbered_last_part_leaves_the_words_before_it():
    url = "https://en.example.vn/rok-city-hosts-lantern-week/247901.vnp"
    assert address_words(url) == ["rok", "city", "hosts", "lantern", "week"]
    assert address_words("https://example.vn/news/247901") == ["news"]
