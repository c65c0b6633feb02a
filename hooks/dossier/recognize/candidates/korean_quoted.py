"""Korean names in quotes that end in the noun of their kind: "‘칸호아-한국 투자촉진
컨퍼런스 2024’", "'한-베트남 해양협력약정'"; the quotes say where the name starts. And
names in quotes after the noun of their kind ("지원 프로그램 '코스포 비즈니스 트립'") or
before it ("'행복프로그램' 보고회", "‘한베 우정의 날’ 행사")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_days import DAY_S_CEREMONY
from dossier.recognize.candidates.korean_kinds import own_kind
from dossier.recognize.candidates.korean_purposes import ABOUT
from dossier.recognize.candidates.korean_topics import NOT_TOPIC, bare
from dossier.recognize.candidates.korean_words import QUOTATIVE, words_of
from dossier.recognize.candidates.korean_works import quoted_works
from dossier.recognize.candidates.morphemes import reads_as_proper
from dossier.recognize.candidates.sounded_words import reads_as_named
from dossier.recognize.tokens import HANGUL

ABOUT_DAT = ABOUT | {"대한"}  # "…도입에 대한 업무협약"

# "‘칸호아-한국 투자촉진 컨퍼런스 2024’를", "‘2020 하노이 한·베 문화페어’에": a name in
# quotes that itself ends in its kind's noun (and maybe its year): the quotes say where it
# starts, however many words of topic it has
_OPENING = "'‘\"“「『《〈<"
_CLOSING = "'’\"”」』》〉>"
# the quotes of a paper's own ("「…」", "『…』", "<…>") too; the initials in brackets
# inside them after the name ("'… 업무협약(MOU)'") are not the name's. The closing quote
# is looked at, not taken, so that a quote opening a name inside a quote of speech is
# seen ("“… 우리의 '인도·태평양 전략'과 …”"); a straight quote opens one only after a
# space, a bracket or a quote, or at the start ("'…전략'과 '…'", "'…(…)', …": the
# words between two names are none)
QUOTED_WHOLE = re.compile(
    rf"(?:[‘“「『《〈<]|(?<![^\s(\[‘“「『《〈<])['\"])(?P<name>[^{_OPENING}{_CLOSING}\n.!?]{{2,40}}?)"
    rf"(?P<year>\s(?:19|20)\d\d)?(?:\s?\([A-Za-z]{{2,10}}\))?(?=[{_CLOSING}])"
)
# Heads only a name in quotes ends in, the quotes saying it is one: "'한-베트남 외교장관
# 대화'", "'한국-베트남 중부지역 스마트시티 로드쇼'", "'국회사무처간 협력의정서'"
_DECLARATION = " 선언"  # named by the place it was signed at
_NIGHT = "의 밤"  # "‘한-베 친선의 밤’": an evening's, its 의 no particle to drop
_QUOTED_HEADS = (
    # "'판문점 선언'", "‘하노이 공동성명’": a declaration leaders signed
    (
        "agreements",
        ("의정서", "합의서", "약정", "MOU", "의사록", _DECLARATION, "공동성명"),
    ),
    (
        "events",
        (
            *[
                "로드쇼",
                "선포식",
                "개소식",
                "개관식",
                "인도식",
                "동문회",
                "대화",
                "잔치",
                "기념공연",
                "특별전",
                "위크",
            ],
            _NIGHT,
        ),
    ),
)
MAX_QUOTED_WORDS = 6
# a verb's or an adjective's form before a noun ("성공적인", "추진할", "않는"; not "촉진")
_VERB_FORM = re.compile(r".(?:적인|는|던|할|될|된|한)$")


def quoted_whole_names(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, type, start, end) of the names in quotes that end in their kind's noun."""
    for match in QUOTED_WHOLE.finditer(text):
        name = match["name"].strip()
        if DAY_S_CEREMONY.search(name):
            continue  # "‘…문화의날 개막식’": the day's, which days() names
        kind = own_kind(name) or _quoted_kind(name)
        words = name.split()
        if not kind or not HANGUL.search(name) or len(words) > MAX_QUOTED_WORDS:
            continue
        if len(words) == 1 or words[0] in NOT_TOPIC:
            continue  # "‘협약’", "“이번 회의”": no topic says which
        if name.endswith(_DECLARATION) and not reads_as_proper(words[0]):
            continue  # "'판문점 선언'", not "'탄소중립 선언'": a pledge, no pact
        # "…도입에 대한 업무협약": what it is about, its particle before "대한"
        about = {j for i, w in enumerate(words) if w in ABOUT_DAT for j in (i - 1, i)}
        spoken = text[match.start()] in '“"'  # Korean papers quote speech so
        if QUOTATIVE.match(text, match.end() + 1) or any(
            _foreign_to_names(w, spoken)
            for i, w in enumerate(words[: -2 if name.endswith(_NIGHT) else -1])
            if i not in about
        ):
            continue  # speech: "“매우 성공적인 회의”였다고", "“사람 중심의 정책”을"
        end = match.end("year") if match["year"] else match.start("name") + len(name)
        yield text[match.start("name") : end], kind, match.start("name"), end
    yield from _after_kind(text)


