"""A news outlet the story names as one of its actors, a name like any other body's.

The finder never proposes an outlet (``clean/outlets.yml``): its name is most often the
page's own credit ("(Yonhap)", "Photo: VNA", "— VNS"), a source ("according to Reuters",
"Yonhap reported", "told VOV") or a byline. An outlet acts in the story when the story
says what it is: an organiser among others ("co-hosted by Yonhap News Agency, …",
"organised by Radio Voice of Vietnam (VOV)"), its kind in lower case after or before it
("Tuoi Tre (Youth) newspaper", "the JTBC broadcasting studio", "leading newspaper The
Chosun Ilbo"), a broadcaster before the programme it airs ("방송된 MBC `…`", "KBS 2TV의
'…'"), a Korean sentence's broadcaster as its subject ("방송사인 VTV는 … 방영했다"). It is
still a source when the words around it say so, and is then left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dossier.clean.metadata import outlets
from dossier.model import Passage
from dossier.recognize.candidates.outlet_parties import (
    KOREAN_SOURCE,
    fullest_spellings,
    listed,
    outlet_parties,
)
from dossier.text import fold, name_key

# (a full stop only inside it, before a letter: "S.B.S", not "Nhân Dân." ending a sentence)
_CAP = r"[A-Z](?:[\w&’'+-]|\.(?=\w))*"
# an outlet's name as written: up to four capitalised words (a "The" before them)
_NAME = rf"(?<![\w&’'.+-])(?P<name>(?:The\s)?{_CAP}(?:\s{_CAP}){{0,3}})"
# its kind in lower case after it, maybe past its name's gloss: "Tuoi Tre (Youth) newspaper"
_KIND_AFTER = re.compile(
    rf"{_NAME}(?:\s\([^()]{{1,30}}\))?\s(?:newspaper|daily|magazine|news wire|"
    r"broadcaster|broadcasting (?:studio|station|company)|(?:television|TV|radio) "
    r"(?:station|channel|studio)|studio)(?![\w-])"
)
# its kind in lower case before it: "leading newspaper The Chosun Ilbo"
_KIND_BEFORE = re.compile(
    rf"(?<![\w-])(?:newspaper|daily|magazine|broadcaster|news agency|news outlet|"
    rf"television station|(?<!\w)tờ|(?<!\w)báo)\s{_NAME}"
)
# the words for an outlet's kind: only near one are the two patterns above tried
_KIND_WORD = re.compile(
    r"newspaper|daily|magazine|news wire|broadcast|studio|station|channel|news agency|"
    r"news outlet|tờ|báo"
)
_NEAR = 90  # characters: four words of a name and a gloss in brackets
# the hosts of an event: "co-organised by A, B and C" (each checked alone)
_HOSTS = re.compile(
    r"(?<![\w-])(?:[Cc]o-)?(?:[Oo]rgani[sz]ed|[Hh]osted|[Ss]ponsored|[Ff]unded|[Pp]roduced)"
    r"\s(?:jointly\s)?by\s(?P<hosts>[^.;:!?\n]{3,300})"
)
_HOST_SPLIT = re.compile(r",\s(?:and\s)?|\sand\s")
# "tờ Golden Star Daily": the paper ("tờ", its sheet) a Vietnamese story names, whichever
# (an outlet of the list is read by the kind before it, as a source or not)
# ("tờ" is any sheet, a form too: "tờ Form AK", "tờ Import Declaration"; one of the
# name's words must be a paper's: "Golden Star Daily", "Sports Khan")
_PAPER_SHEET = re.compile(rf"(?<!\w)[Tt]ờ\s(?P<name>{_CAP}(?:\s{_CAP}){{1,3}})")
_PAPER_WORD = re.compile(
    r"\b(?:Daily|Times|Post|News|Herald|Journal|Ilbo|Shimbun|Sports|Tribune|Gazette|"
    r"Weekly|Magazine|Express|Telegraph|Chronicle|Review|Today|Economist)\b"
)
# a broadcaster (maybe its channel) before the programme it airs, in quotes
_AIRS = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][A-Za-z]{1,5}(?:\s?\d?TV)?)(?:의)?\s?[`'‘\"“「<《](?=[가-힣])"
)
_QUOTED_HANGUL = re.compile(r"[`'‘\"“「<《][가-힣]")
# the programme quoted as the story's source: "KBS ‘뉴스9’에 따르면", "MBC '뉴스데스크' 보도"
_QUOTED_SOURCE = re.compile(
    r"[^`'’\"”」>》\n]{1,40}[`'’\"”」>》]\s?(?:에\s?따르면|의?\s?보도)"
)
# a Korean sentence's broadcaster or paper as its subject: "…방송사인 VTV는"
_KOREAN_SUBJECT = re.compile(
    r"(?:방송사|방송|신문|일간지|매체|통신사)(?:인)?\s(?P<name>[A-Z][A-Za-z0-9]{1,9})[은는이가]\s"
)
# the words that make it a source: who said or reported what, or whom someone told
_SOURCE_BEFORE = re.compile(
    r"(?<!\w)(?i:according\sto|told|interview(?:ed)?\s(?:with|by)|speaks?\swith|"
    r"spoke\swith|talk(?:s|ed|ing)?\s(?:to|with)|quoted\s(?:as\ssaying\s)?by|cited\sby|"
    r"citing|(?:a\s)?reports?\sby|reported\sby|courtesy\sof|as\sreported\sin|"
    r"photo:|source:|theo|phỏng\svấn(?:\svới)?|trả\slời|nguồn:|ảnh:|trích(?:\sdẫn)?|"
    r"dẫn\s(?:lời|nguồn))"
    r"(?:\s(?:the|South|North|Korean|Vietnamese|Korea’s|Vietnam’s|local|state|"
    r"state-run|state-owned|leading|major|popular|influential|national|online|"
    r"English-language|business|economic|financial|weekly|news|wire|agency|newspaper|"
    r"daily|broadcaster|magazine|hãng|tin|tờ|báo|tạp\schí|đài|điện\stử))*\s?$"
)
# (past its gloss in brackets, another outlet after "and"/"và", or a clause between
# commas: "The Tuoi Tre newspaper, citing …, said"; "Hai tờ A và B đều đưa tin")
_SOURCE_AFTER = re.compile(
    r"(?:\s\([^()]{1,30}\))?(?:\s(?:and|và)\s[A-Z][\w&’'+-]*(?:\s[A-Z][\w&’'+-]*){0,3})?"
    r"(?:(?:\s[\w-]+){0,2}?(?:,[^,.;:!?()]{1,60})?,)?(?:\s[\w-]+){0,3}?\s(?:reported|"
    r"reports|said|says|quoted|cited|citing|noted|notes|wrote|writes|put\sit|đưa\stin|"
    r"cho\sbiết|cho\shay|dẫn|viết|nói|nhận\sđịnh)\b"
)


def acting_outlets(text: str) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each outlet the text names as an actor, and of each
    paper a Vietnamese story names by its sheet ("tờ …")."""
    found: dict[tuple[int, int], str] = {}
    if " by " in text:
        for name, start, end in _hosts(text):
            found[(start, end)] = name
    for start, end in _near_kinds(text):
        for pattern in (_KIND_AFTER, _KIND_BEFORE):
            for match in pattern.finditer(text, start, end):
                named = _outlet_tail(match["name"], match.start("name"))
                if named and not _source(text, named[1], named[2]):
                    found[named[1:]] = named[0]
    if "ờ" in text:
        for match in _PAPER_SHEET.finditer(text):
            name = match["name"]
            start, end = match.span("name")
            if (
                name.isascii()
                and _PAPER_WORD.search(name)
                and not _outlet(name)
                and not _source(text, start, end)
            ):
                found[(start, end)] = name
    for match in _AIRS.finditer(text) if _QUOTED_HANGUL.search(text) else ():
        name = match["name"]
        if _QUOTED_SOURCE.match(text, match.end()):
            continue
        if outlets().find(re.sub(r"\s?\d?TV$", "", name)):
            found[match.span("name")] = name
    if _KOREAN_SUBJECT.search(text) and not KOREAN_SOURCE.search(text):
        for match in _KOREAN_SUBJECT.finditer(text):
            if outlets().find(match["name"]):
                found[match.span("name")] = match["name"]
    for name, start, end in outlet_parties(text, _told_before, _told_after):
        found[(start, end)] = name
    return [(n, "organizations", a, b) for (a, b), n in sorted(found.items())]


