"""A news outlet the story makes a party to what it tells, not the teller.

``acting_outlets`` reads an outlet by the words for its kind or as an event's host. An
outlet is a party too where the story names its head by title ("president and CEO of
Yonhap News Agency", "Tổng Giám đốc Đài Tiếng Nói Việt Nam", "연합뉴스 사장"), its
delegation or representatives ("đoàn đại biểu của Đài Tiếng nói Việt Nam", "đại diện Đài
truyền hình Việt Nam (VTV)"), a partner it works or signs with ("cooperated with the Voice
of Vietnam (VOV) … and the Vietnam Television (VTV)"), or what it did as a sentence's
subject ("Yonhap News Agency, South Korea's key newswire, on Wednesday signed …",
"강원일보사와 … 후원하는"). Who said or reported what stays a source: the verbs read are
never a telling's, and ``acting_outlets``'s test of the words around a name applies on
every path (after a title, the words before the title and none after).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from dossier.clean.metadata import outlets

Found = tuple[str, int, int]

# the words a name is read from after the words that make it a party: up to eight words
# with no punctuation between ("Đài Tiếng Nói Việt Nam Nguyễn Thế Kỷ", the head's name
# after it); a possessive's "'s" ends it ("head of KBS's office")
_WORDS = re.compile(r"[\w&+.-]+(?:[’'][\w-]+)?(?: [\w&+.-]+(?:[’'][\w-]+)?){0,7}")
_POSSESSIVE = re.compile(r"[’']s$")
# an outlet's own kind written with its listed name: "KBS Television Station"
_KIND_TAIL = re.compile(
    r"(?:\s(?:Television|TV|Radio|Broadcasting|Station|Channel|Newspaper|Daily))+$"
)
# the kind its name opens with in Vietnamese, or ends in in English, before its short
# form in brackets: "Đài truyền hình Việt Nam (VTV)", "Vietnam Television Station (VTV)"
_KIND_OPENING = re.compile(r"^(?:Đài|Báo|Tạp chí|Radio|Television)\s")
_SHORT_AFTER = re.compile(r"\s?\((?P<short>[A-Z][\w.]{1,11})\)")
# a paper no list knows, by its kind in lower case: "the Economic and Urban newspaper"
_UNLISTED_PAPER = re.compile(
    r"(?:[A-Z][\w-]+\s(?:(?:and|&)\s)?){1,3}[A-Z][\w-]+\s(?:newspaper|magazine)\b"
)
_THE = re.compile(r"(?:the|The)\s")
# the last word of an institution's name: after an outlet's word ("Chosun University",
# "Tien Phong Bank") the two are another body's (the page furniture test's list too)
INSTITUTIONS = frozenset(
    {"university", "college", "school", "hospital", "institute", "foundation"}
    | {"academy", "museum", "bank", "clinic", "hotel", "church"}
)
# the word after an outlet's name that makes the two another body's name
_BODY_WORD = re.compile(
    r"Media|Group|Company|Corporation|Corp|Holdings|Center|Centre|Awards?|Prize|"
    r"Exhibition|Festival|Cup|Hall|Tower|Club|Association|Fund|Cao|Trường|Học|Viện|Trung"
)

# the head of an outlet, by title, before its name
_TITLE = (
    r"(?i:(?:deputy\s|vice\s)?(?:president|CEO|chairman|chairwoman|director[- ]general|"
    r"general\sdirector|editor[- ]in[- ]chief|managing\seditor|publisher|chief\seditor))"
    r"\s(?:of|at)\s"
)
# its people as a body: a delegation, representatives, a working team
_PEOPLE = r"(?i:delegations?|representatives?)\s(?:of|from)\s"
# a partner: cooperating, partnering or signing with it
_PARTNER = (
    r"(?i:cooperat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing)|partnered|teamed\sup|"
    r"joined\shands|(?:in\s)?(?:cooperation|partnership|collaboration)|signed\s"
    r"(?:an?\s|the\s)?(?:agreement|deal|memorandum|MoU|MOU|contract)(?:\s[\w-]+){0,6}?)"
    r"\swith\s"
)
# the same in Vietnamese: a title; a delegation, representatives or a partner
_VIETNAMESE_TITLE = r"(?:Phó\s)?(?:Tổng\s)?[Gg]iám\sđốc|(?:Phó\s)?Tổng\s[Bb]iên\stập"
_VIETNAMESE = (
    r"(?:[Đđ]oàn\s(?:đại\sbiểu|công\stác)|[Đđ]ại\sdiện|[Ll]ãnh\sđạo)(?:\scủa)?|"
    r"(?:hợp\stác|phối\shợp)\svới"
)
_BEFORE_NAME = re.compile(
    rf"(?:(?P<title>{_TITLE}|(?:{_VIETNAMESE_TITLE})\s)|(?P<vi>(?:{_VIETNAMESE})\s)|"
    rf"{_PEOPLE}|{_PARTNER})(?:the\s)?"
)
# what may follow a Vietnamese body's whole name: a sign, its short form in brackets, or
# a word that is no name's ("Quân đội nhân dân Việt Nam", "Thanh niên Việt Nam": more)
_VIETNAMESE_NAME_END = re.compile(
    r"\s?(?:[,.;:!?()]|$)|\s(?:đã|đang|sẽ|vừa|do|và|cùng|tại|ở|sang|đến|tới|có|"
    r"được|là|gồm|thăm|tham|dự|làm|trao|ký|tiếp|với|về|trong|nhằm)(?!\w)"
)
# a second partner named in the same clause: "with A since 1995 and the B"
_AND = re.compile(r"\s(?:and|và)\s(?:the\s)?")
_CLAUSE_END = re.compile(r"[.;!?]")

# what an outlet did as a sentence's subject: never what it told
_DID = re.compile(
    r"(?<![\w-])(?:signed|launched|opened|hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|"
    r"inaugurated|established|set\sup|sponsored|unveiled|partnered|cooperated|"
    r"(?:is|was|will\sbe)\s(?:organi[sz]ing|hosting|launching|opening))(?![\w-])"
)
# the subject before it: a name, maybe its short form in brackets, maybe what it is
# between commas, maybe when or an auxiliary ("KBS (…), the broadcaster, has opened")
_SUBJECT = re.compile(
    r"(?<![\w&’'.+-])(?P<name>[A-Z][\w&’'+.-]*(?:\s[A-Z][\w&’'+.-]*){0,3})"
    r"(?:\s\([^()]{1,20}\))?(?:,\s[^,.;:!?()]{3,70},)?"
    r"(?:\s(?:on\s[A-Z]\w+|last\s\w+|this\s\w+|has|have|had|will|also|jointly|"
    r"recently|officially|today|yesterday)){0,3}\s$"
)
_LOOK_BACK = 140  # characters: a name of four words, its short form and what it is


def outlet_parties(
    text: str,
    told_before: Callable[[str, int], bool],
    told_after: Callable[[str, int], bool],
) -> list[Found]:
    """(name, start, end) of each outlet the text makes a party to what it tells;
    ``told_before`` and ``told_after`` say whether the words before or after a name make
    it the story's source (after a title, the words after are the head's: "…, CEO of
    Yonhap, said")."""
    found = []
    for named, before, after in _named_after(text):
        if not told_before(text, before) and not (after and told_after(text, named[2])):
            found.append(named)
    found += [
        f
        for f in [*_subjects(text), *_korean_parties(text)]
        if not told_before(text, f[1]) and not told_after(text, f[2])
    ]
    return found


