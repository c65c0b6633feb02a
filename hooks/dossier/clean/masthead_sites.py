"""Names standing above a headline that are no masthead of the page's outlet.

A site prints its section's or column's name over the headline ("Asia Desk" on a
magazine's site, "Harbour Notes" on an institute's blog), and a page may show its
headline's opening above its details ("Training Centre Opens in Delta" over "Training
Centre Opens in Delta with …"): such a name gives way to the site the page's address
names, when outlets.yml lists it or the page spells the site's name out ("Example
Institute" for example-institute.org). The word for news alone there ("Tin Tức", "News
Zone") gives way to whatever outlet the address names, unless outlets.yml lists it or
the site is an aggregator, where it may be the masthead of the paper whose copy is
carried (Báo Tin tức's "Tin Tức" on baomoi.com). Any other name there may be another
outlet's whose copy the site carries ("Mekong Sentinel", "… Daily", "Báo …", "…일보",
"시사바다"), and stays; so does a shorter spelling of the site's own name ("Hai Duong
Portal" on the site listed as "Hai Duong City Portal"). A subject or a tag of places
there ("Thermal Power", "Vietnam Korea") is a section's name only on a site outlets.yml
lists, which prints its own stories: elsewhere it may be the outlet's printed name
("Global Finance" at gfmag.com) or that of the outlet whose copy an aggregator carries
("Fox Business" on MSN), and stays. A person's name there ("Nguyễn Văn An" over the
headline) is its writer's, no masthead (``people.is_writer_name``).
"""

from __future__ import annotations

import re

from dossier.clean.copyright import copyright_holder
from dossier.clean.metadata import Outlets
from dossier.clean.outlet_lines import site_host, site_outlet
from dossier.clean.outlet_words import OUTLET_WORD
from dossier.clean.site_names import address_outlet, site_named, spells_site
from dossier.places import is_place_name
from dossier.text import fold, words_of

# the last word of a section's or a column's name ("ASEAN Beat", "Asia Desk")
_SECTION_WORDS = frozenset(
    words_of(
        "beat desk notes notebook blog column columns diary features opinion opinions "
        "commentary commentaries analysis interview interviews spotlight explainer "
        "podcast dispatches corner roundup flashpoints"
    )
)
# the last word of a subject a news site files its stories under ("Thermal Power", "Live
# Scores"), which no paper's name ends on (as "… Today", "… Daily" do)
_SUBJECT_WORDS = frozenset(
    words_of(
        "power energy scores results sports football business economy markets finance "
        "politics travel tourism entertainment lifestyle technology science health "
        "education society environment"
    )
)
# the word for news alone, or with a word only a section adds ("Tin Tức", "News Zone",
# "PHOTO News", "Tin tức - Sự kiện"; folded): no outlet's name, as "Korea News" may be
_NEWS_SECTION = re.compile(
    r"(?:(?:latest|recent|top|hot|breaking|photo|video)\s+)?"
    r"news(?:\s+(?:zone|room|list))?"
    r"|tin tuc(?:\s*[-–]\s*su kien)?|뉴스"
)
# the small words a headline joins its words with and an outlet's name seldom does
_HEADLINE_JOINS = frozenset(words_of("in with on at after amid to"))
MIN_HEADLINE_WORDS = 4