def acting_keys(passages: Iterable[Passage]) -> set[tuple[str, ...]]:
    """The keys of the outlets an article's passages name as actors, each outlet by the
    fullest spelling the story gives it."""
    names = (name for p in passages for name, *_ in acting_outlets(p.text))
    return {name_key(name) for name in fullest_spellings(names)}


def _near_kinds(text: str) -> list[tuple[int, int]]:
    """The stretches of text around the words for an outlet's kind, overlapping ones
    merged: a sentence that has none is passed over at once."""
    spans: list[tuple[int, int]] = []
    for match in _KIND_WORD.finditer(text):
        start, end = max(0, match.start() - _NEAR), match.end() + _NEAR
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _hosts(text: str) -> Iterator[tuple[str, int, int]]:
    """Each outlet among the hosts an event is "organised by"."""
    for match in _HOSTS.finditer(text):
        at = match.start("hosts")
        for part in _HOST_SPLIT.split(match["hosts"]):
            start = text.index(part, at) if part else at
            at = start + len(part)
            # "Radio Voice of Vietnam (VOV)": the name, not its short form after it
            name = re.sub(r"\s\([^()]*\)$", "", part.strip())
            name = re.sub(r"^the\s", "", name)
            # "Tuoi Tre (Youth) newspaper": the name before its gloss and kind
            name = re.sub(r"\s(?:\([^()]*\)\s)?(?:newspaper|daily|magazine)$", "", name)
            if name and _outlet(name):
                offset = start + part.index(name)
                yield name, offset, offset + len(name)


def _outlet_tail(name: str, start: int) -> tuple[str, int, int] | None:
    """The longest tail of a run of capitalised words that is an outlet's name, with its
    offsets ("Yesterday Tuoi Tre newspaper": Tuoi Tre)."""
    words = name.split(" ")
    for i in range(len(words)):
        tail = " ".join(words[i:])
        # "The Tuoi Tre newspaper": the article is no part of a name listed without it
        if words[i] == "The" and fold(tail) not in outlets().names:
            continue
        if _outlet(tail):
            at = start + len(name) - len(tail)
            return tail, at, at + len(tail)
    return None


def _outlet(name: str) -> bool:
    """Whether a name is a listed outlet's, maybe with its kind before it ("Radio Voice of
    Vietnam"); a capitalised word after one is another name ("Yonhap Photos Exhibition")."""
    return listed(name)


def _source(text: str, start: int, end: int) -> bool:
    """Whether the words around a name make it the story's source, not an actor."""
    return _told_before(text, start) or _told_after(text, end)


def _told_before(text: str, start: int) -> bool:
    return bool(_SOURCE_BEFORE.search(text[max(0, start - 60) : start]))


def _told_after(text: str, end: int) -> bool:
    return bool(_SOURCE_AFTER.match(text, end))