def _named_after(text: str) -> Iterator[tuple[Found, int, bool]]:
    """Each outlet named after a title, its people or the words for a partner, with where
    the words before it are read from and whether the words after it are its own (after
    a title, they are the head's: "…, CEO of Yonhap, said")."""
    for match in _BEFORE_NAME.finditer(text):
        named = _name_at(text, match.end())
        if not named:
            continue
        # a Vietnamese body's whole name, not the opening words of another's
        if match["vi"] and not _VIETNAMESE_NAME_END.match(text, named[2]):
            continue
        yield named, match.start(), not match["title"]
        if not re.match(_PARTNER, match.group(0)) and "với" not in match.group(0):
            continue
        # the other partners in the same clause ("… and the Vietnam Television (VTV)")
        end = _CLAUSE_END.search(text, named[2], named[2] + 80)
        stop = end.start() if end else named[2] + 80
        for more in _AND.finditer(text, named[2], stop):
            other = _name_at(text, more.end())
            if other and not (
                match["vi"] and not _VIETNAMESE_NAME_END.match(text, other[2])
            ):
                yield other, other[1], True


def _name_at(text: str, at: int) -> Found | None:
    """The outlet named at a position: the longest run of its words that is a listed
    outlet's name (maybe with its kind after it), else words of an outlet's kind before
    a listed outlet's short form in brackets, else a paper by its kind in lower case."""
    run = _WORDS.match(text, at)
    if not run or not text[at].isupper() and not text[at].isdigit():
        return None
    words = run.group(0).split(" ")
    for count in range(len(words), 0, -1):
        name = _POSSESSIVE.sub("", " ".join(words[:count])).rstrip(".")
        if name and (listed(name) or listed(_KIND_TAIL.sub("", name))):
            # "ASIA TODAY Media Group", "VOV College": another body the outlet's opens
            if count < len(words) and _another_body(words[count]):
                return None
            return name, at, at + len(name)
    short = _SHORT_AFTER.match(text, run.end())
    name = run.group(0)
    # (not two bodies glued: "Samsung and Vietnam Television (VTV)")
    glued = " and " in name or " và " in name
    if short and outlets().find(short["short"]) and _kind_named(name) and not glued:
        return name, at, at + len(name)
    paper = _UNLISTED_PAPER.match(text, at)
    if paper:
        return paper.group(0), at, paper.end()
    return None