# "지원 프로그램 '코스포 비즈니스 트립'", "인증 프로그램인 'KFA 챌린지'", "스타트업 페스티벌
# '컴업(COMEUP)'": the noun of a kind, then the name in quotes (its spelling in brackets
# after it no part of it)
_AFTER_KIND = re.compile(
    r"(?P<kind>프로그램|캠페인|프로젝트|페스티벌|축제|행사|포럼|박람회|엑스포)인?\s?"
    rf"[‘“'\"](?P<name>[^{_OPENING}{_CLOSING}\n.!?()]{{2,30}}?)"
    rf"(?:\s?\([A-Za-z]{{2,12}}\))?[{_CLOSING}]"
)
_EVENTS_BEFORE = frozenset(("행사", "포럼", "박람회", "엑스포"))
MAX_AFTER_KIND_WORDS = 4


def _after_kind(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, type, start, end) of the names in quotes after the noun of their kind."""
    for match in _AFTER_KIND.finditer(text):
        name = match["name"].strip()
        words = name.split()
        if (
            not HANGUL.search(name)
            or len(words) > MAX_AFTER_KIND_WORDS
            or words[0] in NOT_TOPIC
            or any(
                _VERB_FORM.search(w) or not bare(w) for w in words if HANGUL.search(w)
            )
            or QUOTATIVE.match(text, match.end())
            or len(words) == 1
            and HANGUL.fullmatch(name[0])
            and not reads_as_named(name)
        ):
            continue  # "프로그램 '정말 좋았다'고": speech; "축제 ‘대성공’에": a word
        kind = "events" if match["kind"] in _EVENTS_BEFORE else "initiatives"
        start = match.start("name") + match["name"].index(name)
        yield name, own_kind(name) or kind, start, start + len(name)


def _foreign_to_names(word: str, spoken: bool) -> bool:
    """A word no quoted name holds: a verb's form in speech ("“… 추진할 핵심 사업”"; in
    single quotes, a programme's own: "‘찾아가는 수출 상담회’"), a word with its particle
    ("중심의"; not 가 or 이, which end nouns: "‘한-베 전문가 포럼’")."""
    if _VERB_FORM.search(word):
        return spoken
    return not (bare(word) or word[-1] in "가이")


def _quoted_kind(name: str) -> str | None:
    """The kind the last noun of a name in quotes says, of the heads only such names end
    in: "'…협력의정서'", "‘… 친선의 밤’"."""
    return next(
        (kind for kind, heads in _QUOTED_HEADS if name.endswith(tuple(heads))),
        None,
    )


# "'행복프로그램' 보고회", "‘한베 우정의 날’ 행사", "'투어링 K-아트' 전시": a name in quotes,
# then the noun of what it names (a programme's, a day's, an exhibition's)
_QUOTED = re.compile(
    r"['‘\"“](?P<name>[^'‘’\"“”\n]{2,40}?)['’\"”]\s?"
    r"(?P<kind>사업|프로그램|캠페인|축제|페스티벌|프로젝트|캠프|행사|전시회?|공연|대회|포럼|"
    r"보고회|설명회|박람회|세미나|심포지엄)(?=[\s을를이가은는의에과와도로,.]|$)"
)
_QUOTED_EVENTS = frozenset(
    words_of("행사 전시 전시회 공연 대회 포럼 보고회 설명회 박람회 세미나 심포지엄")
)


def quoted_names(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, type, start, end) of the names in quotes before their kind's noun."""
    for match in _QUOTED.finditer(text):
        if not HANGUL.search(match["name"]):
            continue  # "'K-pop' 공연": a genre in English, no name of its own
        name = match["name"].strip()
        if DAY_S_CEREMONY.search(name):
            continue  # "‘…문화의날 개막식’ 공연": the day's, which days() names
        # by its own last noun first: "'행복프로그램' 보고회" is a programme, not a meeting
        kind = own_kind(name) or (
            "events" if match["kind"] in _QUOTED_EVENTS else "initiatives"
        )
        yield name, kind, match.start("name"), match.start("name") + len(name)
    yield from quoted_works(text)  # "영화 ‘…’", "MBC `…`"
