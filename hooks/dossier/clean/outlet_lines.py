"""Lines that only name the outlet a story is from: ``VnExpress International``, ``— VNS``,
``(Yonhap)``, ``Source: Nhân Dân``, a copyright line naming a known outlet."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from dossier.clean.blog_names import blog_name
from dossier.clean.bylines import KOREAN_PAPER, SECTION_NAME, SITE
from dossier.clean.metadata import PAPER_WORD, Outlets
from dossier.clean.run_patterns import RunPattern
from dossier.text import fold

# "Source: …", "Nguồn tin: …", "Theo …": what the story is from
_SOURCE_LABEL = re.compile(  # "Quelle/Source:": the label in two languages
    r"^(?:(?:\w+\s?/\s?)?(?P<source>source|nguồn(?: tin)?|출처)\s*:|theo\s*:?|"
    # "The source of this news is from Vietnam News": a copy's note on its source
    r"(?P<sourced>the source of this (?:news|article|story|post) is(?: from)?))\s*",
    re.I,
)
# "Source: CNA/pa(jo)": the desk's initials after a slash
_OUTLET_SUFFIX = re.compile(
    r"\s*/[a-z]{1,4}(?:\([a-z]{1,4}\))?$|\s*\([^()]*\)$|\s*\|.*$"
)
_COPYRIGHT_OUTLET = re.compile(
    r"(?:©|ⓒ|\(c\)|copyrights?)\s*(?:\(c\)|©)?\s*(?:\d{4}\s*)?(.+)", re.I
)
# "Copyrights(C) Edaily example.jp 99": the address of the site carrying the outlet's
# copy after the outlet's name, and at most a year or figures after it (a sentence after
# it is a story's: "Copyright Example Wire example.com was cited in the lawsuit …")
_CARRIER_SITE = re.compile(
    r"\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:\s+(?:\d+|all rights reserved\b.*))?$",
    re.I,
)
_PAPER_NAME = re.compile(
    r"(?:Báo|Tạp chí|Đài)\s+[A-ZÀ-ỸĐ][\wÀ-ỹ]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ]*){0,3}"
)
# "(Business Times)", "(Saigon Daily News)": a paper by its word, in brackets on a line
_PAPER_IN_BRACKETS = re.compile(
    r"(?!(?i:breaking|sponsored|latest|updated|live|top|more|related|featured|hot)\b)"
    rf"(?:[A-Z][\w'’.&-]*\s+){{1,3}}{PAPER_WORD}"
)  # not "(Sponsored Post)", "(Breaking News)", "(Updated Today)": a label
# the address of the story's source in brackets after its name
_LINKED = re.compile(r"\(\s*https?://")
# the whole address of the story at its source, as a "Source:" line gives it
# (its site without the words sites put before their name: "en.", "m.", "www.")
_SOURCE_ADDRESS = re.compile(
    r"https?://(?:(?:www|en|m|mobile|english|amp)\.)?"
    r"(?P<host>[\w-]+(?:\.[\w-]+)+)(?::\d{1,5})?(?:[/?#]\S*)?"
)
# an aggregator's line naming the paper it took the story from by a short name and its
# address ("Nguồn Bình Dương: https://baobinhduong.vn/…")
AGGREGATED = re.compile(
    r"(?i:nguồn)\s+(?P<name>[^\s:][^:]{0,40}?)\s*:\s*(?P<url>https?://\S+)"
)
_TITLED = re.compile(r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5}")
_DATE_AFTER = re.compile(r",\s*(?:ngày\s+)?\d{1,2}[/.]\d{1,2}[/.]\d{4}$")
_AND_AGENCIES = re.compile(r"\s+and\s+(?:other\s+)?(?:news\s+)?agencies$", re.I)
_OUTLET_AT = re.compile(
    r"([^,]{2,30}),\s*(?P<place>[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ .'’-]{2,30})(?:,\s*[A-Z][a-z]+)?"
)
_FULL_REPORT = re.compile(
    r"(?:read (?:the )?)?full (?:report|story|article) (?:on|at)\s+(?P<name>.+?)"
    r"(?:\s+(?:site|website))?\.?",
    re.I,
)
_WIRE_DESK = re.compile(r"(?P<outlet>\S{2,12})\s?기자")
# "[스포츠서울 | 김민규 기자]": a tag naming the paper and its reporter, which opens a story
_LEAD_TAG = re.compile(r"\[[^\[\]]{1,40}(?:기자|특파원)\s*\]")
MAX_OUTLET_LINE = 200  # longer lines are story text (or a footer that names no outlet)
MAX_OUTLET_NAME = 60


def outlet_line(text: str, outlet_names: Outlets, foot: bool = False) -> str | None:
    """A line that only names the outlet: ``VnExpress International``, ``— VNS``,
    ``(Yonhap)``, ``Source: Nhân Dân``, ``VNA -``, a copyright line naming a known outlet;
    ``foot``: the page's foot (its last line, or a line with only furniture under it),
    where an aggregator names the paper it copied."""
    if len(text) > MAX_OUTLET_LINE:
        return None
    bare = text.strip().lstrip("•·▪ ")  # "  • 문화일보": a list of the page's credits
    if _LEAD_TAG.match(bare):
        return None  # "[스포츠서울 | 김민규 기자] …": a Korean lead, its reporter named
    bare = bare.removesuffix(" |")  # "(Source: VNA) |": a table cell's border
    if bare != text.strip() and KOREAN_PAPER.fullmatch(bare) and not _beat(bare):
        return bare  # "  • 베한타임즈": a paper's name heads that list, known or not
    if bare != text.strip() and (desk := _WIRE_DESK.fullmatch(bare)):
        return outlet_names.find(desk["outlet"])  # "  • 뉴시스 기자": the wire's copy
    if full := _FULL_REPORT.fullmatch(bare):  # "Full report on The Korea Herald site"
        return outlet_names.find(full["name"])
    if foot and (aggregated := AGGREGATED.fullmatch(bare)):
        # "Nguồn Bình Dương: https://baobinhduong.vn/…" closing the page: an aggregator's
        # source line (inside the story, a reference the story cites)
        host = site_host(aggregated["url"])
        named = re.sub(r"[\W_]", "", fold(aggregated["name"]))
        if named and named in host.replace("-", ""):
            return site_outlet(aggregated["url"], outlet_names) or host
    if bare.startswith("(") and bare.endswith(")"):
        bare = bare[1:-1]  # "(Kyodo)" under a caption
        if _PAPER_IN_BRACKETS.fullmatch(bare):
            return bare  # "(Business Times)": a paper the list does not know
    label = _SOURCE_LABEL.match(bare)
    stripped = _OUTLET_SUFFIX.sub("", bare[label.end() :] if label else bare)
    stripped = _DATE_AFTER.sub("", stripped)  # "Nguồn tin: Báo Lâm Đồng, 25/04/2019"
    stripped = _AND_AGENCIES.sub("", stripped)
    if len(stripped) <= MAX_OUTLET_NAME and (found := outlet_names.find(stripped)):
        return found
    listed = [part.strip() for part in stripped.split(",")]
    if (
        bare != text.strip()
        and len(listed) > 1
        and (first := outlet_names.find(listed[0]))
    ):
        return first  # "(QDND, Bao Tai Nguyen Moi Truong, example.gov.vn)": its sources
    if label and label["source"] and (linked := _SOURCE_ADDRESS.fullmatch(stripped)):
        # "Source: https://en.example.vn/story-1.html": the story's page at its source
        return site_outlet(stripped, outlet_names) or linked["host"]
    if label and re.fullmatch(SITE, stripped, re.I):
        return stripped  # "(Theo Monre.gov.vn)": a site the list does not know
    if label and label["source"] and _PAPER_NAME.fullmatch(stripped):
        return stripped  # "Nguồn tin: Báo Lâm Đồng": a paper the list does not know
    if (
        label
        and label["source"]
        and _LINKED.search(bare)
        and _TITLED.fullmatch(stripped)
    ):
        # "출처 : Korea IT Times(https://…)": a publication, its address after it
        return stripped
    if (
        bare != text.strip() and "/" in stripped
    ):  # "(TTXVN/Vietnam+)": the carrier, last
        parts = [outlet_names.find(part) for part in reversed(stripped.split("/"))]
        if all(parts):
            return parts[0]
    if placed := _OUTLET_AT.fullmatch(stripped):  # "AFP, CAN THO, Vietnam"
        return outlet_names.find(placed.group(1))
    copyright = _COPYRIGHT_OUTLET.match(text)
    if copyright:
        name = re.split(r"[.,]\s|\ball rights\b", copyright.group(1), flags=re.I)[0]
        return outlet_names.find(name) or outlet_names.find(_CARRIER_SITE.sub("", name))
    return None


# a beat of two fields, the last a paper's word too ("방송통신": broadcasting and
# telecoms, "정보통신"); a masthead's words keep a name a paper's ("경제투데이")
_BEAT = re.compile(r"(?:방송|통신|정보|전파)(?:통신|방송)")


def _beat(name: str) -> bool:
    """A menu's item named with a paper's word: a section's news ("한줄뉴스", "포토뉴스"),
    or a beat of two fields ("방송통신"), no paper's name ("산업일보" is one)."""
    section = name.endswith("뉴스") and SECTION_NAME.fullmatch(name)
    return bool(section or _BEAT.fullmatch(name))


