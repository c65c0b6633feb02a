"""The outlet a government's, a public body's or a news portal's site is: such pages
never print a masthead, and the body's name in their story is the story's subject as
often as its publisher, so the site is named from a table of official sites
(``official_sites.yml``): ``msit.go.kr`` → "Ministry of Science and ICT", on a page in
Korean "과학기술정보통신부"; ``bvhttdl.gov.vn`` → "Bộ Văn hóa, Thể thao và Du lịch" on a page
in Vietnamese; ``v.daum.net`` → "Daum"."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from dossier.clean.address_words import page_words, spelt_site
from dossier.clean.languages import HANGUL, is_english_story, is_latin_story
from dossier.clean.metadata import PAPER_WORD
from dossier.places import is_place_name

# the words a site puts before its own host for an edition or a device
_EDITION = re.compile(r"^(?:www|en|eng|english|m|mobile)\.(?=[a-z0-9-]+\.)")


@cache
def official_sites(
    path: Path = Path(__file__).parent / "official_sites.yml",
) -> dict[str, tuple[str, str]]:
    """Each host and its names: in English, and in the site's own language."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    sites = {}
    for host, names in data.items():
        if not isinstance(names, str) and len(names) != 2:  # an unquoted comma
            raise ValueError(f"{path.name}: {host} needs two names, not {names}")
        sites[host] = (names, names) if isinstance(names, str) else tuple(names)
    return sites


def official_outlet(host: str, text: str) -> str | None:
    """The body or portal the site ``host`` is, named in the page's language: the
    site's own language's name for a page in Korean or Vietnamese, when that is the
    site's language, else its English name; None for a site not in the table."""
    names = official_sites().get(_EDITION.sub("", host))
    if names is None:
        return None
    english, own = names
    korean_site = HANGUL.search(own) is not None
    if not is_latin_story(text):  # a page in Korean
        return own if korean_site else english
    if is_english_story(text):
        return english
    return english if korean_site else own


def official_body(host: str, text: str) -> str | None:
    """The body a government's or a public body's site in the table is (not a news
    portal's, which goes by one name in every language): its own release retelling a
    paper's report ("According to The Korea Herald's report: …", a rebuttal) is still
    the body's."""
    names = official_sites().get(_EDITION.sub("", host))
    if names is None or names[0] == names[1]:
        return None
    return official_outlet(host, text)


# a government's site, and the parts of its address that name no site
_GOVERNMENT_SITE = re.compile(r"(?:[a-z0-9-]+\.)+(?:gov|go)\.[a-z]{2}")
_NO_NAME = frozenset(["www", "en", "eng", "english", "m", "gov", "go"])
# the word closing a paper's name, as a label spells it in words: "Hai Phong News"
_PAPER_END = re.compile(rf"\s{PAPER_WORD}$")


def government_paper(host: str, text: str) -> str | None:
    """A paper a government runs at an address of its own, named by the words its label
    spells where the page bears them out, ending in a paper's word ("Hai Phong News" for
    haiphongnews.gov.vn); never a place (a portal), never a department's site under a
    portal's address."""
    if not _GOVERNMENT_SITE.fullmatch(host):
        return None
    parts = [part for part in host.split(".")[:-1] if part not in _NO_NAME]
    if len(parts) != 1:
        return None
    name = spelt_site(parts[0], host.endswith(".vn"), page_words(text))
    if name is None or is_place_name(name) or not _PAPER_END.search(name):
        return None
    return name