def _another_body(word: str) -> bool:
    # (a capitalised English word too: "Tien Phong Plastic", "AP Moller-Maersk", "Aju IB
    # Investment"; a Vietnamese one may be the head's name: "Đài … Việt Nam Trần Văn Bình")
    return (
        bool(_BODY_WORD.fullmatch(word))
        or word.casefold() in INSTITUTIONS
        or (word[:1].isupper() and word.isascii())
    )


def _kind_named(name: str) -> bool:
    return bool(_KIND_OPENING.match(name) or _KIND_TAIL.search(name))


def listed(name: str) -> bool:
    """Whether a name is a listed outlet's, maybe with its kind before it ("Radio Voice of
    Vietnam", "Báo Lao Động")."""
    return bool(outlets().find(name) or outlets().find(_KIND_OPENING.sub("", name)))


def _subjects(text: str) -> Iterator[Found]:
    """Each outlet a sentence makes the subject of what it did."""
    for did in _DID.finditer(text):
        start = max(0, did.start() - _LOOK_BACK)
        subject = _SUBJECT.search(text, start, did.start())
        if not subject:
            continue
        words = subject["name"].split(" ")
        for i in range(len(words)):
            name = _POSSESSIVE.sub("", " ".join(words[i:]))
            name = _THE.sub("", name, count=1) if not listed(name) else name
            if listed(name) or listed(_KIND_TAIL.sub("", name)):
                end = subject.start("name") + len(subject["name"])
                # (a possessive's "'s" after it is no part of it)
                begin = end - len(" ".join(words[i:]))
                yield name, begin, begin + len(name)
                break


# Korean: an outlet (its company's "사" after it) before the particle that makes it the
# subject or a partner, in a sentence that tells what it hosted, sponsored or signed
_KOREAN_TOKEN = re.compile(
    r"(?<!\w)(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14}?)(?P<firm>사)?"
    r"(?:이|가|은|는|와|과|의)(?=\s)"
)
_KOREAN_HEAD = re.compile(
    r"(?<![\w·])(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14}?)(?P<firm>사)?"
    r"\s(?:사장|총사장|대표이사|회장|부회장|편집국장|보도국장|대표단|방문단)(?![가-힣])"
)
_KOREAN_DID = re.compile(
    r"개최|주최|주관|후원|협약|체결|개국|개설|출범|송출|양해각서|MOU"
)
# the words that make a Korean text a source's: who reported what ("발전했다" developed)
KOREAN_SOURCE = re.compile(r"보도|따르면|(?<!발)전했다|밝혔다|인용")
# a sentence that tells what a party did, in those or other words: who said, let know,
# found or was told what ("…와 통화에서", "취재 결과"), a reporter's or a credit's words
_KOREAN_TOLD = re.compile(
    rf"{KOREAN_SOURCE.pattern}|말했다|알렸다|소개했다|설명했다|발표했다|취재|통화|"
    r"인터뷰|기자|특파원|제공|출처"
)
_KOREAN_SENTENCE = re.compile(r"[^.!?\n]+")


def _korean_parties(text: str) -> Iterator[Found]:
    """Each outlet a Korean sentence makes a host, a sponsor or a partner, or names the
    head or delegation of; none in a sentence that tells who reported what."""
    if not re.search(r"[가-힣]", text):
        return
    for sentence in _KOREAN_SENTENCE.finditer(text):
        words = sentence.group(0)
        if _KOREAN_TOLD.search(words):
            continue
        if _KOREAN_DID.search(words):
            yield from _korean_names(
                _KOREAN_TOKEN, text, sentence.start(), sentence.end()
            )
        yield from _korean_names(_KOREAN_HEAD, text, sentence.start(), sentence.end())


def _korean_names(
    pattern: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[Found]:
    for match in pattern.finditer(text, start, end):
        # an outlet's whole registered name only: "한국경제", "서울경제" and "연합" (its
        # spellings) are the Korean and Seoul economy and a union as well
        if outlets().find(match["name"]) == match["name"]:
            stop = match.end("firm") if match["firm"] else match.end("name")
            yield text[match.start("name") : stop], match.start("name"), stop


def fullest_spellings(names: Iterable[str]) -> set[str]:
    """The names of acting outlets without a shorter spelling of an outlet the story also
    names in full ("Yonhap" where "Yonhap News Agency" signed, "KBS" beside "KBS
    Television Station"): one body, one name to propose."""
    longest: dict[str, str] = {}
    unlisted: set[str] = set()
    for name in names:
        outlet = outlets().find(name) or outlets().find(_KIND_TAIL.sub("", name))
        if not outlet:
            unlisted.add(name)
        elif len(name) > len(longest.get(outlet, "")):
            longest[outlet] = name
    return unlisted | set(longest.values())