# "코리아포스트 한글판", "Example Times 영문판": a paper's edition in one language, or on
# the web, after its name
_EDITION = re.compile(
    r"(?<=\S)\s+(?:한글|국문|한국어|영문|영어|인터넷|온라인|모바일)판$"
)


# a listed outlet's name in sentence case ("Nhân dân", "Lao động"): the paper's masthead, or
# a section named by the same common words (labour): weighed below a tag naming an outlet
SENTENCE_CASED = "outlet name in sentence case"


def outlet_reason(text: str, outlet: str) -> str:
    """Why a line naming ``outlet`` alone is dropped: its name, or its name in sentence
    case, which a story's tag ("(NLĐO) -") outweighs."""
    return SENTENCE_CASED if section_word(text.strip(), outlet) else "outlet name"


def section_word(text: str, outlet: str) -> bool:
    """``Lao động`` over the headline: the common words (labour) a section may be named
    by, in lower case where the outlet's name capitalises them (``Lao Động``)."""
    words, listed = text.split(), outlet.split()
    return (
        len(words) >= 2
        and fold(text) == fold(outlet)
        and words[0][:1].isupper()
        and all(word.islower() for word in words[1:])
        and any(word[:1].isupper() for word in listed[1:])
    )


def without_edition(name: str) -> str:
    """A paper's name without the edition a byline sets after it: the paper itself."""
    return _EDITION.sub("", name)


