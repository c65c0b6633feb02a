"""The outlet an article's address names when outlets.yml does not list its site: the
name the page itself spells the site's with. ``https://www.asiasociety.org/…`` and "Asia
Society" in the text; ``hutech.edu.vn`` and "HUTECH"; ``kns.tv`` and "KNS뉴스통신"."""

from __future__ import annotations

import re

from dossier.clean.address_words import SMALL_WORDS, page_words, spelt_site
from dossier.clean.credited_outlets import carried, only_in_credits
from dossier.clean.hangul_sites import hangul_address, hangul_site_name
from dossier.clean.initials_spelt import CONNECTORS, capitalised, spelt_out
from dossier.clean.label_name import label_name
from dossier.clean.languages import is_latin_story
from dossier.clean.metadata import Outlets
from dossier.clean.official_sites import (
    government_paper,
    official_body,
    official_outlet,
)
from dossier.clean.outlet_lines import site_host, site_outlet, without_edition
from dossier.clean.portal_names import department_outlet, portal_outlet
from dossier.clean.report_credits import copied_from, reported_by
from dossier.clean.tag_initials import (
    listed_by_initials,
    spelt_in_full,
    split_by_initials,
    tags_name,
)
from dossier.places import is_place_name
from dossier.text import fold, opens_sentence, words_of