def site_over_masthead(outlet: str, url: str | None, text: str, names: Outlets) -> str:
    """The outlet of a page whose only evidence of one is an unknown name above its
    headline (``outlet``): the holder of the page's copyright line when it spells the
    site's address (the site's own name, whatever the name above the headline); else
    the site its address ``url`` names, when outlets.yml lists it or the page spells it
    out, unless the name is an outlet's by its word or agrees with the site's."""
    if url and (owned := _site_copyright(url, text)) and not _agrees(outlet, owned):
        return owned  # "©2021 Example Korea Magazine" on examplekorea.com
    if not url or names.find(outlet):
        return outlet
    if _NEWS_SECTION.fullmatch(fold(outlet)) and not _aggregator(url):
        # "Tin Tức", "News Zone": the word for news, the site's section; on an
        # aggregator it may be the carried paper's masthead ("Tin Tức", Báo Tin tức's)
        return address_outlet(url, text, names) or outlet
    if OUTLET_WORD.search(outlet):
        return outlet
    if _section_name(outlet) or _headline_opening(outlet, text):
        site = site_outlet(url, names) or site_named(url, text)
    elif _filed_under(outlet, url):
        # only a listed site's own: a subject may end an outlet's printed name ("Fox
        # Business", "Global Finance"), which an aggregator's copy or an unlisted site
        # shows there, and the address spells otherwise ("msn.com", "gfmag.com")
        site = None if _aggregator(url) else site_outlet(url, names)
    else:
        return outlet  # "Mekong Sentinel", "시사바다": another outlet's name
    if not site or _agrees(outlet, site):
        return outlet
    return site


_COPYRIGHT_SIGN = re.compile(r"©|ⓒ|\(c\)|copyright", re.I)
# the kind of publication after a holder's name, which its address leaves out
_FORM = re.compile(r"\s+(?:magazine|newspaper|journal|online)$", re.I)


def _site_copyright(url: str, text: str) -> str | None:
    """The holder a copyright line names, when the holder's words (without the kind of
    publication after them) spell the site's address: "Example Korea Magazine" for
    examplekorea.com."""
    for line in text.splitlines():
        if not _COPYRIGHT_SIGN.search(line):
            continue
        holder = copyright_holder(line.strip())
        if holder and spells_site(_FORM.sub("", holder), url):
            return holder
    return None


def _agrees(outlet: str, site: str) -> bool:
    """Every word of the one name is in the other: the same outlet spelt shorter."""
    words, site_words = set(fold(outlet).split()), set(fold(site).split())
    return words <= site_words or site_words <= words


def _section_name(name: str) -> bool:
    """A section's or a column's name: its last word one a section is called by ("ASEAN
    Beat", "Harbour Notes", "Opinion")."""
    words = name.split()
    return bool(words) and words[-1].casefold() in _SECTION_WORDS


def _filed_under(name: str, url: str) -> bool:
    """A subject a site files its stories under ("Thermal Power", "Live Scores"), or a
    tag of places, the site's own label before them or not ("Vietnam Korea", "Ho Chi
    Minh City Busan", "UCAN China" on ucanews.com)."""
    words = name.split()
    if not words:
        return False
    if words[-1].casefold() in _SUBJECT_WORDS:
        return True
    label = fold(site_host(url)).split(".")[0]
    places = [w for w in words if not (len(w) > 2 and label.startswith(fold(w)))]
    return bool(places) and _places_only(places)


MAX_PLACE_WORDS = 4  # "Ho Chi Minh City"


def _places_only(words: list[str]) -> bool:
    """``words`` are places one after another, a place's name of several words taken
    whole ("Da Nang", "Ho Chi Minh City"), the longest first."""
    start = 0
    while start < len(words):
        ends = range(min(len(words), start + MAX_PLACE_WORDS), start, -1)
        end = next((e for e in ends if is_place_name(" ".join(words[start:e]))), 0)
        if not end:
            return False
        start = end
    return True


# sites that carry other outlets' copy under the outlet's own name over the headline
_AGGREGATORS = (
    "msn.com",
    "yahoo.com",
    "baomoi.com",
    "naver.com",
    "daum.net",
    "news.google.com",
)


def _aggregator(url: str) -> bool:
    host = site_host(url)
    return any(host == site or host.endswith(f".{site}") for site in _AGGREGATORS)


def _headline_opening(name: str, text: str) -> bool:
    """A headline's opening, not a masthead: a few words joined as a headline joins them
    ("… Opens in Delta"), which open a longer line of the page (the headline in full)."""
    words = name.split()
    if len(words) < MIN_HEADLINE_WORDS or _HEADLINE_JOINS.isdisjoint(words):
        return False
    return any(line.strip().startswith(f"{name} ") for line in text.splitlines())
