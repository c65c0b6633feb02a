"""Korean agreements, events, festivals and projects, named by the noun of their kind and
the words of their topic before it: "한·베트남 자유무역협정", "스마트팜 수출 상담회",
"시흥갯골축제", "전북로 조성사업"; or in quotes before it: "'행복프로그램' 보고회"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_anniversaries import (
    anniversary_start,
    marking_start,
    marks_an_anniversary,
)
from dossier.recognize.candidates.korean_contests import contests
from dossier.recognize.candidates.korean_days import days, place_like
from dossier.recognize.candidates.korean_editions import numbered_start
from dossier.recognize.candidates.korean_numbered_lines import numbered_lines
from dossier.recognize.candidates.korean_partnerships import partnerships
from dossier.recognize.candidates.korean_purposes import purpose_start
from dossier.recognize.candidates.korean_topics import (
    NOT_TOPIC,
    SHORT_COUNTRIES,
    bare,
    topic_start,
)
from dossier.recognize.candidates.korean_words import adjacent, stem, words_of
from dossier.recognize.candidates.sounded_words import reads_as_named
from dossier.recognize.tokens import HANGUL

# Agreements, events and festivals end in the noun that says so, and take the words of
# their topic before it: "한·베트남 자유무역협정", "스마트팜 수출 상담회", "시흥갯골축제";
# an arrangement only glued to cooperation ("원자력협력약정"; "대출약정" is any loan's)
_KIND_HEADS = (
    ("agreements", words_of("협정 협약 양해각서 약정서 협력약정 협정서 의향서 의정서")),
    (
        "events",
        words_of(
            "상담회 박람회 설명회 포럼 세미나 전시회 페어 엑스포 컨퍼런스 전략대화 정책대화 "
            "워크숍 마라톤 대회 기념식 장관회의 정상회의 정상회담 공관장회의 무역관장회의 회의 "
            "간담회 협약식 체결식 교류회 토론회 심포지엄 시상식 개막식 준공식 착공식 발대식 "
            "출범식 기공식 행사 회담 안보대화 대화"
        ),
    ),
    (
        "initiatives",
        words_of("축제 영화제 페스티벌 사업 정책 허가제 운동 직항노선 주간 계획"),
    ),
)
# a letter of intent is an agreement only where the parties sign or exchange it ("협력
# 의향서에 서명했다"); filed by a bidder it is none ("인수 의향서를 냈다")
_LETTER = "의향서"
_SIGNED = re.compile(r"[가-힣]{0,3}\s?(?:서명|체결|교환|맺)")
# what kind of protocol or agreement it is names none: "개정의정서", "선택의정서"
_KINDS_OF_PACT = frozenset(words_of("개정 선택 추가 부속 이행"))
# "행사" (an event) and "직항노선" (a direct route) name one only after two places joined
# by a sign: "봉화군-뜨선시 자매결연 기념 행사", "대구-다낭 직항노선"; not "이번 기념 행사",
# "하노이 직항노선"
_DAY = "일"
_PAIRED_ONLY = frozenset(("행사", "직항노선"))
# a meeting or a ceremony any body holds names one only opening with a place: "경북 기업인
# 간담회", "베트남 박닌공장 준공식"; not "신년 기자간담회", "업무협약 체결식"
_PLACED_ONLY = frozenset(
    words_of(
        "간담회 교류회 토론회 협약식 체결식 개막식 준공식 착공식 발대식 출범식 기공식 시상식"
    )
)
# Heads that end many a common noun ("해외사업", "경제정책"): a name needs so many syllables
# of its own before them, with a topic word before it or without one ("새만금간척사업",
# "신남방정책", "고용허가제", "새마을운동"; not "환경운동", any movement for the environment)
_MIN_OWN = {
    "사업": (2, 4),
    "정책": (3, 3),
    "허가제": (2, 2),
    "운동": (3, 3),
    "주간": (0, 3),  # "베트남문화주간"; not "수주간" (for weeks)
}
# what a policy is about names none: "다문화정책", "부동산정책", "에너지정책"
_POLICY_FIELDS = frozenset(
    words_of(
        "다문화 부동산 에너지 중소기업 대외경제 산업통상 외국인력 저출산 일자리 탄소중립 "
        "이민자 노동시장 보건의료 농어업 해양수산"
    )
)
_POLICY = "정책"
# "제13회 …", "제8차 …", "제55주년 …", "2024 …": the edition or the year a name opens with
# ("2030부산세계엑스포": the year written onto the name, no space between)
_EDITION = re.compile(
    r"(?<![\w.])(?:(?:제\s?)?\d{1,3}\s?(?:회|차|주년)\s|(?:19|20)\d\d\s?)$"
)  # "제13회 …", "8차 …", "2024 …"
# "다낭투자포럼2022에서", "…세계문화엑스포2017": an event's year written onto its end, a
# particle after it or none (not "…포럼2022년": a date)
# (nor "…2022.5": a date; a full stop alone ends the sentence, "…포럼2022.")
_YEAR_AFTER = re.compile(r"(?:19|20)\d\d(?!\d|\.\d|[A-Za-z년])")
_YEARLY = "events"
MAX_EDITION = 10
# "8차 …", "3회 …": an edition's number before its counter, which the words read alone
_COUNTERS = frozenset(("차 ", "회 "))
# a plan names one only by its number in a series: "제7차 국가전력계획", "8차 전력개발계획"
_NUMBERED_ONLY = frozenset(("계획",))
_ORDINAL = re.compile(r"(?:제\s?)?\d{1,2}\s?차\s")
_NUMBER_BEFORE = re.compile(r"(?<![\w.])(?:제\s?)?\d{1,3}$")
# "K-" before a topic's first word, after a space, a quote or nothing
_K_PREFIXES = frozenset([" K-", "'K-", "‘K-", '"K-', "“K-", "(K-", "K-"])
# what closes a quoted name: "'한-베트남 정상회의'를"
_CLOSING = frozenset("'’\"”)」』》〉>")
# "회의" (a meeting), "회담" (talks) name one only after two countries: "한-베트남 …
# 양자회의", "한-베트남 정상회담"; not "이번 회의", "정상회담"
_MEETINGS = frozenset(("회의", "회담"))
# leaders' talks name one only after two parties joined by a sign: "한-메콩 정상회담"
_SUMMIT = "정상회담"
# a dialogue two countries open, a ministers' or a strategy's ("한-베 외교장관 대화"; not
# "이번 대화", "현대화", "한·베 대화 채널", "한-베 양측 대표단 대화")
_DIALOGUE = "대화"
_DIALOGUE_TOPICS = ("장관", "전략")


# a programme, and in quotes a strategy, a vision, a plan or a scholarship ("‘인도·태평양
# 전략’", "‘한-아세안 연대구상’"; unquoted, "성장전략", "생산확대계획" are common nouns)
_PROGRAMMES = (
    "프로그램",
    "캠페인",
    "프로젝트",
    "전략",
    "구상",
    "계획",
    "마스터플랜",
    "장학금",
)


def own_kind(name: str) -> str | None:
    """The kind a quoted name's own last noun says, if any."""
    if name.endswith(_PROGRAMMES):
        return "initiatives"
    return next(
        (kind for kind, heads in _KIND_HEADS if name.endswith(heads)),
        None,
    )