def filed_from(text: str, outlet_names: Outlets) -> str | None:
    """``AFP, CAN THO, Vietnam``: the place a known outlet's line says it filed from."""
    placed = _OUTLET_AT.fullmatch(text.strip())
    return placed["place"].strip() if placed and outlet_names.find(placed[1]) else None


def site_host(url: str) -> str:
    """An address's site, in lower case, without "www.": "" when it names none."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "http://[::1": no address
        return ""
    return host.rstrip(".").removeprefix("www.")  # "example.vn." is example.vn


def site_outlet(url: str, outlet_names: Outlets) -> str | None:
    """The outlet an address's site is, when outlets.yml lists it: ``https://en.yna.co.kr/…``
    → Yonhap News Agency (the site, or the site its subdomain is of)."""
    if not (host := site_host(url)):
        return None
    parts = host.split(".")
    return next(
        (
            found
            for i in range(len(parts) - 1)
            if (found := outlet_names.find(".".join(parts[i:])))
        ),
        None,
    )


# a reporter's address: "nathaniel@mbn.co.kr", "=fusionjc@yna.co.kr" (its site in letters:
# "…@fnnews.com조영신기자" runs on into the name after it); tried where a run of its letters opens
_MAIL_SITE = RunPattern(r"[\w.+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})", r"[\w.+-]")


def mailed_outlet(text: str, outlet_names: Outlets) -> str | None:
    """The outlet a reporter's address names, when outlets.yml lists its site: ``[ 강영호
    기자 nathaniel@mbn.co.kr ]`` → MBN; a press contact's firm is no outlet listed. Else,
    the last the text has, a blog's name in its post details ("Chan_찬찬 2023. 8. 2.
    10:46")."""
    return next(
        (
            found
            for match in _MAIL_SITE.finditer(text)
            if (found := site_outlet(f"https://{match[1]}/", outlet_names))
        ),
        None,
    ) or blog_name(text)