# Parts of an address that name no site: the registries' own ("co.kr", "com.vn"), and
# the words sites put before their name ("en.", "m.", "news.")
_NOT_A_NAME = frozenset(
    words_of(
        "m amp en eng english vn kr news tin tintuc mobile web portal home world "
        "asia global com net org gov edu co or go ac ne re pe info biz int tv"
    )
)
# Sites that publish anyone's pages: their name is not the page's outlet
_PLATFORMS = frozenset(
    words_of(
        "naver daum tistory brunch wordpress blogspot medium substack facebook "
        "linkedin youtube kakao blog cafe post "
        # and sites that carry, keep or shorten other sites' pages
        "google goog translate archive docs drive bit"
    )
)
# a site's address as a web host writes it: letters, digits and hyphens between its dots
_HOST = re.compile(r"(?!.*xn--)[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_GOVERNMENT = re.compile(r"\.(?:gov|go)\.[a-z]{2}$|\.gov$")  # a province's portal
_WORD = re.compile(r"\w+")
MAX_NAME_WORDS = 6
_PARTICLE = re.compile(r"(?<=[A-Za-z0-9])(?:은|는|이|가|의|을|를|와|과|도|에서|에|로)$")
MIN_LABEL = 3  # letters: "upi", "kbs"


def _squashed(word: str) -> str:
    """A word as an address spells it: "Công" → "cong", "KNS뉴스통신" → "kns"."""
    return re.sub(r"[^0-9a-z]", "", fold(word))


def _labels(url: str) -> list[str]:
    return [part.replace("-", "") for part in _own_parts(site_host(url))]


def _own_parts(host: str) -> list[str]:
    """The parts of a site's address that may name it, as it writes them: not its
    ending, nor a word sites put before their name; none for a government portal, a
    platform, or a bare IP address."""
    if not host or _GOVERNMENT.search(host) or host.replace(".", "").isdigit():
        return []
    parts = host.split(".")[:-1]  # not the country's or the kind's ending
    if any(part in _PLATFORMS for part in parts):
        return []
    return [
        part
        for part in parts
        if part not in _NOT_A_NAME and len(part.replace("-", "")) >= MIN_LABEL
    ]


def spells_site(text: str, url: str) -> bool:
    """The line is the site's name as its address spells it, two words or more
    ("Xuất khẩu lao động Đồng Tháp" on xuatkhaulaodongdongthap.com): its masthead."""
    words = [word for word in text.split() if any(c.isalnum() for c in word)]
    spelt = [_squashed(word) for word in words]
    # (every word spells part of it: not "KOTRA, 베트남 하노이서 …" on kotra.or.kr)
    return (
        2 <= len(words) <= MAX_NAME_WORDS
        and all(spelt)
        and "".join(spelt) in _labels(url)
    )


def site_named(url: str, text: str) -> str | None:
    """The first run of capitalised words in ``text`` that spells a part of the address
    ``url`` ("Biz Hub" for bizhub.vn), unless it is a place (a city's own portal is not
    named so: "Bac Ninh" for bacninh.example.vn)."""
    labels = _labels(url)
    if not labels:
        return None
    school = _SCHOOL.search(site_host(url)) is not None
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    for i, (word, start, _) in enumerate(words):
        if not capitalised(word):
            continue
        spelt = ""
        for j in range(i, min(i + MAX_NAME_WORDS, len(words))):
            part = _squashed(words[j][0])
            if not part or not capitalised(words[j][0]):
                break
            if j > i and words[j][1] - words[j - 1][2] > 1:
                break  # "Asia. Society": not one name
            spelt += part
            # "Hue University" for hueuni.edu.vn: the label's "uni", the word spelt out
            shortened = (
                school
                and f"{spelt}uni" in labels
                and _next_word(words, j) == "University"
            )
            if spelt in labels or shortened:
                # the institution word after the name ("Can Tho Promotion Agency",
                # "Konkuk University", "Vinmec Hospital"); not after a place that
                # names a news site ("Jeonbuk Bank" for jeonbuk.com)
                last = j + 1 if shortened else j
                placed = i == j and not school and is_place_name(words[i][0])
                end = words[j][2] if placed else _institution_end(words, last)
                name = text[start:end]
                if written := _written_as_address(text, words[j][2], spelt, url):
                    return text[start:written]  # "ThienNhien.Net – …": its address
                lone = i == j and end == words[j][2]  # one word, no institution's
                if is_place_name(name) or (
                    lone and not name.isupper() and opens_sentence(text, start)
                ):
                    break  # a place, a country, or a word opening a sentence
                # "VEYOND는 베트남에 …": the site's name, a Korean particle glued to it
                name = _PARTICLE.sub("", name)
                return spelt_out(name, text) if name.isupper() else name
            if not any(label.startswith(spelt) for label in labels):
                break
    return None


# the ending of a site's address glued to its name and capitalised as a name is:
# "ThienNhien.Net", "Example.Com.Vn" (not "Example.vn –": its address, the name before)
_ENDING = re.compile(r"(?:\.[A-Z][A-Za-z]{1,5}){1,2}\b(?![.\w-])")


def _written_as_address(text: str, end: int, spelt: str, url: str) -> int | None:
    """Where a name that spells the site's label ends, with the rest of the address glued
    to it in the page's own capitals ("ThienNhien.Net" for thiennhien.net, "Posted by
    Vietnam-Evisa.Org" for vietnam-evisa.org): the site's name as it writes it."""
    ending = _ENDING.match(text, end)
    host = site_host(url).replace("-", "")
    if ending and host.endswith(spelt + ending.group().lower()):
        return ending.end()
    return None


# a school's or a body's address: "tvu.edu.vn", "konkuk.ac.kr", "ksif.or.kr", "kdi.re.kr"
_SCHOOL = re.compile(r"\.(?:edu|ac|or|org|re)(?:\.[a-z]{2})?$")
# what follows a site's name where the site is an institution's: "Duy Tan University"
# for duytan.edu.vn, "Konkuk University" for konkuk.ac.kr
_INSTITUTION_WORDS = frozenset(
    words_of(
        "University College Institute Foundation Academy Hospital School Group Bank "
        "Agency Association Corporation"
    )
)


def _next_word(words: list[tuple[str, int, int]], j: int) -> str | None:
    """The word after word ``j``, where a single space parts them."""
    if j + 1 < len(words) and words[j + 1][1] - words[j][2] == 1:
        return words[j + 1][0]
    return None


def _institution_end(words: list[tuple[str, int, int]], j: int) -> int:
    """Where a name ending at word ``j`` ends with the institution words after it."""
    while _next_word(words, j) in _INSTITUTION_WORDS:
        j += 1
    return words[j][2]


MIN_INITIALS = 3  # letters of a label read as a name's initials: "tvu", "ksif"
MAX_INITIALS = 6


def site_initialled(url: str, text: str) -> str | None:
    """The first name of capitalised words (small English words between them) whose
    initials spell the site's label: "Tra Vinh University" for tvu.edu.vn, "King Sejong
    Institute Foundation" for ksif.or.kr, with the institution words that follow ("Thai
    Binh Duong University" for tbd.edu.vn): on a school's or a body's site only (on a
    news site, a body its story names is no outlet), an institution's name, never a
    place nor a person's ("Ho Chi Minh" for hcm)."""
    labels = [
        label
        for label in _labels(url)
        if label.isalpha() and MIN_INITIALS <= len(label) <= MAX_INITIALS
    ]
    if not labels or not _SCHOOL.search(site_host(url)):
        return None
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    for i, (word, start, _) in enumerate(words):
        if not word[0].isupper() or word.isupper():
            continue
        initials, j = "", i
        while j < len(words) and len(initials) < MAX_INITIALS:
            current = words[j][0]
            if current in CONNECTORS and initials:
                pass  # "Institute of …": a small word inside the name
            elif current[0].isupper() and not current.isupper():
                initials += fold(current[0])
            else:
                break
            if initials in labels and current not in CONNECTORS:
                name = text[start : _institution_end(words, j)]
                if _INSTITUTION_WORDS & set(name.split()) and not is_place_name(name):
                    return name
            if _next_word(words, j) is None:
                break
            j += 1
    return None


def address_outlet(url: str, text: str, outlet_names: Outlets) -> str | None:
    """The outlet an address names: its site's, when outlets.yml lists it (a known site
    keeps its own, whatever report it cites; a province's department's site under a
    listed portal is the department's), or a body's own site the table of official
    sites lists (a ministry's rebuttal of a paper's report is the ministry's), or the
    outlet a page (a portal's, an unlisted site's) credits with the report it
    retells ("According to X's report —"), else the publisher a copy's header names as
    its source, else the body or portal the table of official sites names it by (a
    ministry's site, "Daum"), else the name the page spells
    the site's with, else the name its address spells in words the page bears out, else
    a Vietnamese province's portal by what it is ("Cổng thông tin điện tử tỉnh Bình
    Định"), else its label read as a name ("Webthethao"), which the editor confirms."""
    return (
        department_outlet(site_host(url), text)
        or site_outlet(url, outlet_names)
        or official_body(site_host(url), text)
        or reported_by(text, outlet_names)
        or copied_from(text, url)
        or official_outlet(site_host(url), text)
        or _site_named_in_full(url, text)
        or _named_in_hangul(url, text)
        or _address_words(site_host(url), text)
        or portal_outlet(site_host(url), text)
        or government_paper(site_host(url), text)
        or _label_named(url, text)
    )


def _named_in_hangul(url: str, text: str) -> str | None:
    """On a page in Korean, the name in Hangul that sounds as the site's address does
    ("비나타임즈" for vinatimes.net, "뉴스스텝" for newsstep.co.kr), or that the address
    is, written in Hangul ("교통문화신문.kr")."""
    if is_latin_story(text):
        return None
    return hangul_address(url) or hangul_site_name(_labels(url), text)


def _site_named_in_full(url: str, text: str) -> str | None:
    """The name the page spells the site's with, or whose initials spell it: the name in
    full where the page writes only the initials outside brackets ("(TVU) – On July 13
    …", "Tra Vinh University")."""
    named = site_named(url, text)
    if named is None or named.isupper():
        return site_initialled(url, text) or named
    return named


def _address_words(host: str, text: str) -> str | None:
    """The name the site's own label spells in words ("Người Quan Sát" for
    nguoiquansat.vn, where the page writes those syllables), for a site with a name of
    its own; never a place's name (a province's portal)."""
    own = _own_parts(host) if _HOST.fullmatch(host) else []
    if not own:
        return None
    name = spelt_site(own[-1], host.endswith(".vn"), page_words(text))
    return None if name is None or is_place_name(name) else name


def named_site(outlet: str, text: str, outlet_names: Outlets, url: str | None) -> str:
    """An outlet the page names by its site's address ("Source: breakingtravelnews.com"):
    the outlet outlets.yml lists for it, or the name the address spells in words, or
    the address as the page writes it ("TTH.VN"). An outlet the page names by initials
    ("(PNTĐ) -") is the one the article's address ``url`` names (as outlets.yml lists it,
    or as the address spells it) when its words start with those letters, with or
    without the kind's "Báo" ("Báo Phụ Nữ Thủ Đô" for baophunuthudo.vn; its label's
    syllables without their marks where the page writes none). An outlet
    named only in a picture's credit gives way to the site the address names, and so
    does a network carrying its members' stories on a member's listed site ("Asia News
    Network" in the menus of a member paper's page), or an outlet named only in a
    reporter's mail address on another listed outlet's site."""
    outlet = without_edition(outlet)  # "코리아포스트 한글판": the paper
    outlet = spelt_in_full(outlet, text) or outlet  # "(QK7 Online) -": its masthead's
    own = site_outlet(url, outlet_names) if url else None
    if own and carried(outlet, own, text, outlet_names):
        return own
    if url and only_in_credits(outlet, text, outlet_names, own is not None):
        outlet = address_outlet(url, text, outlet_names) or outlet
    host = outlet.lower().rstrip(".")
    if _HOST.fullmatch(host):
        listed = site_outlet(f"https://{host}/", outlet_names)
        bare = host.removeprefix("www.")
        return (
            listed or _address_words(bare, text) or portal_outlet(bare, text) or outlet
        )
    if not url or not _INITIALS.fullmatch(outlet):
        return outlet
    letters = fold(outlet.replace("&", ""))
    host = site_host(url)
    name = (
        site_outlet(url, outlet_names)
        or _site_named_in_full(url, text)
        or _address_words(host, text)
        or portal_outlet(host, text)
    )
    # (not "Source: CNN" on another paper's site: another outlet's initials); else a
    # Vietnamese site's label read as the syllables the tag's initials start ("PNTĐ":
    # "Báo Phu Nu Thu Do" for baophunuthudo.vn, where the page writes none of them)
    if name and tags_name(letters, name):
        return name
    own = _own_parts(host) if host.endswith(".vn") and _HOST.fullmatch(host) else []
    if split := own and split_by_initials(own[-1], letters):
        return split
    if outlet_names.find(outlet) or letters in _labels(url):
        return outlet
    # the initials of one paper outlets.yml lists ("(NLĐ) -": Người Lao Động), or of the
    # province's own paper on its portal ("(BQN) -" on quangninh.gov.vn)
    if listed := listed_by_initials(letters, outlet_names, host):
        return listed
    # a staff reporter's tag on a paper's own site: the paper's. Any other stays: a wire's,
    # a broadcaster's, a partner's ("KCNA", "EBS", "TN"), most of all on a portal
    paper = _own_parts(host) and official_outlet(host, text) is None
    if letters in _REPORTER_TAGS and paper:
        return address_outlet(url, text, outlet_names) or outlet
    return outlet


_INITIALS = re.compile(r"[A-ZĐ&]{2,8}")
# a Vietnamese paper's own staff's tags: "phóng viên" (reporter), "cộng tác viên"
_REPORTER_TAGS = frozenset(["pv", "ctv"])


def _label_named(url: str, text: str) -> str | None:
    """The site's own label read as a name ("Apparel Resources" for apparelresources.com),
    when it is a site with a name of its own: no government portal, no platform, archive
    or shortener, no bare IP address (as ``site_named`` reads them). A place's own
    portal ("hanoi.vn") is named by its address: the place is no outlet. Syllables only
    on a Vietnamese site (``.vn``), whatever the page's language."""
    host = site_host(url)
    if not _HOST.fullmatch(host) or not (own := _own_parts(host)):
        return None
    label = own[-1]
    if not any(c.isalpha() for c in label) or label in SMALL_WORDS:
        return host  # "123.com", "the.com": no name in words
    name = label_name(
        label, host.endswith(".vn"), not is_latin_story(text), page_words(text)
    )
    return _place_site(host, label) if is_place_name(name) else name


MAX_SECTION = 3  # letters of a section's or a language's sub-domain: "abc", "ko"


def _place_site(host: str, place: str) -> str:
    """A place's own Vietnamese portal, from the address ``host`` of one of its pages:
    the part ``place`` and its ending, a section's or a language's letters before it
    left out ("abc.hanoi.vn": hanoi.vn); any other site under a place's keeps its whole
    address ("vietkorea.danang.vn", a school's under hanoi.edu.vn, a library's under
    seoul.kr: the organisation's own)."""
    parts = host.split(".")
    at = len(parts) - 1 - parts[::-1].index(place)
    site, sections = ".".join(parts[at:]), parts[:at]
    vietnamese = site.endswith(".vn") and not site.endswith(".edu.vn")
    short = all(len(p) <= MAX_SECTION or p in _NOT_A_NAME for p in sections)
    return site if vietnamese and short else host