def kind_named(
    text: str, words: list[tuple[str, int, int]]
) -> Iterator[tuple[str, str, int, int]]:
    """(name, type, start, end) of the agreements, events and festivals of ``words``:
    each the noun of its kind and the words of its topic before it."""
    for i, (word, start, end) in enumerate(words):
        closed = text[end : end + 1] in _CLOSING
        name, head, kind = _headed(word, closed)
        if not head:
            continue
        anniversary = anniversary_start(text, words, i)  # "… 50주년 기념식"
        first = topic_start(words, i) if anniversary is None else anniversary
        marked = marking_start(text, words, first) if anniversary is None else None
        if marked is not None:
            anniversary = first = marked  # "한-베 수교 30주년 기념 경제교류회"
        elif anniversary is None and marks_an_anniversary(words, first):
            continue  # "입사 10주년 기념 세미나": years no name says whose
        # "국방전략대화…평화유지 협력 양해각서": a headline's ellipsis ends a clause
        if (cut := text.rfind("…", words[first][1], start)) >= 0:
            first = next(k for k in range(first, i + 1) if words[k][1] > cut)
        if (
            first < i
            and words[first][0] == _DAY
            and text[words[first][1] - 1].isdigit()
        ):
            first += 1  # "29일 …": the day, not Japan's 일 ("한·일 정상회의")
        first = _past_time(words, first, i)  # "지난달 …", "다음 달 …": when
        if kind == "agreements":
            first = purpose_start(text, words, first, i)
        own = name[: -len(head)]
        if (own in NOT_TOPIC or not own) and first == i:
            continue  # "업무협약", a bare "포럼": no topic says which
        if kind == "agreements" and own in _KINDS_OF_PACT and first == i:
            continue  # "개정의정서", "추가의정서": a kind of protocol, not one
        if head == _LETTER and not _SIGNED.match(text, start + len(name)):
            continue  # "인수 의향서를 냈다": a bidder's letter, no agreement
        first, paired = _paired_places(text, words, first)
        numbered = False  # "제9회 …": an edition's number before the topic
        if not paired and anniversary is None:
            first, numbered = numbered_start(text, words, first, i, _is_headed)
        if head in _MEETINGS and not (
            _opens_with_countries(words, first, i) or _fielded(words, first, i, own)
        ):
            continue  # "이번 회의", "화상회의": any meeting
        if head == _DIALOGUE and not (
            _opens_with_countries(words, first, i)
            and (own or stem(words[i - 1][0])).endswith(_DIALOGUE_TOPICS)
        ):
            continue
        if head == _CONTEST and i > first and _CONTEST_WORD.search(words[i - 1][0]):
            continue  # "… 월드컵 대회": the cup, which contests name
        if head in _PLACED_ONLY and i > first and _is_named(words[i - 1][0]):
            continue  # "… 문화의날 개막식": the day's, which is the name
        if head == _SUMMIT and not _JOINING.intersection(text[words[first][1] : start]):
            continue  # "한-메콩 정상회담"; not "베트남 정상회담", "양국 정상회담"
        # an anniversary opens them when its topic names a pair, a place or a proper
        # noun ("평창올림픽 1주년 기념행사"; not "결혼 20주년 기념 행사")
        named = anniversary is not None and _names_one(words, first, i)
        if head in _PAIRED_ONLY and not (paired or named or numbered):
            continue
        # a festival's grounds name it only after its place: "달랏시 꽃축제장에"; not
        # "치즈축제장을", the grounds of a festival the story names in full
        grounds = stem(word).endswith(_GROUNDS)
        if (head in _PLACED_ONLY or grounds) and not (
            paired or named or _placed(words, first, i)
        ):
            continue
        if head in _MIN_OWN and len(own) < _MIN_OWN[head][first == i]:
            continue  # "해외사업", "경제정책": a common noun
        if head == _POLICY and own in _POLICY_FIELDS:
            continue  # "다문화정책": a field's policy, any
        end = start + len(name)
        opens = words[first][1]
        if text[max(0, opens - 3) : opens] in _K_PREFIXES:
            opens -= 2  # "K-베트남밸리 조성사업": Korea's K, a name's own
        if edition := _EDITION.search(text[max(0, opens - MAX_EDITION) : opens]):
            opens -= len(edition.group(0))  # "제13회 …학술대회", "2024 대전0시 축제"
        elif text[opens : opens + 2] in _COUNTERS and (
            number := _NUMBER_BEFORE.search(text[max(0, opens - MAX_EDITION) : opens])
        ):
            opens -= len(number.group(0))  # "8차 전력개발계획": its number, not "차 …"
        if head in _NUMBERED_ONLY:
            if not _ORDINAL.match(text, opens):
                continue  # "사업계획", "2024 사업계획": any plan
            opens = _country_before(text, words, opens)  # "베트남 8차 전력개발계획"
        if kind == _YEARLY and (year := _YEAR_AFTER.match(text, end)):
            end = year.end()
        yield text[opens:end], kind, opens, end
    yield from partnerships(text)  # "한·베트남 전략적 협력 동반자 관계"
    # "한-베트남 FTA", "한·아세안 CEPA": a trade pact by its parties and its initials
    for match in _TRADE_PACT.finditer(text):
        if {match["one"], match["other"]} <= SHORT_COUNTRIES | _BLOCS:
            yield match.group(), "agreements", match.start(), match.end()
    yield from contests(text, words)  # "AFF 스즈키컵", "K리그1"
    yield from days(text)  # "베트남 여성의 날", "대전 방문의 해"
    for match in _PARTIES_TALKS.finditer(text):  # "6자회담"
        yield match.group(), "events", match.start(), match.end()
    yield from numbered_lines(text, words)  # "하노이 도시철도 3호선", "닝투언 1호기"


