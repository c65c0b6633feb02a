"""Days and years a place or two countries keep, named for their topic: "베트남 여성의 날",
"한국-베트남 문화의날", "한-베 우호문화의 날" (a day: an event), "대전 방문의 해",
"대전방문의 해" (a year of visits: a campaign, an initiative).

The topic's 의 is the name's own, not a particle to drop; a place, a country or two of
them joined by a sign open the name, for "최고의 날" (the best day) or "결혼의 날" alone
are any day."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_localities import REGIONS, names_a_place
from dossier.recognize.candidates.korean_topics import SHORT_COUNTRIES, bare
from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, Named, words_of

# "…의 날", "…의날을", "…방문의 해’이기도": the topic with its 의, then the day or the year
# and a particle or nothing after it (not "해결", "날씨", "해외")
_DAY_OR_YEAR = re.compile(
    r"(?<![가-힣])(?P<own>[가-힣]{1,6})의\s?(?P<kind>날|해)"
    r"(?:(?![가-힣])|(?=[을를이은는에의로과와도]))"
)
_VISIT = "방문"  # "대전 방문의 해": Visit Daejeon Year
# words that say how a day was, not what it is for: "최고의 날", "운명의 날"
_NOT_A_DAY_S = frozenset(
    words_of(
        "최고 최악 마지막 처음 운명 결전 영광 기쁨 슬픔 약속 심판 그 이 저 오늘 어느 "
        "역사 감격 축복 은혜 해방감"
    )
)
# whose day a match was, no day's topic: "팬들의 날", "선수들의 날" (a plural), "대표팀의
# 날", "선수단의 날" (a team or its players: "베트남 대표팀의 날이 밝았다")
_PLURAL = "들"
_PLAYERS = ("팀", "선수", "선수단", "팬", "구단", "대표")
# the two places a name opens with, joined by a sign: "한국-베트남 ", "한-베 "
_PAIR_BEFORE = re.compile(
    r"(?<![가-힣])(?P<one>[가-힣]+)\s?[-–·ㆍ‧]\s?(?P<other>[가-힣]+)\s$"
)
_WORD_BEFORE = re.compile(r"(?<![가-힣\-–·ㆍ‧])(?P<word>[가-힣]+)\s$")
_KINDS = {"날": "events", "해": "initiatives"}
# the word for a place's kind after its own words: a province, a city, a county, a port
_KINDS_OF_PLACE = "성시군도현항"
# a day's opening or its celebration: the day is the name ("‘한-베 문화의날 개막식’")
DAY_S_CEREMONY = re.compile(r"의\s?날\s(?:개막식|폐막식|기념식|기념행사|행사)$")
MAX_BEFORE = 16  # characters: the place or the pair before the topic


def place_like(word: str) -> bool:
    """A country or a Korean region, or a place the words name ("봉화군", "빈프억성"), with
    the word for its kind or without ("전남도", "인천항"; not "공정성", fairness)."""
    own = word[:-1] if word[-1:] in _KINDS_OF_PLACE and len(word) > 2 else ""
    return (
        word in SHORT_COUNTRIES
        or word in REGIONS
        or names_a_place(word)
        or bool(own)
        and (own in REGIONS or names_a_place(own))
    )


def days(text: str) -> Iterator[Named]:
    """(name, type, start, end) of the days and the years of visits in ``text``."""
    if "의" not in text:
        return
    for match in _DAY_OR_YEAR.finditer(text):
        own, kind, own_start = match["own"], match["kind"], match.start("own")
        if own in _NOT_A_DAY_S or own.endswith((_PLURAL, *_PLAYERS)):
            continue
        if kind == "해":
            if not own.endswith(_VISIT):
                continue  # "성장의 해": any year
            place = own[: -len(_VISIT)]
            if place:  # "대전방문의 해": the place glued on
                if place_like(place):
                    yield match.group(), _KINDS[kind], match.start(), match.end()
                continue
        opens = _opening(text, own_start)
        if opens is not None:
            yield text[opens : match.end()], _KINDS[kind], opens, match.end()


def _opening(text: str, own_start: int) -> int | None:
    """Where a place, a country or two joined by a sign open before the topic at
    ``own_start``, a space between; or None."""
    window = max(0, own_start - MAX_BEFORE)
    pair = _PAIR_BEFORE.search(text, window, own_start)
    if pair and all(_placed(w) for w in (pair["one"], pair["other"])):
        return pair.start()
    word = _WORD_BEFORE.search(text, window, own_start)
    if word and bare(word["word"]) and _placed(word["word"]):
        return word.start()
    return None


def _placed(word: str) -> bool:
    """A place, or any country ("라오스"), which opens a day's name."""
    return word in HANGUL_COUNTRIES or place_like(word)