# two parties joined by a sign, then a trade pact's initials: "한-베트남 FTA", "한·아세안
# CEPA" (the initials alone are any pact: "FTA 체결 이후")
_TRADE_PACT = re.compile(
    r"(?<![\w\-–·ㆍ‧])(?P<one>[가-힣]+)\s?[-–·ㆍ‧]\s?(?P<other>[가-힣]+)"
    r"\s?(?:FTA|CEPA|EPA)(?![A-Za-z])"
)
_BLOCS = frozenset(words_of("유럽연합 중 중국 일 일본 미 미국"))


# "6자회담", "4자 회담": talks of so many parties
_PARTIES_TALKS = re.compile(r"(?<![\d.])[2-9]자\s?회담")
# "… 월드컵 대회", "… 챔피언십 대회": the contest's word after a competition's name
_CONTEST = "대회"
_CONTEST_WORD = re.compile(r"(?:컵|챔피언십|게임|올림픽)$")
# "전자정부 협력회의": a meeting on cooperation in a field of three syllables or more
# (not "양국 협력회의", "경제협력회의": any)
_COOPERATION = "협력"
MIN_FIELD = 3
# the bodies any meeting gathers, no field: "관계기관 협력회의", "지역사회 협력회의"
_NO_FIELD = frozenset(
    words_of("관계기관 유관기관 관계부처 지역사회 민관 지자체 실무 실무자 기관")
)
# when a meeting is held, before its topic: "지난달 …", "다음 달 …", "내달 …"
_TIMES = frozenset(words_of("지난달 다음달 내달 지난주 다음주 이번주 오는"))
_TIME_UNITS = frozenset(words_of("달 주 해"))  # after "다음", "지난", "이번"
_TIME_BEFORE = frozenset(words_of("다음 지난 이번"))


def _past_time(words: list[tuple[str, int, int]], first: int, i: int) -> int:
    """``first``, or the first word after the words of a time that open the topic
    before word ``i``: "지난달 …", "(다음) 달 …"."""
    while first < i and (
        words[first][0] in _TIMES
        or words[first][0] in _TIME_UNITS
        and first > 0
        and words[first - 1][0] in _TIME_BEFORE
    ):
        first += 1
    return first


def _fielded(words: list[tuple[str, int, int]], first: int, i: int, own: str) -> bool:
    """A cooperation meeting with its field before it: "전자정부 협력회의" (not the bodies
    it gathers: "관계기관 협력회의")."""
    if not own.endswith(_COOPERATION):
        return False
    before = "".join(w for w, _, _ in words[first:i] if w not in _NO_FIELD)
    field = own[: -len(_COOPERATION)] + before
    return len(field) >= MIN_FIELD


def _is_headed(word: str) -> bool:
    """A word that ends in the noun of a kind itself: "태권도대회", "행사"."""
    return bool(_headed(word, False)[1])


def _is_named(word: str) -> bool:
    """A ceremony's topic that is a named thing itself: a day ("…문화의날"), an event or
    a festival ("…축제")."""
    return (
        word == "날"
        or word.endswith("의날")
        or (stem(word) == word and _is_headed(word))
    )


# the signs joining two places a name opens with: "전남도-빈프억성", "대구·다낭"
_JOINING = frozenset("-–·ㆍ‧•")


def _paired_places(
    text: str, words: list[tuple[str, int, int]], first: int
) -> tuple[int, bool]:
    """``first``, or the word before it where the topic opens with two places (or a
    place and a country, or a port) joined by a sign: "전남도-빈프억성 교류협력 간담회",
    "인천항-베트남 교류협력 주간"; and whether it does."""
    for a in range(max(0, first - 2), first + 1):
        if a + 1 >= len(words) or (a + 1 < first and not adjacent(words, a + 1, first)):
            continue
        gap = text[words[a][2] : words[a + 1][1]]
        gap = gap.strip() if gap.startswith(" ") and gap.endswith(" ") else gap
        pair = (words[a][0], words[a + 1][0])
        if gap in _JOINING and all(place_like(w) or place_like(stem(w)) for w in pair):
            return min(a, first), True
    return first, False


def _country_before(text: str, words: list[tuple[str, int, int]], opens: int) -> int:
    """``opens``, or where the place whose plan it is opens, a space before: "베트남 8차
    전력개발계획"."""
    before = next((w for w in reversed(words) if w[2] < opens), None)
    if (
        before
        and before[2] == opens - 1
        and text[before[2]] == " "
        and bare(before[0])
        and place_like(before[0])
    ):
        return before[1]
    return opens


def _names_one(words: list[tuple[str, int, int]], first: int, i: int) -> bool:
    """A word of the topic from ``first`` to ``i`` is a place or a proper noun, or has one
    in it ("평창올림픽", "대구"), not only common nouns ("결혼", "창립")."""
    return any(
        place_like(stem(w)) or reads_as_named(stem(w))
        for w, _, _ in words[first:i]
        if HANGUL.search(w)
    )


def _placed(words: list[tuple[str, int, int]], first: int, i: int) -> bool:
    """The topic opens with a place: "경북 기업인 간담회", "베트남 박닌공장 준공식"."""
    return first < i and place_like(stem(words[first][0]))


_OWN_의 = ("장관회의", "정상회의", "관장회의")
_GROUNDS = "축제장"  # a festival's grounds


def _headed(word: str, closed: bool) -> tuple[str, str, str]:
    """``word`` without its particle, the head of a kind it ends in and the kind; or, when
    a quote or a bracket closes it (``closed``), the word as written where only that ends
    in a head ("정상회의'": 의 is the meeting's, not a particle; "친선협회의 회장" is the
    society's chairman), or empty head and kind. A ministers' or leaders' meeting's 의 is
    its own wherever it stands: "환경장관회의 등을" ("…장관회" is no word), and so is a
    meeting of heads of missions' ("재외공관장회의 등을"). A festival's grounds are the
    festival's: "…꽃축제장에" names "…꽃축제"."""
    whole = closed or word.endswith(_OWN_의)
    for name in dict.fromkeys((stem(word), word) if whole else (stem(word),)):
        if name.endswith(_GROUNDS):
            name = name[:-1]
        for kind, heads in _KIND_HEADS:
            if name.endswith(heads):  # (most names end in no head of the kind)
                head = next(h for h in heads if name.endswith(h))
                return name, head, kind
    return word, "", ""


def _opens_with_countries(
    words: list[tuple[str, int, int]], first: int, i: int
) -> bool:
    """The topic from word ``first`` to word ``i`` opens with two countries ("한-베트남")."""
    return first + 1 < i and {words[first][0], words[first + 1][0]} <= SHORT_COUNTRIES
